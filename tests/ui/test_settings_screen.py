"""Settings screen: loads from the DB, validates NIPs with an actionable message, saves, data folder to QSettings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui import settings as ui_options
from desktop.ui.settings_screen import SettingsScreen
from tests.ui.late_answer import LateFirstAnswer


def make(qtbot, app_ctx):
    screen = SettingsScreen(app_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.view.pemda.text() != "", timeout=5000)
    return screen


def test_loads_defaults_and_saves(qtbot, app_ctx):
    screen = make(qtbot, app_ctx)
    v = screen.view
    assert v.pemda.text() == "PEMERINTAH PROVINSI JAWA TENGAH"
    v.opd_name.setText("Dinas Koperasi dan UKM")
    v.sign_names["ppk"].setText("Budi Santoso, S.E.")
    v.sign_nips["ppk"].setText("198001012005011001")
    with qtbot.waitSignal(screen.controller.saved, timeout=5000):
        qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)
    assert v.sign_nips["ppk"].text() == "19800101 200501 1 001"  # shown the way it is printed
    assert app_ctx.services.settings.signatories().ppk.nip == "198001012005011001"
    assert "disimpan" in v.message.text()


def test_bad_nip_says_what_is_wrong_and_focuses_field(qtbot, app_ctx):
    screen = make(qtbot, app_ctx)
    v = screen.view
    v.opd_name.setText("Dinas Koperasi dan UKM")
    v.sign_names["bendahara"].setText("Sri Wahyuni")
    v.sign_nips["bendahara"].setText("1980010120050")
    qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "18 angka" in v.message.text(), timeout=5000)
    assert v.message.property("kind") == "error"
    assert v.sign_nips["bendahara"].hasFocus()
    assert app_ctx.services.settings.signatories().bendahara.nip == ""  # nothing half-saved


def test_data_dir_change_goes_to_qsettings(qtbot, app_ctx, tmp_path):
    screen = make(qtbot, app_ctx)
    screen.controller.set_data_dir(str(tmp_path / "lain"))
    assert app_ctx.ui_settings.get(ui_options.DATA_DIR) == str(tmp_path / "lain")
    assert "buka kembali" in screen.view.message.text()


def test_language_choice_calls_switch(qtbot, app_ctx):
    chosen: list[str] = []
    app_ctx.language_changed = chosen.append
    screen = make(qtbot, app_ctx)
    screen.view.language.setCurrentIndex(screen.view.language.findData("en"))
    assert chosen == ["en"]


def test_catalog_fairness_setting_is_on_by_default_and_saved(qtbot, app_ctx):
    screen = make(qtbot, app_ctx)
    v = screen.view
    assert v.fairness.isChecked() and v.fairness.text() == "Dahulukan penyedia UMKM yang belum pernah terjual"
    assert app_ctx.services.settings.catalog_fairness_boost() == 0.25
    v.opd_name.setText("Dinas Koperasi dan UKM")
    v.fairness.setChecked(False)
    with qtbot.waitSignal(screen.controller.saved, timeout=5000):
        qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)
    assert app_ctx.services.settings.catalog_fairness_boost() == 0.0


def test_data_dir_on_a_network_drive_is_refused_with_advice(qtbot, app_ctx, tmp_path, monkeypatch):
    from desktop.services import data_location
    from desktop.ui.settings_screen import screen as controller

    screen = make(qtbot, app_ctx)
    before = app_ctx.ui_settings.get(ui_options.DATA_DIR)
    # What Windows answers for a mapped H: drive (GetDriveTypeW = DRIVE_REMOTE), injected on this Linux machine.
    monkeypatch.setattr(controller, "check_location", lambda path: data_location.check_location(
        path, platform="win32", drive_type=lambda root: data_location.DRIVE_REMOTE, long_paths_enabled=lambda: True))
    screen.controller.set_data_dir(r"H:\Dokumen\blangkon")
    assert "drive jaringan" in screen.view.message.text()
    assert screen.view.message.property("kind") == "error"
    assert app_ctx.ui_settings.get(ui_options.DATA_DIR) == before  # nothing saved


def test_a_read_asked_before_a_save_does_not_put_the_old_kop_back(qtbot, app_ctx, monkeypatch):
    """A reload of the form (a visit, a sync re-showing the screen) that read the settings before the officer
    saved and answers after the save must not put the old kop surat back in the fields (the next save would
    store it again). The read lane runs two at once."""

    screen = make(qtbot, app_ctx)
    v, svc = screen.view, app_ctx.services.settings
    qtbot.waitUntil(lambda: app_ctx.tasks.pending_count() == 0, timeout=5000)
    read_then_wait = LateFirstAnswer(svc.document_header)  # the kop as it was before the save, answering late
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(svc, "document_header", read_then_wait)
    try:
        screen.activate()
        qtbot.waitUntil(entered.is_set, timeout=5000)
        v.opd_name.setText("Dinas Koperasi dan UKM")
        with qtbot.waitSignal(screen.controller.saved, timeout=5000):
            qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: app_ctx.tasks.pending_count() == 0, timeout=5000)
    assert v.opd_name.text() == "Dinas Koperasi dan UKM"
    assert svc.document_header().opd_name == "Dinas Koperasi dan UKM"
