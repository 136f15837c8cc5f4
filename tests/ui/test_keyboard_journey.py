"""Keyboard only (#13, "what proves it"): through the real main window over the real core, every screen of each
role is reached by its shortcut, and the main actions are done with keys alone — search the catalog, add a
product to a draft, fill the draft, submit it; the PPK approves it. No mouse event is sent."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import bootstrap
from desktop.app.screens import screen_registry
from desktop.ui.main_window import MainWindow
from desktop.ui.screen import UiContext
from desktop.ui.settings import UiSettings
from desktop.ui.tasks import TaskRunner
from sync.protocol import Role
from tests.services.workflow_world import USERS, seed

KEY = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    seed(core.store)  # one OPD, its officers, sellers and products, number blocks
    tasks = TaskRunner()
    ctx = UiContext(services=core.services, tasks=tasks, session=core.session, navigate=lambda key, **p: None)
    ctx.ui_settings, ctx.data_dir = UiSettings(str(tmp_path / "ui.ini")), tmp_path / "data"
    win = MainWindow(ctx, screen_registry())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=8000)
    win.core = core  # type: ignore[attr-defined]
    yield win
    win.status.stop()
    tasks.shutdown()
    core.close()


def log_in(qtbot, win: MainWindow, who: str) -> None:
    win.ctx.session.set_user(USERS[who])
    qtbot.waitUntil(lambda: win.nav.count() >= 2, timeout=5000)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_into_focus(text: str) -> None:
    QTest.keyClicks(focused(), text)


def answer_box_with(qtbot, key: Qt.Key) -> list[str]:
    """Press `key` in the next message box that opens (Return: its default button); returns its text. Boxes
    another test left open are not ours: only a box that was not there when this was called is answered."""
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()}
    seen: list[str] = []

    def answer() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                    and id(w) not in before), None)
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        QTest.keyClick(box, key)

    QTimer.singleShot(0, answer)
    return seen


def reactivate(qtbot, win: MainWindow) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=8000)


def shortcut_to(qtbot, win: MainWindow, role: Role, key: str) -> None:
    spec = next(s for s in win.registry.nav_specs(role) if s.key == key)
    combo = QKeySequence(spec.shortcut)[0]
    press(win, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(lambda: win.current_key() == key, timeout=8000)


@pytest.mark.parametrize("who", ["pp", "ppk", "pa", "bendahara", "pptk"])
def test_every_screen_of_each_role_is_reached_by_its_shortcut(qtbot, window, who):
    log_in(qtbot, window, who)
    role = USERS[who].role
    specs = window.registry.nav_specs(role)
    assert specs and all(spec.shortcut for spec in specs)  # every screen has its key
    for spec in specs:
        shortcut_to(qtbot, window, role, spec.key)
        screen = window.screen_for(spec.key)
        assert screen.isVisible()
        # the screen takes the keyboard: something inside it has the focus, not the sidebar
        qtbot.waitUntil(lambda s=screen: s.isAncestorOf(QApplication.focusWidget()), timeout=8000) \
            if screen.isAncestorOf(QApplication.focusWidget()) else None
        assert screen.isAncestorOf(QApplication.focusWidget()), (spec.key, QApplication.focusWidget())


def test_order_from_catalog_to_approval_with_the_keyboard_only(qtbot, window):
    win = window
    log_in(qtbot, win, "pp")
    shortcut_to(qtbot, win, Role.PP, "catalog")
    catalog = win.screen_for("catalog")
    press(win, KEY.Key_F, CTRL)  # Ctrl+F: the search box
    assert focused() is catalog.view.search
    with qtbot.waitSignal(catalog.controller.results_shown, timeout=10000):
        type_into_focus("kertas")
    press(focused(), KEY.Key_Down)  # from the search box down into the results
    assert focused() is catalog.view.table
    qtbot.waitUntil(lambda: catalog.controller.current is not None and "Kertas" in catalog.controller.current.row.name, timeout=5000)
    press(focused(), KEY.Key_Return)  # Enter on a result: to "Tambah ke pesanan"
    qtbot.waitUntil(lambda: focused() is catalog.view.details.add_button, timeout=8000)
    press(win, KEY.Key_J, ALT)  # Alt+J: the quantity
    assert focused() is catalog.view.details.qty
    press(focused(), KEY.Key_A, CTRL)
    type_into_focus("12")
    press(win, KEY.Key_P, ALT)  # Alt+P: Tambah ke pesanan
    qtbot.waitUntil(lambda: win.current_key() == "order_editor", timeout=5000)
    editor = win.screen_for("order_editor")
    qtbot.waitUntil(lambda: editor.order is not None and len(editor.order.lines) == 1, timeout=5000)

    # fill the draft: each field reached by its label's Alt+letter
    next_week = dt.date.today() + dt.timedelta(days=7)
    for key, text in ((KEY.Key_R, "51234567"), (KEY.Key_A, "Jl. Sidodadi Timur No. 14, Semarang"),
                      (KEY.Key_G, f"{next_week:%d/%m/%Y}")):
        press(win, key, ALT)
        type_into_focus(text)
    # the OPD's list has arrived and no reload of the choices is on its way
    qtbot.waitUntil(lambda: editor.view.sub_kegiatan.count() > 1 and win.ctx.tasks.pending_count() == 0,
                    timeout=5000)
    press(win, KEY.Key_S, ALT)  # sub-kegiatan: a list, chosen with the arrow keys
    press(focused(), KEY.Key_Down)
    press(win, KEY.Key_K, ALT)  # kode rekening
    type_into_focus("5.1.02.01.01.0024")
    press(focused(), KEY.Key_Tab)
    qtbot.waitUntil(lambda: editor.order.kode_rup == "51234567" and editor.order.kode_rekening == "5.1.02.01.01.0024"
                    and editor.order.sub_kegiatan != "" and str(editor.order.delivery_date) == next_week.isoformat()
                    and "Sidodadi" in editor.order.delivery_address, timeout=10000)

    seen = answer_box_with(qtbot, KEY.Key_Return)
    press(win, KEY.Key_Return, CTRL)  # Ctrl+Enter: Ajukan ke PPK, confirmed with Enter
    qtbot.waitUntil(lambda: win.current_key() == "orders", timeout=10000)
    assert seen and "Ajukan pesanan" in seen[0]
    reactivate(qtbot, win)  # the offscreen platform does not give the window back its activation after a box

    # the PPK, on the same PC: the inbox by its shortcut, the order selected, approved with Alt+S and Enter
    log_in(qtbot, win, "ppk")
    shortcut_to(qtbot, win, Role.PPK, "ppk_inbox")
    inbox = win.screen_for("ppk_inbox")
    qtbot.waitUntil(lambda: inbox.view.inbox_model.rowCount() == 1 and inbox.inbox_order() is not None,
                    timeout=5000)
    seen = answer_box_with(qtbot, KEY.Key_Return)
    press(win, KEY.Key_S, ALT)
    qtbot.waitUntil(lambda: inbox.view.inbox_model.rowCount() == 0, timeout=10000)
    assert seen and "Setujui" in seen[0]
    reactivate(qtbot, win)
    with win.core.store.unit_of_work(readonly=True) as uow:  # type: ignore[attr-defined]
        (order,) = uow.orders.list(states=["DISETUJUI"])
    assert order.number and order.lines[0].qty == 12
