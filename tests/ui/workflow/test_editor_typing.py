"""The order editor as an officer types in it (#13.5, #13.6, #13.8, #13.13): dates typed or picked from a calendar
that opens at today, nothing typed after Tab is lost, budget codes checked against the reference list, the
"tersimpan" mark only when the store has it, and a quantity above the catalog's stock said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.services.order_view import Severity
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.order_editor.model import COL_QTY

SAVED = "✓ Semua perubahan tersimpan di PC ini"


@pytest.fixture
def live_editor(async_ctx, world, qtbot):
    """The editor on the real (threaded) DB lane, shown: keys go where the focus is."""
    world.login("pp")
    screen = OrderEditorScreen(async_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    screen.activate(add_product_id=1001, qty=10)
    qtbot.waitUntil(lambda: screen.order is not None and screen.view.checks_model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: screen.view.kode_rekening.count() > 0, timeout=10000)
    screen.activateWindow()
    return screen


def stored(world, order_id):
    with world.store.unit_of_work(readonly=True) as uow:
        return uow.orders.require(order_id)


def test_delivery_date_is_typed_or_picked_from_a_calendar_at_today(live_editor, world, qtbot):
    """#13.5: no "— belum diisi —" to type after, no calendar in Januari 2000."""
    v = live_editor.view
    field = v.delivery_date
    assert field.edit.text() == "" and field.date() is None
    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.isVisible()
    today = live_editor.ctx.today()  # the session's WIB day (23 November 2026 in the world), not the PC's date
    assert field.calendar.selectedDate().toPython() == today
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    QTest.keyClick(field.calendar, Qt.Key.Key_Escape)
    field.calendar.hide()

    field.edit.setFocus()
    QTest.keyClicks(field.edit, "30/12/2026")
    assert field.edit.text() == "30/12/2026"
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(world, live_editor.order.id).delivery_date == "2026-12-30", timeout=10000)

    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "31/02/2026")
    QTest.keyClick(field.edit, Qt.Key.Key_Return)
    assert "tidak dikenali" in v.message.text()
    assert stored(world, live_editor.order.id).delivery_date == "2026-12-30"


def test_keys_typed_right_after_tab_are_kept(live_editor, world, qtbot):
    """#13.6: the save of the field left by Tab used to repaint the next field under the officer's fingers."""
    v = live_editor.view
    v.sub_kegiatan_edit.setFocus()
    QTest.keyClicks(v.sub_kegiatan_edit, "2.18.01.2.06.0004")
    QTest.keyClick(v.sub_kegiatan_edit, Qt.Key.Key_Tab)  # saves sub-kegiatan on the DB lane…
    assert v.kode_rekening_edit.hasFocus()
    QTest.keyClicks(v.kode_rekening_edit, "5.1.02.01.01.0052")  # …while these keys arrive
    qtbot.waitUntil(lambda: live_editor._pending_saves == 0 and v.saved.text() != "Menyimpan…", timeout=10000)
    assert v.kode_rekening_edit.text().startswith("5.1.02.01.01.0052")  # the list completes it with its name
    QTest.keyClick(v.kode_rekening_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(world, live_editor.order.id).kode_rekening == "5.1.02.01.01.0052",
                    timeout=10000)
    assert stored(world, live_editor.order.id).sub_kegiatan == "2.18.01.2.06.0004"


def test_an_unknown_kode_rekening_blocks_with_the_nearest_codes(ctx, world, qtbot):
    """#13.6: "1.02.01.01.0052" is not in the list: blocking, and the valid code it resembles is named."""
    world.login("pp")
    editor = OrderEditorScreen(ctx)
    qtbot.addWidget(editor)
    order = world.draft()
    editor.activate(order_id=order.id)
    v = editor.view
    v.kode_rekening.setEditText("1.02.01.01.0052")
    v.kode_rekening_edit.editingFinished.emit()
    items = v.checks_model.items()
    unknown = [c for c in items if c.code == "kode_rekening_unknown"]
    assert unknown and unknown[0].severity is Severity.BLOCKING
    assert "5.1.02.01.01.0052" in unknown[0].detail
    assert not any(c.code == "budget" for c in items)  # never "Kode anggaran lengkap" beside it
    assert not v.submit_button.isEnabled()


def test_typed_text_is_saved_after_a_pause_and_the_mark_tells_the_truth(live_editor, world, qtbot):
    """#13.8: the address being typed is saved without leaving the field; "tersimpan" only once it is."""
    v = live_editor.view
    v.delivery_address.setFocus()
    v.delivery_address.selectAll()
    QTest.keyClicks(v.delivery_address, "Jl. Pemuda No. 12, Semarang")
    assert v.saved.text().startswith("Belum tersimpan")  # typed, not in the store yet
    assert stored(world, live_editor.order.id).delivery_address != "Jl. Pemuda No. 12, Semarang"
    qtbot.waitUntil(lambda: v.saved.text() == SAVED, timeout=10000)  # no Tab, no Enter: the pause saves it
    assert v.delivery_address.hasFocus()
    assert stored(world, live_editor.order.id).delivery_address == "Jl. Pemuda No. 12, Semarang"
    QTest.keyClicks(v.delivery_address, " (lantai 2)")
    assert v.saved.text().startswith("Belum tersimpan")


def test_more_than_the_catalog_stock_is_said(ctx, world, qtbot):
    """#13.13: 150 rim against a stock of 100."""
    world.login("pp")
    editor = OrderEditorScreen(ctx)
    qtbot.addWidget(editor)
    editor.activate(add_product_id=1001, qty=10)
    model = editor.view.lines_model
    assert model.setData(model.index(0, COL_QTY), "150")
    items = editor.view.checks_model.items()
    stock = [c for c in items if c.code == "stock"]
    assert stock and stock[0].severity is Severity.WARNING
    assert "150 rim" in stock[0].detail and "stok di katalog 100" in stock[0].detail


def test_the_lists_answering_late_keep_what_was_typed(live_editor, world, qtbot):
    """The sub-kegiatan/kode rekening lists are read on every visit and may answer after the officer started
    typing (the keyboard journey under load): a date typed before the answer used to be wiped by the repaint and
    the pause's save then stored no date."""
    v = live_editor.view
    v.delivery_date.edit.setFocus()
    QTest.keyClicks(v.delivery_date.edit, "30/12/2026")
    v.sub_kegiatan_edit.setFocus()  # focus leaves the date: it commits…
    v.sub_kegiatan.setEditText("")
    QTest.keyClicks(v.sub_kegiatan_edit, "2.18.01.2.06")
    v.delivery_date.edit.setFocus()
    v.delivery_date.edit.selectAll()
    QTest.keyClicks(v.delivery_date.edit, "31/12/2026")  # …and a second date is typed, not committed yet
    svc = live_editor.ctx.services.orders
    lists = svc.marketplace_choices(), svc.sub_kegiatan_choices(), svc.kode_rekening_choices()
    live_editor._choices_loaded(lists)  # the lists answer now, under the officer's fingers
    assert v.delivery_date.edit.text() == "31/12/2026"
    assert v.sub_kegiatan_edit.text().startswith("2.18.01.2.06")
    QTest.keyClick(v.delivery_date.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(world, live_editor.order.id).delivery_date == "2026-12-31", timeout=10000)
