"""The shell's ways to a screen: the View menu, its shortcuts and the sidebar (#13.1, #13.7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from sync.protocol import Role
from tests.ui.conftest import login_as


@pytest.mark.parametrize("role", [Role.PP, Role.PPK, Role.BENDAHARA])
def test_every_view_menu_action_and_shortcut_opens_its_screen(qtbot, shell, role):
    """#13.1: Tampilan › each screen, and Ctrl+1…6 / Ctrl+, , lead to the screen they name."""
    window = shell
    login_as(qtbot, window, role)
    specs = window.registry.nav_specs(role)
    actions = window.view_menu.actions()
    assert [a.text() for a in actions] == [s.translated_label() for s in specs]
    for spec, action in zip(reversed(specs), reversed(actions), strict=True):
        action.trigger()
        assert window.current_key() == spec.key
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    for spec in reversed(specs):
        combo = QKeySequence(spec.shortcut)[0]
        QTest.keyClick(window, combo.key(), combo.keyboardModifiers())
        assert window.current_key() == spec.key, spec.shortcut


def test_sidebar_click_leaves_the_order_editor(qtbot, shell):
    """#13.7: with the editor open (not in the sidebar), a click on the entry shown before still navigates."""
    window = shell
    login_as(qtbot, window, Role.PP)
    window.navigate("catalog")
    window.navigate("order_editor")
    assert window.current_key() == "order_editor"
    rect = window.nav.visualItemRect(window.nav.item(0))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "catalog"
