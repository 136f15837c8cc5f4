"""A UiContext over a real temporary Store with the workflow services (no network)."""

from __future__ import annotations

import pytest

from desktop.ui.screen import UiContext
from desktop.ui.tasks import TaskRunner
from tests.ui.partial_services import partial_services


def make_ctx(world, tasks) -> UiContext:
    services = partial_services(orders=world.orders, approvals=world.approvals, payments=world.payments,
                        documents=world.documents, conflicts=world.conflicts)
    navigations: list[tuple[str, dict]] = []
    notes: list[str] = []
    ctx = UiContext(services=services, tasks=tasks, session=world.session,
                    navigate=lambda key, **params: navigations.append((key, params)), notify=notes.append)
    ctx.extras["navigations"] = navigations
    ctx.extras["notes"] = notes
    return ctx


@pytest.fixture
def async_ctx(world, qapp):
    """The real lanes (QThreadPool): results arrive by signal; tests wait with qtbot.waitUntil."""
    runner = TaskRunner()
    yield make_ctx(world, runner)
    runner.shutdown()
