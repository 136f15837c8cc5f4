"""YearClosingService (tutup buku, #17) on a real store: the open items of 2026 and their decisions, the return
of unspent UP booked in the BKU, closing (cancel, lock, queue), the locked year, a carried-over order going on in
2027 with 2027's numbers, and the closing set printed from the same figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from desktop.documents import ledger
from desktop.domain.numbering import document_number
from desktop.domain.year_closing import Decision, OpenKind
from desktop.services.approvals import ReceiptInput
from desktop.services.order_view import WorkflowError
from desktop.services.payments import PaymentInput
from desktop.services.session import SessionState
from desktop.services.year_closing import YearClosingService
from desktop.store.errors import YearLockedError
from sync.protocol.closing import CLOSINGS_PATH
from sync.protocol.states import Action, OrderState
from tests.documents.conftest import pdf_text
from tests.services.workflow_world import OPD, World, open_world, seed

UP_RECEIVED = 50_000_000


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, day: dt.date) -> None:  # 10:00 WIB
        self.moment = dt.datetime(day.year, day.month, day.day, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC))


@pytest.fixture
def w(tmp_path, clock: Clock) -> Iterator[World]:
    from desktop.store.db import Store

    path = tmp_path / "blangkon.db"
    store = Store.open(path)
    seed(store)
    with store.unit_of_work() as uow:  # the SP2D UP of the year, as the books read receipts today
        uow.settings.set("bku_receipts", [{"date": "2026-01-05", "uraian": "SP2D UP 2026", "amount": UP_RECEIVED,
                                           "reference": "SP2D-UP-001", "number": "1"}])
    world = open_world(store, SessionState(clock=clock), path)
    yield world
    store.close()


def _delivered(w: World, product_id: int, qty: int) -> str:
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


def _paid(w: World) -> str:
    order_id = _delivered(w, 1001, 200)  # 200 × 55.500 = Rp11.100.000 at CV Sinar Jaya (PKP): Bendahara withholds
    w.approvals.sign_bast(order_id, w.payments.today(), "021/BAST/2026")
    w.login("pptk")
    w.payments.request_payment(order_id)
    w.login("pa")
    w.payments.authorize(order_id)
    w.login("bendahara")
    w.payments.record_payment(order_id, PaymentInput("TRANSFER", w.payments.today(), "0107", {}, None))
    return order_id


@pytest.fixture
def year(w: World, clock: Clock) -> dict[str, str]:
    """2026: one order paid with its taxes not deposited, one approved only, one received without BAST."""
    paid = _paid(w)
    approved = w.draft(1003, 5)
    w.orders.submit(approved.id)
    w.login("ppk")
    w.approvals.approve(approved.id)
    received = _delivered(w, 1002, 3)
    clock.set(dt.date(2026, 12, 31))
    w.login("bendahara")
    return {"paid": paid, "approved": approved.id, "received": received}


def test_the_open_items_of_the_year_and_the_bku(w: World, year: dict[str, str]) -> None:
    svc = YearClosingService(w.store, w.session)
    view = svc.overview(2026)
    kinds = {(x.kind, x.order_id, x.tax_code) for x in view.items}
    assert kinds == {(OpenKind.UNPAID, year["approved"], ""), (OpenKind.NO_BAST, year["received"], ""),
                     (OpenKind.TAX, year["paid"], "PPN"), (OpenKind.TAX, year["paid"], "PPH22")}
    with w.store.unit_of_work(readonly=True) as uow:
        paid = uow.orders.require(year["paid"])
        approved = uow.orders.require(year["approved"])
        book = w.documents.book_period(uow, 2026, None)
    taxes = {t["code"]: t["amount"] for t in paid.payment["taxes"]}  # the payment record owns the amounts
    by_key = {x.key: x for x in view.items}
    assert by_key[f"tax:{paid.id}:PPN"].amount == taxes["PPN"]
    assert by_key[f"order:{approved.id}"].amount == approved.total
    sums = ledger.totals(book, ledger.bku_lines(book))
    assert (view.received, view.spent, view.closing_balance) == (sums.penerimaan, sums.pengeluaran, sums.closing)
    assert view.taxes_held == sum(taxes.values())
    assert view.unspent_up == view.closing_balance - view.taxes_held == UP_RECEIVED - paid.payment["amount"]
    # choices: the approved order may be cancelled, the delivered one and the taxes only carried
    assert by_key[f"order:{approved.id}"].choices == (Decision.CARRY, Decision.CANCEL)
    assert by_key[f"order:{year['received']}"].choices == (Decision.CARRY,)
    assert "tidak dapat dibatalkan" in by_key[f"order:{year['received']}"].cancel_note
    assert view.blockers and not view.locked


def test_closing_the_year(w: World, year: dict[str, str], clock: Clock) -> None:
    svc = YearClosingService(w.store, w.session)
    view = svc.overview(2026)
    with pytest.raises(WorkflowError) as err:
        svc.decide(2026, f"order:{year['approved']}", Decision.CANCEL, "batal")
    assert err.value.code == "closing_reason_required"
    with pytest.raises(WorkflowError) as err:
        svc.decide(2026, f"order:{year['received']}", Decision.CANCEL, "Barang tidak jadi dipakai")
    assert err.value.code == "closing_order_not_cancellable"
    svc.decide(2026, f"order:{year['approved']}", Decision.CANCEL, "Anggaran dialihkan ke kegiatan lain")
    with pytest.raises(WorkflowError) as err:
        svc.close(2026)
    assert err.value.code == "closing_blocked" and "tanpa keputusan" in err.value.message
    for item in view.items:
        if item.key != f"order:{year['approved']}":
            svc.decide(2026, item.key, Decision.CARRY)
    with pytest.raises(WorkflowError) as err:
        svc.close(2026)
    assert "Sisa UP" in err.value.message  # the unspent UP goes back first

    with pytest.raises(WorkflowError) as err:
        svc.record_up_return(2026, dt.date(2027, 1, 2), "STS-0099", "0120")
    assert err.value.code == "closing_date_future"
    before = svc.overview(2026)
    after = svc.record_up_return(2026, dt.date(2026, 12, 31), "STS-0099", "0120")
    assert after.up_return is not None and after.up_return["amount"] == before.unspent_up
    assert after.unspent_up == 0 and after.closing_balance == after.taxes_held  # only the taxes owed stay
    with w.store.unit_of_work(readonly=True) as uow:
        december = ledger.bku_lines(w.documents.book_month(uow, 2026, 12))
    back = [x for x in december if x.kind == "return"]
    assert [(x.pengeluaran, x.number, x.reference) for x in back] == [(before.unspent_up, "120", "STS-0099")]

    closed = svc.close(2026)
    assert closed.locked and not closed.blockers
    with w.store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require(year["approved"]).state == OrderState.DIBATALKAN.value
        assert "Tutup buku 2026: Anggaran dialihkan" in uow.orders.require(year["approved"]).reasons[-1]["reason"]
        command = [c for c in uow.outbox.for_order(f"closing:{OPD}:2026")]
    assert len(command) == 1 and command[0].path == CLOSINGS_PATH
    assert '"carried":["' + year["received"] + '"]' in command[0].body.replace(" ", "")
    # the closed year shows what was decided, even the cancelled order
    again = svc.overview(2026)
    assert {x.key for x in again.items} == {x.key for x in view.items}
    # locked: no decision, no second closing, no payment dated in 2026
    with pytest.raises(WorkflowError) as err:
        svc.decide(2026, f"order:{year['received']}", Decision.CARRY)
    assert err.value.code == "year_locked"
    with pytest.raises(WorkflowError) as err:
        svc.close(2026)
    assert err.value.code == "closing_done"

    # 2027: the carried-over order goes on, its BAST numbered in 2027's own sequence
    clock.set(dt.date(2027, 1, 5))
    with w.store.unit_of_work() as uow:
        uow.numbers.add_block(OPD, 2027, "BAST", 1, 10)
    w.login("ppk")
    signed = w.approvals.sign_bast(year["received"], dt.date(2027, 1, 5))
    assert signed.bast["number"] == document_number(OPD, "BAST", 1, dt.date(2027, 1, 5))  # seq 1 again
    assert signed.bast["number"].endswith("/I/2027")
    # …while a payment dated in the closed year is refused, here as on the server
    with w.store.unit_of_work() as uow:
        order = uow.orders.require(year["received"])
        with pytest.raises(YearLockedError):
            uow.orders.save_draft(replace(order, payment={"date": "2026-12-30", "amount": order.total}),
                                  now=clock.moment)

    pdf = svc.render_closing_set(2026)
    assert pdf.official and pdf.filename == "TUTUP_BUKU_2026.pdf"
    text = pdf_text(pdf.pdf)
    assert "BERKAS TUTUP BUKU" in text and "Tahun Anggaran 2026" in text
    assert "STS-0099" in text and "Anggaran dialihkan ke kegiatan lain" in text


def test_only_the_bendahara_closes(w: World, year: dict[str, str]) -> None:
    w.login("ppk")
    svc = YearClosingService(w.store, w.session)
    with pytest.raises(WorkflowError) as err:
        svc.decide(2026, f"order:{year['approved']}", Decision.CARRY)
    assert err.value.code == "closing_bendahara_only"
