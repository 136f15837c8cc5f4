"""Year-end closing rules (tutup buku, #17): what is open at year end, what may be decided, the UP to return."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.errors import ClosingError
from desktop.domain.year_closing import (
    ClosedYears,
    Decision,
    OpenKind,
    check_closing_date,
    check_decision,
    check_up_return_date,
    decisions_for,
    order_is_open,
    tax_is_open,
    undecided,
    unspent_up,
    why_not_cancel,
)
from sync.protocol.states import OrderState as S

DEC = dt.date(2026, 12, 10)


@pytest.mark.parametrize(("state", "kind"), [
    (S.DISETUJUI, OpenKind.UNPAID), (S.DIKIRIM_KE_PENYEDIA, OpenKind.UNPAID), (S.DALAM_PENGIRIMAN, OpenKind.UNPAID),
    (S.BAST, OpenKind.UNPAID), (S.MENUNGGU_BAYAR, OpenKind.UNPAID),
    (S.DITERIMA, OpenKind.NO_BAST), (S.KETIDAKSESUAIAN, OpenKind.NO_BAST),
    (S.DRAFT, None), (S.DIAJUKAN, None), (S.DIBAYAR, None), (S.SELESAI, None), (S.DIBATALKAN, None),
])
def test_open_orders_by_state(state: S, kind: OpenKind | None) -> None:
    assert order_is_open(state, DEC, 2026) is kind


def test_an_order_belongs_to_the_year_of_its_sp() -> None:
    assert order_is_open(S.DISETUJUI, dt.date(2027, 1, 2), 2026) is None  # next year's order
    assert order_is_open(S.DISETUJUI, dt.date(2025, 12, 2), 2026) is OpenKind.UNPAID  # carried, still open
    assert order_is_open(S.DISETUJUI, None, 2026) is None  # never approved


def test_a_tax_is_open_until_deposited_within_the_year() -> None:
    assert tax_is_open(DEC, None, 2026)
    assert tax_is_open(DEC, dt.date(2027, 1, 3), 2026)  # deposited only after the year ended
    assert not tax_is_open(DEC, dt.date(2026, 12, 31), 2026)
    assert not tax_is_open(dt.date(2027, 1, 3), None, 2026)  # next year's payment


def test_what_may_be_decided() -> None:
    assert decisions_for(OpenKind.UNPAID, S.DISETUJUI) == (Decision.CARRY, Decision.CANCEL)
    assert decisions_for(OpenKind.UNPAID, S.DIKIRIM_KE_PENYEDIA) == (Decision.CARRY, Decision.CANCEL)
    # the seller has it, or it was delivered: only carried over
    for state in (S.DALAM_PENGIRIMAN, S.BAST, S.MENUNGGU_BAYAR, S.DITERIMA):
        assert decisions_for(OpenKind.UNPAID, state) == (Decision.CARRY,)
        assert "tidak dapat dibatalkan" in why_not_cancel(OpenKind.UNPAID, state)
    assert decisions_for(OpenKind.TAX) == (Decision.CARRY,)
    assert "hak negara" in why_not_cancel(OpenKind.TAX)
    assert why_not_cancel(OpenKind.UNPAID, S.DISETUJUI) == ""


def test_a_cancellation_needs_a_readable_reason() -> None:
    with pytest.raises(ClosingError) as err:
        check_decision(OpenKind.UNPAID, Decision.CANCEL, "  batal ", S.DISETUJUI)
    assert err.value.code == "closing_reason_required" and "10 huruf" in err.value.message
    assert check_decision(OpenKind.UNPAID, Decision.CANCEL, " Anggaran  tidak cukup  ", S.DISETUJUI) == \
        "Anggaran tidak cukup"
    assert check_decision(OpenKind.NO_BAST, Decision.CARRY, "", S.DITERIMA) == ""
    with pytest.raises(ClosingError) as err:
        check_decision(OpenKind.TAX, Decision.CANCEL, "Salah pungut oleh bendahara")
    assert err.value.code == "closing_tax_not_cancellable"
    with pytest.raises(ClosingError) as err:
        check_decision(OpenKind.NO_BAST, Decision.CANCEL, "Barang rusak sebagian", S.DITERIMA)
    assert err.value.code == "closing_order_not_cancellable" and "DITERIMA" in err.value.message


def test_undecided_keeps_the_listing_order() -> None:
    assert undecided(["a", "b", "c"], {"b": "carry"}) == ["a", "c"]


def test_unspent_up_is_cash_less_taxes_still_owed() -> None:
    assert unspent_up(12_500_000, 1_250_000) == 11_250_000
    assert unspent_up(0, 0) == 0
    with pytest.raises(ClosingError) as err:
        unspent_up(1_000, 2_000)
    assert err.value.code == "closing_cash_short"
    with pytest.raises(ClosingError):
        unspent_up(-5, 0)


def test_dates() -> None:
    today = dt.date(2027, 1, 4)
    check_up_return_date(2026, dt.date(2026, 12, 31), today)
    with pytest.raises(ClosingError) as err:
        check_up_return_date(2026, dt.date(2027, 1, 2), today)
    assert err.value.code == "closing_up_return_year"
    with pytest.raises(ClosingError):
        check_up_return_date(2026, dt.date(2027, 1, 5), today)
    check_closing_date(2026, today, today)
    with pytest.raises(ClosingError) as err:
        check_closing_date(2026, dt.date(2026, 11, 30), today)
    assert err.value.code == "closing_too_early"


def test_closed_years_lock_their_dates() -> None:
    closed = ClosedYears(frozenset({2025}))
    assert closed.locks(dt.date(2025, 6, 1)) and not closed.locks(dt.date(2026, 1, 1)) and not closed.locks(None)
