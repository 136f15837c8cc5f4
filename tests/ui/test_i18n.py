"""Language switch: English compiled from the committed .ts on first use (clean clone), applied live."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.app.screens import screen_registry
from desktop.domain.resources import resource_path
from desktop.services.session import CurrentUser
from desktop.ui.i18n import I18n, qm_for
from desktop.ui.main_window import MainWindow
from sync.protocol import Role

TS_DIR = resource_path("translations")


def test_qm_compiled_from_ts_into_cache(tmp_path):
    qm = qm_for("en", TS_DIR, tmp_path)
    assert qm is not None and qm.parent == tmp_path and qm.stat().st_size > 1000
    assert qm_for("xx", TS_DIR, tmp_path) is None


def test_every_shell_string_has_an_english_translation():
    import re

    text = (TS_DIR / "blangkon_en.ts").read_text(encoding="utf-8")
    shell = {"MainWindow", "LoginView", "LoginController", "CatalogScreen", "CatalogController", "CatalogTableModel",
             "SettingsScreen", "SettingsController", "StatusController", "Navigation",
             "AppController"}
    for ctx in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx).group(1)
        if name in shell:
            assert 'type="unfinished"' not in ctx, f"untranslated text in {name}"


def test_live_switch_retranslates_main_window(qtbot, app_ctx, i18n):
    window = MainWindow(app_ctx, screen_registry())
    qtbot.addWidget(window)
    app_ctx.session.set_user(CurrentUser(id="u", username="pp", full_name="Rina", role=Role.PP))
    qtbot.waitUntil(lambda: window.nav.count() == 5, timeout=3000)
    window.navigate("settings")
    assert window.file_menu.title() == "&Berkas" and window.nav.item(0).text() == "Katalog"
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)
    assert window.nav.item(0).text() == "Catalogue"
    assert window.status_view.sync_button.text() == "Synchronise now"
    assert window.screen_for("settings").view.save_button.text() == "&Save"
    assert window.current_key() == "settings" and window.nav.currentItem().text() == "Settings"
    assert i18n.set_language("id")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Berkas", timeout=3000)


def test_unknown_language_falls_back_to_indonesian(i18n):
    assert i18n.set_language("fr")  # not offered: Indonesian, which always works
    assert i18n.language == "id"


def test_missing_translation_reports_failure(tmp_path):
    tr = I18n(QApplication.instance(), Path(tmp_path / "none"), tmp_path / "qm")
    assert tr.set_language("en") is False and tr.language == "id"


def test_sync_phase_labels_and_notices_are_translated(qtbot, app_ctx, i18n):
    from types import SimpleNamespace

    window = MainWindow(app_ctx, screen_registry())
    qtbot.addWidget(window)
    assert i18n.set_language("en")
    status = window.status
    assert status.progress_text(SimpleNamespace(label="mengunduh katalog", done=1, total=2)) \
        == "downloading the catalogue 1/2"
    status.state, status.notice = "idle", "partial_retry"
    status.render()
    assert window.status_view.connection_label.text().startswith("Partly synchronised")


def test_shown_times_follow_the_language(i18n):
    """One formatter of shown times (long_stamp → clock_time): "01.51" in Indonesian (PUEBI), "01:51" in English;
    the day is the WIB one (18:51 UTC on 1 December is 2 December in Semarang)."""
    from desktop.ui.dashboard.screen import as_of_text
    from desktop.ui.i18n import clock_time, long_stamp

    stamp = "2026-12-01T18:51:07.000Z"
    assert long_stamp(stamp) == "2 Desember 2026 01.51 WIB" and as_of_text(stamp) == long_stamp(stamp)
    assert clock_time(dt.time(9, 5)) == "09.05"
    assert i18n.set_language("en")
    assert long_stamp(stamp) == "2 December 2026 01:51 WIB" and as_of_text(stamp) == long_stamp(stamp)
    assert clock_time(dt.time(9, 5)) == "09:05"
    assert long_stamp("kemarin") == "kemarin" and long_stamp(None) == ""  # text that is no stamp stays as it is
