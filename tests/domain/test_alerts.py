"""Login alerts: PPK approval deadlines and bendahara overdue payments, in working days (holiday calendar)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.alerts import AlertKind, OrderClock, alerts_for_role, bendahara_alerts, ppk_alerts
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import RuleError
from desktop.domain.thresholds import Thresholds

CAL = WorkingCalendar.from_resources()
TH = Thresholds.from_resources()
D = dt.date.fromisoformat


def waiting(submitted: str, oid: str = "o-1", state: str = "DIAJUKAN") -> OrderClock:
    return OrderClock(oid, None, state, 1_250_000, "Toko Berkah Jaya", submitted_on=D(submitted))


def test_ppk_deadline_skips_ascension_holiday_and_cuti_bersama():
    # submitted Tue 12 May 2026; Thu 14 (Kenaikan) and Fri 15 (cuti bersama) do not count -> deadline Tue 19 May
    order = waiting("2026-05-12")
    assert ppk_alerts([order], D("2026-05-13"), CAL, TH) == []  # 2 working days left: not yet
    near = ppk_alerts([order], D("2026-05-18"), CAL, TH)
    assert [(a.kind, a.deadline, a.working_days) for a in near] == [(AlertKind.PPK_DEADLINE_NEAR, D("2026-05-19"), 1)]
    assert "sisa 1 hari kerja" in near[0].message and "19 Mei 2026" in near[0].message
    assert "setujui atau tolak" in near[0].message.lower()
    last = ppk_alerts([order], D("2026-05-19"), CAL, TH)[0]
    assert last.kind is AlertKind.PPK_DEADLINE_NEAR and "hari ini hari terakhir" in last.message and last.urgent
    late = ppk_alerts([order], D("2026-05-20"), CAL, TH)[0]
    assert late.kind is AlertKind.PPK_OVERDUE and late.working_days == -1 and "melewati batas" in late.message


def test_ppk_overdue_when_today_is_a_weekend_after_the_deadline():
    order = waiting("2026-11-16")  # Mon -> deadline Thu 19 Nov
    sat = ppk_alerts([order], D("2026-11-21"), CAL, TH)[0]
    assert sat.kind is AlertKind.PPK_OVERDUE and sat.deadline == D("2026-11-19")


def test_ppk_alerts_ignore_other_states_and_sort_most_urgent_first():
    orders = [waiting("2026-11-18", "b"), waiting("2026-11-13", "a"), waiting("2026-11-10", "x", "DISETUJUI")]
    got = ppk_alerts(orders, D("2026-11-23"), CAL, TH, warn_within=3)
    assert [a.order_id for a in got] == ["a", "b"]
    assert got[0].kind is AlertKind.PPK_OVERDUE
    with pytest.raises(RuleError) as err:
        ppk_alerts(orders, D("2026-11-23"), CAL, TH, warn_within=-1)
    assert err.value.code == "alert_window_invalid"


def test_bendahara_counts_working_days_after_bast_over_christmas():
    order = OrderClock("o-9", "0007/SP/33.00-DINKES/2026", "MENUNGGU_BAYAR", 4_500_000, bast_on=D("2026-12-21"))
    assert bendahara_alerts([order], D("2026-12-30"), CAL, TH) == []  # 5 working days: at the limit
    got = bendahara_alerts([order], D("2026-12-31"), CAL, TH)
    assert [(a.kind, a.working_days, a.deadline) for a in got] == [(AlertKind.UNPAID_OVERDUE, 6, D("2026-12-30"))]
    assert "0007/SP/33.00-DINKES/2026" in got[0].message and "Proses pembayaran" in got[0].message
    assert "Rp4.500.000,00" in got[0].message


def test_bendahara_limit_override_and_receipt_before_bast():
    received = OrderClock("o-2", None, "DITERIMA", 800_000, received_on=D("2026-11-16"))
    paid = OrderClock("o-3", None, "DIBAYAR", 800_000, bast_on=D("2026-01-05"))
    assert bendahara_alerts([received, paid], D("2026-11-20"), CAL, TH) == []
    got = bendahara_alerts([received, paid], D("2026-11-20"), CAL, TH, limit_override=2)
    assert [a.order_id for a in got] == ["o-2"] and "sejak barang diterima" in got[0].message
    with pytest.raises(RuleError):
        bendahara_alerts([received], D("2026-11-20"), CAL, TH, limit_override=-1)


def test_alerts_for_role_routes_by_role():
    orders = [waiting("2026-11-13"), OrderClock("p", None, "BAST", 1, bast_on=D("2026-10-01"))]
    assert [a.kind for a in alerts_for_role("PPK", orders, D("2026-11-23"), CAL, TH)] == [AlertKind.PPK_OVERDUE]
    assert [a.kind for a in alerts_for_role("PA_KPA", orders, D("2026-11-23"), CAL, TH)] == [AlertKind.PPK_OVERDUE]
    assert [a.kind for a in alerts_for_role("BENDAHARA", orders, D("2026-11-23"), CAL, TH)] == \
        [AlertKind.UNPAID_OVERDUE]
    assert alerts_for_role("PP", orders, D("2026-11-23"), CAL, TH) == []
