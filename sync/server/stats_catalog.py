"""Catalog-side reports: sellers and products by legal form and kab/kota, and providers/products never sold.

The catalog is public (every client holds a replica), so these reports are the same for every role; the kab/kota
filter is the *seller's* kab/kota. Full scans of a 1M-product catalog are memoised per (catalog seq, sales
version): they change only when the catalog changes or an order becomes / stops being a transaction.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, and_, case, exists, func, select

from . import models as m
from .stats import Filters, kabkota_names
from .stats_models import stats_order, stats_sold_product
from .stats_refresh import watermark

_MEMO: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_LOCK = threading.Lock()
MEMO_SIZE = 64


def _memo(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    with _LOCK:
        if key in _MEMO:
            _MEMO.move_to_end(key)
            return _MEMO[key]
    value = compute()
    with _LOCK:
        _MEMO[key] = value
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def clear_memo() -> None:
    with _LOCK:
        _MEMO.clear()


def _versions(conn: Connection) -> tuple[int, int, int]:
    meta = conn.execute(select(m.catalog_meta.c.epoch, m.catalog_meta.c.seq).where(m.catalog_meta.c.id == 1)).one()
    return int(meta.epoch), int(meta.seq), watermark(conn)[1]


def _never_sold_provider() -> Any:
    p = m.provider.c
    o = stats_order.c
    return and_(p.has_sales.is_(False),
                ~exists().where(o.provider_id == p.id, o.counted.is_(True)))


def sellers(conn: Connection, f: Filters) -> dict[str, Any]:
    key = ("sellers", conn.engine.url.render_as_string(), *_versions(conn)[:2], f.kabkota)
    return dict(_memo(key, lambda: _sellers(conn, f)))


def _sellers(conn: Connection, f: Filters) -> dict[str, Any]:
    names = kabkota_names(conn)
    p, d = m.provider.c, m.product.c
    out: dict[tuple[str, str], dict[str, Any]] = {}
    pq = select(p.kabkota_code, p.legal_form, func.count()).where(p.status == "active")
    dq = select(d.kabkota_code, d.legal_form, func.count()).where(d.status == "active")
    if f.kabkota:
        pq, dq = pq.where(p.kabkota_code == f.kabkota), dq.where(d.kabkota_code == f.kabkota)
    for field, q in (("providers", pq.group_by(p.kabkota_code, p.legal_form)),
                     ("products", dq.group_by(d.kabkota_code, d.legal_form))):
        for kab, legal, n in conn.execute(q):
            row = out.setdefault((kab, legal), {"kabkota": kab, "name": names.get(kab, kab), "legal_form": legal,
                                                "providers": 0, "products": 0})
            row[field] = int(n)
    rows = sorted(out.values(), key=lambda r: (r["kabkota"], r["legal_form"]))
    totals: dict[str, dict[str, int]] = {}
    for r in rows:
        t = totals.setdefault(r["legal_form"], {"providers": 0, "products": 0})
        t["providers"] += r["providers"]
        t["products"] += r["products"]
    return {"rows": rows, "by_legal_form": totals,
            "providers": sum(r["providers"] for r in rows), "products": sum(r["products"] for r in rows)}


def never_sold(conn: Connection, f: Filters, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    versions = _versions(conn)
    url = conn.engine.url.render_as_string()
    summary = _memo(("never_sold", url, *versions, f.kabkota), lambda: _never_sold_summary(conn, f))
    counts = _memo(("product_counts", url, *versions[:2]), lambda: _product_counts(conn))
    ids = _memo(("never_sold_ids", url, *versions, f.kabkota), lambda: _never_sold_ids(conn, f))
    p = m.provider.c
    chosen = ids[offset:offset + limit]
    found = {r.id: r for r in conn.execute(
        select(p.id, p.name, p.kabkota_code, p.kabkota, p.legal_form, p.marketplace, p.owner_name)
        .where(p.id.in_(chosen)))} if chosen else {}
    page = [{**dict(found[i]._mapping), "products": counts.get(i, 0)} for i in chosen if i in found]
    total = len(ids)
    return {"rows": summary, "providers": {"rows": page, "total": total, "limit": limit, "offset": offset}}


def _never_sold_ids(conn: Connection, f: Filters) -> list[int]:
    """Never-sold provider ids in report order (kab/kota, name): a page is then a slice."""
    p = m.provider.c
    where = and_(p.status == "active", _never_sold_provider(), *([p.kabkota_code == f.kabkota] if f.kabkota else []))
    return [int(i) for i in conn.execute(select(p.id).where(where).order_by(p.kabkota_code, p.name, p.id)).scalars()]


def _product_counts(conn: Connection) -> dict[int, int]:
    d = m.product.c
    return {int(pid): int(n) for pid, n in conn.execute(
        select(d.provider_id, func.count()).where(d.status == "active").group_by(d.provider_id))}


def _active_products_by_kab(conn: Connection) -> dict[str, int]:
    d = m.product.c
    return {kab: int(n) for kab, n in conn.execute(
        select(d.kabkota_code, func.count()).where(d.status == "active").group_by(d.kabkota_code))}


def _sold_products_by_kab(conn: Connection) -> dict[str, int]:
    """Distinct sold products (few compared with the catalog), joined to the catalog by primary key."""
    d, s = m.product.c, stats_sold_product.c
    sold = select(s.product_id).distinct().subquery()
    return {kab: int(n) for kab, n in conn.execute(
        select(d.kabkota_code, func.count()).select_from(sold.join(m.product, d.id == sold.c.product_id))
        .where(d.status == "active").group_by(d.kabkota_code))}


def _never_sold_summary(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    names = kabkota_names(conn)
    p = m.provider.c
    epoch, seq, _sales = _versions(conn)
    url = conn.engine.url.render_as_string()
    products = _memo(("active_products", url, epoch, seq), lambda: _active_products_by_kab(conn))
    sold = _sold_products_by_kab(conn)
    pq = (select(p.kabkota_code, func.count(), func.sum(case((_never_sold_provider(), 1), else_=0)))
          .where(p.status == "active").group_by(p.kabkota_code))
    if f.kabkota:
        pq = pq.where(p.kabkota_code == f.kabkota)
    out: dict[str, dict[str, Any]] = {}
    for kab, n, never in conn.execute(pq):
        out[kab] = {"kabkota": kab, "name": names.get(kab, kab), "providers": int(n),
                    "providers_never_sold": int(never or 0), "products": products.get(kab, 0),
                    "products_never_sold": products.get(kab, 0) - sold.get(kab, 0)}
    rows = sorted(out.values(), key=lambda r: (-r["providers_never_sold"], r["kabkota"]))
    for r in rows:
        r["providers_never_sold_share"] = round(r["providers_never_sold"] / r["providers"], 4) if r["providers"] else 0.0
    return rows
