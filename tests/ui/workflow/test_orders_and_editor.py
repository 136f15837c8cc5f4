"""PP flow through the screens offscreen: create a draft, edit with undo/redo, see the check panel, submit;
the orders list shows the per-record sync status in plain Indonesian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.services.order_view import Severity
from desktop.store.db import Store
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.order_editor.model import COL_QTY
from desktop.ui.orders import OrdersScreen
from desktop.ui.tasks import SyncTaskRunner
from sync.protocol.states import OrderState
from tests.services.workflow_world import open_world
from tests.ui.workflow.conftest import make_ctx


@pytest.fixture
def editor(ctx, world, qtbot):
    world.login("pp")
    screen = OrderEditorScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    return screen


def fill_required(editor, qtbot):
    v = editor.view
    v.kode_rup.setText("51234567")
    v.kode_rup.editingFinished.emit()
    v.sub_kegiatan.setCurrentIndex(v.sub_kegiatan.findData("2.18.01.2.06.0004"))
    v.sub_kegiatan.activated.emit(v.sub_kegiatan.currentIndex())
    v.kode_rekening.setCurrentIndex(v.kode_rekening.findData("5.1.02.01.01.0024"))
    v.kode_rekening.activated.emit(v.kode_rekening.currentIndex())
    v.delivery_date.edit.setText("30/11/2026")
    v.delivery_date.commit_text()


def test_new_draft_from_catalog_product_and_undo_redo(editor, world):
    editor.activate(add_product_id=1001, qty=10)
    order = editor.order
    assert order is not None and order.lines[0].name == "Kertas HVS A4 80 gram"
    assert editor.view.total_labels["total"][1].text() == "Rp555.000,00"
    # change quantity through the table (one undoable command)
    model = editor.view.lines_model
    assert model.setData(model.index(0, COL_QTY), "12")
    assert editor.order.lines[0].qty == 12
    assert editor.view.total_labels["total"][1].text() == "Rp666.000,00"
    editor.undo_stack.undo()
    assert editor.order.lines[0].qty == 10
    editor.undo_stack.redo()
    assert editor.order.lines[0].qty == 12
    # add then remove a line, undo the removal
    editor._push_add(order.id, 1003, 5, "Map plastik kancing")
    assert [ln.name for ln in editor.order.lines] == ["Kertas HVS A4 80 gram", "Map plastik kancing"]
    editor.view.table.selectRow(1)
    editor.remove_selected()
    assert len(editor.order.lines) == 1
    editor.undo_stack.undo()
    assert [ln.name for ln in editor.order.lines][1] == "Map plastik kancing"
    assert editor.undo_stack.count() == 3
    # bad quantities are refused with an Indonesian message and no command
    assert not model.setData(model.index(0, COL_QTY), "sepuluh")
    assert "bilangan bulat" in editor.view.message.text()
    assert editor.undo_stack.count() == 3


def test_shipping_money_entry_and_errors(editor):
    editor.activate(add_product_id=1001, qty=10)
    v = editor.view
    v.shipping.setText("Rp 25.000,-")
    v.shipping.editingFinished.emit()
    assert editor.order.shipping == 25_000
    assert v.total_labels["total"][1].text() == "Rp580.000,00"
    v.shipping.setText("25rb")
    v.shipping.editingFinished.emit()
    assert v.message.isVisibleTo(editor) and v.message.text()
    assert editor.order.shipping == 25_000
    editor.undo_stack.undo()
    assert editor.order.shipping == 0


def test_check_panel_blocks_then_allows_submit(editor, ctx, monkeypatch, qtbot):
    editor.activate(add_product_id=1001, qty=10)
    items = editor.view.checks_model.items()
    assert any(i.severity is Severity.BLOCKING and i.code == "kode_rup" for i in items)
    assert not editor.view.submit_button.isEnabled()
    fill_required(editor, qtbot)
    items = editor.view.checks_model.items()
    assert not [i for i in items if i.severity is Severity.BLOCKING]
    assert editor.view.submit_button.isEnabled()
    assert editor.view.total_labels["ppn"][1].text().startswith("Rp")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.view.submit_button, Qt.MouseButton.LeftButton)
    assert editor.order.state is OrderState.DIAJUKAN
    assert ctx.extras["navigations"][-1] == ("orders", {})
    assert not editor.view.kode_rup.isEnabled()


def test_budget_codes_can_be_typed_when_master_data_is_missing(editor):
    editor.activate(add_product_id=1001, qty=10)
    v = editor.view
    v.kode_rekening.setEditText("5.1.02.01.01.0025")
    v.kode_rekening.lineEdit().editingFinished.emit()
    assert editor.order.kode_rekening == "5.1.02.01.01.0025"
    v.sub_kegiatan.setCurrentIndex(v.sub_kegiatan.findData("2.18.01.2.06.0009"))
    v.sub_kegiatan.activated.emit(v.sub_kegiatan.currentIndex())
    assert editor.order.sub_kegiatan == "2.18.01.2.06.0009"
    assert v.sub_kegiatan.currentText().startswith("2.18.01.2.06.0009 — ")
    editor.undo_stack.undo()
    assert editor.order.sub_kegiatan == "" and v.sub_kegiatan.currentText() == ""
    assert v.delivery_date.edit.text() == "" and v.delivery_date.date() is None


def test_product_picker_keyboard_flow(editor, qtbot):
    editor.activate(add_product_id=1001, qty=10)

    def pick():
        dialog = editor._pick_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.query, "map")
        dialog._run_search()
        assert dialog.results.count() == 1
        dialog.qty.setValue(4)
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    editor.add_product()
    assert [(ln.name, ln.qty) for ln in editor.order.lines][-1] == ("Map plastik kancing", 4)


def test_draft_survives_a_kill_and_reopen(editor, world, qapp):
    editor.activate(add_product_id=1001, qty=10)
    editor._push_add(editor.order.id, 1002, 3, "Tinta")
    order_id = editor.order.id
    world.store.close()  # as if the process died: nothing else is flushed
    store = Store.open(world.path)
    w2 = open_world(store, world.session, world.path)
    screen = OrderEditorScreen(make_ctx(w2, SyncTaskRunner()))
    screen.activate(order_id=order_id)
    assert [(ln.name, ln.qty) for ln in screen.order.lines] == [("Kertas HVS A4 80 gram", 10),
                                                                  ("Tinta printer Epson 003 hitam", 3)]
    screen.deleteLater()
    world.store = store


def test_editor_on_the_real_db_lane(async_ctx, world, qtbot):
    world.login("pp")
    screen = OrderEditorScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.activate(add_product_id=1001, qty=10)
    qtbot.waitUntil(lambda: screen.order is not None and screen.view.checks_model.rowCount() > 0, timeout=10000)
    model = screen.view.lines_model
    model.setData(model.index(0, COL_QTY), "20")
    assert screen.view.saved.text() == "Menyimpan…"
    qtbot.waitUntil(lambda: screen.order.lines[0].qty == 20, timeout=10000)
    assert screen.view.saved.text() == "✓ Semua perubahan tersimpan di PC ini"
    with world.store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require(screen.order.id).lines[0].qty == 20


def test_orders_list_shows_sync_status_in_indonesian(ctx, world, qtbot):
    draft = world.draft()
    submitted = world.draft(1003, 2)
    world.orders.submit(submitted.id)
    screen = OrdersScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate()
    model = screen.view.model
    texts = {model.order(r).id: model.index(r, 4).data() for r in range(model.rowCount())}
    assert texts[draft.id] == "Tersimpan di PC ini saja"
    assert texts[submitted.id] == "Menunggu dikirim"
    screen.view.table.selectRow(model.row_of(draft.id))
    screen.open_selected()
    assert ctx.extras["navigations"][-1] == ("order_editor", {"order_id": draft.id})
    assert screen.view.cancel_button.isEnabled()
    assert not screen.view.sent_button.isEnabled()


def test_orders_delivery_steps_and_cancel(ctx, world, qtbot, monkeypatch):
    order = world.draft()
    world.orders.submit(order.id)
    world.login("ppk")
    world.approvals.approve(order.id)
    world.login("pp")
    screen = OrdersScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    assert screen.view.sent_button.isEnabled()
    qtbot.mouseClick(screen.view.sent_button, Qt.MouseButton.LeftButton)
    assert screen.selected().state is OrderState.DIKIRIM_KE_PENYEDIA
    qtbot.mouseClick(screen.view.confirmed_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.view.shipped_button, Qt.MouseButton.LeftButton)
    assert screen.selected().state is OrderState.DALAM_PENGIRIMAN
    assert not screen.view.cancel_button.isEnabled()
    other = world.draft(3001, 20)
    screen.activate(order_id=other.id)
    monkeypatch.setattr("desktop.ui.orders.screen.QInputDialog.getText",
                        lambda *a, **k: ("Rapat dibatalkan", True))
    qtbot.mouseClick(screen.view.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.selected().state is OrderState.DIBATALKAN


def test_lines_flagged_by_the_catalog_sync_are_visible_and_block_submit(editor, world):
    editor.activate(add_product_id=1001, qty=10)
    editor._push_add(editor.order.id, 1002, 2, "Tinta")
    # the replica learns of a new price and a delisting; opening the draft re-checks its lines (#21.4)
    world.set_product(1001, price=57_000)
    world.set_product(1002, status="delisted")
    editor.activate(order_id=editor.order.id)
    model = editor.view.lines_model
    assert model.index(0, 5).data() == "Harga kini Rp57.000,00 — periksa sebelum diajukan"
    assert model.index(1, 5).data() == "Produk tidak tersedia lagi — hapus atau ganti"
    stale = [i for i in editor.view.checks_model.items() if i.code == "stale_line"]
    assert len(stale) == 2 and all(i.blocking for i in stale)
    assert not editor.view.submit_button.isEnabled()


def test_empty_lists_say_what_to_do(ctx, world, qtbot):
    from desktop.ui.ppk_inbox import PpkInboxScreen

    world.login("pp")
    orders = OrdersScreen(ctx)
    qtbot.addWidget(orders)
    orders.show()
    orders.activate()
    assert "Katalog" in orders.view.message.text() and "Tambah ke pesanan" in orders.view.message.text()
    world.login("ppk")
    inbox = PpkInboxScreen(ctx)
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.activate()
    assert "Sinkronkan sekarang" in inbox.view.inbox_detail.text()
    world.draft()
    world.login("pp")
    orders.activate()
    assert orders.view.message.text() == ""
