"""The monthly bank reconciliation (rekonsiliasi bank): the BKU's closing balance and the statement's side by
side, and every difference explained — pure arithmetic over the review.

    statement closing = BKU closing
                        + (statement opening − BKU opening)            carried from earlier months
                        − entries of the month the bank has not shown   outstanding, or paid in cash/KKPD/LS
                        + lines of the month the books do not hold     fees, reversals, unexplained, other months
                        + (lines − entries) of confirmed matches        e.g. a partial transfer
                        + what is still unexplained                     should be 0

A matched group whose lines and entries fall in different months counts on each side in its own month (a
payment recorded on the 30th and booked by the bank on the 2nd is outstanding at the end of the month).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.bank.matching import BookEntry, Candidate, LinkKind, Review, Suspicion
from desktop.domain.bank.statement import Balance, StatementLine

CARRY_BACK_DAYS = 30  # a balance is carried back at most to the end of the month before (not across a gap)
SECTIONS = ("opening_difference", "outstanding", "not_through_bank", "other_month_lines", "fees", "reversals",
            "explained_other", "unexplained_debits", "unexplained_credits", "match_differences")


@dataclass(frozen=True)
class Item:
    date: dt.date | None
    label: str  # SP number, the bank's narrative, …
    reference: str
    amount: int  # the adjustment it makes, signed (added to the BKU side)
    note: str = ""


@dataclass(frozen=True)
class Section:
    code: str  # one of SECTIONS
    items: tuple[Item, ...]

    @property
    def total(self) -> int:
        return sum(i.amount for i in self.items)


@dataclass(frozen=True)
class MonthReconciliation:
    year: int
    month: int
    account: str
    bku_opening: int
    bku_closing: int
    bank_opening: int | None
    bank_closing: int | None
    sections: tuple[Section, ...]
    confirmed: int  # groups the Bendahara confirmed this month
    proposed: int  # groups proposed and still waiting for confirmation
    lines: int  # statement lines of the month

    @property
    def expected_bank_closing(self) -> int:
        return self.bku_closing + sum(s.total for s in self.sections)

    @property
    def unexplained_difference(self) -> int | None:
        """What no section explains (0 when reconciled; None when the statement's closing balance is unknown)."""
        return None if self.bank_closing is None else self.bank_closing - self.expected_bank_closing

    def section(self, code: str) -> Section:
        return next((s for s in self.sections if s.code == code), Section(code, ()))


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return first, last


def balance_at(day: dt.date, balances: Iterable[Balance], lines: Iterable[StatementLine]) -> int | None:
    """The account's balance at the end of `day`: the latest stated balance or running balance on or before it
    (a stated one wins on the same day), moved on by the lines after it; before the first one held, that one
    carried back over the lines in between (at most CARRY_BACK_DAYS); else None."""
    known: list[tuple[dt.date, int, int]] = []
    for b in balances:
        if b.kind == "closing" and b.date <= day:
            known.append((b.date, 1, b.amount))
        elif b.kind == "opening":
            known.append((b.date - dt.timedelta(days=1), 0, b.amount))  # opening of d = closing of d − 1
    ordered = sorted(lines, key=lambda x: x.date)
    by_day: dict[dt.date, list[StatementLine]] = {}
    for line in ordered:
        by_day.setdefault(line.date, []).append(line)
    for when, group in by_day.items():
        chain = day_chain(group)
        if chain is None:
            continue
        opening, closing = chain
        known.append((when, 0, closing))
        known.append((when - dt.timedelta(days=1), 0, opening))
    if not known:
        return None
    earlier = [k for k in known if k[0] <= day]
    if not earlier:  # before the first balance we hold: carried back over the lines in between (the export's
        # opening balance when its first line comes a few days into the month)
        first_day, _rank, amount = min(known, key=lambda k: (k[0], -k[1]))
        if (first_day - day).days > CARRY_BACK_DAYS:
            return None
        return amount - sum(x.amount for x in ordered if day < x.date <= first_day)
    last_day, _rank, amount = max(earlier, key=lambda k: (k[0], k[1]))
    # lines after the last known balance but still on or before `day` move it on
    moved = sum(x.amount for x in ordered if last_day < x.date <= day and x.balance is None)
    return amount + moved


def day_chain(lines: Sequence[StatementLine]) -> tuple[int, int] | None:
    """(balance before, balance after) one day's lines, from their running balances whatever order they come
    in: the lines chain (before = balance − amount), the chain's start and end are the day's two balances.
    None when a line has no balance or the balances do not chain."""
    if not lines or any(x.balance is None for x in lines):
        return None
    before = [int(x.balance or 0) - x.amount for x in lines]
    after = [int(x.balance or 0) for x in lines]
    starts = [b for b in before if b not in after] or before[:1]
    ends = [a for a in after if a not in before] or after[-1:]
    if len(set(starts)) != 1 or len(set(ends)) != 1 or starts[0] + sum(x.amount for x in lines) != ends[0]:
        return None
    return starts[0], ends[0]


def reconcile(year: int, month: int, account: str, *, bku_opening: int, bku_closing: int,
              entries: Sequence[BookEntry], lines: Sequence[StatementLine], balances: Sequence[Balance],
              review: Review) -> MonthReconciliation:
    first, last = month_bounds(year, month)

    def in_month(day: dt.date) -> bool:
        return first <= day <= last

    entry_by = {e.id: e for e in entries}
    line_by = {x.line_id: x for x in lines}
    sections: dict[str, list[Item]] = {code: [] for code in SECTIONS}

    bank_opening = balance_at(first - dt.timedelta(days=1), balances, lines)
    bank_closing = balance_at(last, balances, lines)
    if bank_opening is not None:
        sections["opening_difference"].append(Item(first, "", "", bank_opening - bku_opening))

    def entry_item(e: BookEntry, note: str = "") -> Item:
        return Item(e.date, e.label or e.beneficiary, e.beneficiary, -e.amount, note)

    def line_item(x: StatementLine, note: str = "") -> Item:
        return Item(x.date, x.description or x.reference, x.reference, x.amount, note)

    groups: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
        (k.line_ids, k.entry_ids, k.note) for k in review.links if k.kind is LinkKind.MATCH]
    groups += [(c.line_ids, c.entry_ids, "") for c in review.proposals]
    confirmed = proposed = 0
    for line_ids, entry_ids, note in groups:
        glines = [line_by[i] for i in line_ids if i in line_by]
        gentries = [entry_by[i] for i in entry_ids if i in entry_by]
        lines_in = [x for x in glines if in_month(x.date)]
        entries_in = [e for e in gentries if in_month(e.date)]
        if not lines_in and not entries_in:
            continue
        if len(lines_in) == len(line_ids) and len(entries_in) == len(entry_ids):
            difference = sum(x.amount for x in glines) - sum(e.amount for e in gentries)
            if difference:
                label = ", ".join(e.label for e in gentries)
                sections["match_differences"].append(Item(max(x.date for x in glines), label, "", difference, note))
        else:
            sections["outstanding"] += [entry_item(e) for e in entries_in]
            sections["other_month_lines"] += [line_item(x) for x in lines_in]
        if any(line_ids == k.line_ids for k in review.links):
            confirmed += 1
        else:
            proposed += 1

    grouped = {i for line_ids, _e, _n in groups for i in line_ids}  # already counted above

    def open_in_month(ids: Iterable[str]) -> list[str]:
        return [i for i in ids if i in line_by and i not in grouped and in_month(line_by[i].date)]

    sections["outstanding"] += [entry_item(e) for e in review.unmatched_entries if in_month(e.date)]
    sections["not_through_bank"] += [entry_item(e) for e in review.not_through_bank if in_month(e.date)]
    for link in review.links:
        if link.kind is LinkKind.MATCH:
            continue
        code = {LinkKind.FEE: "fees", LinkKind.REVERSAL: "reversals"}.get(link.kind, "explained_other")
        sections[code] += [line_item(line_by[i], link.note) for i in open_in_month(link.line_ids)]
    for finding in review.findings:
        if finding.kind is Suspicion.FEE:
            sections["fees"] += [line_item(line_by[i]) for i in open_in_month(finding.line_ids)]
        elif finding.kind is Suspicion.REVERSAL:  # a returned transfer already confirmed: only the return counts
            sections["reversals"] += [line_item(line_by[i]) for i in open_in_month(finding.line_ids)]
    for x in review.unexplained:
        if in_month(x.date):
            sections["unexplained_debits" if x.is_debit else "unexplained_credits"].append(line_item(x))
    return MonthReconciliation(
        year, month, account, bku_opening, bku_closing, bank_opening, bank_closing,
        tuple(Section(code, tuple(sorted(items, key=lambda i: (i.date or first, i.label))))
              for code, items in sections.items()),
        confirmed, proposed, sum(1 for x in lines if in_month(x.date)))


def candidate_total(c: Candidate, lines: Sequence[StatementLine]) -> int:
    by = {x.line_id: x for x in lines}
    return sum(by[i].amount for i in c.line_ids if i in by)
