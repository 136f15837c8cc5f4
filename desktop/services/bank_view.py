"""What the bank reconciliation screen sees: plain frozen dataclasses (the UI never imports the store).

Amounts are int rupiah, signed as the bank shows them (money out negative). Each line carries its status, and
each candidate carries the full entries and lines it would link, so the screen can show date, amount,
beneficiary and reference of every option side by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class LineStatus(StrEnum):
    CONFIRMED = "confirmed"  # the Bendahara confirmed what explains it
    PROPOSED = "proposed"  # one good match waits for confirmation
    FEE = "fee"  # looks like a bank charge
    REVERSAL = "reversal"  # a transfer and its return
    DUPLICATE = "duplicate"  # the same amount to the same party twice
    AMBIGUOUS = "ambiguous"  # several equally good candidates
    PARTIAL = "partial"  # pays only part of a recorded payment
    UNEXPLAINED = "unexplained"  # nothing in the books explains it


@dataclass(frozen=True)
class EntryView:
    id: str
    kind: str  # "payment" | "deposit" | "receipt"
    date: dt.date
    amount: int  # signed as the bank should show it
    beneficiary: str
    account: str
    label: str  # SP number, "Setoran PPN", "SP2D …"
    reference: str  # BKU number, NTPN
    order_id: str = ""
    through_bank: bool = True
    confirmed: bool = False


@dataclass(frozen=True)
class LineView:
    id: str
    account: str
    date: dt.date
    amount: int
    description: str
    reference: str
    balance: int | None
    status: LineStatus
    link_id: str = ""  # when confirmed
    link_note: str = ""


@dataclass(frozen=True)
class CandidateView:
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...]
    shape: str  # "one" | "bulk" | "split" | "partial"
    score: int
    difference: int
    day_offset: int
    reasons: tuple[str, ...]
    entries: tuple[EntryView, ...]
    lines: tuple[LineView, ...]


@dataclass(frozen=True)
class LinkView:
    id: str
    kind: str  # "match" | "fee" | "reversal" | "other"
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...]
    note: str
    confirmed_by: str
    confirmed_at: str


@dataclass(frozen=True)
class FindingView:
    kind: str  # desktop.domain.bank.matching.Suspicion values
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...]


@dataclass(frozen=True)
class ReviewView:
    year: int
    month: int
    account: str  # "" = every account
    accounts: tuple[str, ...]
    lines: tuple[LineView, ...]  # the month's statement lines
    entries: Mapping[str, EntryView]  # every entry a line or candidate mentions, by id
    proposals: tuple[CandidateView, ...]
    candidates: Mapping[str, tuple[CandidateView, ...]]  # per open line id
    unmatched: tuple[EntryView, ...]  # recorded through the bank in the month, not on the statement
    not_through_bank: tuple[EntryView, ...]
    links: tuple[LinkView, ...]
    findings: tuple[FindingView, ...] = ()
    bku_closing: int = 0
    bank_closing: int | None = None
    counts: Mapping[str, int] = field(default_factory=dict)

    def line(self, line_id: str) -> LineView | None:
        return next((x for x in self.lines if x.id == line_id), None)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    source: str  # "mt940" or "csv:<mapping id>"
    account: str
    lines_read: int
    lines_new: int
    first: dt.date | None
    last: dt.date | None
    mapping_name: str = ""
    import_id: int = 0
    similar: int = 0  # new lines that share account, date and amount with stored ones (same statement, other format?)

    @property
    def duplicates(self) -> int:
        return self.lines_read - self.lines_new
