"""From the domain's TaxBreakdown to the tax lines the documents print (labels from templates/taxes.json)."""

from __future__ import annotations

import datetime as dt

from desktop.documents import templates
from desktop.documents.model import OrderDoc, TaxCollector, TaxLine, TaxSummary
from desktop.domain.money import format_percent, format_rupiah
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, TaxBreakdown, TaxEngine

_PPH_CODES = {"22": "PPH22", "23": "PPH23"}


def _collector(value: object) -> TaxCollector:
    return "PIHAK_LAIN" if str(getattr(value, "value", value)).upper() == "PIHAK_LAIN" else "BENDAHARA"


def summary_from_breakdown(breakdown: TaxBreakdown) -> TaxSummary:
    t = templates.load("taxes")
    lines: list[TaxLine] = []
    if breakdown.ppn:
        collector = _collector(breakdown.ppn_collector)
        base = breakdown.dpp_nilai_lain if breakdown.dpp_nilai_lain is not None else breakdown.dpp
        key = "ppn" if breakdown.dpp_nilai_lain is not None else "ppn_plain"
        label = t.text(key, rate=format_percent(breakdown.ppn_rate), base=format_rupiah(base))
        if collector == "PIHAK_LAIN":
            label = t.text("by_other", label=label)
        lines.append(TaxLine("PPN", label, base, breakdown.ppn, collector))
    if breakdown.pph and breakdown.pph_article:
        collector = _collector(breakdown.pph_collector)
        code = _PPH_CODES.get(breakdown.pph_article, "PPH_FINAL")
        rate = format_percent(breakdown.pph_rate)
        label = t.text("pph_final", rate=rate) if code == "PPH_FINAL" else t.text(
            "pph", article=breakdown.pph_article, rate=rate)
        if collector == "PIHAK_LAIN":
            label = t.text("by_other", label=label)
        lines.append(TaxLine(code, label, breakdown.dpp, breakdown.pph, collector))
    overall: TaxCollector = "BENDAHARA" if any(x.collector == "BENDAHARA" for x in lines) or not lines else "PIHAK_LAIN"
    return TaxSummary(overall, breakdown.dpp, tuple(lines))


def summary_for(order: OrderDoc, *, collector: TaxCollector, day: dt.date, kind: str = "goods",
                suket_pp55: bool = False, engine: TaxEngine | None = None) -> TaxSummary:
    """Compute the order's taxes with the domain engine (the services do the same with their settings)."""
    seller = order.seller
    purchase = Purchase(
        gross=order.total, kind=PurchaseKind(kind), seller_pkp=seller.pkp, seller_has_npwp=bool(seller.npwp or seller.nik),
        seller_has_suket_pp55=suket_pp55, collector=Collector(collector), transaction_date=day,
    )
    return summary_from_breakdown((engine or TaxEngine.from_resources()).compute(purchase))


def tax_name(code: str) -> str:
    return templates.load("taxes").text(f"code_{code}")
