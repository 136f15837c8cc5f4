"""#13.19 first run: a PC without kop surat and signatories asks for them once, in the settings' own widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.first_run import FirstRunDialog, show_first_run_setup


def open_setup(qtbot, app_ctx) -> FirstRunDialog:
    show_first_run_setup(app_ctx)
    qtbot.waitUntil(lambda: "first_run_dialog" in app_ctx.extras, timeout=5000)
    dialog = app_ctx.extras["first_run_dialog"]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.settings.view.pemda.text() != "", timeout=5000)  # loaded from the store
    return dialog


def test_first_run_asks_for_kop_and_signatories_and_saves_them(qtbot, app_ctx):
    settings = app_ctx.services.settings
    assert settings.needs_first_run_setup()
    dialog = open_setup(qtbot, app_ctx)
    v = dialog.settings.view
    assert dialog.isVisible() and not dialog.isModal()  # work can go on beside it
    assert not v.general_box.isVisible() and v.header_box.isVisible() and v.sign_box.isVisible()
    assert "DRAF" in dialog.intro.text() and "Pengaturan" in dialog.intro.text()
    assert dialog.save_button.text() == "&Simpan dan lanjutkan" and dialog.later_button.text() == "&Nanti saja"
    v.opd_name.setText("Dinas Koperasi dan UKM Provinsi Jawa Tengah")
    v.sign_names["ppk"].setText("Budi Santoso, S.T., M.M.")
    v.sign_nips["ppk"].setText("197803152005011002")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert settings.signatories().ppk.nip == "197803152005011002"
    assert settings.document_header().opd_name == "Dinas Koperasi dan UKM Provinsi Jawa Tengah"
    qtbot.waitUntil(lambda: not settings.needs_first_run_setup(), timeout=5000)


def test_a_bad_nip_keeps_the_dialog_open_with_the_reason(qtbot, app_ctx):
    dialog = open_setup(qtbot, app_ctx)
    v = dialog.settings.view
    v.opd_name.setText("Dinas Koperasi dan UKM")
    v.sign_names["bendahara"].setText("Rina Kusumawati")
    v.sign_nips["bendahara"].setText("1988121020")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "18 angka" in v.message.text(), timeout=5000)
    assert dialog.isVisible() and app_ctx.services.settings.signatories().bendahara.nip == ""


def test_later_asks_only_once(qtbot, app_ctx):
    settings = app_ctx.services.settings
    dialog = open_setup(qtbot, app_ctx)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.needs_first_run_setup(), timeout=5000)
    del app_ctx.extras["first_run_dialog"]
    show_first_run_setup(app_ctx)
    app_ctx.tasks.shutdown()  # the check has answered
    assert "first_run_dialog" not in app_ctx.extras
