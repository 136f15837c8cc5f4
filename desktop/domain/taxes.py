"""Tax engine: from a purchase (gross price incl. tax) to every figure of a kuitansi, with the formula and legal
basis of each step. Rates, thresholds and rounding come from resources/tax/tax_rules.json (effective-dated).

Order of computation (DOMAIN.md §5.2, legal formula): DPP = gross × 100/(100 + effective PPN rate), rounded;
DPP nilai lain = 11/12 × DPP, rounded; PPN = 12% × DPP nilai lain, rounded; PPh = rate × DPP, rounded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal, localcontext

from desktop.domain.errors import TaxRuleError
from desktop.domain.money import MAX_RUPIAH, format_decimal, format_number, format_percent
from desktop.domain.pph21 import pph21_bukan_pegawai
from desktop.domain.rules import meterai_due
from desktop.domain.tax_rules import (
    Cited,
    CollectionRegime,
    Collector,
    PpnRule,
    PurchaseKind,
    SellerForm,
    TaxRules,
)
from desktop.domain.tax_shapes import Explanation, Purchase, TaxBreakdown, TaxItem, tax_code
from desktop.domain.texts import DOMAIN_TEXTS
from desktop.domain.thresholds import Thresholds, default_thresholds

__all__ = ["Collector", "Explanation", "Purchase", "PurchaseKind", "SellerForm", "TaxBreakdown", "TaxEngine",
           "TaxItem", "tax_code", "what_if"]

_HUNDRED = Decimal(100)
Rounder = Callable[[Decimal], int]
_ROUNDING_WORDS = {
    "HALF_UP": "ke rupiah penuh: pecahan 0,50 ke atas dibulatkan ke atas, di bawah 0,50 dibuang",
    "DOWN": "ke rupiah penuh: pecahan rupiah dibulatkan ke bawah",
}


def _explain(label: str, formula: str, amount: int, cited: Cited) -> Explanation:
    return Explanation(label, formula, amount, cited.rule_id, cited.legal_basis, cited.uncertain)


class TaxEngine:
    def __init__(self, rules: TaxRules, thresholds: Thresholds) -> None:
        self.rules = rules
        self.thresholds = thresholds

    @classmethod
    def from_resources(cls) -> TaxEngine:
        return cls(TaxRules.from_resources(), default_thresholds())

    def compute(self, purchase: Purchase) -> TaxBreakdown:
        if not isinstance(purchase, Purchase):
            raise TaxRuleError("purchase_invalid")
        day = purchase.transaction_date
        ppn_rule = self.rules.ppn_at(day)
        rounding = self.rules.rounding_at(day)
        regime = self.rules.regime_at(purchase.collector, day)
        mode = rounding.decimal_rounding
        notes: list[Explanation] = []

        def rounded(value: Decimal) -> int:
            return int(value.quantize(Decimal(1), rounding=mode))

        with localcontext() as ctx:
            ctx.prec = 40
            has_ppn = purchase.seller_pkp and purchase.kind not in ppn_rule.exempt_kinds
            if not has_ppn:
                dpp, dpp_nl, ppn, ppn_rate = purchase.gross, None, 0, Decimal(0)
                why = (
                    "penyedia bukan PKP"
                    if not purchase.seller_pkp
                    else f"{purchase.kind.value} tidak dikenai PPN"
                )
                notes.append(_explain("PPN", f"tidak ada PPN ({why}); DPP = harga bruto", 0, ppn_rule.cited))
            else:
                num, den = self._nilai_lain(ppn_rule, purchase.luxury)
                ppn_rate = self._ppn_rate(ppn_rule, purchase.luxury)
                effective = ppn_rate * num / den
                raw_dpp = Decimal(purchase.gross) * _HUNDRED / (_HUNDRED + effective)
                dpp = rounded(raw_dpp)
                divisor = format_decimal(_HUNDRED + effective).removesuffix(",00")
                notes.append(
                    _explain(
                        "DPP (harga jual)",
                        f"{format_number(purchase.gross)} × 100/{divisor} = "
                        f"{format_decimal(raw_dpp)} → {format_number(dpp)}",
                        dpp,
                        ppn_rule.cited,
                    )
                )
                dpp_nl, ppn = self._ppn_on(dpp, ppn_rule, purchase.luxury, rounded, notes)
            ppn_collector = self._ppn_collector(purchase, regime, ppn, notes)
            if self._is_pph21(purchase, day):
                pph, article, pph_rate, pph_collector, pph_base = self._pph21(purchase, regime, dpp, rounded, notes)
            else:
                pph, article, pph_rate, pph_collector = self._pph(purchase, regime, dpp, rounded, notes)
                pph_base = dpp
        notes.append(_explain("Pembulatan", _ROUNDING_WORDS[rounding.mode], 0, rounding.cited))
        by_bendahara = (ppn if ppn_collector is Collector.BENDAHARA else 0) + (
            pph if pph_collector is Collector.BENDAHARA else 0
        )
        net = purchase.gross - by_bendahara
        notes.append(
            Explanation(
                "Dibayarkan ke penyedia",
                f"{format_number(purchase.gross)} − "
                f"{format_number(by_bendahara)} (dipungut bendahara) = {format_number(net)}",
                net,
                regime.cited.rule_id,
                regime.cited.legal_basis,
                regime.cited.uncertain,
            )
        )
        meterai = meterai_due(purchase.gross, day, purchase.toko_daring, self.thresholds)
        items = []
        if ppn and ppn_collector is not None:
            items.append(TaxItem("PPN", None, dpp_nl if dpp_nl is not None else dpp, ppn_rate, ppn, ppn_collector))
        if pph and pph_collector is not None:
            items.append(TaxItem(tax_code(article), article, pph_base, pph_rate if pph_rate else None, pph,
                                 pph_collector))
        return TaxBreakdown(
            purchase.gross,
            dpp,
            dpp_nl,
            ppn,
            ppn_rate,
            ppn_collector,
            pph,
            article,
            pph_rate,
            pph_collector,
            net,
            meterai.due,
            meterai.amount,
            meterai.reason,
            tuple(notes),
            tuple(items),
        )

    def ppn_on_dpp(self, dpp: int, day: dt.date, luxury: bool = False) -> tuple[int | None, int]:
        """(DPP nilai lain or None, PPN) for an invoice that states its DPP (harga jual) directly."""
        if isinstance(dpp, bool) or not isinstance(dpp, int) or not 0 <= dpp <= MAX_RUPIAH:
            raise TaxRuleError("dpp_invalid", value=repr(dpp))
        if not isinstance(day, dt.date):
            raise TaxRuleError("date_invalid", DOMAIN_TEXTS("transaction_date_invalid"))
        mode = self.rules.rounding_at(day).decimal_rounding
        with localcontext() as ctx:
            ctx.prec = 40
            return self._ppn_on(
                dpp, self.rules.ppn_at(day), luxury, lambda v: int(v.quantize(Decimal(1), rounding=mode)), []
            )

    @staticmethod
    def _nilai_lain(rule: PpnRule, luxury: bool) -> tuple[int, int]:
        return (1, 1) if luxury or rule.nilai_lain is None else rule.nilai_lain

    @staticmethod
    def _ppn_rate(rule: PpnRule, luxury: bool) -> Decimal:
        return rule.luxury_rate_percent if luxury else rule.rate_percent

    def _ppn_on(
        self, dpp: int, rule: PpnRule, luxury: bool, rounded: Rounder, notes: list[Explanation]
    ) -> tuple[int | None, int]:
        num, den = self._nilai_lain(rule, luxury)
        rate = self._ppn_rate(rule, luxury)
        base, dpp_nl = dpp, None
        if (num, den) != (1, 1):
            raw_nl = Decimal(dpp) * num / den
            dpp_nl = base = rounded(raw_nl)
            notes.append(
                _explain(
                    "DPP nilai lain",
                    f"{num}/{den} × {format_number(dpp)} = {format_decimal(raw_nl)}"
                    f" → {format_number(dpp_nl)}",
                    dpp_nl,
                    rule.cited,
                )
            )
        raw_ppn = Decimal(base) * rate / _HUNDRED
        ppn = rounded(raw_ppn)
        notes.append(
            _explain(
                "PPN",
                f"{format_percent(rate)} × {format_number(base)} = {format_decimal(raw_ppn)} → "
                f"{format_number(ppn)}",
                ppn,
                rule.cited,
            )
        )
        return dpp_nl, ppn

    @staticmethod
    def _ppn_collector(
        purchase: Purchase, regime: CollectionRegime, ppn: int, notes: list[Explanation]
    ) -> Collector | None:
        if ppn == 0:
            return None
        limit = regime.ppn_not_collected_up_to
        if limit is not None and purchase.gross <= limit:
            notes.append(
                _explain(
                    "Pemungut PPN",
                    f"pembayaran {format_number(purchase.gross)} ≤ "
                    f"{format_number(limit)}: PPN disetor sendiri oleh penyedia PKP",
                    0,
                    regime.ppn_cited,
                )
            )
            return Collector.PENYEDIA
        notes.append(_explain("Pemungut PPN", f"dipungut {regime.collector.value}", ppn, regime.ppn_cited))
        return regime.collector

    @staticmethod
    def _pph(
        purchase: Purchase, regime: CollectionRegime, dpp: int, rounded: Rounder, notes: list[Explanation]
    ) -> tuple[int, str | None, Decimal, Collector | None]:
        normal = regime.pph[purchase.kind]
        limit = normal.not_collected_up_to
        if limit is not None and dpp <= limit:
            notes.append(
                _explain(
                    f"PPh {normal.article}",
                    f"DPP {format_number(dpp)} ≤ {format_number(limit)}: tidak dipungut",
                    0,
                    normal.cited,
                )
            )
            return 0, None, Decimal(0), None
        collector = normal.collector or regime.collector
        if purchase.seller_has_suket_pp55:
            rule, rate = regime.pp55, regime.pp55.rate_percent
            label = f"PPh final {rule.article}"
            collector = rule.collector or collector
        else:
            rule, rate, label = normal, normal.rate_percent, f"PPh {normal.article}"
            if not purchase.seller_has_npwp:
                surcharge = regime.no_npwp_surcharge_percent
                rate = rate * (_HUNDRED + surcharge) / _HUNDRED
                notes.append(
                    _explain(
                        "Tanpa NPWP",
                        f"tarif {format_percent(normal.rate_percent)} + "
                        f"{format_percent(surcharge)} = {format_percent(rate)}",
                        0,
                        regime.no_npwp_cited,
                    )
                )
        raw = Decimal(dpp) * rate / _HUNDRED
        amount = rounded(raw)
        notes.append(
            _explain(
                label,
                f"{format_percent(rate)} × {format_number(dpp)} = {format_decimal(raw)} → "
                f"{format_number(amount)} (dipungut {collector.value})",
                amount,
                rule.cited,
            )
        )
        return amount, rule.article, rate.normalize(), collector


    def _is_pph21(self, purchase: Purchase, day: dt.date) -> bool:
        return purchase.seller_form is SellerForm.PERORANGAN and purchase.kind in self.rules.pph21_at(day).kinds

    def _pph21(
        self, purchase: Purchase, regime: CollectionRegime, dpp: int, rounded: Rounder, notes: list[Explanation]
    ) -> tuple[int, str | None, Decimal, Collector | None, int]:
        """An individual's services or catering: PPh 21 bukan pegawai, or 0,5 % final with a Suket PP 55."""
        rule = self.rules.pph21_at(purchase.transaction_date)
        if purchase.seller_has_suket_pp55:
            final = regime.pp55
            raw = Decimal(dpp) * final.rate_percent / _HUNDRED
            amount = rounded(raw)
            notes.append(
                _explain(
                    f"PPh final {final.article}",
                    f"Suket PP 55 menggantikan PPh {rule.article}: {format_percent(final.rate_percent)} × "
                    f"{format_number(dpp)} = {format_decimal(raw)} → {format_number(amount)} "
                    f"(dipotong {rule.collector.value})",
                    amount,
                    final.cited,
                )
            )
            return amount, final.article, final.rate_percent, rule.collector, dpp
        cited = {"rule": rule.cited, "brackets": rule.brackets_cited, "no_npwp": rule.no_npwp_cited}
        base, amount, rate, steps = pph21_bukan_pegawai(rule, dpp, purchase.seller_has_npwp, rounded)
        for label, formula, value, which in steps:
            notes.append(_explain(label, formula, value, cited[which]))
        notes.append(
            _explain(
                f"Bukan PPh 23 ({purchase.kind.value} oleh orang pribadi)",
                f"penyedia perorangan: PPh {rule.article} bukan pegawai, bukan PPh 23",
                0,
                rule.cited,
            )
        )
        return amount, rule.article, (rate or Decimal(0)).normalize(), rule.collector, base


def what_if(engine: TaxEngine, purchase: Purchase) -> dict[str, TaxBreakdown]:
    """The same purchase with the seller's NPWP and Suket PP 55 flipped, to show officers what a missing
    document costs. A seller without NPWP cannot hold a Suket, so dropping NPWP also drops the Suket."""
    variants = {"sekarang": purchase}
    if purchase.seller_pkp:
        pass  # a PKP seller always has an NPWP: no "tanpa NPWP" variant
    elif purchase.seller_has_npwp:
        variants["tanpa NPWP"] = dataclasses.replace(
            purchase, seller_has_npwp=False, seller_has_suket_pp55=False
        )
    else:
        variants["dengan NPWP"] = dataclasses.replace(purchase, seller_has_npwp=True)
    if purchase.seller_has_suket_pp55:
        variants["tanpa Suket PP 55"] = dataclasses.replace(purchase, seller_has_suket_pp55=False)
    else:
        variants["dengan Suket PP 55"] = dataclasses.replace(
            purchase, seller_has_npwp=True, seller_has_suket_pp55=True
        )
    return {label: engine.compute(p) for label, p in variants.items()}
