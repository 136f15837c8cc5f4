"""PPK inbox model: submitted orders with their age in working days against the 3-working-day limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.services.approvals import InboxItem
from desktop.ui.i18n import long_date

Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[InboxItem] = []

    def set_items(self, items: list[InboxItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> InboxItem:
        return self._items[row]

    def row_of(self, order_id: str) -> int:
        return next((i for i, it in enumerate(self._items) if it.order.id == order_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Pesanan"), self.tr("Penyedia"), self.tr("Total"), self.tr("Diajukan"),
                self.tr("Umur (hari kerja)"), self.tr("Batas persetujuan"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        it = self._items[index.row()]
        o = it.order
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("Draf %1").replace("%1", o.id[:8])
            if col == 1:
                return o.provider.name if o.provider else "—"
            if col == 2:
                return format_rupiah(o.total)
            if col == 3:
                return long_date(it.submitted_on)
            if col == 4:
                return self.tr("%1 dari %2").replace("%1", str(it.age_working_days)).replace(
                    "%2", str(it.limit_working_days))
            if it.overdue:
                return self.tr("Lewat batas (%1) — setujui atau tolak sekarang").replace(
                    "%1", long_date(it.deadline))
            return self.tr("%1 (sisa %2 hari kerja)").replace("%1", long_date(it.deadline)).replace(
                "%2", str(it.days_left))
        if role == Qt.ItemDataRole.ForegroundRole and col in (4, 5):
            if it.overdue:
                return QBrush(QColor("#a61b1b"))
            if it.days_left <= 1:
                return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
