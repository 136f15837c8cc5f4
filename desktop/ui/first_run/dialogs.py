"""First-run setup (#13.19): a PC whose kop surat and signatories were never set would print SP, BAST and kuitansi
without the OPD's name, NIPs and titles. After the first login the officer is asked for them in the settings'
own widgets (the Settings screen with only its letterhead and signatory boxes); "Nanti saja" leaves them for
Pengaturan, and official documents then say which signatory is missing. Not modal: work can go on beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.screen import UiContext
from desktop.ui.settings_screen import SettingsScreen
from desktop.ui.widgets.common import heading_label


class FirstRunDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = heading_label(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.settings = SettingsScreen(ctx, self)  # the same fields, checks and saving as Pengaturan
        self.settings.view.general_box.hide()  # language, server and data folder are not first-run questions
        self.save_button = self.settings.view.save_button
        self.later_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)  # beside "Nanti saja"
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.clicked.connect(self.reject)
        self.settings.controller.saved.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.settings, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._asked())
        self.retranslate()
        self.resize(900, 600)
        self.settings.activate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Penyiapan awal"))
        self.heading.setText(self.tr("Kop surat dan penandatangan dokumen"))
        self.intro.setText(self.tr(
            "PC ini belum punya kop surat dan penandatangan. Surat Pesanan, BAST, kuitansi dan buku kas memakai "
            "nama OPD, nama lengkap dan NIP pejabat dari sini; tanpa nama dan NIP, dokumen hanya dapat dicetak "
            "bertanda DRAF. Isi sekarang, atau nanti di Pengaturan."))
        self.settings.retranslate()
        self.save_button.setText(self.tr("&Simpan dan lanjutkan"))
        self.later_button.setText(self.tr("&Nanti saja"))

    def _asked(self) -> None:
        settings = self.ctx.services.settings
        self.ctx.tasks.run_db(settings.mark_first_run_asked, None, lambda exc: None)


def show_first_run_setup(ctx: UiContext, parent: QWidget | None = None) -> None:
    """After a login: ask for the kop surat and signatories when this PC never had them (checked off the UI
    thread); the dialog is kept in ctx.extras["first_run_dialog"]."""
    settings = ctx.services.settings
    if settings is None:
        return

    def done(needed: bool) -> None:
        if needed:
            dialog = FirstRunDialog(ctx, parent)
            ctx.extras["first_run_dialog"] = dialog
            dialog.show()

    ctx.tasks.run_read(settings.needs_first_run_setup, on_done=done, on_error=lambda exc: None)
