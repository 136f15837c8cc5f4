"""History timeline and the conflict dialogs offscreen."""

from __future__ import annotations

import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from desktop.services.order_view import SyncStatus
from desktop.ui.conflicts import (
    ActedFirstDialog,
    PriceChangedDialog,
    ProductUnavailableDialog,
    StaleApprovalDialog,
)
from desktop.ui.history import OrderHistoryScreen
from desktop.ui.orders import OrdersScreen
from sync.protocol.states import OrderState
from tests.services.test_conflicts import commands, price_problem, send_all, server_order


def test_history_shows_who_role_and_states(ctx, world, qtbot):
    order = world.draft()
    world.orders.submit(order.id)
    world.login("ppk")
    world.approvals.reject(order.id, "Kode RUP belum sesuai")
    screen = OrderHistoryScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    m = screen.model
    rows = [[m.index(r, c).data() for c in range(6)] for r in range(m.rowCount())]
    assert rows[0][1] == "Sri Wahyuni, S.E." and rows[0][3] == "Membuat draf"
    submit = next(r for r in rows if r[3] == "Mengajukan ke PPK")
    assert submit[2] == "Pejabat Pengadaan" and submit[4] == "Draf → Menunggu persetujuan PPK"
    reject = rows[-1]
    assert reject[1] == "Budi Santoso, S.T., M.M." and reject[2] == "Pejabat Pembuat Komitmen"
    assert reject[4] == "Menunggu persetujuan PPK → Ditolak" and reject[5] == "Kode RUP belum sesuai"
    assert reject[0] == "23 November 2026 10.00 WIB · PC ini"
    assert screen.doc_buttons["sp"].isEnabled() and not screen.doc_buttons["bast"].isEnabled()


def test_history_prefers_server_events(ctx, world, qtbot):
    order = world.draft()
    with world.store.unit_of_work() as uow:
        uow.orders.save_events([{"order_id": order.id, "seq": 1, "version": 1, "action": "create_draft",
                                 "from_state": None, "to_state": "DRAFT", "actor": "11", "role": "PP",
                                 "at": "2026-11-23T03:00:02Z", "payload": {}}])
    screen = OrderHistoryScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    rows = [[screen.model.index(r, c).data() for c in range(6)] for r in range(screen.model.rowCount())]
    created = next(r for r in rows if r[3] == "Membuat draf")
    assert created[0] == "23 November 2026 10.00 WIB · server" and created[1] == "Sri Wahyuni, S.E."
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert sum(1 for r in range(screen.model.rowCount()) if screen.model.index(r, 3).data() == "Membuat draf") == 1


def test_price_changed_dialog_from_the_orders_list(ctx, world, qtbot):
    order = world.draft(1001, 10)
    world.orders.submit(order.id)
    world.set_product(1001, price=57_000)
    send_all(world, "submit", price_problem(order, 57_000))
    world.login("pp")
    screen = OrdersScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    assert screen.selected().sync_status is SyncStatus.ATTENTION
    assert screen.view.conflict_button.isEnabled()
    assert "perlu perhatian" in screen.view.message.text()
    seen = {}

    def decide():
        dialog = screen.property("last_conflict_dialog")
        assert isinstance(dialog, PriceChangedDialog)
        seen["rows"] = [[dialog.table.item(0, c).text() for c in range(5)]]
        dialog.accept_button.click()

    QTimer.singleShot(0, decide)
    screen.resolve_selected()
    assert seen["rows"] == [["Kertas HVS A4 80 gram", "10 rim", "Rp55.500,00", "Rp57.000,00", "+Rp15.000,00"]]
    assert world.orders.get(order.id).lines[0].unit_price == 57_000
    assert screen.selected().sync_status is SyncStatus.PENDING


def test_other_conflict_dialogs(ctx, world, qtbot):
    order = world.draft(1001, 10)
    order = world.orders.add_line(order.id, 1002, 2)
    world.orders.submit(order.id)
    gone = order.lines[1]
    send_all(world, "submit", {"type": "x", "title": "t", "status": 409, "code": "product_unavailable",
                               "detail": "d", "details": [{"line_id": gone.id, "code": "product_unavailable",
                                                           "quoted": 111_000, "current": None}]})
    (c,) = world.conflicts.open_conflicts()
    subs = world.orders.find_products("", provider_id=101)
    dialog = ProductUnavailableDialog(ctx, c, [p for p in subs if p.id != 1002])
    qtbot.addWidget(dialog)
    combo = dialog.choices[gone.id]
    combo.setCurrentIndex(combo.findData(1003))
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [ln.name for ln in world.orders.get(order.id).lines][1] == "Map plastik kancing"

    other = world.draft(3001, 20)
    send_all(world, "nothing", {})
    world.login("ppk")
    problem = {"type": "x", "title": "t", "status": 412, "code": "version_conflict", "detail": "Diubah di PC lain.",
               "server_version": 2, "current_order": server_order(other, version=2)}
    world.login("pp")
    world.orders.set_qty(other.id, other.lines[0].id, 25)
    send_all(world, "PUT", problem)
    (c2,) = world.conflicts.open_conflicts(other.id)
    acted = ActedFirstDialog(ctx, c2)
    qtbot.addWidget(acted)
    assert acted.mine_button is not None and acted.server_button.isEnabled()
    assert acted.table.item(2, 2).text() == "Rp500.000,00"  # server total
    acted.server_button.click()
    assert world.orders.get(other.id).lines[0].qty == 20

    third = world.draft(1003, 3)
    world.orders.submit(third.id)
    send_all(world, "nothing", {})
    world.login("ppk")
    world.approvals.approve(third.id)
    send_all(world, "approve", {"type": "x", "title": "t", "status": 409, "code": "stale_approval", "detail": "d",
                                "current_order": server_order(third, version=3, state="DIAJUKAN")})
    (c3,) = world.conflicts.open_conflicts(third.id)
    stale = StaleApprovalDialog(ctx, c3)
    qtbot.addWidget(stale)
    stale.back_button.click()
    assert world.orders.get(third.id).state is OrderState.DIAJUKAN


def _race(world):
    """PPK approved offline; another PPK's rejection reached the server first (#21.3)."""
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_all(world, "nothing", {})
    world.login("ppk")
    approved = world.approvals.approve(order.id)
    server = server_order(approved, version=3, state="DITOLAK")
    server["reasons"] = [{"action": "reject", "reason": "Spesifikasi tidak sesuai RAB", "by": "u-other",
                          "by_name": "Dewi Anggraini, S.E.", "role": "PPK", "at": "2026-11-23T02:30:00.000Z"}]
    send_all(world, "approve", {"type": "x", "title": "t", "status": 409, "code": "invalid_transition",
                                "detail": "Aksi 'approve' tidak dapat dilakukan pada pesanan berstatus DITOLAK.",
                                "current_order": server})
    return approved


def test_the_race_dialog_says_who_why_when_and_what_to_withdraw_in_words(ctx, world, qtbot):
    approved = _race(world)
    (c,) = world.conflicts.open_conflicts(approved.id)
    dialog = ActedFirstDialog(ctx, c)
    qtbot.addWidget(dialog)
    text = dialog.explain.text()
    assert dialog.heading.text() == "Pesanan sudah ditolak oleh PPK lain"
    assert "Dewi Anggraini, S.E. (PPK) menolak pesanan ini pada 23 November 2026 09.30 WIB" in text
    assert "“Spesifikasi tidak sesuai RAB”" in text and "persetujuan (SP)" in text
    assert f"Nomor {approved.number} yang sudah dicetak di PC ini BATAL" in text and "tarik kembali" in text
    shown = " ".join(dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in range(3)
                     if dialog.table.item(r, c))
    assert "Versi" not in shown and "DITOLAK" not in shown and "approve" not in text  # no raw codes (#21.7)
    assert f"{approved.number} (BATAL)" in shown and "Ditolak" in shown
    assert dialog.mine_button is None


def test_taking_the_server_copy_says_first_what_it_drops(ctx, world, qtbot):
    order = world.draft(3001, 20)
    send_all(world, "nothing", {})
    world.orders.set_qty(order.id, order.lines[0].id, 25)
    world.orders.submit(order.id)
    send_all(world, "PUT", {"type": "x", "title": "t", "status": 412, "code": "version_conflict", "detail": "d",
                            "server_version": 2, "current_order": server_order(order, version=2)})
    (c,) = world.conflicts.open_conflicts(order.id)
    dialog = ActedFirstDialog(ctx, c)
    qtbot.addWidget(dialog)
    text = dialog.explain.text()
    assert "Bila memakai salinan server: barang dan harga di PC ini diganti dengan salinan server" in text
    assert "pengajuan yang belum diterima server tidak dikirim" in text
    assert dialog.mine_button is not None  # "send mine again" resends the edit and then the submit
    dialog.mine_button.click()
    pending = [json.loads(x.body).get("action", x.method) for x in commands(world, order.id)
               if x.status.value == "pending"]
    assert pending == ["PUT", "submit"]


def test_the_pp_reads_the_ppk_reason_in_the_editor(ctx, world, qtbot):
    from desktop.ui.order_editor import OrderEditorScreen

    order = world.draft()
    world.orders.submit(order.id)
    world.login("ppk")
    world.approvals.reject(order.id, "Kode RUP belum sesuai DPA")
    world.login("pp")
    editor = OrderEditorScreen(ctx)
    qtbot.addWidget(editor)
    editor.activate(order_id=order.id)
    assert editor.view.rejection.isVisibleTo(editor)
    assert "Ditolak oleh Budi Santoso, S.T., M.M." in editor.view.rejection.text()
    assert "“Kode RUP belum sesuai DPA”" in editor.view.rejection.text()
