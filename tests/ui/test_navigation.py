"""Screen registry: lazy import, placeholder only for a missing module, role filtering."""

from __future__ import annotations

import sys
import types

import pytest

from desktop.ui.navigation import DEFAULT_SPECS, ScreenRegistry, ScreenSpec, UnavailableScreen
from desktop.ui.screen import Screen
from sync.protocol import Role


def test_nav_per_role():
    reg = ScreenRegistry()
    keys = lambda role: [s.key for s in reg.nav_specs(role)]  # noqa: E731
    assert keys(Role.PP) == ["catalog", "orders", "dashboard", "history", "settings"]
    assert keys(Role.PPK) == ["orders", "ppk_inbox", "dashboard", "history", "settings"]
    assert keys(Role.BENDAHARA) == ["bendahara", "dashboard", "history", "settings"]
    assert keys(None) == []
    assert "order_editor" not in keys(Role.PP)  # reached by navigate(), not the menu


def test_missing_module_gives_placeholder(qtbot, ui_context):
    reg = ScreenRegistry([ScreenSpec("ghost", "desktop.ui.does_not_exist_yet:Ghost", "Hantu", frozenset(Role))])
    assert reg.screen_class("ghost") is None
    screen = reg.create("ghost", ui_context)
    qtbot.addWidget(screen)
    assert isinstance(screen, UnavailableScreen)
    assert "Layar belum tersedia" in screen._label.text()


def test_broken_module_raises_not_placeholder(monkeypatch):
    """An ImportError inside an existing module is a bug and must surface."""
    broken = types.ModuleType("desktop.ui._broken_screen")

    def explode(name, *a, **k):
        if name == "desktop.ui._broken_screen":
            raise ModuleNotFoundError("No module named 'numpyy'", name="numpyy")
        return real_import(name, *a, **k)

    import importlib

    real_import = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", explode)
    reg = ScreenRegistry([ScreenSpec("broken", f"{broken.__name__}:X", "X", frozenset(Role))])
    with pytest.raises(ModuleNotFoundError):
        reg.screen_class("broken")


def test_existing_module_is_built(qtbot, ui_context, monkeypatch):
    mod = types.ModuleType("desktop_test_screen_mod")

    class Hello(Screen):
        key = "hello"

        def title(self) -> str:
            return "Halo"

    mod.Hello = Hello
    monkeypatch.setitem(sys.modules, mod.__name__, mod)
    reg = ScreenRegistry([ScreenSpec("hello", f"{mod.__name__}:Hello", "Halo", frozenset(Role))])
    screen = reg.create("hello", ui_context)
    qtbot.addWidget(screen)
    assert isinstance(screen, Hello) and screen.ctx is ui_context


def test_default_specs_name_the_agreed_classes():
    targets = {s.key: s.target for s in DEFAULT_SPECS}
    assert targets["orders"] == "desktop.ui.orders:OrdersScreen"
    assert targets["order_editor"] == "desktop.ui.order_editor:OrderEditorScreen"
    assert targets["ppk_inbox"] == "desktop.ui.ppk_inbox:PpkInboxScreen"
    assert targets["bendahara"] == "desktop.ui.bendahara:BendaharaDeskScreen"
    assert targets["history"] == "desktop.ui.history:OrderHistoryScreen"
