"""BankService on a real store: statements imported from generated files (MT940 through the mt-940 library,
CSV through the mappings), the same statement twice, confirmations that link — never create — payments and
show "terkonfirmasi bank" on the order and in the BKU, corrections, refusals and the month's reconciliation."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.bank.statement import BankError
from desktop.services.bank_reconciliation import BankService
from desktop.services.bank_view import LineStatus
from desktop.services.order_view import WorkflowError
from desktop.services.payments import PaymentInput
from tests.domain.bank.statements import ACCOUNT, Tx, csv_text, mt940_text
from tests.services.test_payments import to_bast
from tests.services.workflow_world import NOW, make_world

DAY = NOW.date()  # Monday 23 November 2026


@pytest.fixture
def w(tmp_path):
    world = make_world(tmp_path)
    world.bank = BankService(world.store, world.session, documents=world.documents, data_dir=tmp_path)
    world.login("bendahara")
    yield world
    world.store.close()


def paid(w, product_id: int = 1001, qty: int = 200, method: str = "TRANSFER", bku: str = "0457"):
    order = to_bast(w, product_id, qty)
    w.login("bendahara")
    w.payments.request_payment(order.id)
    w.login("pa")
    w.payments.authorize(order.id)
    w.login("bendahara")
    return w.payments.record_payment(order.id, PaymentInput(method, DAY, bku))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_statement_twice_adds_nothing(w, tmp_path):
    order = paid(w)
    net = order.payment["net"]
    txs = [Tx(DAY, -net, "TRF KE CV SINAR JAYA ABADI 1234567890", "CMS001"), Tx(DAY, -6_500, "BIAYA ADM", "", "NCHG"),
           Tx(DAY, -6_500, "BIAYA ADM", "", "NCHG")]
    sta = write(tmp_path, "nov.sta", mt940_text(txs, 50_000_000))
    first = w.bank.import_file(sta)
    assert (first.source, first.account, first.lines_read, first.lines_new) == ("mt940", ACCOUNT, 3, 3)
    again = w.bank.import_file(sta)
    assert (again.lines_new, again.duplicates) == (0, 3)
    view = w.bank.review(2026, 11)
    assert len(view.lines) == 3 and view.account == ACCOUNT
    # CSV exports that overlap (1-23 Nov, then 1-24 Nov) add only what is new
    early = write(tmp_path, "a.csv", csv_text(txs, 50_000_000))
    later = write(tmp_path, "b.csv", csv_text([*txs, Tx(DAY + dt.timedelta(days=1), 1_000, "BUNGA")], 50_000_000))
    assert w.bank.import_file(early, account=ACCOUNT).lines_new == 3
    result = w.bank.import_file(later, account=ACCOUNT)
    assert (result.lines_read, result.lines_new, result.source) == (4, 1, "csv:umum")


def test_confirming_links_the_recorded_payment_and_marks_order_and_bku(w, tmp_path):
    order = paid(w)
    before = w.store.unit_of_work
    with before(readonly=True) as uow:
        orders_before, payment_before = len(uow.orders.list()), uow.orders.require(order.id).payment
    net = order.payment["net"]
    w.bank.import_file(write(tmp_path, "nov.sta", mt940_text(
        [Tx(DAY + dt.timedelta(days=1), -net, "TRF CV SINAR JAYA ABADI 1234567890", "CMS001")], 50_000_000)))
    view = w.bank.review(2026, 11)
    (proposal,) = view.proposals
    (entry,) = proposal.entries
    assert entry.order_id == order.id and entry.amount == -net and entry.label == order.number
    assert entry.beneficiary == "CV Sinar Jaya Abadi" and entry.reference == "0457" and entry.date == DAY
    assert proposal.day_offset == 1 and "account" in proposal.reasons
    assert view.lines[0].status is LineStatus.PROPOSED
    link = w.bank.confirm(proposal.line_ids, proposal.entry_ids)
    assert w.bank.review(2026, 11).lines[0].status is LineStatus.CONFIRMED
    with before(readonly=True) as uow:  # nothing created, the payment record untouched
        assert len(uow.orders.list()) == orders_before
        assert uow.orders.require(order.id).payment == payment_before
        assert [e.action for e in uow.audit.for_order(order.id)][-1] == "bank_confirm"
    shown = next(o for o in w.payments.queue() if o.id == order.id)
    assert shown.bank_confirmed_at == link.confirmed_at
    bku = w.documents.render_book("bku", 2026, 11)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(bku.pdf)).pages)
    assert "terkonfirmasi bank" in text
    w.bank.undo(link.id)  # a correction removes the link, never the payment
    assert next(o for o in w.payments.queue() if o.id == order.id).bank_confirmed_at is None
    assert w.bank.review(2026, 11).lines[0].status is LineStatus.PROPOSED


def test_bulk_transfer_confirmed_for_two_payments(w, tmp_path):
    a = paid(w, 1001, 200, bku="0457")
    b = paid(w, 2001, 10, bku="0458")
    total = a.payment["net"] + b.payment["net"]
    w.bank.import_file(write(tmp_path, "bulk.sta", mt940_text([Tx(DAY, -total, "CMS BULK 2 PENERIMA", "BULK7")], 0)))
    (proposal,) = w.bank.review(2026, 11).proposals
    assert proposal.shape == "bulk" and {e.order_id for e in proposal.entries} == {a.id, b.id}
    w.bank.confirm(proposal.line_ids, proposal.entry_ids)
    assert set(w.bank.confirmed_orders()) == {a.id, b.id}


def test_refusals(w, tmp_path):
    order = paid(w)
    net = order.payment["net"]
    w.bank.import_file(write(tmp_path, "p.sta", mt940_text(
        [Tx(DAY, -(net - 1_000), "TRF SEBAGIAN " + order.number, "P1"), Tx(DAY, 5_000, "SETORAN TUNAI", "S1")], 0)))
    view = w.bank.review(2026, 11)
    partial = next(x for x in view.lines if x.amount < 0)
    credit = next(x for x in view.lines if x.amount > 0)
    assert partial.status is LineStatus.PARTIAL
    entry_id = f"pay:{order.id}"
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm([partial.id], [entry_id])
    assert err.value.code == "bank_note_required" and "Rp1.000" in err.value.message
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm([partial.id], ["pay:not-recorded"])
    assert err.value.code == "bank_entry_unknown"
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm([credit.id], [entry_id], note="salah pilih")
    assert err.value.code == "bank_sign_mismatch"
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm([credit.id], kind="other")
    assert err.value.code == "bank_note_needed"
    w.bank.confirm([partial.id], [entry_id], note="potongan biaya transfer oleh bank penerima")
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm([partial.id], [entry_id], note="lagi")
    assert err.value.code == "bank_already_linked"
    with pytest.raises(WorkflowError) as err:
        w.bank.undo("no-such-link")
    assert err.value.code == "bank_link_unknown"


@pytest.mark.parametrize(("name", "data", "code"), [
    ("cut.sta", mt940_text([Tx(DAY, -1, "X")], 0).split(":62F:")[0].encode(), "bank_mt940_truncated"),
    ("mutasi.xlsx", b"PK\x03\x04\x00\x00\x00binary", "bank_file_not_text"),
    ("lain.csv", b"Kolom1,Kolom2\n1,2\n", "bank_csv_no_mapping"),
    ("kosong.csv", b"", "bank_file_empty"),
])
def test_bad_files_are_refused_whole(w, tmp_path, name, data, code):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(BankError) as err:
        w.bank.import_file(tmp_path / name, account=ACCOUNT)
    assert err.value.code == code and err.value.message
    assert w.bank.accounts() == []


def test_only_the_bendahara_imports_and_confirms(w, tmp_path):
    w.login("ppk")
    path = write(tmp_path, "x.sta", mt940_text([Tx(DAY, -1, "X")], 0))
    with pytest.raises(WorkflowError) as err:
        w.bank.import_file(path)
    assert err.value.code == "bank_role"
    with pytest.raises(WorkflowError) as err:
        w.bank.confirm(["x"], kind="fee")
    assert err.value.code == "bank_role"


def test_another_account_is_refused(w, tmp_path):
    path = write(tmp_path, "x.sta", mt940_text([Tx(DAY, -1, "X")], 0, account="999888777"))
    with pytest.raises(BankError) as err:
        w.bank.import_file(path, account=ACCOUNT)
    assert err.value.code == "bank_account_other"


def test_the_officers_mapping_is_remembered(w, tmp_path):
    generic = w.bank.mappings.get("umum")
    mine = type(generic)(id="bank_saya", name="Ekspor bank saya", columns={
        "date": ("Tgl Buku",), "description": ("Catatan",), "amount": ("Nilai",), "balance": ("Saldo Berjalan",)})
    w.bank.save_mapping(mine)
    assert json.loads((tmp_path / "bank_mappings" / "bank_saya.json").read_text())["name"] == "Ekspor bank saya"
    text = "Tgl Buku;Catatan;Nilai;Saldo Berjalan\n23/11/2026;TRF;-1.000,00;9.000,00\n"
    result = w.bank.import_file(write(tmp_path, "mine.csv", text), account=ACCOUNT)
    assert result.source == "csv:bank_saya" and result.mapping_name == "Ekspor bank saya"
    fresh = BankService(w.store, w.session, documents=w.documents, data_dir=tmp_path)
    assert fresh.mapping_list()[0].id == "bank_saya"


def test_month_reconciliation_explains_every_difference(w, tmp_path):
    order = paid(w)
    cash = paid(w, 2001, 10, method="UP_TUNAI", bku="0458")
    net = order.payment["net"]
    with w.store.unit_of_work() as uow:
        uow.settings.set("bku_opening_balance", {"2026-11": 60_000_000})
    w.bank.import_file(write(tmp_path, "nov.csv", csv_text(
        [Tx(dt.date(2026, 11, 2), 1_000, "BUNGA"), Tx(DAY, -net, "TRF CV SINAR JAYA ABADI", "CMS001"),
         Tx(DAY, -6_500, "BIAYA ADM", "")], 59_999_000)), account=ACCOUNT)
    rec = w.bank.month(2026, 11)
    cash_net = cash.payment["net"]
    assert rec.bank_opening == 59_999_000 and rec.bank_closing == 59_999_000 + 1_000 - net - 6_500
    sections = {s.code: s.total for s in rec.sections}
    assert sections["opening_difference"] == -1_000
    assert sections["not_through_bank"] == cash_net
    assert sections["fees"] == -6_500 and sections["unexplained_credits"] == 1_000
    assert rec.proposed == 1 and rec.unexplained_difference == 0


def test_the_reconciliation_prints_and_exports(w, tmp_path):
    order = paid(w)
    w.bank.import_file(write(tmp_path, "nov.sta", mt940_text(
        [Tx(DAY, -order.payment["net"], "TRF CV SINAR JAYA ABADI", "CMS001")], 50_000_000)))
    rendered = w.bank.render_reconciliation(2026, 11)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages)
    assert rendered.filename == "REKONSILIASI_BANK_2026-11.pdf" and "REKONSILIASI BANK" in text and ACCOUNT in text
    exported = w.bank.export_csv(2026, 11).decode("utf-8-sig")
    assert exported.splitlines()[0].startswith("Uraian;Menurut BKU")
    with pytest.raises(WorkflowError) as err:
        w.bank.month(2026, 13)
    assert err.value.code == "bank_month_invalid"


def test_the_same_statement_in_another_format_is_flagged_and_can_be_taken_back(w, tmp_path):
    txs = [Tx(DAY, -1_500_000, "TRF CV A", "R1"), Tx(DAY, -6_500, "BIAYA ADM", "", "NCHG")]
    first = w.bank.import_file(write(tmp_path, "nov.sta", mt940_text(txs, 10_000_000)))
    assert (first.lines_new, first.similar) == (2, 0)
    # the CSV of the same days: its lines carry a running balance, so their identities differ from MT940's
    again = w.bank.import_file(write(tmp_path, "nov.csv", csv_text(txs, 10_000_000)), account=ACCOUNT)
    assert (again.lines_new, again.similar) == (2, 2)
    assert w.bank.undo_import(again.import_id) == 2
    assert len(w.bank.review(2026, 11).lines) == 2
    with w.store.unit_of_work(readonly=True) as uow:
        assert uow.audit.recent(1)[0].action == "bank_import_undone"


def test_an_import_with_confirmed_lines_is_not_taken_back(w, tmp_path):
    result = w.bank.import_file(write(tmp_path, "fee.sta", mt940_text([Tx(DAY, -6_500, "BIAYA ADM", "", "NCHG")], 0)))
    (line,) = w.bank.review(2026, 11).lines
    w.bank.confirm([line.id], kind="fee")
    with pytest.raises(WorkflowError) as err:
        w.bank.undo_import(result.import_id)
    assert err.value.code == "bank_import_linked"


def test_a_month_of_daily_mt940_statements_keeps_each_days_balances(w, tmp_path):
    day1, day2 = dt.date(2026, 11, 2), dt.date(2026, 11, 3)
    text = (mt940_text([Tx(day1, -1_000, "A", "R1")], 10_000, number="00001")
            + mt940_text([Tx(day2, -2_000, "B", "R2"), Tx(day2, 500, "C", "R3")], 9_000, number="00002"))
    result = w.bank.import_file(write(tmp_path, "harian.sta", text))
    assert result.lines_new == 3 and (result.first, result.last) == (day1, day2)
    with w.store.unit_of_work(readonly=True) as uow:
        stated = {(b.date, b.kind): b.amount for b in uow.bank.balances(ACCOUNT)}
    assert stated == {(day1, "opening"): 10_000, (day1, "closing"): 9_000, (day2, "opening"): 9_000,
                      (day2, "closing"): 7_500}
    # a file whose first statement was cut short is refused whole, even though a later one is complete
    cut = mt940_text([Tx(day1, -1_000, "A", "R1")], 10_000).split(":62F:")[0] + mt940_text(
        [Tx(day2, -5, "X", "R9")], 0, number="00003")
    with pytest.raises(BankError) as err:
        w.bank.import_file(write(tmp_path, "cut.sta", cut))
    assert err.value.code == "bank_mt940_truncated"
