"""The history screen shows — and prints from — the order asked for last, whatever order its background reads
finish in (the month-of-purchases journey once reprinted the previous order's BAST, 005 for 006: the read lane
has two threads, and a slow list from an earlier visit re-selected the earlier order after the later one)."""

from __future__ import annotations

import threading

from desktop.ui.history import OrderHistoryScreen
from tests.ui.late_answer import LateFirstAnswer


class Gate:
    """The first call of `owner.name` waits until `release()`: a slow read (the real one after it)."""

    def __init__(self, monkeypatch, owner, name: str) -> None:
        self.entered, self._open, self._calls = threading.Event(), threading.Event(), 0
        real, lock = getattr(owner, name), threading.Lock()

        def slow(*args, **kwargs):
            with lock:
                self._calls += 1
                first = self._calls == 1
            if first:
                self.entered.set()
                assert self._open.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, slow)

    def wait_entered(self, qtbot) -> None:
        qtbot.waitUntil(self.entered.is_set, timeout=10_000)

    def release(self) -> None:
        self._open.set()


def _settled(async_ctx, qtbot) -> None:
    qtbot.waitUntil(lambda: async_ctx.tasks.pending_count() == 0, timeout=10_000)


def test_a_slow_list_from_an_earlier_visit_does_not_reselect_its_order(async_ctx, world, qtbot, monkeypatch):
    first, second = world.draft(), world.draft(1001, 3)
    gate = Gate(monkeypatch, world.orders, "list_history")
    screen = OrderHistoryScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=first.id)  # its list is slow
    gate.wait_entered(qtbot)
    screen.activate(order_id=second.id)
    title = world.orders.get(second.id).title
    qtbot.waitUntil(lambda: screen.summary.text().startswith(title), timeout=10_000)
    gate.release()
    _settled(async_ctx, qtbot)
    assert screen.order_id == second.id
    assert screen.summary.text().startswith(title)
    assert screen.picker.currentData() == second.id


def test_a_slow_load_of_the_previous_order_does_not_overwrite_the_next(async_ctx, world, qtbot, monkeypatch):
    first, second = world.draft(), world.draft(1001, 3)
    screen = OrderHistoryScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=first.id)
    _settled(async_ctx, qtbot)
    gate = Gate(monkeypatch, world.orders, "timeline")
    screen.show_order(first.id)  # its timeline is slow
    gate.wait_entered(qtbot)
    screen.show_order(second.id)
    title = world.orders.get(second.id).title
    qtbot.waitUntil(lambda: screen.summary.text().startswith(title), timeout=10_000)
    gate.release()
    _settled(async_ctx, qtbot)
    assert screen.order_id == second.id
    assert screen.summary.text().startswith(title), screen.summary.text()


def test_print_buttons_wait_for_the_order_they_print(async_ctx, world, qtbot, monkeypatch):
    """Between choosing another order and its documents being known, no button prints anything."""
    first, second = world.draft(), world.draft(1001, 3)
    screen = OrderHistoryScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=first.id)
    _settled(async_ctx, qtbot)
    assert screen.doc_buttons["sp"].isEnabled()
    gate = Gate(monkeypatch, world.documents, "available")
    screen.show_order(second.id)
    try:
        assert not any(b.isEnabled() for b in screen.doc_buttons.values())
    finally:
        gate.release()
    qtbot.waitUntil(lambda: screen.doc_buttons["sp"].isEnabled(), timeout=10_000)


def test_an_older_reload_of_the_inbox_does_not_undo_a_step(async_ctx, world, qtbot, monkeypatch):
    """The PPK's deliveries list read before a step and delivered after the reload that follows the step must
    not show the order back in its old state (the journey's rare 'waited for state BAST' timeout)."""
    from desktop.ui.ppk_inbox import PpkInboxScreen
    from sync.protocol.states import Action, OrderState

    order = world.orders.submit(world.draft().id)
    world.login("ppk")
    world.approvals.approve(order.id)
    read_then_wait = LateFirstAnswer(world.approvals.deliveries)  # the first read sees the order as approved, answers late
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(world.approvals, "deliveries", read_then_wait)
    screen = PpkInboxScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    world.login("pp")
    world.orders.advance_delivery(order.id, Action.SEND_TO_SELLER)  # the step
    world.login("ppk")
    screen.reload()  # what the screen does after a step
    model = screen.view.deliveries_model

    def shown() -> OrderState | None:
        return next((model.order(r).state for r in range(model.rowCount()) if model.order(r).id == order.id), None)

    qtbot.waitUntil(lambda: shown() is OrderState.DIKIRIM_KE_PENYEDIA, timeout=10_000)
    release.set()
    _settled(async_ctx, qtbot)
    assert shown() is OrderState.DIKIRIM_KE_PENYEDIA


def test_an_older_breakdown_on_the_desk_does_not_undo_a_payment(async_ctx, world, qtbot, monkeypatch):
    """The desk's tax breakdown (status line and buttons) read before the payment and delivered after the one
    that follows it must not show the order unpaid again: the journeys wait for 'BKU …' on the status line and
    for 'Tandai selesai' to be enabled, and timed out under load."""
    from desktop.services.order_view import PaymentInput
    from desktop.ui.bendahara import BendaharaDeskScreen
    from tests.services.test_payments import to_authorized
    from tests.services.workflow_world import NOW

    order = to_authorized(world)
    screen = BendaharaDeskScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    v = screen.view
    qtbot.waitUntil(lambda: v.pay_button.isEnabled(), timeout=10_000)
    _settled(async_ctx, qtbot)
    # the breakdown's last read (taxes and actions are read before it), answering late
    read_then_wait = LateFirstAnswer(world.payments.why_not)
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(world.payments, "why_not", read_then_wait)
    screen.show_selected()  # a breakdown read before the payment, answering late
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    try:
        world.payments.record_payment(order.id, PaymentInput("TRANSFER", NOW.date(), "0457"))
        screen.reload()  # what the desk does after the payment
        qtbot.waitUntil(lambda: "BKU 0457" in v.status.text() and v.complete_button.isEnabled(), timeout=10_000)
    finally:
        release.set()
    _settled(async_ctx, qtbot)
    assert "BKU 0457" in v.status.text() and v.complete_button.isEnabled(), v.status.text()


def test_older_actions_on_the_orders_list_do_not_undo_a_delivery_step(async_ctx, world, qtbot, monkeypatch):
    """The orders list's buttons for the selected order, read before 'Sudah dikirim ke penyedia' and delivered
    after the read that follows it, must not offer the step again nor keep 'Dikonfirmasi penyedia' off (the
    journeys' marketplace steps wait 10 s for that button)."""
    from desktop.ui.orders import OrdersScreen
    from sync.protocol.states import Action, OrderState

    order = world.orders.submit(world.draft().id)
    world.login("ppk")
    world.approvals.approve(order.id)
    world.login("pp")
    screen = OrdersScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    v = screen.view
    qtbot.waitUntil(lambda: v.sent_button.isEnabled(), timeout=10_000)
    _settled(async_ctx, qtbot)
    read_then_wait = LateFirstAnswer(world.orders.allowed_actions)  # the actions before the step, answering late
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(world.orders, "allowed_actions", read_then_wait)
    screen._selection_changed()  # a read of the buttons before the step (a visit, a reselection)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    try:
        world.orders.advance_delivery(order.id, Action.SEND_TO_SELLER)  # the step
        screen.reload()  # what the screen does after a step
        qtbot.waitUntil(lambda: screen.selected() is not None
                        and screen.selected().state is OrderState.DIKIRIM_KE_PENYEDIA, timeout=10_000)
        screen._selection_changed()  # the selection's buttons for the order as it is now
        qtbot.waitUntil(lambda: v.confirmed_button.isEnabled() and async_ctx.tasks.pending_count() == 1,
                        timeout=10_000)  # every read after the step answered; only the older one is left
    finally:
        release.set()
    _settled(async_ctx, qtbot)
    assert v.confirmed_button.isEnabled() and not v.sent_button.isEnabled()
