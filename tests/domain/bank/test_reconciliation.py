"""Month reconciliation arithmetic: every difference between the BKU and the statement lands in a section, and
what is left unexplained is exactly what nothing accounts for."""

from __future__ import annotations

import datetime as dt

from desktop.domain.bank.matching import BookEntry, EntryKind, Link, LinkKind, review
from desktop.domain.bank.reconciliation import balance_at, reconcile
from desktop.domain.bank.rules import MatchRules
from desktop.domain.bank.statement import Balance, StatementLine, with_identities

NOV = dt.date(2026, 11, 1)
RULE = MatchRules.from_resources().rule(NOV)
ACC = "1234567890"


def day(n: int, month: int = 11) -> dt.date:
    return dt.date(2026, month, n)


def pay(n: int, amount: int, when: dt.date, through_bank: bool = True) -> BookEntry:
    return BookEntry(f"pay:o{n}", EntryKind.PAYMENT, when, -amount, f"CV {n}", f"00{n}00{n}00",
                     (f"SP-{n:03d}",), f"SP {n:03d}", f"o{n}", through_bank)


def build(entries: list[BookEntry], raw: list[StatementLine], bku_opening: int, links: tuple[Link, ...] = ()):  # type: ignore[no-untyped-def]
    lines = with_identities(raw)
    r = review(entries, lines, links, RULE)
    movement = sum(e.amount for e in entries if NOV <= e.date <= day(30))
    return reconcile(2026, 11, ACC, bku_opening=bku_opening, bku_closing=bku_opening + movement, entries=entries,
                     lines=lines, balances=[Balance(ACC, day(31, 10), 100_000_000, "closing")], review=r), lines


def ln(amount: int, when: dt.date, text: str, ref: str = "") -> StatementLine:
    return StatementLine(ACC, when, amount, ref, text)


def test_a_clean_month_reconciles_to_zero() -> None:
    rec, _ = build([pay(1, 10_000_000, day(3))], [ln(-10_000_000, day(3), "TRF SP-001")], 100_000_000)
    assert rec.bank_opening == 100_000_000 and rec.bank_closing == 90_000_000 and rec.bku_closing == 90_000_000
    assert rec.unexplained_difference == 0 and rec.proposed == 1
    assert all(not s.items for s in rec.sections if s.code != "opening_difference")


def test_every_kind_of_difference_is_explained() -> None:
    entries = [pay(1, 10_000_000, day(3)), pay(2, 4_000_000, day(30)),  # 2: the bank books it in December
               pay(3, 1_500_000, day(10), through_bank=False), pay(4, 2_000_000, day(12))]
    raw = [ln(-10_000_000, day(3), "TRF SP-001"), ln(-6_500, day(30), "BIAYA ADM"),
           ln(-2_000_000, day(12), "TRF SP-004", "T4"), ln(2_000_000, day(14), "RETUR SP-004", "T4"),
           ln(-333_000, day(20), "DEBET TIDAK DIKENAL"), ln(-4_000_000, day(2, 12), "TRF SP-002")]
    rec, _ = build(entries, raw, 95_000_000)
    sec = {s.code: s.total for s in rec.sections}
    assert sec["opening_difference"] == 5_000_000
    assert sec["outstanding"] == 4_000_000 + 2_000_000  # SP 2 in transit, SP 4 returned by the bank
    assert sec["not_through_bank"] == 1_500_000
    assert sec["fees"] == -6_500 and sec["reversals"] == 0 and sec["unexplained_debits"] == -333_000
    assert rec.bank_closing == 100_000_000 - 10_000_000 - 6_500 - 333_000
    assert rec.unexplained_difference == 0


def test_a_partial_match_confirmed_shows_its_difference() -> None:
    lines = with_identities([ln(-9_000_000, day(5), "TRF SP-001")])
    link = Link("g", LinkKind.MATCH, (lines[0].line_id,), ("pay:o1",), "kurang bayar, sisa menyusul")
    rec, _ = build([pay(1, 10_000_000, day(5))], [ln(-9_000_000, day(5), "TRF SP-001")], 100_000_000, (link,))
    assert rec.section("match_differences").total == 1_000_000 and rec.confirmed == 1
    assert rec.unexplained_difference == 0


def test_what_nothing_explains_stays_visible() -> None:
    lines = with_identities([ln(-1_000, day(5), "X")])
    rec = reconcile(2026, 11, ACC, bku_opening=100_000_000, bku_closing=100_000_000, entries=[], lines=lines,
                    balances=[Balance(ACC, day(31, 10), 100_000_000, "closing"),
                              Balance(ACC, day(30), 99_000_000, "closing")],
                    review=review([], lines, (), RULE))
    assert rec.bank_closing == 99_000_000 and rec.unexplained_difference == -999_000


def test_balance_at_prefers_stated_balances_and_rolls_lines_forward() -> None:
    lines = with_identities([ln(-1_000, day(5), "A"), StatementLine(ACC, day(6), -500, "", "B", balance=8_500)])
    stated = [Balance(ACC, day(1), 10_000, "opening")]
    assert balance_at(day(31, 10), stated, lines) == 10_000
    assert balance_at(day(5), stated, lines) == 9_000
    assert balance_at(day(30), stated, lines) == 8_500
    assert balance_at(day(30, 9), stated, lines) is None
