"""Table model of the closing assistant: the open items of a year (orders and taxes) with their decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.domain.year_closing import Decision, OpenKind
from desktop.services.year_closing import OpenItem
from desktop.ui.i18n import long_date
from desktop.ui.widgets.labels import Labels
from desktop.ui.widgets.list_model import ListModel
from desktop.ui.widgets.order_states import state_label

COLUMNS = ("kind", "number", "seller", "state", "day", "amount", "decision", "reason")
KIND_TEXTS: dict[OpenKind, str] = {
    OpenKind.UNPAID: str(QT_TRANSLATE_NOOP("ClosingModel", "Disetujui, belum dibayar")),
    OpenKind.NO_BAST: str(QT_TRANSLATE_NOOP("ClosingModel", "Diterima, belum BAST")),
    OpenKind.TAX: str(QT_TRANSLATE_NOOP("ClosingModel", "Pajak belum disetor")),
}
DECISION_TEXTS: dict[Decision, str] = {
    Decision.CARRY: str(QT_TRANSLATE_NOOP("ClosingModel", "Dibawa ke tahun berikutnya")),
    Decision.CANCEL: str(QT_TRANSLATE_NOOP("ClosingModel", "Dibatalkan")),
}
KINDS, DECISIONS = Labels("ClosingModel", KIND_TEXTS, OpenKind), Labels("ClosingModel", DECISION_TEXTS, Decision)
UNDECIDED = "#8a5a00"


class OpenItemsModel(ListModel[OpenItem]):
    columns = COLUMNS
    numeric = (COLUMNS.index("amount"),)

    def row_of(self, key: str | None) -> int:
        return self.row_where(lambda x: x.key == key)

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Pos terbuka"), self.tr("Nomor SP"), self.tr("Penyedia"), self.tr("Status pesanan"),
                self.tr("Tanggal"), self.tr("Nilai"), self.tr("Keputusan"), self.tr("Alasan"))

    def cell(self, x: OpenItem, column: int, role: int) -> Any:
        col = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                text = KINDS(x.kind)
                return f"{text}: {x.tax_label}" if x.tax_label else text
            if col == "number":
                return x.label
            if col == "seller":
                return x.seller
            if col == "state":
                return state_label(x.state)
            if col == "day":
                return long_date(x.day) if x.day else ""
            if col == "amount":
                return format_rupiah(x.amount)
            if col == "decision":
                return DECISIONS(x.decision) if x.decision \
                    else self.tr("belum diputuskan")
            return x.reason
        if role == Qt.ItemDataRole.ForegroundRole and col == "decision" and x.decision is None:
            return QBrush(QColor(UNDECIDED))
        if role == Qt.ItemDataRole.UserRole:
            return x.key
        return None
