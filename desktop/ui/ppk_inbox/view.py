"""PPK desk layout: approvals inbox, deliveries (receipt and BAST), and — for the PA/KPA — payment consent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.orders.model import OrdersModel
from desktop.ui.ppk_inbox.model import InboxModel
from desktop.ui.widgets.common import error_label, heading_label, record_table
from desktop.ui.widgets.roles import desk_heading
from sync.protocol import Role


class PpkInboxView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = Role.PPK  # whose desk this is: the PPK's, or the PA/KPA's (payment consent)
        self.heading = heading_label(self)
        self.message = error_label(self)
        self.tabs = QTabWidget(self)

        self.inbox_model = InboxModel(self)
        self.inbox_page = QWidget(self)
        self.inbox_table = record_table(self.inbox_page, self.inbox_model)
        self.approve_button = QPushButton(self.inbox_page)
        self.reject_button = QPushButton(self.inbox_page)
        self.preview_sp_button = QPushButton(self.inbox_page)
        self.inbox_detail = QLabel(self.inbox_page)
        self.inbox_detail.setWordWrap(True)
        il = QVBoxLayout(self.inbox_page)
        il.addWidget(self.inbox_table, 1)
        il.addWidget(self.inbox_detail)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.preview_sp_button)
        row.addStretch(1)
        il.addLayout(row)

        self.deliveries_model = OrdersModel(self)
        self.deliveries_page = QWidget(self)
        self.deliveries_table = record_table(self.deliveries_page, self.deliveries_model)
        self.receive_button = QPushButton(self.deliveries_page)
        self.bast_button = QPushButton(self.deliveries_page)
        self.print_bast_button = QPushButton(self.deliveries_page)
        self.print_sp_button = QPushButton(self.deliveries_page)
        dl = QVBoxLayout(self.deliveries_page)
        dl.addWidget(self.deliveries_table, 1)
        row = QHBoxLayout()
        for b in (self.receive_button, self.bast_button, self.print_sp_button, self.print_bast_button):
            row.addWidget(b)
        row.addStretch(1)
        dl.addLayout(row)

        self.consent_model = OrdersModel(self)
        self.consent_page = QWidget(self)
        self.consent_table = record_table(self.consent_page, self.consent_model)
        self.authorize_button = QPushButton(self.consent_page)
        cl = QVBoxLayout(self.consent_page)
        cl.addWidget(self.consent_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.authorize_button)
        row.addStretch(1)
        cl.addLayout(row)

        self.tabs.addTab(self.inbox_page, "")
        self.tabs.addTab(self.deliveries_page, "")
        self.tabs.addTab(self.consent_page, "")
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.message)
        root.addWidget(self.tabs, 1)
        self.retranslate()

    def set_role(self, role: Role) -> None:
        self.role = role
        self.heading.setText(desk_heading(role))

    def retranslate(self) -> None:
        self.heading.setText(desk_heading(self.role))
        self.tabs.setTabText(0, self.tr("Menunggu persetujuan"))
        self.tabs.setTabText(1, self.tr("Pengiriman, penerimaan dan BAST"))
        self.tabs.setTabText(2, self.tr("Persetujuan bayar (PA/KPA)"))
        self.approve_button.setText(self.tr("&Setujui dan terbitkan SP"))
        self.reject_button.setText(self.tr("T&olak…"))
        self.preview_sp_button.setText(self.tr("&Pratinjau SP…"))
        self.receive_button.setText(self.tr("Periksa &penerimaan…"))
        self.bast_button.setText(self.tr("Tanda tangani &BAST…"))
        self.print_sp_button.setText(self.tr("Cetak &SP…"))
        self.print_bast_button.setText(self.tr("Cetak B&AST…"))
        self.authorize_button.setText(self.tr("Setu&ju dibayar"))
