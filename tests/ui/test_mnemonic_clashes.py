"""No two visible things in one window answer the same Alt+letter (#13 keyboard use): two buttons or labels on
one screen with one mnemonic — or one that the menu bar uses — make Alt+letter cycle the focus instead of acting
(the order editor had Alt+J for 'Jalur belanja' and 'Ajukan ke PPK', Alt+U for 'Urungkan' and 'Periksa ulang';
the menu bar Alt+B for 'Berkas' and 'Bahasa'). Every screen of every role, in Indonesian and in English."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.domain.resources import resource_path
from desktop.ui.i18n import I18n
from tests.ui.test_keyboard_journey import log_in, window  # noqa: F401  (the real window over the real core)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def clashes(win: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that answer it in the window as it stands (menu bar + visible widgets)."""
    seen: dict[str, list[str]] = defaultdict(list)
    for action in win.menuBar().actions():  # type: ignore[attr-defined]
        if action.isVisible() and (key := mnemonic(action.text())):
            seen[key].append(f"menu {action.text()!r}")
    for w in win.findChildren(QWidget):
        if not w.isVisibleTo(win):
            continue
        text = ""
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        if text and (key := mnemonic(text)):
            seen[key].append(f"{type(w).__name__} {text!r}")
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.fixture(params=["id", "en"])
def language(request, qapp, tmp_path):
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    assert i18n.set_language(request.param)
    yield request.param
    i18n.set_language("id")


@pytest.mark.parametrize("who", ["pp", "ppk", "pa", "bendahara", "pptk"])
def test_no_two_things_on_a_screen_share_an_alt_letter(qtbot, window, language, who):  # noqa: F811
    log_in(qtbot, window, who)
    found = {}
    for spec in window.registry.nav_specs(window.ctx.session.current_user.role):
        window.navigate(spec.key)
        qtbot.waitUntil(lambda k=spec.key: window.current_key() == k, timeout=8000)
        if bad := clashes(window):
            found[spec.key] = bad
    if who == "pp":
        window.navigate("order_editor")
        qtbot.waitUntil(lambda: window.current_key() == "order_editor", timeout=8000)
        if bad := clashes(window):
            found["order_editor"] = bad
    assert not found, f"Alt+letter clashes ({language}): {found}"
