"""Settings wiring: load from the DB on the read lane, validate and save on the DB lane; UI-only choices
(language, data folder) go to QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.identifiers import format_nip
from desktop.services.data_location import check_location
from desktop.services.server_address import ServerChoice
from desktop.services.settings_service import DocumentHeader, Signatories, Signatory
from desktop.ui import settings as ui_options
from desktop.ui.i18n import LANGUAGES, message_of
from desktop.ui.screen import Screen, UiContext
from desktop.ui.settings_screen.view import SIGNATORY_KEYS, SettingsView
from desktop.ui.tasks import LatestReads


@dataclass(frozen=True)
class Loaded:
    server_url: str
    use_local: bool
    header: DocumentHeader
    signatories: Signatories
    fairness: bool = True


class SettingsController(QObject):
    saved = Signal()

    def __init__(self, ctx: UiContext, view: SettingsView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.ui_settings = ctx.ui_settings
        # the form shows the settings read last, and never a read asked before a save: such a read answering
        # after the save put the old kop surat back in the fields, and the next save would store it again
        self._reads = LatestReads(ctx.tasks)
        for lang in LANGUAGES:
            view.language.addItem(lang.native_name, lang.code)
        view.language.currentIndexChanged.connect(self._on_language)
        view.save_button.clicked.connect(self.save)
        view.logo_button.clicked.connect(self.choose_logo)
        view.logo_path.textChanged.connect(self._preview_logo)
        view.data_button.clicked.connect(self.choose_data_dir)
        view.use_local.toggled.connect(lambda on: view.server.setEnabled(not on))

    # --- load ---------------------------------------------------------------------------------------------------
    def load(self) -> None:
        svc = self.ctx.services.settings
        address = self.ctx.services.server
        i18n = self.ctx.i18n
        self.view.language.blockSignals(True)
        self.view.language.setCurrentIndex(max(0, self.view.language.findData(i18n.language if i18n else "id")))
        self.view.language.blockSignals(False)
        self.view.data_dir.setText(str(self.ctx.data_dir or ""))
        def read() -> Loaded:
            choice = address.choice() if address is not None else ServerChoice("", False)
            return Loaded(choice.url, choice.use_local, svc.document_header(), svc.signatories(),
                          svc.catalog_fairness_enabled())

        self._reads.run("settings", read, self._show, self._on_error)

    def _show(self, data: Loaded) -> None:
        v = self.view
        v.server.setText(data.server_url)
        v.use_local.setChecked(data.use_local)
        v.fairness.setChecked(data.fairness)
        v.server.setEnabled(not data.use_local)
        v.pemda.setText(data.header.pemda)
        v.opd_name.setText(data.header.opd_name or (self.ctx.session.current_user.opd_name
                                                     if self.ctx.session.current_user else ""))
        v.address.setText(data.header.address)
        v.logo_path.setText(data.header.logo_path)
        for key in SIGNATORY_KEYS:
            sig: Signatory = getattr(data.signatories, key)
            v.sign_names[key].setText(sig.name)
            v.sign_nips[key].setText(format_nip(sig.nip) if sig.nip else "")

    # --- save ---------------------------------------------------------------------------------------------------
    def save(self) -> None:
        v = self.view
        header = DocumentHeader(v.pemda.text(), v.opd_name.text(), v.address.text(), v.logo_path.text())
        sigs = Signatories(**{k: Signatory(v.sign_names[k].text(), v.sign_nips[k].text()) for k in SIGNATORY_KEYS})
        server, use_local = v.server.text().strip(), v.use_local.isChecked()
        fairness = v.fairness.isChecked()
        svc = self.ctx.services.settings
        address = self.ctx.services.server

        def work() -> tuple[DocumentHeader, Signatories]:
            if address is not None and (server or use_local):
                address.choose(server, use_local=use_local)  # the next sync goes there (#13.2)
            svc.set_catalog_fairness(fairness)
            return svc.save_document_header(header), svc.save_signatories(sigs)

        v.save_button.setEnabled(False)
        self.ctx.tasks.run_db(work, on_done=self._on_saved, on_error=self._on_error)

    def _on_saved(self, result: tuple[DocumentHeader, Signatories]) -> None:
        self._reads.drop("settings")
        self.view.save_button.setEnabled(True)
        for key in SIGNATORY_KEYS:
            nip = getattr(result[1], key).nip
            self.view.sign_nips[key].setText(format_nip(nip) if nip else "")
        self.show_message(self.tr("Pengaturan disimpan. Kop surat dan penandatangan dipakai pada dokumen berikutnya."),
                          "info")
        self.saved.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.view.save_button.setEnabled(True)
        message = message_of(exc) or self.tr(
            "Pengaturan tidak dapat disimpan (%1). Coba lagi.").replace("%1", type(exc).__name__)
        self.show_message(message, "error")
        widget = self._field_widget(getattr(exc, "field", ""))
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def _field_widget(self, name: str) -> QLineEdit | None:
        v = self.view
        if "." in name:
            role, part = name.split(".", 1)
            return (v.sign_nips if part == "nip" else v.sign_names).get(role)
        return {"pemda": v.pemda, "opd_name": v.opd_name, "logo_path": v.logo_path, "server_url": v.server}.get(name)

    def show_message(self, text: str, kind: str) -> None:
        self.view.message.setProperty("kind", kind)
        self.view.message.setText(text)
        self.view.message.style().unpolish(self.view.message)
        self.view.message.style().polish(self.view.message)

    # --- UI-only choices ----------------------------------------------------------------------------------------
    def _on_language(self, _index: int) -> None:
        change = self.ctx.language_changed
        if change is not None:
            change(self.view.language.currentData())

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Pilih logo kop surat"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.view.logo_path.setText(path)

    def _preview_logo(self, path: str) -> None:
        pix = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pix.isNull():
            self.view.logo_preview.setText(self.tr("(tanpa logo)"))
            return
        self.view.logo_preview.setPixmap(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))

    def choose_data_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self.view, self.tr("Pilih folder data"), self.view.data_dir.text())
        if path:
            self.set_data_dir(path)

    def set_data_dir(self, path: str) -> None:
        location = check_location(path)
        if location.network:
            self.show_message(self.tr("Folder ini ada di drive jaringan. SQLite tidak aman di folder bersama: "
                                      "pesanan bisa rusak atau hilang bila koneksi putus. Pilih folder di disk "
                                      "lokal PC ini."), "error")
            return
        if location.long_path_risk:
            self.show_message(self.tr("Jalur folder ini terlalu panjang untuk Windows (batas 260 karakter). Pilih "
                                      "folder yang lebih pendek, misalnya C:\\BlangkonData."), "error")
            return
        if self.ui_settings is not None:
            self.ui_settings.set(ui_options.DATA_DIR, path)
        self.view.data_dir.setText(path)
        self.show_message(self.tr("Folder data diubah. Tutup lalu buka kembali aplikasi agar berlaku; data lama "
                                  "tetap ada di folder sebelumnya (salin bila perlu)."), "info")


class SettingsScreen(Screen):
    key = "settings"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = SettingsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        self.controller = SettingsController(ctx, self.view, self)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Pengaturan")

    def activate(self, **params: Any) -> None:
        self.controller.load()

    def retranslate(self) -> None:
        v = self.view
        v.general_box.setTitle(self.tr("Umum"))
        v.language_label.setText(self.tr("Bahasa apl&ikasi"))
        v.server_label.setText(self.tr("Alamat se&rver"))
        v.server.setPlaceholderText("https://blangkon.jatengprov.go.id")
        v.use_local.setText(self.tr("Gunakan server demo lokal"))
        v.data_label.setText(self.tr("Folder data"))
        v.data_button.setText(self.tr("Ubah…"))
        v.data_note.setText(self.tr("Perubahan folder data berlaku setelah aplikasi dibuka ulang."))
        v.fairness.setText(self.tr("Dahulukan penyedia UMKM yang belum pernah terjual"))
        v.fairness.setToolTip(self.tr("Di katalog, produk yang sama cocoknya diurutkan dengan mendahulukan penyedia "
                                      "UMKM yang belum pernah mendapat pesanan (ditandai \"dinaikkan: penyedia "
                                      "baru\"). Produk yang kurang cocok tidak pernah dinaikkan."))
        v.header_box.setTitle(self.tr("Kop surat dokumen"))
        v.header_labels["pemda"].setText(self.tr("&Pemerintah daerah"))
        v.header_labels["opd_name"].setText(self.tr("Nama &OPD"))
        v.header_labels["address"].setText(self.tr("&Alamat"))
        v.header_labels["logo"].setText(self.tr("&Logo"))
        v.logo_button.setText(self.tr("Pilih…"))
        v.sign_box.setTitle(self.tr("Penandatangan"))
        v.sign_head_name.setText(self.tr("Nama lengkap dan gelar"))
        v.sign_head_nip.setText(self.tr("NIP (18 angka)"))
        labels = {"pa_kpa": self.tr("Pengguna/Kuasa Pengguna Anggaran (PA/KPA)"),
                  "ppk": self.tr("Pejabat Pembuat Komitmen (PPK)"),
                  "pptk": self.tr("Pejabat Pelaksana Teknis Kegiatan (PPTK)"),
                  "bendahara": self.tr("Bendahara Pengeluaran")}
        for key, label in labels.items():
            v.sign_labels[key].setText(label)
            v.sign_nips[key].setPlaceholderText("19800101 200501 1 001")
        v.save_button.setText(self.tr("&Simpan"))
