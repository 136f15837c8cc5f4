"""Lazy table model over product ids (Anki's browser lesson): `data()` never runs a query.

The model holds only the ordered ids of a search. Rows arrive a page (100 ids) at a time: when the view asks
for a row whose page is not loaded, the model shows a placeholder and emits `page_needed(generation, page,
ids)`; the controller fetches it on the read lane and hands it back with `page_loaded`. A new search bumps the
generation, so late pages of an old search are dropped. Loaded pages are kept in a bounded LRU.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.services.catalog_view import MARKETPLACE_NAMES, ProductRow

PAGE_SIZE = 100
MAX_PAGES = 60  # ~6,000 rows of detail kept in memory; the ids themselves are always kept
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

NEVER_SOLD_BG = QColor("#fff4d6")
PLACEHOLDER_FG = QColor("#8a8a8a")

COLUMNS = ("name", "price", "unit", "provider", "kabkota", "marketplace", "badge")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ProductRow, or None while loading
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_R = Qt.ItemDataRole
# data() is called for every visible cell and role on each paint: answer the roles we use, drop the rest early.
_USED_ROLES = frozenset({_R.DisplayRole, _R.TextAlignmentRole, _R.BackgroundRole, _R.ForegroundRole,
                         _R.ToolTipRole, ROW_ROLE, ID_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CatalogTableModel(QAbstractTableModel):
    page_needed = Signal(int, int, object)  # generation, page number, tuple of ids

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[int, ...] = ()
        self._pages: OrderedDict[int, Mapping[int, ProductRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._display: dict[int, tuple[str, ...]] = {}  # formatted cells per product id, built at page load
        self._boosted: frozenset[int] = frozenset()  # ids the fairness boost lifted ("dinaikkan: penyedia baru")
        self.generation = 0
        self._headers = self._make_headers()
        self._never_bg = QBrush(NEVER_SOLD_BG)
        self._placeholder_fg = QBrush(PLACEHOLDER_FG)


    # --- feeding ------------------------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], boosted: frozenset[int] = frozenset()) -> int:
        """Replace the result set; returns the new generation (attach it to page requests)."""
        self.beginResetModel()
        self._ids = tuple(ids)
        self._boosted = frozenset(boosted)
        self._pages.clear()
        self._requested.clear()
        self._display.clear()
        self.generation += 1
        self.endResetModel()
        return self.generation

    def page_loaded(self, generation: int, page: int, rows: Mapping[int, ProductRow]) -> None:
        if generation != self.generation:
            return  # a page of a previous search
        self._requested.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        for pid, item in rows.items():
            self._display[pid] = tuple(self._format(item, col) for col in COLUMNS)
        while len(self._pages) > MAX_PAGES:
            evicted, old = self._pages.popitem(last=False)
            self._requested.discard(evicted)
            for pid in old:
                self._display.pop(pid, None)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def page_failed(self, generation: int, page: int) -> None:
        if generation == self.generation:
            self._requested.discard(page)  # asked again next time the rows are painted

    def ids(self) -> tuple[int, ...]:
        return self._ids

    def is_boosted(self, product_id: int) -> bool:
        return product_id in self._boosted

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def row_data(self, row: int) -> ProductRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = self._pages.get(row // PAGE_SIZE)
        return None if page is None else page.get(self._ids[row])

    def retranslate(self) -> None:
        self._headers = self._make_headers()
        for page in self._pages.values():
            for pid, item in page.items():
                self._display[pid] = tuple(self._format(item, col) for col in COLUMNS)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _make_headers(self) -> tuple[str, ...]:
        return (self.tr("Produk"), self.tr("Harga"), self.tr("Satuan"), self.tr("Penyedia"), self.tr("Kab/Kota"),
                self.tr("Lokapasar"), self.tr("Penjualan"))

    # --- Qt model API -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _USED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == ID_ROLE:
            return self._ids[row]
        cells = self._display.get(self._ids[row])
        if cells is None:
            self._request(row // PAGE_SIZE)
            if role == _R.DisplayRole and col == 0:
                return self.tr("Memuat…")
            if role == _R.ForegroundRole:
                return self._placeholder_fg
            return None
        if role == _R.DisplayRole:
            return cells[col]
        if role == _R.TextAlignmentRole:
            return _RIGHT if col == 1 else None
        item = self.row_data(row)
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        if role == _R.ToolTipRole and col == 0:
            return item.name  # the full name when the column elides it
        if role == _R.ToolTipRole and item.id in self._boosted:
            return self.tr("Dinaikkan: penyedia baru. Di antara produk yang sama cocoknya, penyedia UMKM yang belum "
                           "pernah terjual didahulukan (atur di Pengaturan).")
        if not item.never_sold:
            return None
        if role == _R.BackgroundRole:
            return self._never_bg
        if role == _R.ToolTipRole:
            return self.tr("Penyedia UMKM ini belum pernah mendapat pesanan. Pertimbangkan produknya.")
        return None

    def _format(self, item: ProductRow, column: str) -> str:
        if column == "name":
            return item.name
        if column == "price":
            return format_rupiah(item.price)
        if column == "unit":
            return item.unit
        if column == "provider":
            return item.provider_name
        if column == "kabkota":
            return item.kabkota
        if column == "marketplace":
            return MARKETPLACE_NAMES.get(item.marketplace, item.marketplace)
        badge = self.tr("★ Belum terjual") if item.never_sold else ""
        if item.id in self._boosted:
            badge = (badge + " · " if badge else "") + self.tr("↑ dinaikkan: penyedia baru")
        return badge

    def _request(self, page: int) -> None:
        if page in self._requested or page in self._pages:
            return
        self._requested.add(page)
        start = page * PAGE_SIZE
        self.page_needed.emit(self.generation, page, self._ids[start:start + PAGE_SIZE])
