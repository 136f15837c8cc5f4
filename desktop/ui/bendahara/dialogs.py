"""Record-payment dialog: method (UP/GU, transfer, KKPD, LS), date, BKU number and the NTPN of each tax the
Bendahara withholds. Enter saves, Escape cancels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView, TaxView
from desktop.ui.i18n import render
from desktop.ui.widgets.payment_words import method_label, payment_summary
from sync.protocol.lifecycle import PAYMENT_METHODS


class PaymentDialog(QDialog):
    def __init__(self, order: OrderView, taxes: TaxView, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catat pembayaran"))
        self.order, self.taxes = order, taxes
        self.info = info = QLabel(self)
        info.setWordWrap(True)
        self.method = QComboBox(self)
        for code in PAYMENT_METHODS:
            self.method.addItem(method_label(code), code)
        self.method.currentIndexChanged.connect(lambda _i: self._summary())
        self._summary()
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.bku = QLineEdit(self)
        self.bku.setPlaceholderText(self.tr("mis. 0457"))
        form = QFormLayout()
        form.addRow(self.tr("&Cara bayar"), self.method)
        form.addRow(self.tr("&Tanggal bayar"), self.date)
        form.addRow(self.tr("Nomor &BKU"), self.bku)
        # One NTPN per tax the Bendahara withholds (taxes the seller or a marketplace deposits are not ours).
        # Empty: the tax stays "belum disetor" in the Buku Pembantu Pajak.
        self.ntpn: dict[str, QLineEdit] = {}
        withheld = [t for t in getattr(taxes, "lines", ()) if getattr(t, "collector", "BENDAHARA") == "BENDAHARA"]
        self.deposit_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.deposit_date.setCalendarPopup(True)
        self.deposit_date.setDisplayFormat("dd/MM/yyyy")
        self.deposit_date.setMaximumDate(QDate(today.year, today.month, today.day))
        for line in withheld:
            edit = QLineEdit(self)
            edit.setMaxLength(19)
            edit.setPlaceholderText(self.tr("16 huruf/angka dari bukti setor; kosongkan bila belum disetor"))
            self.ntpn[line.code] = edit
            form.addRow(self.tr("NTPN %1 (%2)").replace("%1", line.label).replace("%2", format_rupiah(line.amount)),
                        edit)
        if withheld:
            form.addRow(self.tr("Tanggal &setor pajak"), self.deposit_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan pembayaran"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.bku.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _summary(self) -> None:
        """What happens to the money, worded for the chosen method (cash is not "ditransfer"); the amounts are
        the tax engine's (gross, withheld, net), never worked out here."""
        t = self.taxes
        self.info.setText(payment_summary(str(self.method.currentData())).replace("%1", render(self.order.title))
                          .replace("%2", format_rupiah(t.gross)).replace("%3", format_rupiah(t.withheld))
                          .replace("%4", format_rupiah(t.net)))

    def values(self) -> tuple[str, dt.date, str]:
        q = self.date.date()
        return str(self.method.currentData()), dt.date(q.year(), q.month(), q.day()), self.bku.text().strip()

    def deposits(self) -> tuple[dict[str, str], dt.date]:
        """NTPN per withheld tax code (only those filled in) and the day they were deposited."""
        q = self.deposit_date.date()
        return ({code: e.text().strip() for code, e in self.ntpn.items() if e.text().strip()},
                dt.date(q.year(), q.month(), q.day()))
