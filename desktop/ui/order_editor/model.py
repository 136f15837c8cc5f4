"""Qt item models of the order editor: the order lines and the pre-submission check list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.services.order_view import CheckItem, LineView, Severity
from desktop.ui.i18n import render

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_UNIT, COL_QTY, COL_PRICE, COL_SUBTOTAL, COL_FLAG = range(6)


class LinesModel(QAbstractTableModel):
    """Lines of one order. Editing the quantity does not change the model: it asks for an undoable command."""

    qtyEdited = Signal(str, int)  # line id, new quantity
    qtyInvalid = Signal(str)  # translated message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[LineView, ...] = ()
        self._editable = True

    def set_lines(self, lines: tuple[LineView, ...], editable: bool) -> None:
        self.beginResetModel()
        self._lines = lines
        self._editable = editable
        self.endResetModel()

    def line(self, row: int) -> LineView:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Produk"), self.tr("Satuan"), self.tr("Jumlah"), self.tr("Harga satuan"),
                self.tr("Subtotal"), self.tr("Catatan"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_QTY and self._editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _flag_text(self, line: LineView) -> str:
        if not line.flag:
            return ""
        if line.flag == "price_changed" and line.current_price is not None:
            return self.tr("Harga kini %1 — periksa sebelum diajukan").replace(
                "%1", format_rupiah(line.current_price))
        return self.tr("Produk tidak tersedia lagi — hapus atau ganti")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_QTY:
                return line.qty if role == Qt.ItemDataRole.EditRole else str(line.qty)
            return (line.name, line.unit, None, format_rupiah(line.unit_price),
                    format_rupiah(line.subtotal), self._flag_text(line))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_QTY, COL_PRICE, COL_SUBTOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_FLAG and line.flag:
            return QBrush(QColor("#a61b1b"))
        if role == Qt.ItemDataRole.ToolTipRole and line.flag:
            return self._flag_text(line)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_QTY or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            qty = int(str(value).strip())
        except ValueError:
            self.qtyInvalid.emit(self.tr("Jumlah harus bilangan bulat, misalnya 10. Ketik ulang jumlahnya."))
            return False
        if qty <= 0:
            self.qtyInvalid.emit(self.tr("Jumlah harus lebih dari 0. Untuk membuang baris, tekan Hapus baris."))
            return False
        line = self._lines[index.row()]
        if qty != line.qty:
            self.qtyEdited.emit(line.id, qty)
        return True


class ChecksModel(QAbstractListModel):
    """The pre-submission check panel: every rule with its result and what to do."""

    COLORS = {Severity.BLOCKING: "#a61b1b", Severity.WARNING: "#8a5a00", Severity.OK: "#1d6b2f"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem] = []

    def set_items(self, items: list[CheckItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[CheckItem]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def _mark(self, item: CheckItem) -> str:
        return {Severity.BLOCKING: self.tr("✗ Wajib diperbaiki"), Severity.WARNING: self.tr("! Perhatikan"),
                Severity.OK: self.tr("✓ Sesuai")}[item.severity]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._mark(item)} — {render(item.title)}\n{render(item.detail)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(self.COLORS[item.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return render(item.detail)
        return None
