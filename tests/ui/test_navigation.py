"""Screen registry: the typed table in desktop/app/screens.py, role filtering, and a table that cannot be wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.app.screens import SCREENS, screen_registry
from desktop.ui.navigation import RegistryError, ScreenRegistry, ScreenSpec, UnknownScreen
from desktop.ui.screen import Screen
from sync.protocol import Role

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def test_nav_per_role():
    reg = screen_registry()
    keys = lambda role: [s.key for s in reg.nav_specs(role)]  # noqa: E731
    assert keys(Role.PP) == ["catalog", "orders", "dashboard", "history", "settings"]
    assert keys(Role.PPK) == ["orders", "ppk_inbox", "dashboard", "history", "settings"]
    assert keys(Role.BENDAHARA) == ["bendahara", "bank", "year_closing", "dashboard", "history", "settings"]
    assert keys(None) == []
    assert "order_editor" not in keys(Role.PP)  # reached by navigate(), not the menu


def test_every_spec_names_a_screen_class_and_its_own_key():
    for spec in SCREENS:
        assert issubclass(spec.screen, Screen), spec.key
        assert spec.screen.key == spec.key, f"{spec.screen.__name__}.key is {spec.screen.key!r}, not {spec.key!r}"


def test_unknown_key_raises_instead_of_a_placeholder():
    reg = screen_registry()
    with pytest.raises(UnknownScreen):
        reg.spec("ghost")
    with pytest.raises(UnknownScreen):
        reg.allowed(False, Role.PP)  # type: ignore[arg-type]


def test_a_wrong_table_fails_when_built():
    class Hello(Screen):
        key = "hello"

    with pytest.raises(RegistryError):
        ScreenRegistry([ScreenSpec("hello", Hello, "Halo", frozenset(Role)),
                        ScreenSpec("hello", Hello, "Halo", frozenset(Role))])
    with pytest.raises(RegistryError):
        ScreenRegistry([ScreenSpec("a", Hello, "A", frozenset(Role), shortcut="Ctrl+1"),
                        ScreenSpec("b", Hello, "B", frozenset(Role), shortcut="Ctrl+1")])
    with pytest.raises(RegistryError):
        ScreenRegistry([ScreenSpec("x", object, "X", frozenset(Role))])  # type: ignore[arg-type]


def test_every_key_a_screen_navigates_to_is_registered():
    """navigate("…") with a literal key anywhere in the UI names a registered screen."""
    registered = set(screen_registry().keys())
    used: set[str] = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r"navigate\(\s*[\"']([a-z_]+)[\"']", path.read_text(encoding="utf-8")))
    assert used and used <= registered, used - registered


def test_no_dotted_string_loading_left():
    root = UI.parent
    found = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if "import_module" in p.read_text(encoding="utf-8")
             and p.parts[-2] not in ("selftest", "migrations") and p.name != "cli.py"]
    assert found == []


def test_the_admin_opd_records_acting_officials():
    """#17: Plt/Plh letters are the Admin OPD's screen (officers only see what the letters give them)."""
    reg = screen_registry()
    assert "delegations" in [s.key for s in reg.nav_specs(Role.ADMIN_OPD)]
    assert not any(reg.allowed("delegations", role) for role in (Role.PP, Role.PPK, Role.BENDAHARA))
    assert reg.allowed("ppk_inbox", {Role.PP, Role.PPK})  # one's own role plus a delegated one
