"""Price reasonableness: comparison with the median and p75 of comparable products, effective-dated thresholds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import RuleError
from desktop.domain.price_check import (
    Offer,
    PriceLevel,
    PriceRules,
    assess_lines,
    assess_price,
    percentile,
)

RULES = PriceRules.from_resources()
DAY = dt.date(2026, 11, 23)


def offers(prices: list[int], name: str = "Nasi kotak ayam", market: str = "MBIZ") -> list[Offer]:
    return [Offer(100 + i, f"{name} {i}", p, market) for i, p in enumerate(prices)]


def test_percentile_interpolates_and_rounds_half_up():
    assert percentile([10], 50) == 10
    assert percentile([10, 20], 50) == 15
    assert percentile([10, 20, 30, 40], 75) == 33  # 32.5 -> 33
    assert percentile([1, 2, 3, 4, 5], 75) == 4
    with pytest.raises(RuleError):
        percentile([], 50)


def test_line_well_above_comparables_is_flagged_with_the_comparison():
    pool = offers([30_000, 32_000, 35_000, 36_000, 40_000]) + offers([34_000, 38_000], market="TISERA")
    got = assess_price(1, "Nasi kotak ayam bakar", 60_000, pool, DAY, RULES)
    assert got.level is PriceLevel.MAHAL and got.flagged
    assert (got.median, got.p75, got.ratio_percent, got.comparables) == (35_000, 37_000, 171, 7)
    assert got.basis == "nama_mirip"
    assert dict((m, med) for m, med, _ in got.by_marketplace) == {"MBIZ": 35_000, "TISERA": 36_000}
    assert got.cheapest is not None and got.cheapest.price == 30_000
    assert "Indikasi kemahalan" in got.message and "171%" in got.message and "Rp35.000,00" in got.message
    assert "Pilih produk lebih murah" in got.message  # tells the officer what to do next
    assert "Perpres" in got.legal_basis


def test_attention_band_and_fair_price():
    pool = offers([30_000, 32_000, 35_000, 36_000, 40_000])
    assert assess_price(1, "Nasi kotak", 45_000, pool, DAY, RULES).level is PriceLevel.PERHATIAN  # 129 %
    fair = assess_price(1, "Nasi kotak", 36_000, pool, DAY, RULES)
    assert fair.level is PriceLevel.WAJAR and not fair.flagged and fair.message.startswith("Harga wajar")


def test_too_few_comparables_says_so_and_excludes_the_product_itself():
    pool = [*offers([30_000, 31_000, 32_000, 33_000]), Offer(1, "Nasi kotak sendiri", 30_000, "MBIZ")]
    got = assess_price(1, "Nasi kotak", 90_000, pool, DAY, RULES)
    assert got.level is PriceLevel.TIDAK_CUKUP_DATA and got.comparables == 4 and got.median is None
    assert "Bandingkan manual" in got.message


def test_name_narrowing_falls_back_to_category_and_unit():
    mixed = offers([10_000, 11_000, 12_000], name="Snack box") + offers([40_000, 42_000, 44_000], name="Nasi")
    got = assess_price(1, "Nasi kotak", 50_000, mixed, DAY, RULES)
    assert got.basis == "kategori_satuan" and got.comparables == 6


def test_rules_are_effective_dated_and_validated():
    data = {"periods": [
        {"effective_from": "2021-01-01", "effective_to": "2026-12-31", "min_comparables": 5, "name_match_min": 5,
         "attention_ratio_percent": 125, "high_ratio_percent": 150, "legal_basis": "lama"},
        {"effective_from": "2027-01-01", "min_comparables": 3, "name_match_min": 3,
         "attention_ratio_percent": 110, "high_ratio_percent": 120, "legal_basis": "baru"}]}
    rules = PriceRules.from_dict(data)
    pool = offers([100, 100, 100])
    assert assess_price(1, "x", 115, pool, dt.date(2026, 6, 1), rules).level is PriceLevel.TIDAK_CUKUP_DATA
    assert assess_price(1, "x", 115, pool, dt.date(2027, 6, 1), rules).level is PriceLevel.PERHATIAN
    with pytest.raises(RuleError) as err:
        assess_price(1, "x", 115, pool, dt.date(2020, 6, 1), rules)
    assert err.value.code == "no_rule_for_date"
    bad = {"periods": [{**data["periods"][1], "high_ratio_percent": 100}]}
    with pytest.raises(RuleError, match="high_ratio_percent"):
        PriceRules.from_dict(bad)
    with pytest.raises(RuleError):
        PriceRules.from_dict({"periods": []})
    with pytest.raises(RuleError):
        assess_price(1, "x", -5, pool, DAY, RULES)


def test_assess_lines_uses_each_lines_comparables():
    pool = offers([30_000, 32_000, 35_000, 36_000, 40_000])
    got = assess_lines([{"product_id": 1, "name": "Nasi", "unit_price": 80_000},
                        {"product_id": 2, "name": "Kertas", "unit_price": 50_000}], {1: pool}, DAY, RULES)
    assert [a.level for a in got] == [PriceLevel.MAHAL, PriceLevel.TIDAK_CUKUP_DATA]


@settings(derandomize=True)
@given(st.lists(st.integers(1, 10_000_000), min_size=5, max_size=60), st.integers(0, 20_000_000))
def test_flag_is_monotonic_and_median_within_range(prices, price):
    pool = offers(prices)
    got = assess_price(1, "Nasi", price, pool, DAY, RULES)
    assert min(prices) <= (got.median or 0) <= (got.p75 or 0) <= max(prices)
    higher = assess_price(1, "Nasi", price + 1_000_000, pool, DAY, RULES)
    order = [PriceLevel.WAJAR, PriceLevel.PERHATIAN, PriceLevel.MAHAL]
    assert order.index(higher.level) >= order.index(got.level)
