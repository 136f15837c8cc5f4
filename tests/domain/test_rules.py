from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import RuleError
from desktop.domain.resources import resource_path
from desktop.domain.rules import (
    Marketplace,
    OrderSummary,
    Route,
    check_order_routing,
    find_split_orders,
    meterai_due,
    ppk_approval_deadline,
    unpaid_alert_due,
)
from desktop.domain.thresholds import Thresholds, default_thresholds

DAY = dt.date(2026, 11, 23)  # Monday


def order(
    oid: str, total: int, day: dt.date = DAY, provider: int = 7, sub: str = "2.18.01.2.06.0004"
) -> OrderSummary:
    return OrderSummary(oid, provider, sub, day, total)


def test_routing_cap() -> None:
    ok = check_order_routing(50_000_000, Marketplace.MBIZ, DAY)
    assert ok.allowed and ok.route is Route.MARKETPLACE and ok.cap == 50_000_000
    blocked = check_order_routing(50_000_001, "gratis_ongkir", DAY)
    assert not blocked.allowed and blocked.route is Route.EKATALOG_LOKAL
    assert "e-katalog lokal" in blocked.message and "Gratis Ongkir" in blocked.message
    assert "Rp50.000.001,00" in blocked.message and blocked.uncertain
    ekat = check_order_routing(120_000_000, "EKATALOG_LOKAL", DAY)
    assert ekat.allowed and ekat.route is Route.EKATALOG_LOKAL


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((-1, "MBIZ", DAY), "amount_negative"),
        ((1.5, "MBIZ", DAY), "amount_not_integer"),
        ((1000, "SHOPEE", DAY), "marketplace_unknown"),
        ((1000, "MBIZ", "2026-11-23"), "date_invalid"),
        ((1000, "MBIZ", dt.date(2020, 1, 1)), "no_rule_for_date"),
        ((10**16, "MBIZ", DAY), "amount_too_large"),
    ],
)
def test_routing_bad_input(args: tuple[Any, ...], code: str) -> None:
    with pytest.raises(RuleError) as err:
        check_order_routing(*args)
    assert err.value.code == code and err.value.message


def test_marketplace_unknown_message_lists_choices() -> None:
    with pytest.raises(RuleError) as err:
        Marketplace.parse("SHOPEE")
    assert "GRATIS_ONGKIR" in err.value.message and "tidak dikenal" in err.value.message


def test_meterai() -> None:
    assert meterai_due(5_000_000, DAY).due is False
    due = meterai_due(5_000_001, DAY)
    assert due.due and due.amount == 10_000 and "UU 10/2020" in due.legal_basis
    old = meterai_due(1_500_000, dt.date(2019, 6, 1))
    assert old.due and old.amount == 6_000
    assert not meterai_due(10_000_000, DAY, toko_daring=True).due
    assert meterai_due(10_000_001, DAY, toko_daring=True).due
    # Before the APBD 2023 guideline there is no toko daring exemption.
    assert meterai_due(8_000_000, dt.date(2022, 6, 1), toko_daring=True).due
    with pytest.raises(RuleError) as err:
        meterai_due(-5, DAY)
    assert err.value.code == "amount_negative"


def test_split_orders_within_window() -> None:
    candidate = order("c", 20_000_000)
    others = [
        order("a", 20_000_000, DAY - dt.timedelta(days=3)),
        order("b", 15_000_000, DAY + dt.timedelta(days=2)),
        order("far", 40_000_000, DAY - dt.timedelta(days=7)),  # outside 7-day window
        order("other-seller", 40_000_000, provider=8),
        order("other-sub", 40_000_000, sub="2.18.01.2.06.0005"),
        order("c", 40_000_000),  # the candidate itself (already saved) is not counted twice
    ]
    warnings = find_split_orders(candidate, others)
    assert len(warnings) == 1
    w = warnings[0]
    assert w.total == 55_000_000 and w.order_ids == ("c", "a", "b")
    assert w.window_end - w.window_start == dt.timedelta(days=6)
    assert "pemecahan paket" in w.message and "Rp55.000.000,00" in w.message


def test_split_orders_exactly_cap_is_fine() -> None:
    assert (
        find_split_orders(order("c", 25_000_000), [order("a", 25_000_000, DAY - dt.timedelta(days=6))]) == []
    )
    assert find_split_orders(order("c", 60_000_000), []) == []  # a single order is routing's job


def test_split_orders_picks_worst_window() -> None:
    others = [
        order("early", 30_000_000, DAY - dt.timedelta(days=6)),
        order("late", 45_000_000, DAY + dt.timedelta(days=6)),
    ]
    (warning,) = find_split_orders(order("c", 10_000_000), others)
    assert warning.order_ids == ("c", "late") and warning.total == 55_000_000


def test_split_orders_bad_total() -> None:
    with pytest.raises(RuleError) as err:
        find_split_orders(order("c", 1), [order("a", -3)])
    assert err.value.code == "amount_negative"


def test_deadlines() -> None:
    calendar = WorkingCalendar.from_resources()
    assert ppk_approval_deadline(DAY, calendar) == dt.date(2026, 11, 26)
    # Submitted Wed 23 Dec 2026: 24 (cuti bersama), 25 (Natal), weekend → Mon 28, Tue 29, Wed 30.
    assert ppk_approval_deadline(dt.date(2026, 12, 23), calendar) == dt.date(2026, 12, 30)
    assert not unpaid_alert_due(DAY, dt.date(2026, 11, 30), calendar)  # 5 working days
    assert unpaid_alert_due(DAY, dt.date(2026, 12, 1), calendar)  # 6 working days
    assert not unpaid_alert_due(DAY, DAY, calendar)


def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource_path("rules", "thresholds.json").read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize(
    ("mutate", "phrase"),
    [
        (lambda d: d.pop("rules"), "'rules'"),
        (lambda d: d["rules"]["marketplace_cap"].update(periods=[]), "periods"),
        (lambda d: d["rules"]["marketplace_cap"]["periods"][0].update(value="50 juta"), "bertipe int"),
        (lambda d: d["rules"]["marketplace_cap"]["periods"][0].update(value=-1), "negatif"),
        (lambda d: d["rules"]["meterai_amount"]["periods"][0].pop("effective_to"), "tumpang tindih"),
        (
            lambda d: d["rules"]["meterai_amount"]["periods"][1].update(effective_to="2020-01-01"),
            "lebih awal",
        ),
        (lambda d: d["rules"]["meterai_amount"]["periods"][1].update(uncertain="ya"), "true atau false"),
    ],
)
def test_malformed_thresholds(mutate: Any, phrase: str) -> None:
    data = copy.deepcopy(_data())
    mutate(data)
    with pytest.raises(RuleError) as err:
        Thresholds.from_dict(data)
    assert phrase in err.value.message


def test_threshold_lookup_errors() -> None:
    table = default_thresholds()
    with pytest.raises(RuleError) as err:
        table.value("batas_ajaib", DAY)
    assert err.value.code == "rule_unknown"
    with pytest.raises(RuleError) as err:
        table.text("teks_ajaib", DAY)
    assert err.value.code == "rule_unknown"
    with pytest.raises(RuleError) as err:
        table.text("route_ekatalog", DAY, total="x")
    assert err.value.code == "rule_text_invalid"
    assert table.value("pengadaan_langsung_cap", DAY) == 200_000_000


def test_changed_cap_in_data_changes_behaviour() -> None:
    data = copy.deepcopy(_data())
    periods = data["rules"]["marketplace_cap"]["periods"]
    periods[0]["effective_to"] = "2026-12-31"
    periods.append(
        {"effective_from": "2027-01-01", "value": 100_000_000, "legal_basis": "uji", "uncertain": True}
    )
    table = Thresholds.from_dict(data)
    assert not check_order_routing(60_000_000, "MBIZ", DAY, table).allowed
    assert check_order_routing(60_000_000, "MBIZ", dt.date(2027, 1, 4), table).allowed


def test_split_window_must_be_positive() -> None:
    data = copy.deepcopy(_data())
    data["rules"]["split_order_window_days"]["periods"][0]["value"] = 0
    with pytest.raises(RuleError) as err:
        find_split_orders(order("c", 1), [], Thresholds.from_dict(data))
    assert err.value.code == "rule_file_invalid" and "minimal 1 hari" in err.value.message


def test_bad_dates_everywhere() -> None:
    calendar = WorkingCalendar.from_resources()
    cases = [
        lambda: meterai_due(1_000, "2026-11-23"),  # type: ignore[arg-type]
        lambda: ppk_approval_deadline("2026-11-23", calendar),  # type: ignore[arg-type]
        lambda: unpaid_alert_due(DAY, None, calendar),  # type: ignore[arg-type]
        lambda: find_split_orders(OrderSummary("c", 1, "x", "2026-11-23", 5), []),  # type: ignore[arg-type]
        lambda: default_thresholds().value("marketplace_cap", "2026-11-23"),  # type: ignore[arg-type]
    ]
    for case in cases:
        with pytest.raises(RuleError) as err:
            case()
        assert err.value.code == "date_invalid" and "tanggal" in err.value.message.lower()


def test_snapshot_lists_rules_in_force() -> None:
    snapshot = {v.name: v for v in default_thresholds().snapshot(DAY)}
    cap = snapshot["marketplace_cap"]
    assert cap.value == 50_000_000 and cap.unit == "rupiah" and cap.uncertain and "lokapasar" in cap.label
    assert snapshot["meterai_amount"].value == 10_000
    assert snapshot["meterai_amount"].effective_from == dt.date(2021, 1, 1)
    old = {v.name: v for v in default_thresholds().snapshot(dt.date(2010, 1, 1))}
    assert old["meterai_amount"].value == 6_000 and "marketplace_cap" not in old
