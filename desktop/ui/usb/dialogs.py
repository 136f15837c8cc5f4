"""The USB dialog: export the queued work to a stick, relay a stick's export from a connected PC, import the
server's receipt, install a catalog from a stick. The work runs on the task lanes (desktop.services.usb_transfer);
this file only asks for the file and says what happened, in the officer's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.usb_transfer import CatalogInstalled, Exported, ReceiptApplied, RelayDone, UsbSummary
from desktop.ui.i18n import count_text, message_of
from desktop.ui.screen import UiContext

EXPORT, RELAY, RECEIPT, CATALOG = "export", "relay", "receipt", "catalog"
FILTERS = {RELAY: "*.blkusb", RECEIPT: "*.blkterima", CATALOG: "*.blkkatalog"}


class UsbDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, focus: str = EXPORT) -> None:
        super().__init__(parent)
        self.setObjectName("usbDialog")
        self.ctx = ctx
        self.usb = ctx.services.usb
        self.setWindowTitle(self.tr("Sinkronisasi lewat flashdisk"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sinkronisasi lewat flashdisk"), self)
        heading.setObjectName("usbHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Tanpa sinyal? Bawa pekerjaan Anda dengan flashdisk. Berkas ekspor ditandatangani perangkat ini dan "
            "disandikan untuk server provinsi: siapa pun yang menemukan flashdisk tidak dapat membaca atau "
            "mengubahnya. Server menerapkan setiap perintah persis seperti saat daring — tidak ada yang hilang "
            "atau tercatat dua kali."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        self.status_labels: dict[str, QLabel] = {}
        for key, title, text, button in (
            (EXPORT, self.tr("1. Ekspor ke USB — di PC tanpa sinyal"), "", self.tr("&Ekspor ke USB…")),
            (RELAY, self.tr("2. Unggah berkas USB — di PC yang tersambung"), self.tr(
                "Pilih berkas ekspor di flashdisk. Server menerapkannya dan tanda terima ditulis kembali ke "
                "flashdisk, di samping berkas ekspor."), self.tr("&Unggah berkas USB…")),
            (RECEIPT, self.tr("3. Impor tanda terima — kembali di PC tanpa sinyal"), self.tr(
                "Status tiap pesanan, nomor dari server dan konflik tampil seperti setelah sinkronisasi daring."),
             self.tr("&Impor tanda terima…")),
            (CATALOG, self.tr("Katalog dari flashdisk"), self.tr(
                "Pasang atau perbarui katalog dari berkas katalog kantor provinsi (untuk lokasi yang belum pernah "
                "mengunduh katalog)."), self.tr("&Pasang katalog…"))):
            layout.addWidget(self._section(key, title, text, button))
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("usbResult")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label.setMinimumHeight(60)
        self.outcome_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome_label.setMargin(8)
        layout.addWidget(self.outcome_label)
        layout.addStretch(1)  # spare height goes below the result, not between the heading's lines
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.buttons[focus].setDefault(True)
        self.buttons[focus].setFocus()
        self.refresh()
        self.fit()

    def fit(self) -> None:
        """Wrapped labels get the height they need at the dialog's width (Qt's size hint alone clips them)."""
        width = max(self.width(), self.minimumWidth())
        self.resize(width, max(self.heightForWidth(width), self.sizeHint().height()))

    def _section(self, key: str, title: str, text: str, button: str) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        label = QLabel(text, box)
        label.setWordWrap(True)
        inner.addWidget(label)
        self.status_labels[key] = label
        push = QPushButton(button, box)
        push.setObjectName(f"usb_{key}")
        push.clicked.connect(lambda _=False, k=key: self.choose(k))
        inner.addWidget(push, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons[key] = push
        return box

    # --- state ------------------------------------------------------------------------------------------------
    def _user(self) -> Any:
        return self.ctx.session.current_user

    def refresh(self) -> None:
        user = self._user()
        if self.usb is None or user is None or not user.opd_id:
            for push in self.buttons.values():
                push.setEnabled(False)
            return
        self.ctx.tasks.run_read(lambda: self.usb.summary(user.opd_id) if self.usb else None, self._show_summary)

    def _show_summary(self, summary: UsbSummary | None) -> None:
        if summary is None:
            return
        if not summary.keys_known:
            text = self.tr("PC ini belum mengenal kunci server provinsi: sinkronkan sekali secara daring dulu.")
        elif summary.commands:
            text = self.tr("%1 perintah untuk %2 pesanan belum diterima server.").replace(
                "%1", str(summary.commands)).replace("%2", str(summary.orders))
        else:
            text = self.tr("Tidak ada perintah yang menunggu dikirim.")
        if summary.last_export:
            receipt = self.tr("nomor %1").replace("%1", str(summary.last_receipt)) if summary.last_receipt \
                else self.tr("belum ada")
            text += " " + self.tr("Ekspor terakhir: nomor %1; tanda terima terakhir: %2.").replace(
                "%1", str(summary.last_export)).replace("%2", receipt)
        self.status_labels[EXPORT].setText(text)
        self.buttons[EXPORT].setEnabled(summary.commands > 0 and summary.keys_known)

    # --- actions ----------------------------------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """Ask for the folder (export) or the file, then run it (tests call `run` with a path directly)."""
        if key == EXPORT:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih flashdisk atau folder tujuan"))
            if folder:
                self.run(key, Path(folder))
            return
        name, _ = QFileDialog.getOpenFileName(self, self.buttons[key].text().replace("&", "").rstrip("…"), "",
                                              f"Blangkon ({FILTERS[key]})")
        if name:
            self.run(key, Path(name))

    def run(self, key: str, path: Path) -> None:
        user, usb = self._user(), self.usb
        if usb is None or user is None:
            return
        for push in self.buttons.values():
            push.setEnabled(False)
        self.outcome_label.setText(self.tr("Sedang memproses…"))
        work = {EXPORT: lambda: usb.export(path, str(user.opd_id)),
                RELAY: lambda: usb.relay_as(user.id, path),
                RECEIPT: lambda: usb.import_receipt(path),
                CATALOG: lambda: usb.import_catalog(path)}[key]
        lane = self.ctx.tasks.run_io if key == RELAY else self.ctx.tasks.run_db
        lane(work, self._done, self._failed)

    def _done(self, outcome: object) -> None:
        self.outcome_label.setText(self.describe(outcome))
        self.outcome_label.setStyleSheet("QLabel#usbResult { background: #e8f5e9; }")
        self._enable()
        self.refresh()
        self.fit()

    def _failed(self, exc: BaseException) -> None:
        message = message_of(exc) or self.tr("Tidak dapat diselesaikan (%1). Coba lagi; berkas di flashdisk "
                                             "tidak berubah.").replace("%1", type(exc).__name__)
        self.outcome_label.setText(self.tr("Ditolak: %1").replace("%1", message))
        self.outcome_label.setStyleSheet("QLabel#usbResult { background: #fdecea; }")
        self._enable()
        self.refresh()
        self.fit()

    def _enable(self) -> None:
        for key, push in self.buttons.items():
            push.setEnabled(key != EXPORT)  # export follows the summary

    def describe(self, outcome: object) -> str:
        if isinstance(outcome, Exported):
            return self.tr("Ekspor nomor %1: %2 perintah untuk %3 pesanan ditulis ke %4. Bawa flashdisk ke PC yang "
                           "tersambung atau ke kantor provinsi.").replace("%1", str(outcome.seq)).replace(
                "%2", str(outcome.commands)).replace("%3", str(outcome.orders)).replace("%4", str(outcome.path))
        if isinstance(outcome, RelayDone):
            text = self.tr("Ekspor nomor %1: %2 perintah diterima server, %3 ditolak, %4 menunggu. Tanda terima "
                           "ditulis ke %5; bawa kembali ke PC asal.").replace("%1", str(outcome.seq)).replace(
                "%2", str(outcome.applied)).replace("%3", str(outcome.refused)).replace(
                "%4", str(outcome.not_run)).replace("%5", str(outcome.receipt_path))
            if outcome.already_imported_at:
                text += " " + self.tr("Berkas ini sudah pernah diunggah; tidak ada yang diterapkan dua kali.")
            return text
        if isinstance(outcome, ReceiptApplied):
            text = self.tr("Tanda terima ekspor nomor %1: %2 perintah diterima server, %3 ditolak, %4 masih "
                           "menunggu; %5 pesanan diperbarui.").replace("%1", str(outcome.seq)).replace(
                "%2", str(outcome.done)).replace("%3", str(outcome.rejected)).replace(
                "%4", str(outcome.waiting)).replace("%5", str(outcome.orders_updated))
            if outcome.rejected:
                text += " " + self.tr("Buka pesanan bertanda perlu perhatian untuk menyelesaikan penolakannya.")
            return text
        if isinstance(outcome, CatalogInstalled):
            return self.tr("Katalog terpasang: %1 produk dan penyedia aktif.").replace("%1", count_text(outcome.rows))
        return ""
