"""The date field's "today" (where its calendar opens, the example in its error) is the session's WIB day, not
the PC's date: at 20:00 UTC on 9 March a PC on UTC still says the 9th, Semarang is on the 10th (#13.15)."""

from __future__ import annotations

import datetime as dt

from desktop.services.session import SessionState
from desktop.ui.screen import Screen, UiContext
from desktop.ui.tasks import SyncTaskRunner
from desktop.ui.widgets.date_field import DateField
from tests.ui.partial_services import partial_services

EVENING_UTC = dt.datetime(2027, 3, 9, 20, 0, tzinfo=dt.UTC)  # the PC clock's UTC date: 9 March
WIB_DAY = dt.date(2027, 3, 10)  # Semarang: 03.00 on 10 March


def shown_page(field: DateField) -> dt.date:
    calendar = field.calendar
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (WIB_DAY.year, WIB_DAY.month)
    return calendar.selectedDate().toPython()


def test_an_empty_field_on_a_screen_opens_at_the_sessions_wib_day(qtbot):
    ctx = UiContext(services=partial_services(), tasks=SyncTaskRunner(), session=SessionState(clock=lambda: EVENING_UTC),
                    navigate=lambda key, **p: None)
    screen = Screen(ctx)
    qtbot.addWidget(screen)
    field = DateField(screen)
    field.open_calendar()
    assert shown_page(field) == WIB_DAY
    field.calendar.hide()
    field.edit.setText("31/02/2027")
    with qtbot.waitSignal(field.invalid) as said:
        assert not field.commit_text()
    assert "10/03/2027" in said.args[0]  # the example is today in Semarang too


def test_the_order_editors_delivery_date_opens_at_the_sessions_wib_day(qtbot, tmp_path):
    from desktop.ui.order_editor import OrderEditorScreen
    from tests.services.workflow_world import make_world
    from tests.ui.workflow.conftest import make_ctx

    world = make_world(tmp_path, now=EVENING_UTC)
    try:
        order = world.draft()
        world.orders.update_fields(order.id, delivery_date=None)
        screen = OrderEditorScreen(make_ctx(world, SyncTaskRunner()))
        qtbot.addWidget(screen)
        screen.activate(order_id=order.id)
        field = screen.view.delivery_date
        assert field.date() is None
        field.open_calendar()
        assert shown_page(field) == WIB_DAY
        field.calendar.hide()
    finally:
        world.store.close()


def test_a_given_clock_wins_and_a_shown_date_opens_where_it_is(qtbot):
    field = DateField(today=lambda: WIB_DAY)
    qtbot.addWidget(field)
    field.open_calendar()
    assert shown_page(field) == WIB_DAY
    field.calendar.hide()
    field.setDate(dt.date(2027, 3, 2))
    field.open_calendar()
    assert shown_page(field) == dt.date(2027, 3, 2)
    field.calendar.hide()


def test_the_dashboard_period_ends_on_the_sessions_wib_day(qtbot, ui_context):
    from tests.ui.dashboard.test_dashboard import make

    ui_context.session = SessionState(clock=lambda: EVENING_UTC)
    screen, _svc, _ = make(qtbot, ui_context)
    assert screen.date_to.date().toPython() == WIB_DAY
    assert screen.date_from.date().toPython() == dt.date(2027, 1, 1)
