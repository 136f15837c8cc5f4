"""#17: what the PP and the PPK read when the server cancelled an order for the PPK's deadline — the PP's note in
the editor after the next sync, and the PPK's conflict when a late offline approval was refused."""

from __future__ import annotations

from desktop.services.sync_service import StoreOrders
from desktop.ui.conflicts import ActedFirstDialog
from desktop.ui.order_editor import OrderEditorScreen
from tests.services.test_conflicts import send_all, server_order

EXPIRED_AT = "2026-12-29T17:05:00.000Z"  # 30 December 2026, 00.05 WIB


def expired_copy(order, version: int) -> dict:
    server = server_order(order, version=version, state="DIBATALKAN")
    server["reasons"] = [{"action": "expire", "reason": "Dibatalkan otomatis oleh sistem …", "due": "2026-12-29",
                          "by": "system", "by_name": "Sistem Blangkon", "role": "SISTEM", "at": EXPIRED_AT}]
    server["approval_due"] = "2026-12-29"
    return server


def test_the_pp_reads_why_the_order_was_cancelled(ctx, world, qtbot):
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_all(world, "nothing", {})
    StoreOrders(world.store).apply_pulled(expired_copy(world.orders.get(order.id), 3))
    editor = OrderEditorScreen(ctx)
    qtbot.addWidget(editor)
    editor.activate(order_id=order.id)
    note = editor.view.rejection
    assert note.isVisibleTo(editor)
    assert "Dibatalkan otomatis oleh sistem pada 30 Desember 2026 00.05 WIB" in note.text()
    assert "sampai batas waktu 29 Desember 2026" in note.text() and "Buat pesanan baru" in note.text()


def test_the_ppk_reads_the_refused_late_approval(ctx, world, qtbot):
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_all(world, "nothing", {})
    world.login("ppk")
    approved = world.approvals.approve(order.id)
    send_all(world, "approve", {"type": "x", "title": "t", "status": 409, "code": "deadline_passed",
                                "detail": "Batas waktu PPK menanggapi pesanan ini adalah 29 Desember 2026 dan sudah "
                                          "lewat; pesanan dibatalkan otomatis.",
                                "current_order": expired_copy(approved, 3)})
    (c,) = world.conflicts.open_conflicts(order.id)
    dialog = ActedFirstDialog(ctx, c)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Batas waktu persetujuan PPK sudah lewat"
    text = dialog.explain.text()
    assert "Sistem membatalkan pesanan ini otomatis pada 30 Desember 2026 00.05 WIB" in text
    assert "sampai batas waktu 29 Desember 2026" in text and "persetujuan (SP)" in text
    assert f"Nomor {approved.number} yang sudah dicetak di PC ini BATAL" in text
