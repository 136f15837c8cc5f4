"""The Bendahara's reconciliation screen offscreen on a real store: import (twice), statuses, candidates with
date/amount/beneficiary/reference, confirm, fee, note, undo, confirm-all, the CSV mapping set once, print and
export."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.services.bank_view import LineStatus
from desktop.ui.bank_reconciliation import BankReconciliationScreen
from desktop.ui.bank_reconciliation.dialogs import ImportDialog, MappingDialog
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from tests.ui.bank_reconciliation.demo import build
from tests.ui.late_answer import LateFirstAnswer
from tests.ui.partial_services import partial_services


@pytest.fixture
def month(tmp_path, qapp):
    m = build(tmp_path)
    yield m
    m.world.store.close()


@pytest.fixture
def screen(month, qtbot):
    w = month.world
    notes: list[str] = []
    services = partial_services(payments=w.payments, documents=w.documents, bank=month.bank)
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=w.session, navigate=lambda *a, **k: None,
                    notify=notes.append)
    ctx.extras["notes"] = notes
    w.login("bendahara")
    s = BankReconciliationScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1366, 768)
    s.show()
    s.activate()
    return s


def statuses(screen) -> dict[str, LineStatus]:
    return {x.description: x.status for x in screen.view.lines_model.items}


def select(screen, description: str) -> None:
    row = next(i for i, x in enumerate(screen.view.lines_model.items) if x.description == description)
    screen.view.lines.selectRow(row)


def test_import_twice_then_review(screen, month):
    screen.import_path(month.statement)
    notes = screen.ctx.extras["notes"]
    assert "10 baris dibaca, 10 baris baru, 0 sudah ada" in notes[-1]
    screen.import_path(month.statement)
    assert "10 baris dibaca, 0 baris baru, 10 sudah ada (tidak ditambah)" in notes[-1]
    assert len(screen.view.lines_model.items) == 10 and screen.period()[:2] == (2026, 11)
    st = statuses(screen)
    assert st["SP2D GU 000123 RKUD"] is LineStatus.PROPOSED
    assert st["CMS BULK TRANSFER 2 PENERIMA"] is LineStatus.PROPOSED
    assert st["TRF CMS UD BATIK LESTARI"] is LineStatus.PROPOSED
    assert st["BIAYA ADM BULANAN"] is LineStatus.FEE
    assert st["RETUR TRF REK TUJUAN TUTUP"] is LineStatus.REVERSAL
    assert st["DEBET LAIN-LAIN"] is LineStatus.UNEXPLAINED
    assert sorted(s for d, s in ((x.description, x.status) for x in screen.view.lines_model.items)
                  if d.startswith("TRF CMS CV SINAR")) == [LineStatus.DUPLICATE, LineStatus.PROPOSED]
    assert any(x.status is LineStatus.PARTIAL for x in screen.view.lines_model.items)
    assert "Saldo akhir BKU" in screen.view.figures.text()


def test_candidates_show_what_they_link_and_confirm_links_it(screen, month, qtbot):
    screen.import_path(month.statement)
    select(screen, "CMS BULK TRANSFER 2 PENERIMA")
    v = screen.view
    assert v.candidates_model.rowCount() == 2  # one option, its two payments on rows of their own
    rows = [[v.candidates_model.index(r, c).data() for c in range(v.candidates_model.columnCount())]
            for r in range(2)]
    c, d = month.orders["C"], month.orders["D"]
    assert [r[0] for r in rows] == ["1", ""] and [r[1] for r in rows] == ["23 November 2026", "23 November 2026"]
    assert {r[3] for r in rows} == {"Katering Bu Darmi", "CV Sinar Jaya Abadi"}
    assert {r[4] for r in rows} == {c.number, d.number} and {r[5] for r in rows} == {"0459", "0460"}
    assert sum(int(r[2].replace(".", "")) for r in rows) == c.payment["net"] + d.payment["net"]
    assert "transfer massal" in v.why.text() and "jumlah sama" in v.why.text()
    assert v.confirm_button.isEnabled()
    qtbot.mouseClick(v.confirm_button, Qt.MouseButton.LeftButton)
    assert statuses(screen)["CMS BULK TRANSFER 2 PENERIMA"] is LineStatus.CONFIRMED
    assert "Terkonfirmasi" in v.selected.text() and c.number in v.selected.text()
    assert set(month.bank.confirmed_orders()) == {c.id, d.id}
    assert v.undo_button.isEnabled()
    qtbot.mouseClick(v.undo_button, Qt.MouseButton.LeftButton)
    assert statuses(screen)["CMS BULK TRANSFER 2 PENERIMA"] is LineStatus.PROPOSED
    assert month.bank.confirmed_orders() == {}


def test_fee_note_and_confirm_all(screen, month, qtbot):
    screen.import_path(month.statement)
    v = screen.view
    select(screen, "BIAYA ADM BULANAN")
    qtbot.mouseClick(v.fee_button, Qt.MouseButton.LeftButton)
    assert statuses(screen)["BIAYA ADM BULANAN"] is LineStatus.CONFIRMED
    select(screen, "DEBET LAIN-LAIN")

    def write_note():
        dialog = screen.last_dialog
        assert not dialog.ok_button.isEnabled()
        dialog.note.setPlainText("pemindahbukuan ke rekening kas kecil")
        dialog.ok_button.click()

    QTimer.singleShot(0, write_note)
    screen.explain("other")
    assert statuses(screen)["DEBET LAIN-LAIN"] is LineStatus.CONFIRMED
    assert "pemindahbukuan" in v.selected.text()
    qtbot.mouseClick(v.confirm_all_button, Qt.MouseButton.LeftButton)
    left = statuses(screen)
    assert LineStatus.PROPOSED not in left.values()
    assert left["SP2D GU 000123 RKUD"] is LineStatus.CONFIRMED
    paid = {o.id for o in month.world.payments.queue() if o.bank_confirmed_at}
    assert {month.orders[k].id for k in "ABCD"} <= paid and month.orders["E"].id not in paid


def test_partial_needs_a_note(screen, month):
    screen.import_path(month.statement)
    e = month.orders["E"]
    line = next(x for x in screen.view.lines_model.items if x.status is LineStatus.PARTIAL)
    select(screen, line.description)
    assert screen.view.candidates_model.candidate(0).difference == 2_500

    def explain():
        dialog = screen.last_dialog
        dialog.note.setPlainText("potongan biaya transfer bank penerima")
        dialog.ok_button.click()

    QTimer.singleShot(0, explain)
    screen.confirm_selected()
    assert month.bank.confirmed_orders() == {e.id: month.bank.confirmed_orders()[e.id]}


def test_print_and_export(screen, month, tmp_path):
    screen.import_path(month.statement)
    screen.print_reconciliation()
    preview = screen.property("last_preview")
    assert preview is not None and preview.rendered.filename == "REKONSILIASI_BANK_2026-11.pdf"
    target = tmp_path / "rekon.csv"
    screen.export_csv(target)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Uraian", "Menurut BKU (Rp)"]


def test_a_bad_file_says_why(screen, tmp_path):
    bad = tmp_path / "mutasi.xlsx"
    bad.write_bytes(b"PK\x03\x04\x00\x00binary")
    screen.import_path(bad)
    assert "bukan teks CSV atau MT940" in screen.view.message.text()


def test_mapping_set_once_is_offered_and_used(screen, month, tmp_path, qtbot):
    text = "Tgl Buku;Catatan;Nilai;Saldo Berjalan\n23/11/2026;SETOR;1.000,00;9.000,00\n"
    path = tmp_path / "bank_saya.csv"
    path.write_text(text, encoding="utf-8")
    dialog = MappingDialog(month.bank.file_headers(path), month.bank.mappings.get("umum"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # no date and amount columns recognised by the generic names
    dialog.pick["date"].setCurrentIndex(dialog.pick["date"].findData("Tgl Buku"))
    dialog.pick["description"].setCurrentIndex(dialog.pick["description"].findData("Catatan"))
    dialog.pick["amount"].setCurrentIndex(dialog.pick["amount"].findData("Nilai"))
    dialog.pick["balance"].setCurrentIndex(dialog.pick["balance"].findData("Saldo Berjalan"))
    assert dialog.ok_button.isEnabled()
    month.bank.save_mapping(dialog.mapping())
    chooser = ImportDialog(path.name, ["1234567890"], "1234567890", month.bank.mapping_list(), lambda: None)
    qtbot.addWidget(chooser)
    assert chooser.format.itemText(1) == "Ekspor bank saya"
    assert chooser.values() == ("1234567890", None)
    screen.import_path(path, "1234567890")  # "Otomatis" now finds the officer's mapping by itself
    assert "1 baris baru" in screen.ctx.extras["notes"][-1]


def test_confirmed_payments_read_terkonfirmasi_bank_in_the_order_lists_and_desk(screen, month, qtbot):
    from desktop.ui.bendahara import BendaharaDeskScreen
    from desktop.ui.orders.model import OrdersModel

    screen.import_path(month.statement)
    select(screen, "TRF CMS UD BATIK LESTARI")
    qtbot.mouseClick(screen.view.confirm_button, Qt.MouseButton.LeftButton)
    b, a = month.orders["B"], month.orders["A"]
    queue = {o.id: o for o in month.world.payments.queue()}
    model = OrdersModel()
    assert model.state_text(queue[b.id]).endswith("· terkonfirmasi bank")
    assert "terkonfirmasi bank" not in model.state_text(queue[a.id])
    desk = BendaharaDeskScreen(screen.ctx)
    qtbot.addWidget(desk)
    desk.activate(order_id=b.id)
    assert "Terkonfirmasi bank" in desk.view.status.text()
    desk.activate(order_id=a.id)
    assert "Terkonfirmasi bank" not in desk.view.status.text()


def test_the_same_statement_as_csv_is_flagged_and_taken_back(screen, month, tmp_path, qtbot):
    from tests.domain.bank.statements import Tx, csv_text

    screen.import_path(month.statement)
    lines = screen.view.lines_model.items
    txs = [Tx(x.date, x.amount, x.description, x.reference) for x in lines]
    path = tmp_path / "same.csv"
    path.write_text(csv_text(txs, 10_000_000), encoding="utf-8")
    screen.import_path(path, "1234567890")
    assert "10 baris baru mirip" in screen.view.message.text()
    assert screen.view.undo_import_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.view.undo_import_button, Qt.MouseButton.LeftButton)
    assert "10 baris dihapus" in screen.ctx.extras["notes"][-1]
    assert len(screen.view.lines_model.items) == 10 and not screen.view.undo_import_button.isVisibleTo(screen)


def test_a_review_read_before_a_confirmation_does_not_undo_it_on_screen(month, qtbot, monkeypatch):
    """A reload (a visit, a change of period) that read the month before the Bendahara confirmed a fee and
    answers after the reload that follows the confirmation (the read lane runs two at once) must not show the
    line unconfirmed again."""

    from desktop.ui.tasks import TaskRunner

    w = month.world
    services = partial_services(payments=w.payments, documents=w.documents, bank=month.bank)
    runner = TaskRunner()
    ctx = UiContext(services=services, tasks=runner, session=w.session, navigate=lambda *a, **k: None)
    w.login("bendahara")
    month.bank.import_file(month.statement)
    s = BankReconciliationScreen(ctx)
    qtbot.addWidget(s)
    s.activate()
    qtbot.waitUntil(lambda: len(s.view.lines_model.items) == 10 and runner.pending_count() == 0, timeout=10_000)
    read_then_wait = LateFirstAnswer(month.bank.review)  # reads the month before the confirmation, answers after it
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(month.bank, "review", read_then_wait)
    try:
        s.reload()
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        select(s, "BIAYA ADM BULANAN")
        qtbot.waitUntil(s.view.fee_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(s.view.fee_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: statuses(s)["BIAYA ADM BULANAN"] is LineStatus.CONFIRMED, timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=10_000)
    assert statuses(s)["BIAYA ADM BULANAN"] is LineStatus.CONFIRMED
    runner.shutdown()
