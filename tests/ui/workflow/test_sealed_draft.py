"""#15: the order editor on a draft whose address and notes this session cannot open (sealed with a key it does not
hold): it shows them as sealed, and an officer's edit is refused with the Indonesian reason — the sealed original
is never overwritten by its placeholder."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from desktop.services.data_protection import AesGcmSealer
from desktop.ui.order_editor import OrderEditorScreen


def _raw(world) -> tuple:
    with world.store.unit_of_work(readonly=True) as uow:
        return tuple(uow.session.execute(text("SELECT delivery_address, notes FROM orders")).one())


def test_an_edit_over_content_this_session_cannot_open_is_refused_and_said(async_ctx, world, qtbot):
    world.store.sealer = AesGcmSealer(os.urandom(32))
    world.login("pp")
    draft = world.orders.create_draft(1001, 10)
    world.orders.update_fields(draft.id, delivery_address="Jl. Pandanaran No. 5", notes="kirim pagi")
    before = _raw(world)
    world.store.sealer = AesGcmSealer(os.urandom(32))  # a session without this database's key
    screen = OrderEditorScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    screen.activate(order_id=draft.id)
    qtbot.waitUntil(lambda: screen.order is not None, timeout=10000)
    v = screen.view
    assert "tersegel" in v.delivery_address.text()
    v.notes.setFocus()
    v.notes.selectAll()
    QTest.keyClicks(v.notes, "catatan baru")
    QTest.keyClick(v.notes, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "tidak ditimpa" in v.message.text(), timeout=10000)
    assert "terenkripsi" in v.message.text()
    assert _raw(world) == before
