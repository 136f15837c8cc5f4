"""Bendahara desk offscreen (taxes with explanations, what-if, payment, prints) and the whole offline flow
PP → PPK → PA/KPA → Bendahara through the screens on one local store."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.ui.bendahara import BendaharaDeskScreen
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.orders import OrdersScreen
from desktop.ui.ppk_inbox import PpkInboxScreen
from sync.protocol.states import OrderState
from tests.services.test_payments import to_authorized, to_bast


def desk(ctx, world, qtbot):
    world.login("bendahara")
    screen = BendaharaDeskScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activate()
    return screen


def test_tax_breakdown_explanations_and_what_if(ctx, world, qtbot):
    order = to_bast(world)  # Rp11.100.000 from a PKP seller, bendahara collects
    screen = desk(ctx, world, qtbot)
    v = screen.view
    assert screen.selected().id == order.id
    assert v.figures["dpp"][1].text() == "Rp10.000.000,00"
    assert v.figures["dpp_nilai_lain"][1].text() == "Rp9.166.667,00"
    assert v.figures["ppn"][1].text() == "Rp1.100.000,00"
    assert v.figures["pph"][1].text() == "Rp150.000,00"
    assert v.figures["net"][1].text() == "Rp9.850.000,00"
    assert "Pasal 22" in v.figures["pph"][0].text()
    text = v.explanations.toPlainText()
    assert "11.100.000 × 100/111" in text and "PMK 59/PMK.03/2022" in text and "Dasar hukum" in text
    # officers read labels and the legal basis, not codes: the rule id is only a tooltip
    assert "dipungut Bendahara" in text and "BENDAHARA" not in text
    assert "ppn_12_nilai_lain_2025" not in text and "Aturan" not in text
    assert 'title="Aturan ppn_12_nilai_lain_2025"' in v.explanations.toHtml() or \
        "ppn_12_nilai_lain_2025" in v.explanations.toHtml()
    # A PKP seller always has an NPWP (issue #20): no "tanpa NPWP" comparison; asking for it says why.
    assert "tanpa NPWP" not in v.what_if.text() and "dengan Suket PP 55" in v.what_if.text()
    v.no_npwp.setChecked(True)
    assert "PKP" in v.message.text() and "NPWP" in v.message.text()
    v.no_npwp.setChecked(False)
    assert v.message.text() == ""
    assert v.request_button.isEnabled() and not v.pay_button.isEnabled()


def test_request_then_pay_after_consent_and_print(ctx, world, qtbot):
    order = to_bast(world)
    screen = desk(ctx, world, qtbot)
    v = screen.view
    qtbot.mouseClick(v.request_button, Qt.MouseButton.LeftButton)
    assert screen.selected().state is OrderState.MENUNGGU_BAYAR
    assert "PA/KPA" in v.status.text() and not v.pay_button.isEnabled()
    world.login("pa")
    world.payments.authorize(order.id)
    world.login("bendahara")
    screen.reload()
    assert v.pay_button.isEnabled()

    def pay():
        dialog = screen.last_dialog
        assert not dialog.ok_button.isEnabled()
        dialog.method.setCurrentIndex(dialog.method.findData("TRANSFER"))
        qtbot.keyClicks(dialog.bku, "0457")
        qtbot.keyClick(dialog.bku, Qt.Key.Key_Return)

    QTimer.singleShot(0, pay)
    screen.record_payment()
    paid = world.orders.get(order.id)
    assert paid.state is OrderState.DIBAYAR and paid.payment["method"] == "TRANSFER"
    assert "BKU 0457" in v.status.text()
    qtbot.mouseClick(v.kuitansi_button, Qt.MouseButton.LeftButton)
    kuitansi = screen.property("last_preview")
    qtbot.addWidget(kuitansi)
    assert kuitansi.rendered.kind == "kuitansi" and kuitansi.rendered.official
    qtbot.mouseClick(v.tax_book_button, Qt.MouseButton.LeftButton)
    book = screen.property("last_preview")
    qtbot.addWidget(book)
    assert book.rendered.kind == "pajak" and book.document.pageCount() >= 1


def test_full_offline_flow_through_the_screens(ctx, world, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    # PP drafts from a catalog product and submits.
    world.login("pp")
    editor = OrderEditorScreen(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.activate(add_product_id=1001, qty=200)
    v = editor.view
    v.kode_rup.setText("51234567")
    v.kode_rup.editingFinished.emit()
    for combo, code in ((v.sub_kegiatan, "2.18.01.2.06.0004"), (v.kode_rekening, "5.1.02.01.01.0024")):
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())
    qtbot.mouseClick(v.submit_button, Qt.MouseButton.LeftButton)
    order_id = editor.order.id
    assert editor.order.state is OrderState.DIAJUKAN
    # PPK approves.
    world.login("ppk")
    ppk = PpkInboxScreen(ctx)
    qtbot.addWidget(ppk)
    ppk.show()
    ppk.activate()
    qtbot.mouseClick(ppk.view.approve_button, Qt.MouseButton.LeftButton)
    # PP records the marketplace progress.
    world.login("pp")
    orders = OrdersScreen(ctx)
    qtbot.addWidget(orders)
    orders.show()
    orders.activate(order_id=order_id)
    for button in (orders.view.sent_button, orders.view.confirmed_button, orders.view.shipped_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert orders.selected().state is OrderState.DALAM_PENGIRIMAN
    # PPK inspects and signs the BAST.
    world.login("ppk")
    ppk.activate()
    ppk.view.tabs.setCurrentIndex(1)
    QTimer.singleShot(0, lambda: ppk.last_dialog.accept())
    ppk.receive()
    QTimer.singleShot(0, lambda: ppk.last_dialog.accept())
    ppk.sign_bast()
    # Bendahara requests payment, PA/KPA consents, Bendahara pays.
    screen = desk(ctx, world, qtbot)
    qtbot.mouseClick(screen.view.request_button, Qt.MouseButton.LeftButton)
    world.login("pa")
    ppk.activate()
    qtbot.mouseClick(ppk.view.authorize_button, Qt.MouseButton.LeftButton)
    world.login("bendahara")
    screen.reload()

    def pay():
        qtbot.keyClicks(screen.last_dialog.bku, "0458")
        screen.last_dialog.accept()

    QTimer.singleShot(0, pay)
    screen.record_payment()
    final = world.orders.get(order_id)
    assert final.state is OrderState.DIBAYAR
    assert final.number and final.bast["number"].startswith("000.3/017/BAST/")
    with world.store.unit_of_work(readonly=True) as uow:
        cmds = uow.outbox.for_order(order_id)
        trail = [e.action for e in uow.audit.for_order(order_id)]
    assert [c.method for c in cmds].count("PUT") == 1  # coalesced draft edits
    assert trail[0] == "create_draft"
    assert trail[trail.index("submit"):] == ["submit", "approve", "send_to_seller", "seller_confirm", "ship", "receive",
                                             "sign_bast", "request_payment", "authorize_payment", "mark_paid"]
    # the kuitansi is printed, then the Bendahara closes the order (SELESAI)
    assert screen.view.complete_button.isEnabled() and "Tandai selesai" in screen.view.status.text()
    qtbot.mouseClick(screen.view.complete_button, Qt.MouseButton.LeftButton)
    assert world.orders.get(order_id).state is OrderState.SELESAI
    assert screen.view.model.row_of(order_id) < 0  # closed orders leave the payment desk


def test_empty_desk_shows_dashes_and_a_hint(ctx, world, qtbot):
    screen = desk(ctx, world, qtbot)
    v = screen.view
    assert all(value.text() == "—" for _label, value in v.figures.values())
    assert "Pilih pesanan" in v.explanations.toPlainText() and "BAST" in v.status.text()
    assert not v.complete_button.isEnabled() and not v.pay_button.isEnabled()


def test_payment_dialog_takes_the_ntpn_of_each_withheld_tax(ctx, world, qtbot):
    """#12.2–3: the deposit of each tax the Bendahara withholds is recorded with its NTPN (BKU 'Disetor' line)."""
    order = to_authorized(world)
    screen = desk(ctx, world, qtbot)

    def pay():
        dialog = screen.last_dialog
        assert set(dialog.ntpn) == {"PPN", "PPH22"}
        qtbot.keyClicks(dialog.bku, "0458")
        qtbot.keyClicks(dialog.ntpn["PPN"], "1111222233334444")
        dialog.accept()

    QTimer.singleShot(0, pay)
    screen.record_payment()
    deposits = world.orders.get(order.id).payment["deposits"]
    assert [(d["code"], d["ntpn"]) for d in deposits] == [("PPN", "1111222233334444")]
