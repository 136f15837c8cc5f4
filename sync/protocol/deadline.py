"""The PPK's deadline: a lifecycle rule both ends share (DOMAIN.md §3, issue #17).

An order waiting for the PPK (DIAJUKAN) must be approved or rejected by `Order.approval_due`, the last working day
(Jakarta date) the server stamped at submission: `ppk_approval_working_days` (effective-dated, resources/rules/
thresholds.json) counted on the domain's working-day calendar, cuti bersama included. The day after, the server
cancels it: state DIBATALKAN, a reason `{"action": "expire", "by": "system", …}` and an audit event by the system.

An act made on a device and synced later counts at the time the device recorded it only when the device's clock
was verified at its last sync (`ClockEvidence`, sent as `payload.clock` by approve/reject):
- the offset between device and server measured at that sync was at most MAX_CLOCK_SKEW_S (SYNC.md §7);
- the act was recorded after that sync and at most MAX_CLOCK_AGE_S after it (a PC clock drifts);
- the act was recorded no later than the server received it.
Then an approval (or rejection) recorded on or before the due day is honoured, even when the order was already
cancelled for the deadline (the cancellation is undone in the same step). Otherwise the server's own time counts,
and an act after the due day is refused with 409 `deadline_passed` — a conflict the PPK sees.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ErrorCode, ProtocolError
from .states import Action, OrderState

ACTIONS = frozenset({Action.APPROVE, Action.REJECT})  # what counts as the PPK acting on a submitted order
EXPIRE_ACTION = "expire"  # the action of the server's cancellation, in `Order.reasons` and the audit trail
SYSTEM_ACTOR = "system"  # `by` / audit actor of what the server does on its own
SYSTEM_ROLE = "SISTEM"  # audit role of the same (not a Role: nobody logs in as the system)
MAX_CLOCK_SKEW_S = 300  # a clock further off than this at the last sync is not verified (Anki's threshold)
MAX_CLOCK_AGE_S = 30 * 86400  # an act recorded longer after the verifying sync is not believed
WIB = dt.timezone(dt.timedelta(hours=7))  # deadlines are Jakarta calendar days


def legal_date(moment: dt.datetime) -> dt.date:
    """The Jakarta calendar day of a moment (naive moments are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(WIB).date()


def parse_stamp(text: Any) -> dt.datetime | None:
    """An ISO-8601 timestamp ('2026-12-23T03:00:00.000Z') as an aware datetime; None when it is not one."""
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class ClockEvidence:
    """What a device knew of its clock when it recorded an act: the offset (server minus device, ms) measured at
    its last sync, and the server's time of that sync."""

    offset_ms: int
    verified_at: str

    def to_payload(self) -> dict[str, Any]:
        return {"offset_ms": self.offset_ms, "verified_at": self.verified_at}

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> ClockEvidence | None:
        """From `payload["clock"]`; None when absent. Raises validation_error when malformed."""
        raw = payload.get("clock")
        if raw is None:
            return None
        bad = ProtocolError(ErrorCode.VALIDATION_ERROR,
                            "Kolom 'payload.clock' harus berisi offset_ms (bilangan bulat) dan verified_at (waktu ISO).")
        if not isinstance(raw, Mapping) or set(raw) != {"offset_ms", "verified_at"}:
            raise bad
        offset = raw["offset_ms"]
        if not isinstance(offset, int) or isinstance(offset, bool) or abs(offset) > 10**13:
            raise bad
        if parse_stamp(raw["verified_at"]) is None or len(raw["verified_at"]) > 64:
            raise bad
        return cls(offset, raw["verified_at"])


def trusted_act_time(client_recorded_at: str | None, evidence: ClockEvidence | None,
                     received_at: dt.datetime) -> dt.datetime | None:
    """When an act recorded on a device counts as made: the recorded time when the device's clock was verified
    at its last sync (module docstring), else None (only the server's receiving time counts)."""
    recorded = parse_stamp(client_recorded_at)
    if recorded is None or evidence is None:
        return None
    verified = parse_stamp(evidence.verified_at)
    if verified is None or abs(evidence.offset_ms) > MAX_CLOCK_SKEW_S * 1000:
        return None
    skew = dt.timedelta(seconds=MAX_CLOCK_SKEW_S)
    if not verified - skew <= recorded <= received_at + skew:
        return None
    if (recorded - verified).total_seconds() > MAX_CLOCK_AGE_S:
        return None
    return min(recorded, received_at)


def expired_by_deadline(state: OrderState | str, reasons: Any) -> bool:
    """Was the order cancelled by the server for the PPK's deadline (and nothing happened since)?"""
    if OrderState(state) is not OrderState.DIBATALKAN or not reasons:
        return False
    last = reasons[-1]
    return isinstance(last, Mapping) and last.get("action") == EXPIRE_ACTION


def within(due: str | None, act_day: dt.date) -> bool:
    """Is `act_day` on or before the due day? An order without a due day (submitted before the rule, or in a
    year the server had no holiday calendar for) has no deadline."""
    return due is None or act_day <= dt.date.fromisoformat(due)


def deadline_passed(due: str) -> ProtocolError:
    day = dt.date.fromisoformat(due)
    return ProtocolError(
        ErrorCode.DEADLINE_PASSED,
        f"Batas waktu PPK menanggapi pesanan ini adalah {day.day} {_MONTHS[day.month - 1]} {day.year} dan sudah "
        "lewat; pesanan dibatalkan otomatis. Tindakan yang dicatat di PC tanpa jam terverifikasi (sinkron "
        "terakhir) dihitung pada saat diterima server. Minta Pejabat Pengadaan mengajukan pesanan baru.",
    )


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")
