"""The closing assistant over a real store with a year to close (tests/services/closing_world.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.services.year_closing import YearClosingService
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from tests.services.closing_world import Clock, closing_world, year_to_close
from tests.ui.partial_services import partial_services


def closing_ctx(world: Any) -> UiContext:
    services = partial_services(documents=world.documents, payments=world.payments,
                                closing=YearClosingService(world.store, world.session, documents=world.documents))
    notes: list[str] = []
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=world.session,
                    navigate=lambda key, **params: None, notify=notes.append)
    ctx.extras["notes"] = notes
    return ctx


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC))


@pytest.fixture
def year(tmp_path, clock, qapp):
    world = closing_world(tmp_path, clock)
    ids = year_to_close(world, clock)
    yield world, ids
    world.store.close()
