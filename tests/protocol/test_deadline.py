"""#17: the PPK's deadline rule shared by both ends — when a device's recorded time is believed."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.deadline import (
    MAX_CLOCK_AGE_S,
    MAX_CLOCK_SKEW_S,
    ClockEvidence,
    deadline_passed,
    expired_by_deadline,
    legal_date,
    trusted_act_time,
    within,
)
from sync.protocol.lifecycle import validate_payload
from sync.protocol.messages import Order, OrderEvent
from sync.protocol.states import Action

UTC = dt.UTC
SYNCED = "2026-12-23T02:00:00.000Z"  # 09:00 WIB
RECEIVED = dt.datetime(2027, 1, 4, 2, 0, tzinfo=UTC)


def ev(offset_ms: int = 1200, verified_at: str = SYNCED) -> ClockEvidence:
    return ClockEvidence(offset_ms, verified_at)


def test_a_verified_clock_makes_the_recorded_time_count():
    assert trusted_act_time("2026-12-28T04:00:00.000Z", ev(), RECEIVED) == dt.datetime(2026, 12, 28, 4, tzinfo=UTC)


@pytest.mark.parametrize("why,recorded,evidence", [
    ("no evidence", "2026-12-28T04:00:00.000Z", None),
    ("clock off by more than the bound", "2026-12-28T04:00:00.000Z", ev(offset_ms=MAX_CLOCK_SKEW_S * 1000 + 1)),
    ("recorded before the verifying sync (clock set back)", "2026-12-22T02:00:00.000Z", ev()),
    ("recorded after the server received it", "2027-01-05T02:00:00.000Z", ev()),
    ("recorded too long after the sync", (dt.datetime(2026, 12, 23, 2, tzinfo=UTC)
                                          + dt.timedelta(seconds=MAX_CLOCK_AGE_S + 60)).isoformat(), ev()),
    ("no recorded time", None, ev()),
    ("junk recorded time", "kemarin", ev()),
])
def test_an_unverified_clock_counts_for_nothing(why, recorded, evidence):
    received = dt.datetime(2027, 3, 1, tzinfo=UTC) if "too long" in why else RECEIVED
    assert trusted_act_time(recorded, evidence, received) is None, why


def test_the_deadline_is_a_jakarta_day():
    assert legal_date(dt.datetime(2026, 12, 30, 16, 59, tzinfo=UTC)) == dt.date(2026, 12, 30)  # 23:59 WIB
    assert legal_date(dt.datetime(2026, 12, 30, 17, 0, tzinfo=UTC)) == dt.date(2026, 12, 31)  # midnight WIB
    assert within("2026-12-30", dt.date(2026, 12, 30)) and not within("2026-12-30", dt.date(2026, 12, 31))
    assert within(None, dt.date(2030, 1, 1))  # no due day stamped: no deadline


def test_expired_means_cancelled_by_the_system_and_nothing_since():
    expired = [{"action": "submit"}, {"action": "expire", "reason": "x", "by": "system"}]
    assert expired_by_deadline("DIBATALKAN", expired)
    assert not expired_by_deadline("DIBATALKAN", [{"action": "cancel", "reason": "x"}])
    assert not expired_by_deadline("DIAJUKAN", expired)


def test_clock_evidence_in_the_payload_is_checked():
    good = {"clock": ev().to_payload()}
    validate_payload(Action.APPROVE, good)
    assert ClockEvidence.from_payload(good) == ev()
    for bad in ({"offset_ms": "1", "verified_at": SYNCED}, {"offset_ms": 1}, {"offset_ms": True, "verified_at": SYNCED},
                {"offset_ms": 1, "verified_at": "kemarin"}, "x", {"offset_ms": 1, "verified_at": SYNCED, "extra": 1}):
        with pytest.raises(ProtocolError) as err:
            validate_payload(Action.REJECT, {"reason": "r", "clock": bad})
        assert err.value.code is ErrorCode.VALIDATION_ERROR


def test_deadline_passed_is_a_conflict_that_names_the_day():
    err = deadline_passed("2026-12-30")
    assert err.code is ErrorCode.DEADLINE_PASSED and err.status == 409 and not err.retryable
    assert "30 Desember 2026" in err.detail


def test_orders_and_events_carry_the_new_fields_additively():
    base = {"id": "o", "opd_id": "x", "version": 2, "state": "DIAJUKAN", "number": None, "created_by": "u",
            "provider_id": 1, "marketplace": "MBIZ", "kode_rup": "", "sub_kegiatan": "", "kode_rekening": "",
            "delivery_address": "", "delivery_date": None, "shipping": 0, "notes": "", "lines": [], "total": 0,
            "approval": None, "receipt": None, "bast": None, "payment": None, "reasons": [], "created_at": "",
            "updated_at": ""}
    assert Order.from_dict(base).approval_due is None  # an older order still parses
    assert Order.from_dict({**base, "approval_due": "2026-12-30"}).approval_due == "2026-12-30"
    event = {"seq": 1, "order_id": "o", "version": 3, "action": "expire", "from_state": "DIAJUKAN",
             "to_state": "DIBATALKAN", "actor": "system", "role": "SISTEM", "at": "", "client_recorded_at": None,
             "payload": {}, "hash": ""}
    assert OrderEvent.from_dict(event).role == "SISTEM"
