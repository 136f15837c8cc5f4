"""The read-only table over a list that most screens show (orders, timeline, bank lines, open items, inbox): one
row an item; a subclass names its columns, its translated headers and what a cell shows. Rows, columns, header
lookup, the right-aligned number columns and the row of a key live here once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
DISPLAY = Qt.ItemDataRole.DisplayRole


class ListModel(QAbstractTableModel, Generic[T]):
    columns: tuple[object, ...] = ()  # one entry a column (a key, or a QT_TRANSLATE_NOOP header)
    numeric: tuple[int, ...] = ()  # columns shown right-aligned (amounts)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self.items[row]

    def row_where(self, found: Callable[[T], bool]) -> int:
        """The row of the first item `found` accepts; -1 when none does."""
        return next((i for i, x in enumerate(self.items) if found(x)), -1)

    def header_texts(self) -> tuple[str, ...]:
        """The column headers in the user's language (the subclass's self.tr, so lupdate files them there)."""
        raise NotImplementedError

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return self.header_texts()[section]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return RIGHT
        return self.cell(self.items[index.row()], index.column(), role)
