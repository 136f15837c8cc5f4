"""The matcher on generated statements: exact, off by a day, partial, duplicated, reversed, bank fees, bulk and
split transfers, ties, confirmed links and payments that never go through the account."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.bank.matching import (
    BookEntry,
    EntryKind,
    Link,
    LinkKind,
    Shape,
    Suspicion,
    review,
)
from desktop.domain.bank.rules import MatchRules
from desktop.domain.bank.statement import StatementLine, with_identities

D = dt.date(2026, 11, 3)
RULE = MatchRules.from_resources().rule(D)


def pay(n: int, amount: int, day: dt.date = D, seller: str = "CV Maju Jaya", account: str = "0011223344",
        through_bank: bool = True) -> BookEntry:
    return BookEntry(f"pay:o{n}", EntryKind.PAYMENT, day, -amount, seller, account,
                     (f"000.3/{n:03d}/SP/DINKOP/XI/2026", f"BKU-{n}"), f"SP {n:03d}", f"o{n}", through_bank)


def line(amount: int, day: dt.date = D, text: str = "TRF KE CV MAJU JAYA 0011223344", ref: str = "",
         code: str = "NTRF") -> StatementLine:
    return StatementLine("1234567890", day, amount, ref, text, code=code)


def run(entries: list[BookEntry], lines: list[StatementLine], links: tuple[Link, ...] = ()):  # type: ignore[no-untyped-def]
    ids = with_identities(lines)
    return review(entries, ids, links, RULE), ids


def test_exact_transfer_is_proposed_with_its_evidence() -> None:
    result, ids = run([pay(17, 11_100_000)], [line(-11_100_000)])
    (proposal,) = result.proposals
    assert proposal.shape is Shape.ONE and proposal.entry_ids == ("pay:o17",)
    assert proposal.line_ids == (ids[0].line_id,) and proposal.difference == 0 and proposal.day_offset == 0
    assert {"amount", "date", "account", "name"} <= set(proposal.reasons)
    assert not result.unmatched_entries and not result.unexplained and not result.findings


def test_a_line_booked_a_day_later_still_matches() -> None:
    result, _ = run([pay(1, 2_500_000)], [line(-2_500_000, D + dt.timedelta(days=1))])
    (proposal,) = result.proposals
    assert proposal.day_offset == 1 and proposal.score < 100


def test_a_line_outside_the_window_is_not_matched() -> None:
    late = D + dt.timedelta(days=RULE.days_after + 1)
    result, ids = run([pay(1, 2_500_000)], [line(-2_500_000, late)])
    assert not result.proposals
    assert [e.id for e in result.unmatched_entries] == ["pay:o1"]
    assert [x.line_id for x in result.unexplained] == [ids[0].line_id]


def test_partial_transfer_is_a_candidate_never_a_proposal() -> None:
    result, ids = run([pay(5, 10_000_000)], [line(-4_000_000, ref="000.3/005/SP/DINKOP/XI/2026")])
    assert not result.proposals
    (candidate,) = result.candidates[ids[0].line_id]
    assert candidate.shape is Shape.PARTIAL and candidate.difference == 6_000_000 and "partial" in candidate.reasons
    assert [f.kind for f in result.findings] == [Suspicion.PARTIAL]
    assert [e.id for e in result.unmatched_entries] == ["pay:o5"]


def test_the_same_transfer_twice_settles_once_and_flags_the_other() -> None:
    result, ids = run([pay(2, 3_000_000)], [line(-3_000_000), line(-3_000_000)])
    (proposal,) = result.proposals
    (dup,) = result.findings_of(Suspicion.DUPLICATE)
    assert set(dup.line_ids) == {ids[0].line_id, ids[1].line_id}
    leftover = {ids[0].line_id, ids[1].line_id} - set(proposal.line_ids)
    assert [x.line_id for x in result.unexplained] == list(leftover)


def test_a_returned_transfer_leaves_the_payment_unsettled() -> None:
    result, ids = run([pay(3, 4_200_000)], [line(-4_200_000, ref="TRX889"),
                                             line(4_200_000, D + dt.timedelta(days=2), "RETUR TRF REK TUJUAN TUTUP",
                                                  ref="TRX889")])
    assert not result.proposals
    (rev,) = result.findings_of(Suspicion.REVERSAL)
    assert rev.line_ids == (ids[0].line_id, ids[1].line_id)
    assert [e.id for e in result.unmatched_entries] == ["pay:o3"] and not result.unexplained


def test_a_reversal_of_a_confirmed_transfer_names_the_payment() -> None:
    lines = with_identities([line(-4_200_000, ref="TRX889"),
                             line(4_200_000, D + dt.timedelta(days=2), "REVERSAL", ref="TRX889")])
    link = Link("g1", LinkKind.MATCH, (lines[0].line_id,), ("pay:o3",))
    result = review([pay(3, 4_200_000)], lines, [link], RULE)
    (rev,) = result.findings_of(Suspicion.REVERSAL)
    assert rev.entry_ids == ("pay:o3",)


def test_bank_fees_are_recognised_by_code_and_by_words() -> None:
    result, ids = run([pay(4, 1_000_000)], [line(-1_000_000), line(-6_500, text="BIAYA ADM BULANAN", code="NMSC"),
                                             line(-2_500, text="TRANSFER", code="NCHG")])
    fees = result.findings_of(Suspicion.FEE)
    assert {f.line_ids[0] for f in fees} == {ids[1].line_id, ids[2].line_id}
    assert len(result.proposals) == 1 and not result.unexplained


def test_one_bulk_line_settles_several_payments() -> None:
    entries = [pay(6, 11_100_000), pay(7, 6_500_000, seller="UD Sumber Rejeki", account="778899001"),
               pay(8, 900_000, seller="Toko Sinar", account="55443322")]
    result, _ = run(entries, [line(-17_600_000, D + dt.timedelta(days=1), "CMS BULK TRANSFER 2 PENERIMA")])
    (proposal,) = result.proposals
    assert proposal.shape is Shape.BULK and set(proposal.entry_ids) == {"pay:o6", "pay:o7"}
    assert proposal.difference == 0
    assert [e.id for e in result.unmatched_entries] == ["pay:o8"]


def test_one_payment_sent_in_two_parts() -> None:
    result, ids = run([pay(9, 20_000_000)], [line(-12_000_000), line(-8_000_000, D + dt.timedelta(days=1))])
    (proposal,) = result.proposals
    assert proposal.shape is Shape.SPLIT and set(proposal.line_ids) == {ids[0].line_id, ids[1].line_id}


def test_two_payments_of_the_same_amount_are_the_officers_choice() -> None:
    entries = [pay(10, 750_000, seller="CV Satu", account=""), pay(11, 750_000, seller="CV Dua", account="")]
    result, ids = run(entries, [line(-750_000, text="TRANSFER ONLINE")])
    assert not result.proposals
    (tie,) = result.findings_of(Suspicion.AMBIGUOUS)
    assert set(tie.entry_ids) == {"pay:o10", "pay:o11"}
    shown = result.candidates[ids[0].line_id]
    assert {c.entry_ids[0] for c in shown if c.shape is Shape.ONE} == {"pay:o10", "pay:o11"}


def test_evidence_breaks_a_tie_in_amount() -> None:
    entries = [pay(10, 750_000, seller="CV Satu", account="111222333"),
               pay(11, 750_000, seller="CV Dua", account="444555666")]
    result, _ = run(entries, [line(-750_000, text="TRF 444555666 CV DUA")])
    (proposal,) = result.proposals
    assert proposal.entry_ids == ("pay:o11",)


def test_confirmed_links_are_kept_and_never_proposed_again() -> None:
    lines = with_identities([line(-1_000_000)])
    link = Link("g1", LinkKind.MATCH, (lines[0].line_id,), ("pay:o1",), confirmed_by="u1")
    result = review([pay(1, 1_000_000)], lines, [link], RULE)
    assert result.links == (link,) and not result.proposals and not result.unmatched_entries


def test_cash_payments_are_not_matched_against_the_account() -> None:
    result, ids = run([pay(12, 1_000_000, through_bank=False)], [line(-1_000_000)])
    assert not result.proposals and [e.id for e in result.not_through_bank] == ["pay:o12"]
    assert [x.line_id for x in result.unexplained] == [ids[0].line_id]


def test_a_receipt_matches_a_credit() -> None:
    receipt = BookEntry("rcv:1", EntryKind.RECEIPT, D, 50_000_000, label="SP2D UP", references=("SP2D-0091",))
    result, _ = run([receipt], [line(50_000_000, text="SP2D 0091 UP")])
    (proposal,) = result.proposals
    assert proposal.entry_ids == ("rcv:1",)


@pytest.mark.parametrize("order", [0, 1])
def test_proposals_do_not_depend_on_input_order(order: int) -> None:
    entries = [pay(1, 500_000), pay(2, 700_000, seller="UD Dua", account="99887766")]
    lines = [line(-500_000), line(-700_000, text="UD DUA")]
    a, _ = run(entries, lines)
    b, _ = run(entries[::-1], lines[::-1] if order else lines)
    assert sorted(a.proposals, key=repr) == sorted(b.proposals, key=repr)


def test_a_bulk_line_on_a_busy_day_is_still_found() -> None:
    """More open payments in the window than max_search: the hashed search (groups of 2 to 4) finds it."""
    entries = [pay(100 + n, 1_000 * 2 ** n, seller=f"CV Nomor {n}", account=f"77{n:04d}99")  # unique sums
               for n in range(RULE.max_search + 10)]
    chosen = [entries[3], entries[11], entries[19]]
    result, _ = run(entries, [line(sum(e.amount for e in chosen), text="CMS BULK 3 PENERIMA")])
    (proposal,) = result.proposals
    assert proposal.shape is Shape.BULK and set(proposal.entry_ids) == {e.id for e in chosen}
