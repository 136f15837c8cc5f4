"""Closing assistant layout: the year, its open items and the decision for the selected one, the BKU figures,
the return of unspent UP, closing and printing. Layout only."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import date_edit_format
from desktop.ui.widgets.common import error_label, figure_rows, heading_label, record_table
from desktop.ui.year_closing.model import COLUMNS, OpenItemsModel

FIGURES = ("opening", "received", "spent", "closing", "held", "unspent")
LOCK_STYLE = "color: #1d4e89; font-weight: bold;"
BLOCKER_STYLE = "color: #8a5a00;"


def _wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class YearClosingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(self)
        self.year_label = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.lock = _wrapped(self)
        self.lock.setStyleSheet(LOCK_STYLE)
        self.message = error_label(self)
        self.model = OpenItemsModel(self)
        self.table = record_table(self, self.model, stretch_column=COLUMNS.index("reason"))

        self.decision_box = QGroupBox(self)
        self.carry = QRadioButton(self)
        self.cancel = QRadioButton(self)
        self.reason = QLineEdit(self)
        self.cancel_note = _wrapped(self)
        self.save_decision = QPushButton(self)
        dl = QGridLayout(self.decision_box)
        dl.addWidget(self.carry, 0, 0)
        dl.addWidget(self.cancel, 0, 1)
        dl.addWidget(self.reason, 1, 0, 1, 2)
        dl.addWidget(self.cancel_note, 2, 0, 1, 2)
        dl.addWidget(self.save_decision, 3, 1, Qt.AlignmentFlag.AlignRight)
        dl.setRowStretch(4, 1)

        self.books_box = QGroupBox(self)
        grid = QGridLayout(self.books_box)
        self.figures = figure_rows(grid, self, FIGURES)

        self.up_box = QGroupBox(self)
        self.up_date = QDateEdit(self)
        self.up_date.setCalendarPopup(True)
        self.up_reference = QLineEdit(self)
        self.up_bku = QLineEdit(self)
        self.up_record = QPushButton(self)
        self.up_status = _wrapped(self)
        form = QFormLayout(self.up_box)
        self.up_date_label, self.up_reference_label, self.up_bku_label = QLabel(self), QLabel(self), QLabel(self)
        form.addRow(self.up_date_label, self.up_date)
        form.addRow(self.up_reference_label, self.up_reference)
        form.addRow(self.up_bku_label, self.up_bku)
        form.addRow(self.up_status)
        form.addRow(self.up_record)
        self.up_date_label.setBuddy(self.up_date)
        self.up_reference_label.setBuddy(self.up_reference)
        self.up_bku_label.setBuddy(self.up_bku)

        self.blockers = _wrapped(self)
        self.blockers.setStyleSheet(BLOCKER_STYLE)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeYear")
        self.print_button = QPushButton(self)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addSpacing(4)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.lock, 1)
        # the table gets the full width (SP numbers and decisions whole); what is decided and the books below it
        below = QHBoxLayout()
        below.addWidget(self.decision_box, 5)
        below.addWidget(self.books_box, 4)
        below.addWidget(self.up_box, 5)
        actions = QHBoxLayout()
        actions.addWidget(self.blockers, 1)
        actions.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignBottom)
        actions.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addLayout(top)
        root.addWidget(self.message)
        root.addWidget(self.table, 1)
        root.addLayout(below)
        root.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.up_date.setLocale(QLocale())  # the deposit date the way the UI's language writes dates
        self.up_date.setDisplayFormat(date_edit_format())
        self.heading.setText(self.tr("Tutup Buku Akhir Tahun"))
        self.year_label.setText(self.tr("Tahun an&ggaran"))
        self.year_label.setBuddy(self.year)
        self.decision_box.setTitle(self.tr("Keputusan untuk pos terpilih"))
        self.carry.setText(self.tr("Bawa ke tahun ber&ikutnya"))
        self.cancel.setText(self.tr("Batal&kan"))
        self.reason.setPlaceholderText(self.tr("Alasan (wajib untuk pembatalan), mis. anggaran dialihkan"))
        self.save_decision.setText(self.tr("Si&mpan keputusan"))
        self.books_box.setTitle(self.tr("Buku Kas Umum tahun ini"))
        names = {"opening": self.tr("Saldo awal tahun"), "received": self.tr("Jumlah penerimaan"),
                 "spent": self.tr("Jumlah pengeluaran"), "closing": self.tr("Saldo akhir BKU"),
                 "held": self.tr("Pajak belum disetor (dibawa)"), "unspent": self.tr("Sisa UP yang harus dikembalikan")}
        for key, (label, _value) in self.figures.items():
            label.setText(names[key])
        self.up_box.setTitle(self.tr("Pengembalian sisa UP ke Kas Daerah"))
        self.up_date_label.setText(self.tr("Tanggal &setor"))
        self.up_reference_label.setText(self.tr("N&omor STS"))
        self.up_bku_label.setText(self.tr("Nomo&r BKU"))
        self.up_reference.setPlaceholderText(self.tr("nomor Surat Tanda Setoran"))
        self.up_bku.setPlaceholderText(self.tr("mis. 0512"))
        self.up_record.setText(self.tr("Catat &pengembalian sisa UP"))
        self.close_button.setText(self.tr("T&utup buku tahun ini…"))
        self.print_button.setText(self.tr("C&etak berkas tutup buku…"))
