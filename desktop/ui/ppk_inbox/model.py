"""PPK inbox model: submitted orders with their age in working days against the 3-working-day limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.services.approvals import InboxItem
from desktop.ui.i18n import long_date
from desktop.ui.widgets.list_model import ListModel


class InboxModel(ListModel[InboxItem]):
    columns = ("order", "provider", "total", "submitted", "age", "deadline")
    numeric = (2,)

    def row_of(self, order_id: str) -> int:
        return self.row_where(lambda it: it.order.id == order_id)

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Pesanan"), self.tr("Penyedia"), self.tr("Total"), self.tr("Diajukan"),
                self.tr("Umur (hari kerja)"), self.tr("Batas persetujuan"))

    def cell(self, it: InboxItem, col: int, role: int) -> Any:
        o = it.order
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
        return None
