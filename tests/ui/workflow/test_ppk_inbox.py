"""PPK flow through the screen offscreen: approve, reject with reason, receipt (partial, then full), BAST,
SP preview with print and save (SALINAN afterwards); PA/KPA payment consent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.ui.documents_preview.dialogs import DocumentPreviewDialog
from desktop.ui.ppk_inbox import PpkInboxScreen
from sync.protocol.states import Action, OrderState


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def screen_for(ctx, world, qtbot, who="ppk"):
    world.login(who)
    screen = PpkInboxScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    screen.activate()
    return screen


def submitted(world, product=1001, qty=10):
    order = world.draft(product, qty)
    return world.orders.submit(order.id)


def test_approve_from_the_inbox(ctx, world, qtbot, yes):
    order = submitted(world)
    screen = screen_for(ctx, world, qtbot)
    v = screen.view
    assert v.inbox_model.rowCount() == 1
    assert v.inbox_model.index(0, 4).data() == "0 dari 3"
    assert v.approve_button.isEnabled() and v.reject_button.isEnabled()
    qtbot.mouseClick(v.approve_button, Qt.MouseButton.LeftButton)
    assert v.message.text() == ""
    assert v.inbox_model.rowCount() == 0
    assert v.deliveries_model.rowCount() == 1
    approved = v.deliveries_model.order(0)
    assert approved.id == order.id and approved.state is OrderState.DISETUJUI
    assert approved.number == "000.3/017/SP/DINKOP/XI/2026"


def test_creator_cannot_approve_is_visible(ctx, world, qtbot):
    world.login("ppk")
    order = world.orders.create_draft(1001, 2)
    world.orders.update_fields(order.id, kode_rup="1", sub_kegiatan="2.18.01.2.06.0004",
                               kode_rekening="5.1.02.01.01.0024")
    world.orders.submit(order.id)
    screen = screen_for(ctx, world, qtbot)
    assert not screen.view.approve_button.isEnabled()
    assert "PPK lain" in screen.view.inbox_detail.text()


def test_reject_needs_a_reason(ctx, world, qtbot):
    order = submitted(world)
    screen = screen_for(ctx, world, qtbot)

    def fill():
        dialog = screen.last_dialog
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "Kode RUP belum sesuai SiRUP")
        assert dialog.ok_button.isEnabled()
        dialog.accept()

    QTimer.singleShot(0, fill)
    screen.reject()
    assert world.orders.get(order.id).state is OrderState.DITOLAK
    assert screen.view.inbox_model.rowCount() == 0


def test_partial_then_full_receipt_and_bast(ctx, world, qtbot, yes):
    order = submitted(world)
    world.login("ppk")
    world.approvals.approve(order.id)
    world.login("pp")
    for a in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        world.orders.advance_delivery(order.id, a)
    screen = screen_for(ctx, world, qtbot)
    screen.view.tabs.setCurrentIndex(1)
    assert screen.view.receive_button.isEnabled() and not screen.view.bast_button.isEnabled()

    def partial():
        dialog = screen.last_dialog
        spin = next(iter(dialog.received.values()))
        spin.setValue(7)
        assert not dialog.jumlah.isChecked()
        dialog.notes.setText("3 rim basah, diretur")
        dialog.accept()

    QTimer.singleShot(0, partial)
    screen.receive()
    assert world.orders.get(order.id).state is OrderState.KETIDAKSESUAIAN
    QTimer.singleShot(0, lambda: screen.last_dialog.accept())
    screen.receive()
    assert world.orders.get(order.id).state is OrderState.DITERIMA
    assert screen.view.bast_button.isEnabled()

    def bast():
        dialog = screen.last_dialog
        dialog.number.setText("027/BAST/DINKOP/XI/2026")
        dialog.accept()

    QTimer.singleShot(0, bast)
    screen.sign_bast()
    final = world.orders.get(order.id)
    assert final.state is OrderState.BAST and final.bast["number"] == "027/BAST/DINKOP/XI/2026"
    assert screen.view.print_bast_button.isEnabled()


def test_sp_preview_print_and_save_then_salinan(ctx, world, qtbot, yes, tmp_path):
    order = submitted(world)
    screen = screen_for(ctx, world, qtbot)
    qtbot.mouseClick(screen.view.approve_button, Qt.MouseButton.LeftButton)
    screen.view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(screen.view.print_sp_button, Qt.MouseButton.LeftButton)
    dialog = screen.property("last_preview")
    assert isinstance(dialog, DocumentPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1
    assert not dialog.rendered.reprint and dialog.rendered.official
    # the test PC has no certified device key: the official document is unsigned and the preview says why
    assert not dialog.rendered.signed
    assert dialog.rendered.signature_note and dialog.rendered.signature_note in dialog.status.text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.save_to(tmp_path / "sp.pdf")
    assert not dialog.save_to(tmp_path / "missing" / "sp.pdf")
    assert "tidak dapat disimpan" in dialog.status.text()
    again = world.documents.render(order.id, "sp")
    assert again.reprint


def test_pa_kpa_gives_payment_consent(ctx, world, qtbot, yes):
    from tests.services.test_payments import to_bast

    order = to_bast(world)
    world.login("bendahara")
    world.payments.request_payment(order.id)
    screen = screen_for(ctx, world, qtbot, who="pa")
    assert screen.view.tabs.currentIndex() == 2 and not screen.view.tabs.isTabVisible(0)
    assert screen.view.authorize_button.isEnabled()
    qtbot.mouseClick(screen.view.authorize_button, Qt.MouseButton.LeftButton)
    assert world.orders.get(order.id).payment["authorized_by"] == "14"
    assert screen.view.consent_model.rowCount() == 0


def test_approve_confirmation_shows_price_warnings(ctx, world, qtbot, monkeypatch):
    class Flagging:
        def flagged(self, order, day):
            return [type("A", (), {"product_id": ln.product_id, "message": "Jauh di atas median."})()
                    for ln in order.lines]

    world.approvals.prices = Flagging()
    submitted(world)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    screen = screen_for(ctx, world, qtbot)
    qtbot.mouseClick(screen.view.approve_button, Qt.MouseButton.LeftButton)
    assert asked and "Periksa harga" in asked[0] and "Jauh di atas median." in asked[0]
    assert screen.view.inbox_model.rowCount() == 1  # answered No: nothing approved


def test_receipt_records_the_arrival_date_and_a_late_arrival_unticks_waktu(ctx, world, qtbot, yes):
    """#12.6: the PPK enters the day the goods arrived; after the SP's deadline the 'waktu sesuai' box (which
    follows the dates, never a tick) is cleared, the delay is shown, the goods are still received (lateness is not
    a mismatch) and the receipt stores the arrival date for the BAST."""
    import datetime as dt

    order = submitted(world)
    world.login("ppk")
    world.approvals.approve(order.id)
    world.login("pp")
    for a in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        world.orders.advance_delivery(order.id, a)
    screen = screen_for(ctx, world, qtbot)
    screen.view.tabs.setCurrentIndex(1)
    seen = {}

    def late():
        dialog = screen.last_dialog
        deadline = dialog.deadline
        today = world.approvals.today()
        if deadline >= today:  # the world's order is due later than today: move the deadline back for the test
            dialog.deadline = today - dt.timedelta(days=2)
        dialog.arrived.setDate(dialog.arrived.date())  # today
        dialog._arrival_changed()
        seen["waktu"] = (dialog.waktu.isChecked(), dialog.waktu.isEnabled(), dialog.lateness.text())
        dialog.accept()

    QTimer.singleShot(0, late)
    screen.receive()
    checked, enabled, text = seen["waktu"]
    assert not checked and not enabled and "Terlambat 2 hari" in text
    assert world.orders.get(order.id).state is OrderState.DITERIMA
    receipt = world.orders.get(order.id).receipt
    assert receipt["arrived_on"] == world.approvals.today().isoformat()
