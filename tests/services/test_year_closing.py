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
from desktop.services.order_view import WorkflowError
from desktop.services.year_closing import YearClosingService
from desktop.store.errors import YearLockedError
from sync.protocol.closing import CLOSINGS_PATH
from sync.protocol.states import OrderState
from tests.documents.conftest import pdf_text
from tests.services.closing_world import UP_RECEIVED, Clock, closing_world, year_to_close
from tests.services.workflow_world import OPD, World


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC))


@pytest.fixture
def w(tmp_path, clock: Clock) -> Iterator[World]:
    world = closing_world(tmp_path, clock)
    yield world
    world.store.close()


@pytest.fixture
def year(w: World, clock: Clock) -> dict[str, str]:
    return year_to_close(w, clock)


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
