"""Settings screen: language, server, data folder, letterhead (kop surat) and signatories."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.screen import Screen, UiContext
from desktop.ui.settings_screen.controller import SettingsController
from desktop.ui.settings_screen.view import SettingsView


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
        v.language_label.setText(self.tr("&Bahasa"))
        v.server_label.setText(self.tr("Alamat &server"))
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
