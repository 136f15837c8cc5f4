"""What the tax engine reads and writes: the purchase, each tax with its collector, and the breakdown with the
explanation of every figure (desktop.domain.taxes computes; the payment record stores the result)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import TaxRuleError
from desktop.domain.money import MAX_RUPIAH
from desktop.domain.tax_rules import Collector, PurchaseKind, SellerForm
from desktop.domain.texts import DOMAIN_TEXTS

_PPH_CODES = {"21": "PPH21", "22": "PPH22", "23": "PPH23"}


@dataclass(frozen=True)
class Purchase:
    gross: int  # price the buyer pays, incl. any PPN (Blangkon catalogue prices are gross)
    kind: PurchaseKind
    seller_pkp: bool
    seller_has_npwp: bool
    seller_has_suket_pp55: bool
    collector: Collector  # BENDAHARA or PIHAK_LAIN (per-marketplace setting)
    transaction_date: dt.date
    luxury: bool = False  # PPnBM goods: PPN on the full price
    toko_daring: bool = False  # purchase receipt from a toko daring (meterai exemption ≤ Rp10 juta)
    seller_form: SellerForm = SellerForm.BADAN_USAHA  # provider record's legal_form: perorangan → PPh 21 on services

    def __post_init__(self) -> None:
        if isinstance(self.gross, bool) or not isinstance(self.gross, int):
            raise TaxRuleError("gross_not_integer", type=type(self.gross).__name__)
        if self.gross < 0:
            raise TaxRuleError("gross_negative", value=self.gross)
        if self.gross > MAX_RUPIAH:
            raise TaxRuleError("gross_too_large")
        try:
            object.__setattr__(self, "kind", PurchaseKind(str(self.kind).lower()))
        except ValueError as exc:
            raise TaxRuleError("purchase_kind_unknown", kind=str(self.kind)) from exc
        try:
            collector = Collector(str(self.collector).upper())
        except ValueError:
            collector = Collector.PENYEDIA
        if collector is Collector.PENYEDIA:
            raise TaxRuleError("collector_invalid", collector=str(self.collector))
        object.__setattr__(self, "collector", collector)
        for flag in ("seller_pkp", "seller_has_npwp", "seller_has_suket_pp55", "luxury", "toko_daring"):
            if not isinstance(getattr(self, flag), bool):
                raise TaxRuleError("purchase_flag_invalid", flag=flag)
        try:
            object.__setattr__(self, "seller_form", SellerForm(str(self.seller_form).lower()))
        except ValueError as exc:
            raise TaxRuleError("seller_form_unknown", form=str(self.seller_form)) from exc
        if self.seller_pkp and not self.seller_has_npwp:
            raise TaxRuleError("pkp_without_npwp")
        if not isinstance(self.transaction_date, dt.date):
            raise TaxRuleError("date_invalid", DOMAIN_TEXTS("transaction_date_invalid"))
        if self.seller_has_suket_pp55 and not self.seller_has_npwp:
            raise TaxRuleError("suket_without_npwp")
        if self.luxury and (self.kind is not PurchaseKind.GOODS or not self.seller_pkp):
            raise TaxRuleError("luxury_invalid")


@dataclass(frozen=True)
class Explanation:
    label: str
    formula: str
    amount: int
    rule: str  # rule id in tax_rules.json
    legal_basis: str
    uncertain: bool = False


def tax_code(article: str | None) -> str:
    """Stable code of a PPh article for records and books: "22" → PPH22, "4(2) PP 55" → PPH_FINAL."""
    return _PPH_CODES.get(article or "", "PPH_FINAL")


@dataclass(frozen=True)
class TaxItem:
    """One tax on the purchase with the party that collects it (DESIGN: the payment record stores these)."""

    code: str  # "PPN" | "PPH21" | "PPH22" | "PPH23" | "PPH_FINAL"
    article: str | None  # PPh article ("21", "22", "23", "4(2) PP 55"); None for PPN
    base: int  # what the rate multiplies: DPP nilai lain for PPN, DPP, 50 % of DPP for PPh 21
    rate: Decimal | None  # None when several PPh 21 layers apply
    amount: int
    collector: Collector


@dataclass(frozen=True)
class TaxBreakdown:
    gross: int
    dpp: int
    dpp_nilai_lain: int | None  # None when no nilai-lain basis applies (no PPN, before 2025, luxury)
    ppn: int
    ppn_rate: Decimal
    ppn_collector: Collector | None
    pph: int
    pph_article: str | None  # "22" | "23" | "4(2) PP 55" | None when nothing is withheld
    pph_rate: Decimal
    pph_collector: Collector | None
    net_to_seller: int  # what the bendahara pays out: gross minus the taxes the bendahara itself collects
    meterai_due: bool
    meterai_amount: int
    meterai_reason: str
    explanations: tuple[Explanation, ...]
    items: tuple[TaxItem, ...] = ()  # every tax due, each with its collector

    @property
    def collected_by_bendahara(self) -> int:
        return self.gross - self.net_to_seller

    @property
    def withheld_items(self) -> tuple[TaxItem, ...]:
        return tuple(t for t in self.items if t.collector is Collector.BENDAHARA)

    @property
    def collected_by_others(self) -> int:
        """Taxes due on the purchase that the seller or a marketplace deposits, not the Bendahara."""
        return sum(t.amount for t in self.items if t.collector is not Collector.BENDAHARA)

    @property
    def uncertain(self) -> bool:
        return any(e.uncertain for e in self.explanations)
