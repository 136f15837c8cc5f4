"""Year-end closing (tutup buku, #17): the closing the Bendahara sends, and the date a command is dated on.

A fiscal year (tahun anggaran) is the calendar year. Once an OPD's Bendahara has closed a year, the server refuses
every order command *dated* in it with 409 `year_closed`; carried-over orders continue with commands dated in the
next year. A command is dated on the record it writes — the SP date of an approval, the inspection date of a
receipt, the BAST date, the payment date — else on the day (Jakarta) the officer recorded it on the device, else
on the server's day. Draft writes carry no book date and are never refused for it.

The closing travels as `POST /v1/closings` (`YearClosingRequest`), queued on the PC like any command and sent only
after everything queued before it (desktop outbox: a closing is a barrier), so the closing's own cancellations
reach the server while the year is still open. `GET /v1/closings` lists the OPD's closed years (`ClosedYear`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._codec import Message
from .errors import ErrorCode, ProtocolError
from .rows import _invalid, _text, is_calendar_date
from .states import Action

CLOSINGS_PATH = "/v1/closings"
STATE_PREFIX = "closed_years:"  # a PC's sync state: the OPD's closings as its last sync pulled them (JSON list)
WIB = dt.timedelta(hours=7)  # legal dates are Jakarta calendar days
MAX_IDS = 5000


def _day(value: Any) -> dt.date | None:
    if isinstance(value, str) and is_calendar_date(value[:10]):
        return dt.date.fromisoformat(value[:10])
    return None


def recorded_day(client_recorded_at: str | None) -> dt.date | None:
    """The Jakarta day of a device timestamp (ISO-8601, `Z` or with an offset); None when absent or unreadable."""
    if not client_recorded_at:
        return None
    try:
        stamp = dt.datetime.fromisoformat(client_recorded_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return (stamp.astimezone(dt.UTC) + WIB).date()


def record_day(action: Action, payload: Mapping[str, Any]) -> dt.date | None:
    """The date of the book record a command writes, when it writes one."""
    if action is Action.APPROVE:
        return _day(payload.get("sp_date"))
    if action in (Action.RECEIVE, Action.REPORT_MISMATCH):
        receipt = payload.get("receipt")
        return _day(receipt.get("date") if isinstance(receipt, Mapping) else None) or _day(payload.get("date"))
    if action is Action.SIGN_BAST:
        return _day(payload.get("bast_date")) or _day(payload.get("date"))
    if action is Action.MARK_PAID:
        return _day(payload.get("date"))
    return None


def command_date(action: Action, payload: Mapping[str, Any], client_recorded_at: str | None,
                 today: dt.date) -> dt.date:
    """The day a transition command is dated on (module docstring); `today` is the server's legal day."""
    return record_day(action, payload) or recorded_day(client_recorded_at) or today


def state_key(opd_id: str) -> str:
    """Where a PC keeps the OPD's closed years between syncs (written by sync.client, read by desktop.store)."""
    return f"{STATE_PREFIX}{opd_id}"


def year_closed_detail(year: int) -> str:
    """What the officer reads when a command dated in a closed year is refused."""
    return (f"Tahun anggaran {year} sudah ditutup (tutup buku) oleh Bendahara OPD ini, jadi catatan bertanggal "
            f"{year} tidak dapat ditambah atau diubah lagi. Pesanan yang dibawa ke tahun berikutnya dilanjutkan "
            f"dengan tanggal tahun {year + 1}.")


def year_closed(year: int, *, order_id: str | None = None) -> ProtocolError:
    return ProtocolError(ErrorCode.YEAR_CLOSED, year_closed_detail(year), order_id=order_id)


def _ids(values: tuple[str, ...], name: str) -> None:
    if len(values) > MAX_IDS:
        raise _invalid(f"Kolom '{name}' terlalu panjang (maksimal {MAX_IDS} pesanan).")
    for value in values:
        _text(value, name, 64, required=True)


@dataclass(frozen=True, slots=True)
class YearClosingRequest(Message):
    """The Bendahara closes `year` for `opd_id`: the orders carried over and cancelled, the unspent UP returned
    (amount from the BKU, reference of the deposit slip) and the BKU's closing balance, as decided on the PC."""

    opd_id: str
    year: int
    closed_on: str
    bku_closing_balance: int = 0
    up_returned: int = 0
    up_return_date: str | None = None
    up_return_reference: str = ""
    carried: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    # order id → the Bendahara's reason; the server cancels these orders with the closing (one transaction)
    cancel_reasons: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _text(self.opd_id, "opd_id", 64, required=True)
        if not 2000 <= self.year <= 2100:
            raise _invalid("Tahun tidak valid.")
        for name in ("closed_on", "up_return_date"):
            value = getattr(self, name)
            if value is not None and not is_calendar_date(value):
                raise _invalid(f"Kolom '{name}' harus tanggal YYYY-MM-DD yang ada.")
        if dt.date.fromisoformat(self.closed_on).year < self.year:
            raise _invalid("Tutup buku tidak dapat bertanggal sebelum akhir tahun anggarannya.")
        if self.up_returned < 0:
            raise _invalid("Pengembalian sisa UP tidak boleh negatif.")
        if self.up_returned and self.up_return_date is None:
            raise _invalid("Tanggal pengembalian sisa UP wajib diisi.")
        _text(self.up_return_reference, "up_return_reference", 120)
        _ids(self.carried, "carried")
        _ids(self.cancelled, "cancelled")
        if set(self.carried) & set(self.cancelled):
            raise _invalid("Pesanan yang sama tidak dapat dibawa ke tahun berikutnya sekaligus dibatalkan.")
        for order_id in self.cancelled:
            reason = self.cancel_reasons.get(order_id)
            if not isinstance(reason, str) or not reason.strip():
                raise _invalid("Setiap pesanan yang dibatalkan pada tutup buku wajib punya alasan.")
            _text(reason, "cancel_reasons", 1000)


@dataclass(frozen=True, slots=True)
class ClosedYear(Message):
    """A year the server holds as closed for an OPD (answer of `POST` and items of `GET /v1/closings`)."""

    opd_id: str
    year: int
    closed_on: str
    closed_by: str
    closed_by_name: str
    closed_at: str
    bku_closing_balance: int = 0
    up_returned: int = 0
    up_return_date: str | None = None
    up_return_reference: str = ""
    carried: tuple[str, ...] = ()
    cancelled: tuple[str, ...] = ()
    cancel_reasons: dict[str, str] = field(default_factory=dict)
