"""Year-end closing rules (tutup buku, #17): what is still open at the end of a fiscal year, what may be decided
about each open item, and the unspent UP (uang persediaan) the Bendahara returns.

Pure rules over facts the services read from their owners — the order's state and SP date (lifecycle), the
stored payment record (taxes withheld and their deposits), the BKU's closing balance (desktop.documents.ledger).
Nothing here computes an amount of its own except the difference the law defines: the cash in hand at the end of
the year less the withheld taxes still owed to the state is the UP to return to the Kas Daerah.

A fiscal year (tahun anggaran) is the calendar year. Decisions:
- an order approved but unpaid, or delivered without its BAST, is carried over (dibawa ke tahun berikutnya: it
  continues with next year's dates and numbers) or cancelled with a reason — cancelling only while the lifecycle
  still lets an order be cancelled (before the seller has it), so goods already delivered are always carried;
- a withheld tax not yet deposited is carried over (it stays owed, listed in the closing set, and stays in the
  BKU's closing balance: the unspent UP returned leaves it out); it can never be cancelled — the money belongs
  to the state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import ClosingError
from sync.protocol.lifecycle import TRANSITIONS
from sync.protocol.states import Action, OrderState

S = OrderState
MIN_REASON = 10  # characters: a reason the auditor can read, not "x"


class OpenKind(StrEnum):
    UNPAID = "unpaid"  # approved (SP signed), not yet paid
    NO_BAST = "no_bast"  # goods received (or a mismatch reported), no BAST yet
    TAX = "tax"  # withheld by the Bendahara, not yet deposited


class Decision(StrEnum):
    CARRY = "carry"  # dibawa ke tahun berikutnya
    CANCEL = "cancel"  # dibatalkan, with a reason


NO_BAST_STATES: frozenset[OrderState] = frozenset({S.DITERIMA, S.KETIDAKSESUAIAN})
UNPAID_STATES: frozenset[OrderState] = frozenset({S.DISETUJUI, S.DIKIRIM_KE_PENYEDIA, S.DIKONFIRMASI_PENYEDIA,
                                                  S.DALAM_PENGIRIMAN, S.BAST, S.MENUNGGU_BAYAR})
# the closing may cancel what the lifecycle still lets an officer cancel (never after the seller has the goods)
CANCELLABLE_STATES: frozenset[OrderState] = TRANSITIONS[Action.CANCEL].from_states


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def open_kind(state: OrderState) -> OpenKind | None:
    """Which open-order list an order in `state` belongs to at a year's end (None: nothing to decide)."""
    if state in NO_BAST_STATES:
        return OpenKind.NO_BAST
    if state in UNPAID_STATES:
        return OpenKind.UNPAID
    return None


def order_is_open(state: OrderState, sp_date: dt.date | None, year: int) -> OpenKind | None:
    """An order is open at the end of `year` when it was approved in that year or before (a carried-over order
    still open is listed again) and is neither paid nor cancelled."""
    kind = open_kind(state)
    if kind is None or sp_date is None or sp_date.year > year:
        return None
    return kind


def tax_is_open(paid_on: dt.date, deposited_on: dt.date | None, year: int) -> bool:
    """A tax withheld on a payment of `year` (or before) with no deposit dated in that year is still owed."""
    return paid_on.year <= year and (deposited_on is None or deposited_on > year_end(year))


def decisions_for(kind: OpenKind, state: OrderState | None = None) -> tuple[Decision, ...]:
    if kind is OpenKind.TAX:
        return (Decision.CARRY,)
    if state is not None and state not in CANCELLABLE_STATES:
        return (Decision.CARRY,)
    return (Decision.CARRY, Decision.CANCEL)


def why_not_cancel(kind: OpenKind, state: OrderState | None = None) -> str:
    """The reason the cancel choice is disabled ("" when it is allowed): a coded Message the UI renders."""
    if kind is OpenKind.TAX:
        return ClosingError("closing_tax_not_cancellable").message
    if Decision.CANCEL not in decisions_for(kind, state):
        return ClosingError("closing_order_not_cancellable", state=state.value if state else "").message
    return ""


def check_decision(kind: OpenKind, decision: Decision, reason: str, state: OrderState | None = None) -> str:
    """The reason as kept (trimmed), or a ClosingError: a choice not allowed for the item, or a cancellation
    without a readable reason."""
    text = " ".join(reason.split())
    if decision not in decisions_for(kind, state):
        raise ClosingError("closing_tax_not_cancellable" if kind is OpenKind.TAX else
                           "closing_order_not_cancellable", state=state.value if state else "")
    if decision is Decision.CANCEL and len(text) < MIN_REASON:
        raise ClosingError("closing_reason_required", minimum=MIN_REASON)
    return text


def undecided(keys: Iterable[str], decisions: Mapping[str, object]) -> list[str]:
    return [k for k in keys if k not in decisions]


def unspent_up(bku_closing_balance: int, taxes_held: int) -> int:
    """Sisa UP to return: the cash the BKU says is in hand at year end less the withheld taxes still owed."""
    if bku_closing_balance < 0 or taxes_held < 0:
        raise ClosingError("closing_cash_negative", balance=bku_closing_balance)
    rest = bku_closing_balance - taxes_held
    if rest < 0:
        raise ClosingError("closing_cash_short", balance=bku_closing_balance, taxes=taxes_held)
    return rest


def check_up_return_date(year: int, day: dt.date, today: dt.date) -> None:
    """Unspent UP goes back to the Kas Daerah within the fiscal year, and never in the future."""
    if day > today:
        raise ClosingError("closing_date_future")
    if day.year != year:
        raise ClosingError("closing_up_return_year", year=year)


def check_closing_date(year: int, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise ClosingError("closing_date_future")
    if day < dt.date(year, 12, 1):
        raise ClosingError("closing_too_early", year=year)


@dataclass(frozen=True)
class ClosedYears:
    """The years closed for an OPD: a record dated in one of them is locked."""

    years: frozenset[int]

    def locks(self, day: dt.date | None) -> bool:
        return day is not None and day.year in self.years
