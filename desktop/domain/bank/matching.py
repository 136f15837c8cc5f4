"""Pair statement lines with what the books say left (or entered) the account — pure, no I/O.

Book entries are the payments the Bendahara recorded (the amount transferred, `payment.net`), the tax deposits
and the receipts of the month; statement lines come from the bank. The matcher only *proposes*: a link exists
when the Bendahara confirms it, and a link always points at an entry already recorded — matching never makes
a payment. Every candidate carries the reasons that scored it, so the screen can show date, amount, beneficiary
and reference side by side and the officer picks the right one.

Shapes: one line ↔ one entry; one line ↔ several entries (a bulk transfer settling several payments); one entry
↔ several lines (a payment sent in parts). What the bank shows and the books do not explain is sorted into
bank fees, reversals (a transfer that came back), possible duplicates (the same amount debited twice) and
unexplained debits/credits; recorded payments the statement does not show stay "unmatched".
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from desktop.domain.bank.rules import MatchRule
from desktop.domain.bank.statement import StatementLine, digits

Ti = TypeVar("Ti")
AUTO_SCORE = 60  # exact amount (50) plus a date inside the window (≥10): proposed without asking
_LEGAL_FORMS = {"CV", "PT", "UD", "TB", "TOKO", "KOPERASI", "KOP", "PD", "FA", "BPK", "IBU", "SDR", "TBK"}


class EntryKind(StrEnum):
    PAYMENT = "payment"  # a recorded payment: the amount transferred to the seller
    DEPOSIT = "deposit"  # a tax the Bendahara deposited (NTPN)
    RECEIPT = "receipt"  # money into the account (UP/GU SP2D …)


class LinkKind(StrEnum):
    MATCH = "match"  # lines settle book entries
    FEE = "fee"  # a bank charge (explained, not a payment)
    REVERSAL = "reversal"  # a transfer and its return, cancelling out
    OTHER = "other"  # explained by the Bendahara in the note


class Shape(StrEnum):
    ONE = "one"  # one line, one entry
    BULK = "bulk"  # one line, several entries
    SPLIT = "split"  # several lines, one entry
    PARTIAL = "partial"  # the line covers only part of the entry (never proposed by itself)


class Suspicion(StrEnum):
    DUPLICATE = "duplicate"  # the same amount to the same party twice, while the books paid once
    REVERSAL = "reversal"  # a debit and a credit that cancel out (a returned transfer)
    FEE = "fee"  # a bank charge
    AMBIGUOUS = "ambiguous"  # equally good candidates (the same amount twice): the officer must choose
    PARTIAL = "partial"  # the line pays less than the entry


@dataclass(frozen=True)
class BookEntry:
    id: str  # "pay:<order id>", "dep:<order id>:<tax>", "rcv:<n>"
    kind: EntryKind
    date: dt.date
    amount: int  # signed as the bank should show it: money out negative
    beneficiary: str = ""
    account: str = ""  # beneficiary account (digits)
    references: tuple[str, ...] = ()  # SP number, BKU number, NTPN …
    label: str = ""  # what the officer reads first (SP number, tax and NTPN)
    order_id: str = ""
    through_bank: bool = True  # paid by a method that leaves the Bendahara's account


@dataclass(frozen=True)
class Link:
    """A confirmed decision: these lines are explained by these entries (or by `kind` and the note)."""

    id: str
    kind: LinkKind
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...] = ()
    note: str = ""
    confirmed_by: str = ""
    confirmed_at: str = ""


@dataclass(frozen=True)
class Candidate:
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...]
    shape: Shape
    score: int
    difference: int  # Σ line amounts − Σ entry amounts (0 when the amounts agree)
    day_offset: int  # bank date − recorded date, for the farthest pair
    reasons: tuple[str, ...]  # "amount", "date", "account", "name", "reference", "partial"


@dataclass(frozen=True)
class Finding:
    kind: Suspicion
    line_ids: tuple[str, ...]
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Review:
    links: tuple[Link, ...]  # confirmed by the Bendahara
    proposals: tuple[Candidate, ...]  # unique good matches waiting for confirmation
    candidates: Mapping[str, tuple[Candidate, ...]]  # every candidate of each open line, best first
    unmatched_entries: tuple[BookEntry, ...]  # recorded through the bank, not (yet) on the statement
    not_through_bank: tuple[BookEntry, ...]  # recorded, paid by cash / KKPD / LS
    unexplained: tuple[StatementLine, ...]  # open lines nobody explains (debits and credits)
    findings: tuple[Finding, ...] = field(default=())

    def findings_of(self, kind: Suspicion) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind is kind)


# -- evidence -------------------------------------------------------------------------------------------------
_WORD = re.compile(r"[A-Z0-9]+")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


# Texts are normalised once per distinct text (a review compares each line with every entry of its window).
@functools.lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.upper()) if len(w) > 1 and w not in _LEGAL_FORMS)


@functools.lru_cache(maxsize=65536)
def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text.upper())


@functools.lru_cache(maxsize=65536)
def _digits(text: str) -> str:
    return digits(text)


def _line_text(line: StatementLine) -> str:
    return " ".join((line.reference, line.description, line.counterparty_name, line.counterparty_account))


def evidence(line: StatementLine, entry: BookEntry, rule: MatchRule) -> tuple[str, ...]:
    """What besides the amount ties this line to this entry."""
    out = []
    text = _line_text(line)
    if entry.account and len(entry.account) >= 6 and (
            entry.account == line.counterparty_account or entry.account in _digits(text)):
        out.append("account")
    name = _words(entry.beneficiary)
    if name and 100 * len(name & _words(text)) >= rule.name_min_percent * len(name):
        out.append("name")
    compact = _compact(text)
    if any(len(_compact(r)) >= 4 and _compact(r) in compact for r in entry.references if r):
        out.append("reference")
    return tuple(out)


def in_window(line: StatementLine, entry: BookEntry, rule: MatchRule) -> bool:
    offset = (line.date - entry.date).days
    return -rule.days_before <= offset <= rule.days_after


def _score(amount_exact: bool, offsets: Sequence[int], reasons: Sequence[str]) -> int:
    score = 50 if amount_exact else 10
    score += max(4, 20 - 4 * max((abs(o) for o in offsets), default=0))
    score += 20 * ("account" in reasons) + 10 * ("name" in reasons) + 20 * ("reference" in reasons)
    return min(score, 100)


def _candidate(lines: Sequence[StatementLine], entries: Sequence[BookEntry], shape: Shape,
               rule: MatchRule) -> Candidate:
    offsets = [(ln.date - e.date).days for ln in lines for e in entries]
    reasons: list[str] = []
    for ln in lines:
        for e in entries:
            reasons += [r for r in evidence(ln, e, rule) if r not in reasons]
    difference = sum(ln.amount for ln in lines) - sum(e.amount for e in entries)
    exact = difference == 0
    tags = ("amount", "date", *reasons) if exact else ("partial", "date", *reasons)
    return Candidate(tuple(ln.line_id for ln in lines), tuple(e.id for e in entries), shape,
                     _score(exact, offsets, reasons), difference, max(offsets, key=abs, default=0), tags)


# -- classification of what the books cannot explain ---------------------------------------------------------------
def is_fee(line: StatementLine, rule: MatchRule) -> bool:
    text = _line_text(line).upper()
    return line.is_debit and (line.code.upper().lstrip("N") in {c.lstrip("N") for c in rule.fee_codes}
                              or any(k in text for k in rule.fee_keywords))


def reversal_pairs(lines: Sequence[StatementLine], rule: MatchRule) -> list[tuple[StatementLine, StatementLine]]:
    """(debit, credit) pairs where the credit gives the debit back: same amount, the credit not earlier, and the
    credit says so (a reversal word) or carries the debit's reference."""
    pairs = []
    used: set[str] = set()
    debits = sorted((x for x in lines if x.is_debit), key=lambda x: x.date)
    for credit in sorted((x for x in lines if x.amount > 0), key=lambda x: x.date):
        text = _line_text(credit).upper()
        worded = any(k in text for k in rule.reversal_keywords)
        for debit in debits:
            if debit.line_id in used or debit.amount != -credit.amount:
                continue
            if not 0 <= (credit.date - debit.date).days <= rule.days_after + rule.days_before + 30:
                continue
            same_ref = bool(debit.reference) and _compact(debit.reference) in _compact(text)
            if worded or same_ref:
                pairs.append((debit, credit))
                used.add(debit.line_id)
                break
    return pairs


# -- the review ------------------------------------------------------------------------------------------------
def review(entries: Iterable[BookEntry], lines: Iterable[StatementLine], links: Iterable[Link],
           rule: MatchRule) -> Review:
    """Everything the reconciliation screen shows, from the book entries, the statement lines and the links
    the Bendahara already confirmed. Deterministic: the same inputs always give the same proposals."""
    all_entries = sorted(entries, key=lambda e: (e.date, e.id))
    all_lines = sorted(lines, key=lambda x: (x.date, x.line_id))
    links = tuple(links)
    linked_lines = {i for k in links for i in k.line_ids}
    linked_entries = {i for k in links for i in k.entry_ids}
    banked = [e for e in all_entries if e.through_bank]
    open_entries = [e for e in banked if e.id not in linked_entries]
    open_lines = [x for x in all_lines if x.line_id not in linked_lines]
    findings: list[Finding] = []

    # a reversal may return a transfer already confirmed: then the confirmed payment did not really happen
    explained = {i for k in links if k.kind is not LinkKind.MATCH for i in k.line_ids}
    matched_by_line = {i: k.entry_ids for k in links if k.kind is LinkKind.MATCH for i in k.line_ids}
    pairs = reversal_pairs([x for x in all_lines if x.line_id not in explained], rule)
    pairs = [(d, c) for d, c in pairs if c.line_id not in linked_lines]
    reversed_ids = {x.line_id for pair in pairs for x in pair}
    findings += [Finding(Suspicion.REVERSAL, (d.line_id, c.line_id), matched_by_line.get(d.line_id, ()))
                 for d, c in pairs]
    fees = [x for x in open_lines if x.line_id not in reversed_ids and is_fee(x, rule)]
    fee_ids = {x.line_id for x in fees}
    findings += [Finding(Suspicion.FEE, (x.line_id,)) for x in fees]
    matchable = [x for x in open_lines if x.line_id not in reversed_ids | fee_ids]

    # entries by recorded date: a line only meets the entries of its window (a year of lines × payments
    # would otherwise be millions of pairs)
    by_day: dict[dt.date, list[BookEntry]] = {}
    for e in open_entries:
        by_day.setdefault(e.date, []).append(e)

    def window(line: StatementLine) -> list[BookEntry]:
        days = range(-rule.days_after, rule.days_before + 1)  # entry date = line date + d
        return [e for d in days for e in by_day.get(line.date + dt.timedelta(days=d), ())]

    candidates: dict[str, list[Candidate]] = {x.line_id: [] for x in matchable}
    for line in matchable:
        for entry in window(line):
            if (line.amount < 0) != (entry.amount < 0):
                continue
            if line.amount == entry.amount:
                candidates[line.line_id].append(_candidate([line], [entry], Shape.ONE, rule))
            elif abs(line.amount) < abs(entry.amount) and evidence(line, entry, rule):
                candidates[line.line_id].append(_candidate([line], [entry], Shape.PARTIAL, rule))

    proposals: list[Candidate] = []
    taken_lines: set[str] = set()
    taken_entries: set[str] = set()

    def propose(c: Candidate) -> None:
        proposals.append(c)
        taken_lines.update(c.line_ids)
        taken_entries.update(c.entry_ids)

    # 1. one to one, best first; a tie between two good candidates is the officer's choice, never ours
    day_of = {x.line_id: x.date for x in matchable}
    ones = sorted((c for cs in candidates.values() for c in cs if c.shape is Shape.ONE and c.score >= AUTO_SCORE),
                  key=lambda c: (-c.score, day_of[c.line_ids[0]], c.line_ids, c.entry_ids))
    ones_of_line: dict[tuple[str, ...], list[Candidate]] = {}
    for c in ones:
        ones_of_line.setdefault(c.line_ids, []).append(c)
    for c in ones:
        if set(c.line_ids) & taken_lines or set(c.entry_ids) & taken_entries:
            continue
        rivals = [o for o in ones_of_line[c.line_ids] if o is not c and o.score == c.score
                  and not set(o.entry_ids) & taken_entries]  # two entries for one line; two lines for one
        # entry: the earlier line settles it and the later one shows as a possible duplicate
        if rivals:
            ids = sorted({i for o in (c, *rivals) for i in o.line_ids})
            ents = sorted({i for o in (c, *rivals) for i in o.entry_ids})
            finding = Finding(Suspicion.AMBIGUOUS, tuple(ids), tuple(ents))
            if finding not in findings:
                findings.append(finding)
            continue
        propose(c)

    # 2. one line settling several entries (bulk transfer)
    for line in matchable:
        if line.line_id in taken_lines:
            continue
        pool = [e for e in window(line) if e.id not in taken_entries and (e.amount < 0) == (line.amount < 0)
                and abs(e.amount) < abs(line.amount)]
        found = _subsets(pool, line.amount, rule, key=lambda e: e.amount)
        for subset in found:
            candidates[line.line_id].append(_candidate([line], subset, Shape.BULK, rule))
        if len(found) == 1:
            propose(candidates[line.line_id][-1])
        elif len(found) > 1:
            findings.append(Finding(Suspicion.AMBIGUOUS, (line.line_id,),
                                    tuple(sorted({e.id for s in found for e in s}))))

    # 3. one entry paid in several lines (split): every line must carry account, name or reference evidence
    lines_by_day: dict[dt.date, list[StatementLine]] = {}
    for x in matchable:
        lines_by_day.setdefault(x.date, []).append(x)
    for entry in open_entries:
        if entry.id in taken_entries:
            continue
        near = [x for d in range(-rule.days_before, rule.days_after + 1)
                for x in lines_by_day.get(entry.date + dt.timedelta(days=d), ())]
        line_pool = [x for x in near if x.line_id not in taken_lines and (x.amount < 0) == (entry.amount < 0)
                     and abs(x.amount) < abs(entry.amount) and evidence(x, entry, rule)]
        parts = _subsets(line_pool, entry.amount, rule, key=lambda x: x.amount)
        for group in parts:
            split = _candidate(group, [entry], Shape.SPLIT, rule)
            for x in group:
                candidates[x.line_id].append(split)
        if len(parts) == 1:
            propose(_candidate(parts[0], [entry], Shape.SPLIT, rule))

    # what is left
    for line_id, cs in candidates.items():
        if line_id not in taken_lines and any(c.shape is Shape.PARTIAL for c in cs):
            best = max((c for c in cs if c.shape is Shape.PARTIAL), key=lambda c: c.score)
            findings.append(Finding(Suspicion.PARTIAL, best.line_ids, best.entry_ids))
    findings += _duplicates(all_lines, taken_lines | linked_lines, rule)
    unexplained = tuple(x for x in matchable if x.line_id not in taken_lines)
    return Review(
        links=links, proposals=tuple(proposals),
        candidates={k: tuple(sorted(v, key=lambda c: (-c.score, c.line_ids, c.entry_ids))) for k, v in
                    candidates.items() if k not in taken_lines},
        unmatched_entries=tuple(e for e in open_entries if e.id not in taken_entries),
        not_through_bank=tuple(e for e in all_entries if not e.through_bank),
        unexplained=unexplained, findings=tuple(findings))


def _subsets(pool: Sequence[Ti], target: int, rule: MatchRule, *, key: Callable[[Ti], int]) -> list[list[Ti]]:
    """Subsets of 2..max_group items of `pool` whose amounts add up to `target` (at most two: a second one means
    "ambiguous" all the same). A small pool (≤ max_search) is searched whole; a larger one (a busy day) for
    groups of 2 to 4 with hashed sums, which stays quadratic in the pool."""
    if len(pool) < 2:
        return []
    found: list[list[Ti]] = []
    if len(pool) <= rule.max_search:
        for size in range(2, min(rule.max_group, len(pool)) + 1):
            for combo in itertools.combinations(pool, size):
                if sum(key(x) for x in combo) == target:
                    found.append(list(combo))
                    if len(found) > 1:
                        return found
        return found
    values = [key(x) for x in pool]
    at: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        at.setdefault(v, []).append(i)
    seen: set[tuple[int, ...]] = set()

    def add(indexes: Iterable[int]) -> bool:
        group = tuple(sorted(indexes))
        if len(set(group)) == len(group) and group not in seen:
            seen.add(group)
            found.append([pool[i] for i in group])
        return len(found) > 1

    for i, v in enumerate(values):  # pairs
        if any(add((i, j)) for j in at.get(target - v, ()) if j > i):
            return found
    if rule.max_group >= 3:  # triples: a pair plus a third looked up
        for i, j in itertools.combinations(range(len(values)), 2):
            if any(add((i, j, k)) for k in at.get(target - values[i] - values[j], ()) if k > j):
                return found
    if rule.max_group >= 4:  # quadruples: two pairs whose sums meet
        pairs: dict[int, list[tuple[int, int]]] = {}
        for i, j in itertools.combinations(range(len(values)), 2):
            pairs.setdefault(values[i] + values[j], []).append((i, j))
        for total, first in pairs.items():
            for a in first:
                for b in pairs.get(target - total, ()):
                    if a[1] < b[0] and add((*a, *b)):
                        return found
    return found


def _duplicates(lines: Sequence[StatementLine], settled: set[str], rule: MatchRule) -> list[Finding]:
    """Debits of the same amount to the same party within the window where one is settled and another is not:
    the bank may have sent the money twice."""
    out = []
    same_amount: dict[int, list[StatementLine]] = {}
    for x in lines:
        if x.is_debit:
            same_amount.setdefault(x.amount, []).append(x)
    pairs = (p for group in same_amount.values() if len(group) > 1 for p in itertools.combinations(group, 2))
    for a, b in pairs:
        if abs((a.date - b.date).days) > rule.days_after:
            continue
        party_a = a.counterparty_account or _compact(a.counterparty_name or a.description)
        party_b = b.counterparty_account or _compact(b.counterparty_name or b.description)
        if party_a and party_a == party_b and (a.line_id in settled) != (b.line_id in settled):
            out.append(Finding(Suspicion.DUPLICATE, (a.line_id, b.line_id)))
    return out
