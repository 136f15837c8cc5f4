"""Tax lines the documents print, labelled from templates/taxes.json — each keeping the collector it was given.

Two sources, never mixed: `summary_from_breakdown` for a document before payment (the SP's "termasuk PPN"), and
`summary_from_payment` for everything after it (kuitansi, books, exports, evidence pack), which reads the stored
payment record and never recomputes a tax or changes who collects it (DESIGN: taxes rule, #12.2–3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, get_args

from desktop.documents import templates
from desktop.documents.errors import DocumentError
from desktop.documents.model import OrderDoc, TaxCollector, TaxLine, TaxSummary
from desktop.domain.money import format_percent, format_rupiah
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, SellerForm, TaxBreakdown, TaxEngine


def tax_line_label(code: str, article: str, rate: Decimal | None, base: int, collector: str,
                   nilai_lain: bool = True) -> str:
    t = templates.load("taxes")
    rate_text = format_percent(rate) if rate is not None else ""
    if code == "PPN":
        label = t.text("ppn" if nilai_lain else "ppn_plain", rate=rate_text, base=format_rupiah(base))
    elif code == "PPH_FINAL":
        label = t.text("pph_final", rate=rate_text)
    elif code == "PPH21":
        label = t.text("pph21" if rate is not None else "pph21_layers", rate=rate_text, base=format_rupiah(base))
    else:
        label = t.text("pph", article=article, rate=rate_text)
    if collector == "PIHAK_LAIN":
        return t.text("by_other", label=label)
    if collector == "PENYEDIA":
        return t.text("by_seller", label=label)
    return label


def summary_from_breakdown(breakdown: TaxBreakdown) -> TaxSummary:
    lines = tuple(
        TaxLine(item.code, tax_line_label(item.code, item.article or "", item.rate, item.base, item.collector.value,
                                          breakdown.dpp_nilai_lain is not None),
                item.base, item.amount, item.collector.value)  # type: ignore[arg-type]
        for item in breakdown.items)
    return TaxSummary(_overall(lines), breakdown.dpp, lines, breakdown.net_to_seller)


def summary_from_payment(payment: Mapping[str, Any]) -> TaxSummary | None:
    """The stored payment record (`order.payment`) as printed tax lines; None before a payment is recorded."""
    if payment.get("taxes") is None or payment.get("net") is None:
        return None
    amount = int(payment.get("amount") or 0)
    dpp = int(payment.get("dpp") or amount)
    lines = []
    for entry in payment["taxes"]:
        # Records written before each tax carried its collector hold only the payment's overall collector.
        collector = str(entry.get("collector") or payment.get("collector") or "BENDAHARA")
        if collector not in get_args(TaxCollector):
            raise DocumentError("document_tax_collector", collector=collector)
        try:
            rate = Decimal(entry["rate"]) if entry.get("rate") else None
        except InvalidOperation:
            rate = None
        code, base = str(entry["code"]), int(entry.get("base") or 0)
        label = tax_line_label(code, str(entry.get("article") or ""), rate, base, collector, base != dpp)
        lines.append(TaxLine(code, label, base, int(entry["amount"]), collector))  # type: ignore[arg-type]
    return TaxSummary(_overall(tuple(lines)), dpp, tuple(lines), int(payment["net"]))


def _overall(lines: tuple[TaxLine, ...]) -> TaxCollector:
    if any(x.collector == "BENDAHARA" for x in lines) or not lines:
        return "BENDAHARA"
    return "PIHAK_LAIN" if any(x.collector == "PIHAK_LAIN" for x in lines) else "PENYEDIA"


def summary_for(order: OrderDoc, *, collector: TaxCollector, day: dt.date, kind: str = "goods",
                suket_pp55: bool = False, individual: bool = False, engine: TaxEngine | None = None) -> TaxSummary:
    """Compute an order's taxes with the domain engine: for the demo documents, standing in for the payment
    record a real order stores when it is paid."""
    seller = order.seller
    purchase = Purchase(
        gross=order.total, kind=PurchaseKind(kind), seller_pkp=seller.pkp, seller_has_npwp=bool(seller.npwp or seller.nik),
        seller_has_suket_pp55=suket_pp55, collector=Collector(collector), transaction_date=day,
        seller_form=SellerForm.PERORANGAN if individual else SellerForm.BADAN_USAHA,
    )
    return summary_from_breakdown((engine or TaxEngine.from_resources()).compute(purchase))


def tax_name(code: str) -> str:
    return templates.load("taxes").text(f"code_{code}")
