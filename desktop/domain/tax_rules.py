"""Typed, validated view of resources/tax/tax_rules.json (rates, thresholds, rounding, collectors)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from desktop.domain.effective import Period, check_no_overlap, parse_period_meta, pick_period
from desktop.domain.errors import TaxRuleError
from desktop.domain.resources import load_json_resource
from desktop.domain.texts import DOMAIN_TEXTS

TAX_RULES_FILE = ("tax", "tax_rules.json")
ROUNDING_MODES = {"HALF_UP": ROUND_HALF_UP, "DOWN": ROUND_DOWN}


class PurchaseKind(StrEnum):
    GOODS = "goods"
    SERVICES = "services"
    CATERING = "catering"


class SellerForm(StrEnum):
    """The seller's legal form on its provider record: an individual (orang pribadi) or a business entity."""

    PERORANGAN = "perorangan"
    BADAN_USAHA = "badan_usaha"


class Collector(StrEnum):
    """Who collects a tax: the OPD's bendahara, an appointed marketplace (PMK 58/2022), or the seller itself
    (PPN the bendahara does not collect is still charged and deposited by a PKP seller)."""

    BENDAHARA = "BENDAHARA"
    PIHAK_LAIN = "PIHAK_LAIN"
    PENYEDIA = "PENYEDIA"


def _error(code: str, message: str) -> TaxRuleError:
    return TaxRuleError(code, message)


# What a missing rule is called in the refusal (made once: these are asked on every computation).
_WHAT: dict[object, str] = {
    "ppn": DOMAIN_TEXTS("term_ppn"), "rounding": DOMAIN_TEXTS("term_tax_rounding"),
    "pph21": DOMAIN_TEXTS("term_pph21_non_employee"),
    **{c: DOMAIN_TEXTS("term_collection_by", collector=c.value) for c in Collector},
}


def _percent(record: Mapping[str, Any], field: str, where: str) -> Decimal:
    raw = record.get(field)
    try:
        value = Decimal(str(raw)) if isinstance(raw, str) else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0 or value > 100:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_percent_invalid", where=where, field=field))
    return value


def _optional_amount(record: Mapping[str, Any], field: str, where: str) -> int | None:
    raw = record.get(field)
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_amount_invalid", where=where, field=field))
    return raw


def _text(record: Mapping[str, Any], field: str, where: str) -> str:
    raw = record.get(field)
    if not isinstance(raw, str) or not raw.strip():
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_field_required", where=where, field=field))
    return raw.strip()


@dataclass(frozen=True)
class Cited:
    """A rule fragment with its source, so every figure in a breakdown can name its legal basis."""

    rule_id: str
    legal_basis: str
    uncertain: bool
    notes: str


@dataclass(frozen=True)
class PpnRule:
    cited: Cited
    rate_percent: Decimal
    nilai_lain: tuple[int, int] | None  # (numerator, denominator) of DPP nilai lain
    luxury_rate_percent: Decimal
    exempt_kinds: frozenset[PurchaseKind]


@dataclass(frozen=True)
class PphRule:
    cited: Cited
    article: str
    rate_percent: Decimal
    not_collected_up_to: int | None  # DPP at or below this: nothing withheld
    collector: Collector | None  # None: the regime's own collector


@dataclass(frozen=True)
class CollectionRegime:
    cited: Cited
    collector: Collector
    ppn_not_collected_up_to: int | None  # payment incl. PPN at or below this: seller deposits PPN itself
    ppn_cited: Cited
    no_npwp_surcharge_percent: Decimal
    no_npwp_cited: Cited
    pph: Mapping[PurchaseKind, PphRule]
    pp55: PphRule


@dataclass(frozen=True)
class Bracket:
    up_to: int | None  # upper bound of the layer (inclusive); None: no upper bound
    rate_percent: Decimal


@dataclass(frozen=True)
class Pph21Rule:
    """PPh 21 for a "bukan pegawai" (an individual paid for services): progressive Pasal 17(1)(a) rates applied
    to `dpp_percent` of the gross, higher by `no_npwp_surcharge_percent` without NPWP/NIK."""

    cited: Cited
    article: str
    kinds: frozenset[PurchaseKind]
    dpp_percent: Decimal
    brackets: tuple[Bracket, ...]
    brackets_cited: Cited
    no_npwp_surcharge_percent: Decimal
    no_npwp_cited: Cited
    collector: Collector


@dataclass(frozen=True)
class RoundingRule:
    cited: Cited
    mode: str  # HALF_UP | DOWN

    @property
    def decimal_rounding(self) -> str:
        return ROUNDING_MODES[self.mode]


def _cited(record: Mapping[str, Any], rule_id: str, where: str) -> Cited:
    basis = _text(record, "legal_basis", where)
    uncertain = record.get("uncertain", False)
    if not isinstance(uncertain, bool):
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("rule_uncertain_not_bool", where=where))
    notes = record.get("notes", "")
    return Cited(rule_id, basis, uncertain, notes if isinstance(notes, str) else "")


def _dated(record: Any, where: str) -> tuple[dt.date, dt.date | None, Cited]:
    if not isinstance(record, dict):
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_rule_not_object", where=where))
    start, end, _basis, _uncertain, _notes = parse_period_meta(record, where, _error)
    return start, end, _cited(record, _text(record, "id", where), where)


def _parse_ppn(record: Any, where: str) -> Period[PpnRule]:
    start, end, cited = _dated(record, where)
    nilai_lain = record.get("nilai_lain")
    fraction: tuple[int, int] | None = None
    if nilai_lain is not None:
        num, den = (nilai_lain or {}).get("numerator"), (nilai_lain or {}).get("denominator")
        if not (isinstance(num, int) and isinstance(den, int) and 0 < num <= den):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS(
                "tax_fraction_invalid", where=where, fields="{numerator, denominator}"))
        fraction = (num, den)
    try:
        exempt = frozenset(PurchaseKind(k) for k in record.get("exempt_kinds", []))
    except ValueError as exc:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_exempt_kinds_invalid", where=where)) from exc
    rule = PpnRule(
        cited,
        _percent(record, "rate_percent", where),
        fraction,
        _percent(record, "luxury_rate_percent", where),
        exempt,
    )
    return Period(start, end, rule, cited.legal_basis, cited.uncertain, cited.notes)


def _parse_pph(record: Any, rule_id: str, where: str) -> PphRule:
    if not isinstance(record, dict):
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_pph_not_object", where=where))
    raw_collector = record.get("collector")
    try:
        collector = None if raw_collector is None else Collector(raw_collector)
    except ValueError as exc:
        raise TaxRuleError("rule_file_invalid",
                           DOMAIN_TEXTS("tax_collector_unknown", where=where, value=repr(raw_collector))) from exc
    return PphRule(
        _cited(record, rule_id, where),
        _text(record, "article", where),
        _percent(record, "rate_percent", where),
        _optional_amount(record, "not_collected_up_to", where),
        collector,
    )


def _parse_regime(record: Any, collector: Collector, where: str) -> Period[CollectionRegime]:
    start, end, cited = _dated(record, where)
    ppn = record.get("ppn")
    if not isinstance(ppn, dict):
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_ppn_missing", where=where))
    pph_raw = record.get("pph")
    if not isinstance(pph_raw, dict) or set(pph_raw) != {k.value for k in PurchaseKind}:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_pph_kinds", where=where))
    pph = {
        PurchaseKind(k): _parse_pph(v, f"{cited.rule_id}.pph.{k}", f"{where}.pph.{k}")
        for k, v in pph_raw.items()
    }
    regime = CollectionRegime(
        cited=cited,
        collector=collector,
        ppn_not_collected_up_to=_optional_amount(ppn, "not_collected_up_to", f"{where}.ppn"),
        ppn_cited=_cited(ppn, f"{cited.rule_id}.ppn", f"{where}.ppn"),
        no_npwp_surcharge_percent=_percent(record, "no_npwp_surcharge_percent", where),
        no_npwp_cited=Cited(
            f"{cited.rule_id}.no_npwp", _text(record, "no_npwp_legal_basis", where), False, ""
        ),
        pph=pph,
        pp55=_parse_pph(record.get("pp55"), f"{cited.rule_id}.pp55", f"{where}.pp55"),
    )
    return Period(start, end, regime, cited.legal_basis, cited.uncertain, cited.notes)


def _parse_brackets(raw: Any, where: str) -> tuple[Bracket, ...]:
    if not isinstance(raw, list) or not raw:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_brackets_missing", where=where))
    out: list[Bracket] = []
    for i, layer in enumerate(raw):
        if not isinstance(layer, dict):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_bracket_not_object", where=f"{where}.brackets[{i}]"))
        up_to = _optional_amount(layer, "up_to", f"{where}.brackets[{i}]")
        last = i == len(raw) - 1
        if (up_to is None) != last or (out and up_to is not None and out[-1].up_to is not None
                                       and up_to <= out[-1].up_to):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_brackets_order", where=where))
        out.append(Bracket(up_to, _percent(layer, "rate_percent", f"{where}.brackets[{i}]")))
    return tuple(out)


def _parse_pph21(record: Any, where: str) -> Period[Pph21Rule]:
    start, end, cited = _dated(record, where)
    try:
        kinds = frozenset(PurchaseKind(k) for k in record.get("kinds", []))
        collector = Collector(record.get("collector"))
    except ValueError as exc:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_pph21_unknown", where=where)) from exc
    if not kinds:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_pph21_no_kinds", where=where))
    rule = Pph21Rule(
        cited=cited,
        article=_text(record, "article", where),
        kinds=kinds,
        dpp_percent=_percent(record, "dpp_percent", where),
        brackets=_parse_brackets(record.get("brackets"), where),
        brackets_cited=Cited(
            f"{cited.rule_id}.brackets", _text(record, "brackets_legal_basis", where), False, ""
        ),
        no_npwp_surcharge_percent=_percent(record, "no_npwp_surcharge_percent", where),
        no_npwp_cited=Cited(
            f"{cited.rule_id}.no_npwp", _text(record, "no_npwp_legal_basis", where), False, ""
        ),
        collector=collector,
    )
    return Period(start, end, rule, cited.legal_basis, cited.uncertain, cited.notes)


def _parse_rounding(record: Any, where: str) -> Period[RoundingRule]:
    start, end, cited = _dated(record, where)
    mode = record.get("mode")
    if mode not in ROUNDING_MODES:
        raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_rounding_mode", where=where))
    return Period(start, end, RoundingRule(cited, mode), cited.legal_basis, cited.uncertain, cited.notes)


@dataclass(frozen=True)
class TaxRules:
    ppn: tuple[Period[PpnRule], ...]
    rounding: tuple[Period[RoundingRule], ...]
    collection: Mapping[Collector, tuple[Period[CollectionRegime], ...]]
    pph21: tuple[Period[Pph21Rule], ...] = ()

    @classmethod
    def from_resources(cls) -> TaxRules:
        return cls.from_dict(load_json_resource(*TAX_RULES_FILE), "/".join(TAX_RULES_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "tax_rules") -> TaxRules:
        if not isinstance(data, dict):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_file_not_object", source=source))
        for key in ("ppn", "rounding"):
            if not isinstance(data.get(key), list) or not data[key]:
                raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_list_missing", source=source, key=key))
        ppn = tuple(_parse_ppn(r, f"{source} ppn[{i}]") for i, r in enumerate(data["ppn"]))
        rounding = tuple(
            _parse_rounding(r, f"{source} rounding[{i}]") for i, r in enumerate(data["rounding"])
        )
        check_no_overlap(ppn, f"{source} ppn", _error)
        check_no_overlap(rounding, f"{source} rounding", _error)
        raw_collection = data.get("collection")
        if not isinstance(raw_collection, dict):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_collection_missing", source=source))
        collection: dict[Collector, tuple[Period[CollectionRegime], ...]] = {}
        for name in (Collector.BENDAHARA, Collector.PIHAK_LAIN):
            records = raw_collection.get(name.value)
            if not isinstance(records, list) or not records:
                raise TaxRuleError("rule_file_invalid",
                                   DOMAIN_TEXTS("tax_collection_entry_missing", source=source, name=name.value))
            periods = tuple(
                _parse_regime(r, name, f"{source} collection.{name.value}[{i}]")
                for i, r in enumerate(records)
            )
            check_no_overlap(periods, f"{source} collection.{name.value}", _error)
            collection[name] = periods
        raw_pph21 = data.get("pph21_bukan_pegawai", [])
        if not isinstance(raw_pph21, list):
            raise TaxRuleError("rule_file_invalid", DOMAIN_TEXTS("tax_pph21_not_list", source=source))
        pph21 = tuple(
            _parse_pph21(r, f"{source} pph21_bukan_pegawai[{i}]") for i, r in enumerate(raw_pph21)
        )
        check_no_overlap(pph21, f"{source} pph21_bukan_pegawai", _error)
        return cls(ppn, rounding, collection, pph21)

    def ppn_at(self, day: dt.date) -> PpnRule:
        return pick_period(self.ppn, day, _WHAT["ppn"], _error).value

    def rounding_at(self, day: dt.date) -> RoundingRule:
        return pick_period(self.rounding, day, _WHAT["rounding"], _error).value

    def pph21_at(self, day: dt.date) -> Pph21Rule:
        return pick_period(self.pph21, day, _WHAT["pph21"], _error).value

    def regime_at(self, collector: Collector, day: dt.date) -> CollectionRegime:
        if collector not in self.collection:
            raise TaxRuleError("collector_invalid", DOMAIN_TEXTS("tax_collector_invalid", collector=str(collector)))
        return pick_period(self.collection[collector], day, _WHAT[collector], _error).value
