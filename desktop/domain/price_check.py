"""Price reasonableness (*kewajaran harga*): is an order line priced well above comparable products?

Comparable products share the line's category and unit, across the three marketplaces and the e-katalog lokal.
When enough of them also share the first word of the product name ("Nasi", "Kertas"), only those are used — a
snack box is not compared with a rice box. The line is compared with the median and the 75th percentile (p75) of
their prices; thresholds are effective-dated data in `resources/rules/price_check.json`. Every result explains
itself (median, p75, ratio, how many products, which basis) so the PP and the PPK see why a line is flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.effective import Period, check_no_overlap, parse_period_meta, pick_period
from desktop.domain.errors import RuleError
from desktop.domain.money import format_rupiah
from desktop.domain.resources import load_json_resource
from desktop.domain.texts import DOMAIN_TEXTS

PRICE_FILE = ("rules", "price_check.json")


def _error(code: str, message: str) -> RuleError:
    return RuleError(code, message)


class PriceLevel(StrEnum):
    WAJAR = "wajar"  # within the usual range
    PERHATIAN = "perhatian"  # above the attention ratio: explain or compare before approving
    MAHAL = "mahal"  # indication of kemahalan: justify in writing or pick a cheaper product
    TIDAK_CUKUP_DATA = "tidak_cukup_data"  # too few comparable products to judge


@dataclass(frozen=True)
class PriceRule:
    min_comparables: int
    name_match_min: int
    attention_ratio_percent: int
    high_ratio_percent: int
    must_exceed_p75: bool


@dataclass(frozen=True)
class PriceRules:
    periods: tuple[Period[PriceRule], ...]

    @classmethod
    def from_resources(cls) -> PriceRules:
        return cls.from_dict(load_json_resource(*PRICE_FILE), "/".join(PRICE_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "price_check") -> PriceRules:
        if not isinstance(data, dict) or not isinstance(data.get("periods"), list) or not data["periods"]:
            raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_periods_missing", where=source))
        periods = []
        for index, record in enumerate(data["periods"]):
            where = f"{source} periods[{index}]"
            if not isinstance(record, dict):
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_period_not_object", where=where))
            start, end, basis, uncertain, notes = parse_period_meta(record, where, _error)
            values = {}
            for key in ("min_comparables", "name_match_min", "attention_ratio_percent", "high_ratio_percent"):
                value = record.get(key)
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise RuleError("rule_file_invalid", DOMAIN_TEXTS("price_rule_key_invalid", where=where, key=key))
                values[key] = value
            if values["high_ratio_percent"] < values["attention_ratio_percent"]:
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("price_rule_ratios", where=where))
            exceed = record.get("must_exceed_p75", True)
            if not isinstance(exceed, bool):
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("price_rule_p75_not_bool", where=where))
            rule = PriceRule(must_exceed_p75=exceed, **values)
            periods.append(Period(start, end, rule, basis, uncertain, notes))
        check_no_overlap(periods, source, _error)
        return cls(tuple(periods))

    def period(self, day: dt.date) -> Period[PriceRule]:
        return pick_period(self.periods, day, DOMAIN_TEXTS("term_price_reasonableness"), _error)


@dataclass(frozen=True)
class Offer:
    """One comparable product (same category and unit) as the catalog replica holds it."""

    product_id: int
    name: str
    price: int
    marketplace: str


@dataclass(frozen=True)
class PriceAssessment:
    product_id: int
    unit_price: int
    level: PriceLevel
    comparables: int
    basis: str  # "nama_mirip" (same first word) or "kategori_satuan"
    median: int | None
    p75: int | None
    ratio_percent: int | None  # unit_price / median, in whole percent (rounded half up)
    by_marketplace: tuple[tuple[str, int, int], ...]  # (marketplace, median, count)
    cheapest: Offer | None
    message: str
    legal_basis: str

    @property
    def flagged(self) -> bool:
        return self.level in (PriceLevel.PERHATIAN, PriceLevel.MAHAL)


def percentile(sorted_prices: Sequence[int], pct: int) -> int:
    """Linear-interpolated percentile of an ascending list, rounded half up to whole rupiah."""
    if not sorted_prices:
        raise RuleError("price_sample_empty")
    if not 0 <= pct <= 100:
        raise RuleError("percentile_invalid", value=pct)
    pos_num = (len(sorted_prices) - 1) * pct  # position x 100, kept integral
    lo, rem = divmod(pos_num, 100)
    if rem == 0:
        return sorted_prices[lo]
    a, b = sorted_prices[lo], sorted_prices[lo + 1]
    scaled = a * 100 + (b - a) * rem  # value x 100
    return (scaled + 50) // 100


def _first_word(name: str) -> str:
    words = name.strip().lower().split()
    return words[0] if words else ""


def select_comparables(name: str, product_id: int, offers: Iterable[Offer], rule: PriceRule
                       ) -> tuple[list[Offer], str]:
    pool = [o for o in offers if o.product_id != product_id and o.price > 0]
    head = _first_word(name)
    similar = [o for o in pool if head and _first_word(o.name) == head]
    if len(similar) >= rule.name_match_min:
        return similar, "nama_mirip"
    return pool, "kategori_satuan"


def assess_price(product_id: int, name: str, unit_price: int, offers: Iterable[Offer], day: dt.date,
                 rules: PriceRules) -> PriceAssessment:
    """Compare one line's unit price with comparable offers (same category and unit) in force on `day`."""
    if isinstance(unit_price, bool) or not isinstance(unit_price, int) or unit_price < 0:
        raise RuleError("price_invalid", value=repr(unit_price))
    period = rules.period(day)
    rule = period.value
    chosen, basis = select_comparables(name, product_id, offers, rule)
    if len(chosen) < rule.min_comparables:
        return PriceAssessment(product_id, unit_price, PriceLevel.TIDAK_CUKUP_DATA, len(chosen), basis, None, None,
                               None, (), None,
                               DOMAIN_TEXTS("price_too_few_comparables", count=len(chosen),
                                            minimum=rule.min_comparables),
                               period.legal_basis)
    prices = sorted(o.price for o in chosen)
    median, p75 = percentile(prices, 50), percentile(prices, 75)
    ratio = (unit_price * 100 * 2 + median) // (2 * median) if median else None
    by_market: dict[str, list[int]] = {}
    for o in chosen:
        by_market.setdefault(o.marketplace, []).append(o.price)
    markets = tuple(sorted((mk, percentile(sorted(v), 50), len(v)) for mk, v in by_market.items()))
    cheapest = min(chosen, key=lambda o: (o.price, o.product_id))
    above_p75 = unit_price > p75 or not rule.must_exceed_p75
    level = PriceLevel.WAJAR
    if ratio is not None and above_p75:
        if ratio >= rule.high_ratio_percent:
            level = PriceLevel.MAHAL
        elif ratio >= rule.attention_ratio_percent:
            level = PriceLevel.PERHATIAN
    message = _message(level, unit_price, median, p75, ratio, len(chosen), cheapest)
    return PriceAssessment(product_id, unit_price, level, len(chosen), basis, median, p75, ratio, markets,
                           cheapest, message, period.legal_basis)


def _message(level: PriceLevel, price: int, median: int, p75: int, ratio: int | None, n: int,
             cheapest: Offer) -> str:
    compare = DOMAIN_TEXTS("price_compare", price=format_rupiah(price), ratio=ratio, median=format_rupiah(median),
                           p75=format_rupiah(p75), count=n)
    if level is PriceLevel.MAHAL:
        return DOMAIN_TEXTS("price_expensive", compare=compare, cheapest=cheapest.name,
                            cheapest_price=format_rupiah(cheapest.price))
    if level is PriceLevel.PERHATIAN:
        return DOMAIN_TEXTS("price_attention", compare=compare)
    return DOMAIN_TEXTS("price_fair", compare=compare)


def assess_lines(lines: Iterable[Mapping[str, Any]], offers_for: Mapping[int, Sequence[Offer]], day: dt.date,
                 rules: PriceRules) -> list[PriceAssessment]:
    """Assess every line (`product_id`, `name`, `unit_price`); offers_for maps product id -> its comparables."""
    return [assess_price(int(ln["product_id"]), str(ln["name"]), int(ln["unit_price"]),
                         offers_for.get(int(ln["product_id"]), ()), day, rules) for ln in lines]
