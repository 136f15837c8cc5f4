"""Table models of the reconciliation screen: the month's statement lines, the candidates of the selected line
(each showing date, amount, beneficiary and reference of what it would link), and recorded payments the
statement does not show."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_number
from desktop.services.bank_view import CandidateView, EntryView, LineStatus, LineView
from desktop.ui.bank_reconciliation.words import STATUS_COLORS, reasons_text, shape_text, status_text, tr
from desktop.ui.i18n import long_date
from desktop.ui.widgets.list_model import ListModel, T

_DIFFERENCE = QT_TRANSLATE_NOOP("BankReconciliation", "Selisih dengan bank: Rp%1")


def amount(value: int) -> str:
    return format_number(abs(value))


class _ListModel(ListModel[T]):
    """The screen's tables: headers are QT_TRANSLATE_NOOP literals of the "BankReconciliation" context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._numbers: dict[int, int] = {}

    def header_texts(self) -> tuple[str, ...]:
        return tuple(tr(h) for h in self.columns)


class LinesModel(_ListModel[LineView]):
    columns = (QT_TRANSLATE_NOOP("BankReconciliation", "Tanggal"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Uraian bank"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Referensi"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Debet (Rp)"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Kredit (Rp)"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Status"))
    numeric = (3, 4)

    def row_of(self, line_id: str) -> int:
        return self.row_where(lambda x: x.id == line_id)

    def cell(self, x: LineView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (long_date(x.date), x.description, x.reference, amount(x.amount) if x.amount < 0 else "",
                    amount(x.amount) if x.amount > 0 else "", status_text(x.status))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QBrush(QColor(STATUS_COLORS[x.status]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and x.link_note:
            return x.link_note
        if role == Qt.ItemDataRole.UserRole:
            return x.id
        return None


def _entries_text(entries: Sequence[EntryView], attr: str) -> str:
    return "; ".join(str(getattr(e, attr)) for e in entries)


class CandidatesModel(_ListModel[tuple[CandidateView, EntryView, int]]):
    """One row per recorded entry of each candidate (a bulk transfer's payments on rows of their own), so each
    shows its date, amount, beneficiary and SP/BKU whole; the option number and why it matches on its first row."""

    columns = (QT_TRANSLATE_NOOP("BankReconciliation", "Pilihan"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Tanggal catat"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Jumlah (Rp)"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Penerima"),
               QT_TRANSLATE_NOOP("BankReconciliation", "SP / uraian"),
               QT_TRANSLATE_NOOP("BankReconciliation", "No. BKU / NTPN"))
    numeric = (2,)

    def set_candidates(self, candidates: Sequence[CandidateView]) -> None:
        self._numbers = {id(c): n for n, c in enumerate(candidates, start=1)}
        self.set_items([(c, e, i) for c in candidates for i, e in enumerate(c.entries)])

    def candidate(self, row: int) -> CandidateView:
        return self.items[row][0]

    def cell(self, item: tuple[CandidateView, EntryView, int], column: int, role: int) -> Any:
        c, e, i = item
        if role == Qt.ItemDataRole.DisplayRole:
            option = str(self._numbers.get(id(c), "")) if i == 0 else ""
            return (option, long_date(e.date), amount(e.amount), e.beneficiary, e.label, e.reference)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and c.difference:
            return QBrush(QColor(STATUS_COLORS[LineStatus.PARTIAL]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return why(c)
        return None


def why(c: CandidateView) -> str:
    """Why this option matches, its shape, and the difference in amount when there is one."""
    text = f"{reasons_text(c)}; {shape_text(c)}"
    if c.difference:
        text += "; " + tr(_DIFFERENCE).replace("%1", format_number(abs(c.difference)))
    return text


class EntriesModel(_ListModel[EntryView]):
    columns = (QT_TRANSLATE_NOOP("BankReconciliation", "Tanggal catat"),
               QT_TRANSLATE_NOOP("BankReconciliation", "SP / uraian"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Penerima"),
               QT_TRANSLATE_NOOP("BankReconciliation", "No. BKU / NTPN"),
               QT_TRANSLATE_NOOP("BankReconciliation", "Jumlah (Rp)"))
    numeric = (4,)

    def cell(self, e: EntryView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (long_date(e.date), e.label, e.beneficiary, e.reference, amount(e.amount))[column]
        return None
