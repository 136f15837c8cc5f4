"""Fixtures shared by the UI tests: a UiContext with an inline task runner and a recording navigate()."""

from __future__ import annotations

import pytest

from desktop.services.context import Services
from desktop.services.session import SessionState
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner


@pytest.fixture
def ui_context() -> UiContext:
    navigations: list[tuple[str, dict]] = []
    services = Services(catalog=None, auth=None, credentials=None, settings=None)  # type: ignore[arg-type]
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=SessionState(),
                    navigate=lambda key, **params: navigations.append((key, params)))
    ctx.extras["navigations"] = navigations
    return ctx


# Store fixtures shared with the service tests (real SQLite in a temp dir; dict-backed keyring).
from tests.services.conftest import catalog_store, dict_keyring, store  # noqa: E402, F401
