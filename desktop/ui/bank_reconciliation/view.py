"""Bank reconciliation layout: month and account, import and print actions, the month's figures, the statement
lines (left) and, for the selected line, its candidates with the decision buttons and the recorded payments
the statement does not show (right). Layout only; BankReconciliationScreen drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.bank_reconciliation.model import CandidatesModel, EntriesModel, LinesModel
from desktop.ui.i18n import month_year
from desktop.ui.widgets.common import error_label, heading_label, record_table


class BankReconciliationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(self)
        self.message = error_label(self)
        self.month_label, self.account_label = QLabel(self), QLabel(self)
        self.month = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.account = QComboBox(self)
        self.account.setMinimumContentsLength(14)
        self.month_label.setBuddy(self.month)
        self.account_label.setBuddy(self.account)
        self.import_button = QPushButton(self)
        self.undo_import_button = QPushButton(self)  # shown after an import in this session
        self.undo_import_button.setVisible(False)
        self.confirm_all_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.export_button = QPushButton(self)
        top = QHBoxLayout()
        for w in (self.month_label, self.month, self.year, self.account_label, self.account, self.import_button,
                  self.undo_import_button):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.confirm_all_button, self.print_button, self.export_button):
            top.addWidget(w)

        self.figures = QLabel(self)  # balances side by side and the counts
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)

        self.lines_model = LinesModel(self)
        self.lines = record_table(self, self.lines_model, stretch_column=1)
        self.lines.columns.shrinkable = (2,)  # the bank's narrative and reference elide before amounts or status
        self.lines_box = QGroupBox(self)
        QVBoxLayout(self.lines_box).addWidget(self.lines)

        self.selected = QLabel(self)  # the selected line, or its confirmation and note
        self.selected.setWordWrap(True)
        self.candidates_model = CandidatesModel(self)
        self.candidates = record_table(self, self.candidates_model, stretch_column=3)
        self.candidates.columns.shrinkable = (3, 4)  # amounts and dates stay whole
        self.why = QLabel(self)  # why the selected option matches
        self.why.setWordWrap(True)
        self.confirm_button = QPushButton(self)
        self.fee_button = QPushButton(self)
        self.reversal_button = QPushButton(self)
        self.other_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        decide = QHBoxLayout()
        for b in (self.confirm_button, self.fee_button, self.reversal_button, self.other_button):
            decide.addWidget(b)
        decide.addStretch(1)
        decide.addWidget(self.undo_button)
        self.candidates_box = QGroupBox(self)
        cl = QVBoxLayout(self.candidates_box)
        cl.addWidget(self.selected)
        cl.addWidget(self.candidates, 1)
        cl.addWidget(self.why)
        cl.addLayout(decide)

        self.unmatched_model = EntriesModel(self)
        self.unmatched = record_table(self, self.unmatched_model, stretch_column=2)
        self.unmatched.columns.shrinkable = (2, 1)
        self.unmatched_box = QGroupBox(self)
        QVBoxLayout(self.unmatched_box).addWidget(self.unmatched)

        # statement lines across the whole width (the narrative readable), the selected line's options and the
        # payments the bank has not shown side by side under it
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.candidates_box)
        bottom.addWidget(self.unmatched_box)
        bottom.setSizes([800, 540])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.lines_box)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 330])
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addLayout(top)
        root.addWidget(self.figures)
        root.addWidget(self.message)
        root.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Rekonsiliasi bank"))
        self.month_label.setText(self.tr("Bul&an"))
        self.account_label.setText(self.tr("Rekenin&g"))
        current = self.month.currentIndex()
        self.month.clear()
        for m in range(1, 13):
            self.month.addItem(month_year(2000, m).split(" ")[0], m)
        self.month.setCurrentIndex(max(current, 0))
        self.import_button.setText(self.tr("&Impor rekening koran…"))
        self.import_button.setToolTip(self.tr("Berkas MT940 atau CSV dari internet banking. Mengimpor berkas yang "
                                              "sama dua kali tidak menambah apa pun."))
        self.undo_import_button.setText(self.tr("Batalkan impor &tadi"))
        self.undo_import_button.setToolTip(self.tr("Menghapus baris baru dari berkas yang baru diimpor (mis. rekening "
                                                   "koran yang sama dalam format lain)."))
        self.confirm_all_button.setText(self.tr("Konfirmasi semua &usulan"))
        self.print_button.setText(self.tr("&Cetak rekonsiliasi…"))
        self.export_button.setText(self.tr("&Ekspor CSV…"))
        self.lines_box.setTitle(self.tr("Mutasi rekening koran bulan ini"))
        self.candidates_box.setTitle(self.tr("Calon pasangan dari catatan Bendahara"))
        self.confirm_button.setText(self.tr("&Konfirmasi pasangan"))
        self.confirm_button.setToolTip(self.tr("Menautkan baris bank ke pembayaran yang sudah dicatat. Tidak "
                                               "membuat pembayaran baru."))
        self.fee_button.setText(self.tr("Bia&ya bank"))
        self.reversal_button.setText(self.tr("&Retur"))
        self.other_button.setText(self.tr("&Lainnya (catatan)…"))
        self.undo_button.setText(self.tr("Batalkan k&onfirmasi"))
        self.unmatched_box.setTitle(self.tr("Pembayaran tercatat yang belum tampil di rekening koran"))
