"""Turn one stored order document into its flat statistics rows (pure: no database access).

Definitions (documented in the API description too, so every figure can be explained):
- a *transaction* is an order the PPK approved (SP signed) that was not cancelled: states DISETUJUI … SELESAI;
  its date is the approval date in WIB (server time + 7 h), its value the order total (lines + shipping);
- UMKM value: orders from providers that are not PKP or hold a Suket PP 55 (turnover under Rp4,8 miliar) [I];
- PDN value: lines whose product is marked `pdn`; TKDN value: line value x TKDN% of the product;
- category values are line values (shipping is not a category).
Catalog attributes are read when the order is folded in (the catalog as of that moment).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

COUNTED_STATES = frozenset({
    "DISETUJUI", "DIKIRIM_KE_PENYEDIA", "DIKONFIRMASI_PENYEDIA", "DALAM_PENGIRIMAN", "DITERIMA",
    "KETIDAKSESUAIAN", "BAST", "MENUNGGU_BAYAR", "DIBAYAR", "SELESAI",
})
WIB = dt.timedelta(hours=7)


@dataclass(frozen=True)
class ProviderFacts:
    kabkota_code: str
    legal_form: str
    umkm: bool


@dataclass(frozen=True)
class ProductFacts:
    category: str
    pdn: bool
    tkdn: float | None
    kabkota_code: str = ""


def is_umkm(pkp: bool, suket_pp55: bool) -> bool:
    return bool(suket_pp55) or not bool(pkp)


def wib_day(stamp: str | None) -> str | None:
    """'2026-11-23T20:15:00.000Z' -> '2026-11-24' (WIB). Plain dates pass through."""
    if not stamp:
        return None
    if len(stamp) == 10:
        return stamp
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment.astimezone(dt.UTC) + WIB).date().isoformat()


def order_rows(doc: Mapping[str, Any], change_seq: int, opd_kab: str,
               provider: ProviderFacts | None, products: Mapping[int, ProductFacts]
               ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """(stats_order row, stats_order_cat rows, stats_sold_product rows) for one order document."""
    state = str(doc["state"])
    approval = doc.get("approval") or None
    counted = state in COUNTED_STATES and approval is not None
    day = wib_day(approval.get("at")) if counted and approval else None
    legal = provider.legal_form if provider else "tidak_diketahui"
    umkm = provider.umkm if provider else False
    cats: dict[str, list[int]] = {}
    goods = pdn_total = tkdn_total = 0
    sold: set[int] = set()
    for line in doc.get("lines") or ():
        value = int(line["qty"]) * int(line["unit_price"])
        facts = products.get(int(line["product_id"]))
        category = facts.category if facts else "LAINNYA"
        pdn = value if facts is not None and facts.pdn else 0
        tkdn = int(value * facts.tkdn) // 100 if facts is not None and facts.tkdn else 0
        acc = cats.setdefault(category, [0, 0])
        acc[0] += value
        acc[1] += pdn
        goods += value
        pdn_total += pdn
        tkdn_total += tkdn
        sold.add(int(line["product_id"]))
    bast = doc.get("bast") or {}
    payment = doc.get("payment") or {}
    row = {
        "id": doc["id"], "change_seq": change_seq, "opd_id": doc["opd_id"], "buyer_kab": opd_kab,
        "provider_id": int(doc["provider_id"]), "seller_kab": provider.kabkota_code if provider else "",
        "marketplace": doc["marketplace"], "legal_form": legal, "umkm": umkm, "state": state,
        "counted": counted, "day": day, "month": day[:7] if day else None,
        "created_day": wib_day(doc.get("created_at")) or "",
        "total": int(doc.get("total") or 0), "goods_value": goods, "pdn_value": pdn_total, "tkdn_value": tkdn_total,
        "submitted_day": wib_day(doc.get("updated_at")) if state == "DIAJUKAN" else None,
        "bast_day": wib_day(bast.get("date") or bast.get("at")) if bast else None,
        "paid_day": wib_day(payment.get("paid_at")) if payment.get("paid_at") else None,
    }
    cat_rows = [{"order_id": doc["id"], "category": c, "opd_id": doc["opd_id"], "buyer_kab": opd_kab,
                 "counted": counted, "day": day, "umkm": umkm, "value": v, "pdn_value": p}
                for c, (v, p) in sorted(cats.items())]
    sold_rows = [{"order_id": doc["id"], "product_id": pid} for pid in sorted(sold)] if counted else []
    return row, cat_rows, sold_rows
