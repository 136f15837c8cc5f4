"""Bendahara desk layout: payment queue, tax breakdown with explanations and what-if, actions. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.orders.model import OrdersModel
from desktop.ui.widgets.common import error_label, figure_rows, heading_label, record_table
from desktop.ui.widgets.roles import desk_heading
from sync.protocol import Role

FIGURES = ("gross", "dpp", "dpp_nilai_lain", "ppn", "pph", "net", "meterai")


class BendaharaDeskView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = Role.BENDAHARA  # the Bendahara's desk, or the PPTK's
        self.model = OrdersModel(self)
        self.heading = heading_label(self)
        self.message = error_label(self)
        self.table = record_table(self, self.model, stretch_column=None)  # the seller's name is never squeezed to "CV …"
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.tax_box = QGroupBox(self)
        grid = QGridLayout(self.tax_box)
        self.figures = figure_rows(grid, self, FIGURES)
        self.collector = QLabel(self)
        self.collector.setWordWrap(True)
        grid.addWidget(self.collector, len(FIGURES), 0, 1, 2)
        self.no_npwp = QCheckBox(self)
        self.with_suket = QCheckBox(self)
        grid.addWidget(self.no_npwp, len(FIGURES) + 1, 0, 1, 2)
        grid.addWidget(self.with_suket, len(FIGURES) + 2, 0, 1, 2)
        self.what_if = QLabel(self)
        self.what_if.setWordWrap(True)
        grid.addWidget(self.what_if, len(FIGURES) + 3, 0, 1, 2)

        self.explain_box = QGroupBox(self)
        self.explanations = QTextBrowser(self)
        self.explanations.setOpenLinks(False)
        QVBoxLayout(self.explain_box).addWidget(self.explanations)

        self.request_button = QPushButton(self)
        self.pay_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("completeOrder")
        self.kuitansi_button = QPushButton(self)
        self.bku_button = QPushButton(self)
        self.tax_book_button = QPushButton(self)
        actions = QHBoxLayout()
        for b in (self.request_button, self.pay_button, self.complete_button, self.kuitansi_button, self.bku_button, self.tax_book_button):
            actions.addWidget(b)
        actions.addStretch(1)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.status)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.tax_box)
        rl.addWidget(self.explain_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 560])
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.message)
        root.addWidget(splitter, 1)
        root.addLayout(actions)
        self.retranslate()

    def set_role(self, role: Role) -> None:
        self.role = role
        self.heading.setText(desk_heading(role))

    def retranslate(self) -> None:
        self.heading.setText(desk_heading(self.role))
        self.tax_box.setTitle(self.tr("Rincian pajak"))
        names = {"gross": self.tr("Nilai kuitansi (bruto)"), "dpp": self.tr("DPP (harga jual)"),
                 "dpp_nilai_lain": self.tr("DPP nilai lain (11/12)"), "ppn": self.tr("PPN"),
                 "pph": self.tr("PPh"), "net": self.tr("Dibayarkan ke penyedia"), "meterai": self.tr("Meterai")}
        for key, (label, _value) in self.figures.items():
            label.setText(names[key])
        self.no_npwp.setText(self.tr("Andaikan penyedia tidak punya NPWP/N&IK"))
        self.with_suket.setText(self.tr("Andaikan penyedia punya S&uket PP 55"))
        self.explain_box.setTitle(self.tr("Penjelasan: rumus, aturan dan dasar hukum"))
        self.request_button.setText(self.tr("&Ajukan pembayaran"))
        self.pay_button.setText(self.tr("&Catat pembayaran…"))
        self.complete_button.setText(self.tr("Tandai &selesai"))
        self.complete_button.setToolTip(self.tr("Tutup pesanan yang sudah dibayar setelah kuitansi dicetak dan "
                                                "berkasnya lengkap (status Selesai)."))
        self.kuitansi_button.setText(self.tr("Cetak &kuitansi…"))
        self.bku_button.setText(self.tr("C&etak BKU…"))
        self.tax_book_button.setText(self.tr("Cetak Buku Pembantu &Pajak…"))
