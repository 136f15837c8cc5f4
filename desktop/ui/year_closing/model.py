"""Table model of the closing assistant: the open items of a year (orders and taxes) with their decisions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.domain.year_closing import Decision, OpenKind
from desktop.services.year_closing import OpenItem
from desktop.ui.i18n import long_date
from desktop.ui.widgets.order_states import state_label

Index = QModelIndex | QPersistentModelIndex
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
UNDECIDED = "#8a5a00"


class OpenItemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[OpenItem] = []

    def set_items(self, items: list[OpenItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> OpenItem:
        return self._items[row]

    def row_of(self, key: str | None) -> int:
        return next((i for i, x in enumerate(self._items) if x.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Pos terbuka"), self.tr("Nomor SP"), self.tr("Penyedia"), self.tr("Status pesanan"),
                self.tr("Tanggal"), self.tr("Nilai"), self.tr("Keputusan"), self.tr("Alasan"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        x = self._items[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "kind":
                text = QCoreApplication.translate("ClosingModel", KIND_TEXTS[x.kind])
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
                return QCoreApplication.translate("ClosingModel", DECISION_TEXTS[x.decision]) if x.decision \
                    else self.tr("belum diputuskan")
            return x.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "decision" and x.decision is None:
            return QBrush(QColor(UNDECIDED))
        if role == Qt.ItemDataRole.UserRole:
            return x.key
        return None
