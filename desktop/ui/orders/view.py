"""My orders: list with per-record sync status, and the actions the selected order allows. Layout only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.orders.model import OrdersModel
from desktop.ui.widgets.common import error_label, heading_label, record_table


class OrdersView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrdersModel(self)
        self.heading = heading_label(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.message = error_label(self)
        self.table = record_table(self, self.model, stretch_column=1)
        self.open_button = QPushButton(self)
        self.conflict_button = QPushButton(self)
        self.sent_button = QPushButton(self)
        self.confirmed_button = QPushButton(self)
        self.shipped_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        row1 = QHBoxLayout()
        for b in (self.open_button, self.conflict_button, self.print_button, self.history_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row1.addWidget(self.refresh_button)
        row2 = QHBoxLayout()
        self.delivery_label = QLabel(self)
        row2.addWidget(self.delivery_label)
        for b in (self.sent_button, self.confirmed_button, self.shipped_button):
            row2.addWidget(b)
        row2.addStretch(1)
        row2.addWidget(self.cancel_button)
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.hint)
        root.addWidget(self.message)
        root.addWidget(self.table, 1)
        root.addLayout(row1)
        root.addLayout(row2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pesanan saya"))
        self.hint.setText(self.tr("Status sinkronisasi tiap pesanan: \"Tersimpan di PC ini saja\", \"Menunggu "
                                  "dikirim\", \"Terkirim\" atau \"Perlu perhatian\". Enter membuka pesanan terpilih."))
        self.open_button.setText(self.tr("B&uka"))
        self.conflict_button.setText(self.tr("&Selesaikan masalah…"))
        self.print_button.setText(self.tr("&Cetak SP…"))
        self.history_button.setText(self.tr("&Riwayat"))
        self.refresh_button.setText(self.tr("&Muat ulang"))
        self.delivery_label.setText(self.tr("Status dari lokapasar:"))
        self.sent_button.setText(self.tr("Sudah &dikirim ke penyedia"))
        self.confirmed_button.setText(self.tr("Dikon&firmasi penyedia"))
        self.shipped_button.setText(self.tr("Dalam &pengiriman"))
        self.cancel_button.setText(self.tr("Batalk&an pesanan…"))

    def set_hint(self, text: str) -> None:
        """A neutral hint on the message line (an empty list says what to do); errors stay red."""
        self.message.setStyleSheet("color: #44515a;" if text else "color: #a61b1b;")
        self.message.setText(text)
