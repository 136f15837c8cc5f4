"""Year-end closing on the wire (#17): the date a command is dated on, and the closing message."""

from __future__ import annotations

import datetime as dt

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.closing import (
    ClosedYear,
    YearClosingRequest,
    command_date,
    recorded_day,
    year_closed,
)
from sync.protocol.states import Action

TODAY = dt.date(2027, 1, 5)


@pytest.mark.parametrize(("action", "payload", "expected"), [
    (Action.APPROVE, {"sp_date": "2026-12-30"}, dt.date(2026, 12, 30)),
    (Action.RECEIVE, {"receipt": {"date": "2026-12-29"}}, dt.date(2026, 12, 29)),
    (Action.REPORT_MISMATCH, {"date": "2026-12-28", "reason": "x"}, dt.date(2026, 12, 28)),
    (Action.SIGN_BAST, {"bast_date": "2026-12-31"}, dt.date(2026, 12, 31)),
    (Action.MARK_PAID, {"date": "2026-12-31", "method": "UP_TUNAI", "amount": 1}, dt.date(2026, 12, 31)),
])
def test_a_command_is_dated_on_the_record_it_writes(action: Action, payload: dict[str, object],
                                                    expected: dt.date) -> None:
    # the device recorded it in January; the record it writes is dated in December
    assert command_date(action, payload, "2027-01-04T03:00:00Z", TODAY) == expected


def test_without_a_record_the_device_day_in_jakarta_counts() -> None:
    # 31 Dec 2026 18:00 UTC is already 1 Jan 2027 in Jakarta
    assert recorded_day("2026-12-31T18:00:00Z") == dt.date(2027, 1, 1)
    assert recorded_day("2026-12-31T16:59:59.5Z") == dt.date(2026, 12, 31)
    assert command_date(Action.SEND_TO_SELLER, {}, "2026-12-31T10:00:00Z", TODAY) == dt.date(2026, 12, 31)


def test_without_any_date_the_server_day_counts() -> None:
    assert command_date(Action.CANCEL, {"reason": "x"}, None, TODAY) == TODAY
    assert command_date(Action.CANCEL, {"reason": "x"}, "not a time", TODAY) == TODAY
    assert command_date(Action.APPROVE, {"sp_date": "2026-02-30"}, None, TODAY) == TODAY


def test_the_refusal_is_a_typed_409_in_indonesian() -> None:
    err = year_closed(2026, order_id="o-1")
    assert err.code is ErrorCode.YEAR_CLOSED and err.status == 409 and not err.retryable
    problem = err.to_problem()
    assert problem["code"] == "year_closed" and problem["order_id"] == "o-1"
    assert "Tahun anggaran 2026 sudah ditutup" in problem["detail"]
    assert "2027" in problem["detail"]


def test_closing_request_round_trips() -> None:
    req = YearClosingRequest(opd_id="DINKOP", year=2026, closed_on="2026-12-31", bku_closing_balance=1_250_000,
                             up_returned=1_000_000, up_return_date="2026-12-31", up_return_reference="STS-01",
                             carried=("o-1",), cancelled=("o-2",), cancel_reasons={"o-2": "Anggaran dialihkan"})
    assert YearClosingRequest.from_dict(req.to_dict()) == req
    closed = ClosedYear.from_dict({**req.to_dict(), "closed_by": "u1", "closed_by_name": "Sri",
                                   "closed_at": "2027-01-02T01:00:00Z"})
    assert closed.carried == ("o-1",)


@pytest.mark.parametrize("changes", [
    {"year": 1999}, {"closed_on": "2025-12-31"}, {"closed_on": "2026-02-30"}, {"up_returned": -1},
    {"up_returned": 5, "up_return_date": None}, {"carried": ("o-1",), "cancelled": ("o-1",)}, {"opd_id": " "},
    {"carried": ("",)}, {"cancelled": ("o-2",)}, {"cancelled": ("o-2",), "cancel_reasons": {"o-2": "  "}},
])
def test_bad_closing_requests_are_refused(changes: dict[str, object]) -> None:
    base: dict[str, object] = {"opd_id": "DINKOP", "year": 2026, "closed_on": "2027-01-02"}
    with pytest.raises(ProtocolError) as info:
        YearClosingRequest.from_dict({**base, **{k: list(v) if isinstance(v, tuple) else v
                                                 for k, v in changes.items()}})
    assert info.value.code is ErrorCode.VALIDATION_ERROR
