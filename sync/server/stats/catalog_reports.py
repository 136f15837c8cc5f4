"""Catalog-side reports: sellers and products by legal form and kab/kota, and providers/products never sold.

The catalog is public (every client holds a replica), so these reports are the same for every role; the kab/kota
filter is the *seller's* kab/kota. Full scans of a 1M-product catalog are memoised per (catalog seq, sales
version): they change only when the catalog changes or an order becomes / stops being a transaction.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, and_, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server.stats.models import stats_cache, stats_product_sales, stats_provider_sales
from sync.server.stats.queries import Filters, kabkota_names
from sync.server.stats.refresh import watermark
from sync.server.storage import models as m
from sync.server.storage.db import write_txn

_MEMO: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_LOCK = threading.Lock()
MEMO_SIZE = 64


def _memo(key: tuple[Any, ...], compute: Callable[[], Any], conn: Connection | None = None) -> Any:
    """In-process memo; with `conn`, also shared through the `stats_cache` table (key[0] = name, the rest =
    version), so a 1M-row scan runs once per catalog version for all workers — or ahead of time via `warm`."""
    with _LOCK:
        if key in _MEMO:
            _MEMO.move_to_end(key)
            return _MEMO[key]
    value = _shared(conn, key, compute) if conn is not None else compute()
    with _LOCK:
        _MEMO[key] = value
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def _shared(conn: Connection, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    name, version = str(key[0]), ":".join(str(k) for k in key[2:])
    c = stats_cache.c
    row = conn.execute(select(c.version, c.body).where(c.name == name)).first()
    if row is not None and row.version == version:
        return json.loads(row.body)
    value = compute()
    body = json.dumps(value, separators=(",", ":"))
    try:
        with write_txn(conn.engine) as w:
            if w.execute(update(stats_cache).where(c.name == name).values(version=version, body=body)).rowcount == 0:
                w.execute(insert(stats_cache).values(name=name, version=version, body=body))
    except IntegrityError:
        pass  # another worker stored the same result first
    return value


def warm(engine: Any) -> None:
    """Compute the catalog-wide reports now (call after a catalog import or change set, off the request path)."""
    from sync.server.stats.refresh import refresh

    refresh(engine)
    with engine.connect() as conn:
        never_sold(conn, Filters(), limit=1)
        sellers(conn, Filters())


def clear_memo() -> None:
    with _LOCK:
        _MEMO.clear()


def _versions(conn: Connection) -> tuple[int, int, int]:
    meta = conn.execute(select(m.catalog_meta.c.epoch, m.catalog_meta.c.seq).where(m.catalog_meta.c.id == 1)).one()
    return int(meta.epoch), int(meta.seq), watermark(conn)[1]


def _never_sold_provider() -> Any:
    p = m.provider.c
    s = stats_provider_sales.c
    return and_(p.has_sales.is_(False), ~exists().where(s.provider_id == p.id, s.n > 0))


def _catalog_counts(conn: Connection) -> dict[str, Any]:
    """One pass over active products (per provider, kab/kota and legal form) and providers: every catalog count
    the reports need. Memoised per catalog (epoch, seq); filters are applied in Python afterwards."""
    p, d = m.provider.c, m.product.c
    by_provider: dict[int, int] = {}
    products: dict[tuple[str, str], int] = {}
    for pid, kab, legal, n in conn.execute(
            select(d.provider_id, d.kabkota_code, d.legal_form, func.count()).where(d.status == "active")
            .group_by(d.provider_id, d.kabkota_code, d.legal_form)):
        by_provider[int(pid)] = by_provider.get(int(pid), 0) + int(n)
        products[(kab, legal)] = products.get((kab, legal), 0) + int(n)
    providers = {(kab, legal): int(n) for kab, legal, n in conn.execute(
        select(p.kabkota_code, p.legal_form, func.count()).where(p.status == "active")
        .group_by(p.kabkota_code, p.legal_form))}
    inactive = [int(i) for i in conn.execute(select(d.id).where(d.status != "active")).scalars()]
    return {"by_provider": [[k, v] for k, v in by_provider.items()],  # JSON-ready (shared via stats_cache)
            "inactive": inactive,
            "products": [[k, g, v] for (k, g), v in products.items()],
            "providers": [[k, g, v] for (k, g), v in providers.items()]}


def _counts(conn: Connection) -> dict[str, Any]:
    epoch, seq, _sales = _versions(conn)
    raw = _memo(("catalog_counts", conn.engine.url.render_as_string(), epoch, seq), lambda: _catalog_counts(conn),
                conn)
    return {"by_provider": {int(k): int(v) for k, v in raw["by_provider"]}, "inactive": raw["inactive"],
            "products": {(k, g): int(v) for k, g, v in raw["products"]},
            "providers": {(k, g): int(v) for k, g, v in raw["providers"]}}


def sellers(conn: Connection, f: Filters) -> dict[str, Any]:
    names = kabkota_names(conn)
    counts = _counts(conn)
    keys = sorted(set(counts["products"]) | set(counts["providers"]))
    rows = [{"kabkota": kab, "name": names.get(kab, kab), "legal_form": legal,
             "providers": counts["providers"].get((kab, legal), 0), "products": counts["products"].get((kab, legal), 0)}
            for kab, legal in keys if not f.kabkota or kab == f.kabkota]
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
    counts = _counts(conn)
    # in-process only: cheap now (anti-join on the sales counters), and it changes with every approval
    state = _memo(("never_sold", url, *versions), lambda: _never_sold_state(conn, counts))
    rows = [r for r in state["rows"] if not f.kabkota or r["kabkota"] == f.kabkota]
    ids = [pid for kab, pid in state["ids"] if not f.kabkota or kab == f.kabkota]
    p = m.provider.c
    chosen = ids[offset:offset + limit]
    found = {r.id: r for r in conn.execute(
        select(p.id, p.name, p.kabkota_code, p.kabkota, p.legal_form, p.marketplace, p.owner_name)
        .where(p.id.in_(chosen)))} if chosen else {}
    page = [{**dict(found[i]._mapping), "products": counts["by_provider"].get(i, 0)} for i in chosen if i in found]
    return {"rows": rows, "providers": {"rows": page, "total": len(ids), "limit": limit, "offset": offset}}


def _sold_products_by_kab(conn: Connection, inactive: list[int]) -> dict[str, int]:
    """Active products with at least one transaction, per kab/kota: the sales counters (small, kab/kota kept at
    fold time) minus sold products since delisted (their ids come with the catalog counts)."""
    s = stats_product_sales.c
    sold = {kab: int(n) for kab, n in conn.execute(
        select(s.kabkota_code, func.count()).where(s.n > 0).group_by(s.kabkota_code))}
    for i in range(0, len(inactive), 10_000):
        for kab, n in conn.execute(select(s.kabkota_code, func.count())
                                   .where(s.n > 0, s.product_id.in_(inactive[i:i + 10_000]))
                                   .group_by(s.kabkota_code)):
            sold[kab] = sold.get(kab, 0) - int(n)
    return sold


def _never_sold_state(conn: Connection, counts: dict[str, Any]) -> dict[str, Any]:
    """Per-kab/kota summary and the ordered never-sold provider ids (kab/kota, name), for every kab/kota."""
    names = kabkota_names(conn)
    p = m.provider.c
    sold = _sold_products_by_kab(conn, counts["inactive"])
    products: dict[str, int] = {}
    for (kab, _legal), n in counts["products"].items():
        products[kab] = products.get(kab, 0) + n
    never_ids = [[kab, int(pid)] for kab, pid in conn.execute(
        select(p.kabkota_code, p.id).where(p.status == "active", _never_sold_provider())
        .order_by(p.kabkota_code, p.name, p.id))]
    never_by_kab: dict[str, int] = {}
    for kab, _pid in never_ids:
        never_by_kab[kab] = never_by_kab.get(kab, 0) + 1
    providers: dict[str, int] = {}
    for (kab, _legal), n in counts["providers"].items():
        providers[kab] = providers.get(kab, 0) + n
    rows: list[dict[str, Any]] = [{"kabkota": kab, "name": names.get(kab, kab), "providers": n,
             "providers_never_sold": never_by_kab.get(kab, 0),
             "providers_never_sold_share": round(never_by_kab.get(kab, 0) / n, 4) if n else 0.0,
             "products": products.get(kab, 0), "products_never_sold": products.get(kab, 0) - sold.get(kab, 0)}
            for kab, n in providers.items()]
    rows.sort(key=lambda r: (-r["providers_never_sold"], r["kabkota"]))
    return {"rows": rows, "ids": never_ids}
