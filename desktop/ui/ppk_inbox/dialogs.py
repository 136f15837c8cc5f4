"""PPK dialogs: reject with a required reason, receipt inspection (Pemeriksaan Tepat Guna), BAST number/date.
Enter accepts, Escape cancels; OK stays disabled until the required fields are filled."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.delivery import sp_deadline
from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView
from desktop.ui.i18n import long_date, render


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _parse(text: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


class _Base(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("PpkDialogs", "&Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class RejectDialog(_Base):
    def __init__(self, order: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tolak pesanan"))
        self.info.setText(self.tr("Tolak %1 (%2)? Tulis apa yang harus diperbaiki Pejabat Pengadaan.")
                          .replace("%1", render(order.title)).replace("%2", format_rupiah(order.total)))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("mis. Kode rekening salah, gunakan 5.1.02.01.01.0025"))
        self.form.addRow(self.tr("&Alasan (wajib)"), self.reason)
        self.ok_button.setText(self.tr("Tolak pesanan"))
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.ok_button.setEnabled(len(self.reason.toPlainText().strip()) >= 5)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class ReceiptDialog(_Base):
    """Inspection date, fungsi / jumlah / waktu ticks and the quantity received per line."""

    def __init__(self, order: OrderView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pemeriksaan barang diterima"))
        self.info.setText(self.tr("Periksa barang %1. Bila ada yang kurang atau tidak sesuai, pesanan dicatat "
                                  "sebagai KETIDAKSESUAIAN dan dapat diperiksa ulang setelah dilengkapi.")
                          .replace("%1", render(order.title)))
        self.date = QDateEdit(_qdate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(_qdate(today))
        # #12.6: the day the goods arrived decides "waktu sesuai" against the SP's deadline, never a tick alone
        sp_date = _parse((getattr(order, "approval", None) or {}).get("sp_date")) or today
        self.deadline = sp_deadline(getattr(order, "delivery_date", None), sp_date)
        self.arrived = QDateEdit(_qdate(today), self)
        self.arrived.setCalendarPopup(True)
        self.arrived.setDisplayFormat("dd/MM/yyyy")
        self.arrived.setMaximumDate(_qdate(today))
        self.arrived.setMinimumDate(_qdate(sp_date))
        self.lateness = QLabel(self)
        self.lateness.setWordWrap(True)
        self.fungsi = QCheckBox(self.tr("Fungsi sesuai"), self)
        self.jumlah = QCheckBox(self.tr("Jumlah sesuai"), self)
        self.waktu = QCheckBox(self.tr("Waktu pengiriman sesuai"), self)
        for box in (self.fungsi, self.jumlah, self.waktu):
            box.setChecked(True)
        self.form.addRow(self.tr("&Tanggal pemeriksaan"), self.date)
        self.form.addRow(self.tr("Tanggal barang &tiba"), self.arrived)
        self.form.addRow("", self.lateness)
        self.form.addRow(self.tr("Pemeriksaan tepat guna"), self.fungsi)
        self.form.addRow("", self.jumlah)
        self.form.addRow("", self.waktu)
        self.waktu.setEnabled(False)  # follows from the arrival date and the SP's deadline
        self.arrived.dateChanged.connect(self._arrival_changed)
        # goods arrive on or before the day they are inspected
        self.date.dateChanged.connect(lambda day: self.arrived.setMaximumDate(day))
        self._arrival_changed()
        self.received: dict[str, QSpinBox] = {}
        for ln in order.lines:
            spin = QSpinBox(self)
            spin.setRange(0, ln.qty)
            spin.setValue(ln.qty)
            spin.setSuffix(f" / {ln.qty} {ln.unit}")
            spin.valueChanged.connect(self._quantities_changed)
            self.received[ln.id] = spin
            self.form.addRow(self.tr("Diterima: %1").replace("%1", ln.name), spin)
        self.notes = QLineEdit(self)
        self.form.addRow(self.tr("&Catatan"), self.notes)
        self.ok_button.setText(self.tr("Simpan hasil pemeriksaan"))

    def _arrival_changed(self) -> None:
        late = (_pydate(self.arrived.date()) - self.deadline).days
        if late > 0:
            self.waktu.setChecked(False)
            self.lateness.setText(self.tr("Terlambat %1 hari dari batas waktu SP (%2): barang tetap diterima, "
                                          "keterlambatan dicatat di BAST.")
                                  .replace("%1", str(late)).replace("%2", long_date(self.deadline)))
        else:
            self.lateness.setText(self.tr("Batas waktu SP: %1.").replace("%1", long_date(self.deadline)))
        self.waktu.setChecked(late <= 0)

    def _quantities_changed(self) -> None:
        if any(s.value() < s.maximum() for s in self.received.values()):
            self.jumlah.setChecked(False)

    def values(self) -> dict[str, Any]:
        return {"inspection_date": _pydate(self.date.date()), "fungsi_ok": self.fungsi.isChecked(),
                "jumlah_ok": self.jumlah.isChecked(), "waktu_ok": self.waktu.isChecked(),
                "received": {k: s.value() for k, s in self.received.items()}, "notes": self.notes.text(),
                "arrived_on": _pydate(self.arrived.date())}


class BastDialog(_Base):
    def __init__(self, order: OrderView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Berita Acara Serah Terima"))
        self.info.setText(self.tr("BAST untuk %1. Ketik nomor BAST sesuai penomoran OPD, atau kosongkan agar "
                                  "nomor diambil dari blok nomor perangkat ini.").replace("%1", render(order.title)))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("mis. 027/BAST/DINKOP/XI/2026"))
        self.date = QDateEdit(_qdate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(_qdate(today))
        self.form.addRow(self.tr("&Nomor BAST"), self.number)
        self.form.addRow(self.tr("&Tanggal BAST"), self.date)
        self.ok_button.setText(self.tr("Tanda tangani BAST"))

    def values(self) -> tuple[dt.date, str]:
        return _pydate(self.date.date()), self.number.text().strip()
