"""A fiscal year to close (tutup buku, #17) in the workflow world: the SP2D UP received in January, one order paid
with its withheld taxes not yet deposited, one approved only, one received without BAST — then 31 December."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.approvals import ReceiptInput
from desktop.services.payments import PaymentInput
from desktop.services.session import SessionState
from desktop.store.db import Store
from sync.protocol.states import Action
from tests.services.workflow_world import World, open_world, seed

UP_RECEIVED = 50_000_000


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, day: dt.date) -> None:  # 10:00 WIB
        self.moment = dt.datetime(day.year, day.month, day.day, 3, 0, tzinfo=dt.UTC)


def closing_world(tmp_path: Path, clock: Clock) -> World:
    path = tmp_path / "blangkon.db"
    store = Store.open(path)
    seed(store)
    with store.unit_of_work() as uow:  # the SP2D UP of the year, where the books read receipts today
        uow.settings.set("bku_receipts", [{"date": "2026-01-05", "uraian": "Penerimaan SP2D UP 2026",
                                           "amount": UP_RECEIVED, "reference": "SP2D-UP-001", "number": "1"}])
    return open_world(store, SessionState(clock=clock), path)


def delivered(w: World, product_id: int, qty: int) -> str:
    order = w.draft(product_id, qty)
    w.orders.submit(order.id)
    w.login("ppk")
    w.approvals.approve(order.id)
    w.login("pp")
    for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        w.orders.advance_delivery(order.id, action)
    w.login("ppk")
    w.approvals.record_receipt(order.id, ReceiptInput(w.payments.today(), True, True, True, {}))
    return order.id


def paid(w: World) -> str:
    order_id = delivered(w, 1001, 200)  # 200 × 55.500 = Rp11.100.000 at CV Sinar Jaya (PKP): Bendahara withholds
    w.approvals.sign_bast(order_id, w.payments.today(), "021/BAST/2026")
    w.login("pptk")
    w.payments.request_payment(order_id)
    w.login("pa")
    w.payments.authorize(order_id)
    w.login("bendahara")
    w.payments.record_payment(order_id, PaymentInput("TRANSFER", w.payments.today(), "0107", {}, None))
    return order_id


def year_to_close(w: World, clock: Clock) -> dict[str, str]:
    """The three open orders of 2026; the clock ends on 31 December 2026 with the Bendahara logged in."""
    paid_id = paid(w)
    approved = w.draft(1003, 5)
    w.orders.submit(approved.id)
    w.login("ppk")
    w.approvals.approve(approved.id)
    received = delivered(w, 1002, 3)
    clock.set(dt.date(2026, 12, 31))
    w.login("bendahara")
    return {"paid": paid_id, "approved": approved.id, "received": received}
