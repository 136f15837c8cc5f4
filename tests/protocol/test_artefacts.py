"""The receipt and payment records an action carries: the shape both sides check (sync.protocol.artefacts)."""

from __future__ import annotations

import pytest

from sync.protocol.errors import ProtocolError
from sync.protocol.lifecycle import validate_payload
from sync.protocol.states import Action

PPH23 = {"code": "PPH23", "label": "PPh Pasal 23", "article": "23", "base": 2_500_000, "rate": "4",
         "amount": 100_000, "collector": "BENDAHARA"}


def paid(**extra):
    return {"method": "TRANSFER", "amount": 2_500_000, "date": "2026-11-25", "bku_number": "0457", **extra}


def test_old_payloads_stay_valid():
    validate_payload(Action.MARK_PAID, paid())
    validate_payload(Action.RECEIVE, {"date": "2026-11-23", "checklist": {"waktu": True}})


def test_payment_breakdown_must_add_up():
    validate_payload(Action.MARK_PAID, paid(taxes=[PPH23], net=2_400_000, collected_by_others=0,
                                            deposits=[{"code": "PPH23", "amount": 100_000, "date": "2026-11-25",
                                                       "ntpn": "0A1B2C3D4E5F6G7H"}]))
    with pytest.raises(ProtocolError, match="dpp"):
        validate_payload(Action.MARK_PAID, paid(taxes=[PPH23], net=2_400_000, dpp=-1))
    with pytest.raises(ProtocolError, match="bersih"):
        validate_payload(Action.MARK_PAID, paid(taxes=[PPH23], net=2_500_000))
    others = {**PPH23, "code": "PPN", "collector": "PENYEDIA"}
    validate_payload(Action.MARK_PAID, paid(taxes=[others], net=2_500_000, collected_by_others=100_000))
    with pytest.raises(ProtocolError, match="collector"):
        validate_payload(Action.MARK_PAID, paid(taxes=[{**PPH23, "collector": "LOKAPASAR"}], net=2_400_000))
    with pytest.raises(ProtocolError, match="deposits"):
        validate_payload(Action.MARK_PAID, paid(taxes=[PPH23], net=2_400_000,
                                                deposits=[{"code": "PPN", "amount": 1, "ntpn": "X"}]))
    with pytest.raises(ProtocolError, match="harus sama"):
        validate_payload(Action.MARK_PAID, paid(taxes=[PPH23], net=2_400_000,
                                                deposits=[{"code": "PPH23", "amount": 1, "ntpn": "X"}]))


def test_receipt_record_dates_and_flags():
    record = {"date": "2026-11-23", "arrived_on": "2026-11-24", "deadline": "2026-11-20", "late_working_days": 2,
              "waktu_ok": False, "received": {"l1": 3}}
    validate_payload(Action.RECEIVE, {"receipt": record})
    with pytest.raises(ProtocolError, match="arrived_on"):
        validate_payload(Action.RECEIVE, {"receipt": {**record, "arrived_on": "24/11/2026"}})
    with pytest.raises(ProtocolError, match="waktu_ok"):
        validate_payload(Action.RECEIVE, {"receipt": {**record, "waktu_ok": "ya"}})
    with pytest.raises(ProtocolError, match="late_working_days"):
        validate_payload(Action.REPORT_MISMATCH, {"reason": "x", "receipt": {**record, "late_working_days": -1}})
