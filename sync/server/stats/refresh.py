"""Fold orders changed since the watermark into the stats tables (called before every stats answer).

Cheap when nothing changed: one indexed `max(change_seq)` lookup. Order writers serialise on the `orders`
counter row, so change_seq values become visible in order and a watermark never skips a row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.server.stats.age import paid_late
from sync.server.stats.ingest import ProductFacts, ProviderFacts, is_umkm, order_rows
from sync.server.stats.models import (
    stats_meta,
    stats_order,
    stats_order_cat,
    stats_product_sales,
    stats_provider_sales,
    stats_sold_product,
)
from sync.server.stats.rollup import (
    CAT_DIMS,
    CAT_MEASURES,
    ORDER_DIMS,
    ORDER_MEASURES,
    STATE_DIMS,
    STATE_MEASURES,
    Key,
    add_rows,
    apply,
    stats_month,
    stats_month_cat,
    stats_month_state,
)
from sync.server.storage import models as m
from sync.server.storage.db import is_sqlite, write_txn

BATCH = 2000


def _meta(conn: Connection, key: str, lock: bool = False) -> int:
    q = select(stats_meta.c.value).where(stats_meta.c.key == key)
    if lock and not is_sqlite(conn):
        q = q.with_for_update()
    value = conn.execute(q).scalar()
    if value is None:
        conn.execute(insert(stats_meta).values(key=key, value=0))
        return 0
    return int(value)


def _set_meta(conn: Connection, key: str, value: int) -> None:
    conn.execute(update(stats_meta).where(stats_meta.c.key == key).values(value=value))


def watermark(conn: Connection) -> tuple[int, int]:
    """(orders_seq, sales_version) as last committed."""
    rows = dict(conn.execute(select(stats_meta.c.key, stats_meta.c.value)).all())
    return int(rows.get("orders_seq", 0)), int(rows.get("sales_version", 0))


def _lookups(conn: Connection, docs: list[dict[str, Any]], extra_products: Iterable[int] = ()) -> tuple[dict[str, str], dict[int, ProviderFacts],
                                                                     dict[int, ProductFacts]]:
    opd_ids = {d["opd_id"] for d in docs}
    prov_ids = {int(d["provider_id"]) for d in docs}
    prod_ids = {int(ln["product_id"]) for d in docs for ln in d.get("lines") or ()} | set(extra_products)
    opds = dict(conn.execute(select(m.opd.c.id, m.opd.c.kabkota_code).where(m.opd.c.id.in_(opd_ids))).all())
    pv = m.provider.c
    provs = {r.id: ProviderFacts(r.kabkota_code, r.legal_form, is_umkm(r.pkp, r.suket_pp55))
             for r in conn.execute(select(pv.id, pv.kabkota_code, pv.legal_form, pv.pkp, pv.suket_pp55)
                                   .where(pv.id.in_(prov_ids)))}
    pd = m.product.c
    prods: dict[int, ProductFacts] = {}
    ids = sorted(prod_ids)
    for i in range(0, len(ids), 5000):
        for r in conn.execute(select(pd.id, pd.category, pd.pdn, pd.tkdn, pd.kabkota_code)
                              .where(pd.id.in_(ids[i:i + 5000]))):
            prods[r.id] = ProductFacts(r.category, bool(r.pdn), r.tkdn, r.kabkota_code)
    return opds, provs, prods


def fold(conn: Connection, rows: Iterable[tuple[str, int, str]]) -> bool:
    """Replace the stats rows of these (id, change_seq, doc) orders. Returns True if sales may have changed."""
    batch = [(oid, seq, json.loads(doc)) for oid, seq, doc in rows]
    if not batch:
        return False
    ids = [oid for oid, _, _ in batch]
    old_orders = [dict(r._mapping) for r in conn.execute(select(stats_order).where(stats_order.c.id.in_(ids)))]
    old_cats = [dict(r._mapping) for r in conn.execute(select(stats_order_cat)
                                                        .where(stats_order_cat.c.order_id.in_(ids)))]
    old_sold = [dict(r._mapping) for r in conn.execute(select(stats_sold_product)
                                                        .where(stats_sold_product.c.order_id.in_(ids)))]
    before = {r["id"]: r["counted"] for r in old_orders}
    opds, provs, prods = _lookups(conn, [d for _, _, d in batch], (int(r["product_id"]) for r in old_sold))
    orders, cats, sold = [], [], []
    changed_sales = False
    for oid, seq, doc in batch:
        row, cat_rows, sold_rows = order_rows(doc, seq, opds.get(doc["opd_id"], ""),
                                              provs.get(int(doc["provider_id"])), prods)
        row["paid_late"] = paid_late(row["bast_day"], row["paid_day"])
        orders.append(row)
        cats += cat_rows
        sold += sold_rows
        changed_sales |= bool(before.get(oid, False)) != row["counted"]
    for table, col in ((stats_order_cat, stats_order_cat.c.order_id),
                       (stats_sold_product, stats_sold_product.c.order_id), (stats_order, stats_order.c.id)):
        conn.execute(delete(table).where(col.in_(ids)))
    conn.execute(insert(stats_order), orders)
    month: dict[Key, list[int]] = {}
    month_cat: dict[Key, list[int]] = {}
    add_rows(month, old_orders, ORDER_DIMS, ORDER_MEASURES, -1)
    add_rows(month, orders, ORDER_DIMS, ORDER_MEASURES, +1)
    add_rows(month_cat, old_cats, CAT_DIMS, CAT_MEASURES, -1)
    add_rows(month_cat, cats, CAT_DIMS, CAT_MEASURES, +1)
    apply(conn, stats_month, ORDER_DIMS, ORDER_MEASURES, month)
    apply(conn, stats_month_cat, CAT_DIMS, CAT_MEASURES, month_cat)
    product_sales: dict[Key, list[int]] = {}
    provider_sales: dict[Key, list[int]] = {}
    for rows_, sign in ((old_sold, -1), (sold, +1)):
        for r in rows_:
            product_sales.setdefault((int(r["product_id"]),), [0])[0] += sign
    for rows_, sign in ((old_orders, -1), (orders, +1)):
        for r in rows_:
            if r["counted"]:
                provider_sales.setdefault((int(r["provider_id"]),), [0])[0] += sign
    _add_product_sales(conn, product_sales, prods)
    apply(conn, stats_provider_sales, ("provider_id",), (), provider_sales)
    by_state: dict[Key, list[int]] = {}
    add_rows(by_state, old_orders, STATE_DIMS, STATE_MEASURES, -1, counted_only=False, day_key="created_day")
    add_rows(by_state, orders, STATE_DIMS, STATE_MEASURES, +1, counted_only=False, day_key="created_day")
    apply(conn, stats_month_state, STATE_DIMS, STATE_MEASURES, by_state)
    if cats:
        conn.execute(insert(stats_order_cat), cats)
    if sold:
        conn.execute(insert(stats_sold_product), sold)
    return changed_sales


def _add_product_sales(conn: Connection, deltas: dict[Key, list[int]], prods: dict[int, ProductFacts]) -> None:
    """n += delta per product, remembering the product's kab/kota (so sold-per-kab needs no catalog join)."""
    rows = [{"product_id": pid, "n": d[0], "kabkota_code": prods[pid].kabkota_code if pid in prods else ""}
            for (pid,), d in deltas.items() if d[0]]
    if not rows:
        return
    t = stats_product_sales
    ins = (sqlite_insert if conn.dialect.name == "sqlite" else pg_insert)(t)
    conn.execute(ins.on_conflict_do_update(index_elements=["product_id"],
                                           set_={"n": t.c.n + ins.excluded.n,
                                                 "kabkota_code": ins.excluded.kabkota_code}), rows)


def refresh(engine: Engine, batch: int = BATCH) -> int:
    """Fold every order changed since the watermark; returns how many order versions were folded."""
    with engine.connect() as conn:
        done, _ = watermark(conn)
        latest = conn.execute(select(func.max(m.orders.c.change_seq))).scalar() or 0
    if latest <= done:
        return 0
    folded = 0
    with write_txn(engine) as conn:
        done = _meta(conn, "orders_seq", lock=True)
        sales = _meta(conn, "sales_version")
        bump = False
        while True:
            o = m.orders.c
            rows = conn.execute(select(o.id, o.change_seq, o.doc).where(o.change_seq > done)
                                .order_by(o.change_seq).limit(batch)).all()
            if not rows:
                break
            bump |= fold(conn, rows)
            done = int(rows[-1][1])
            folded += len(rows)
        _set_meta(conn, "orders_seq", done)
        if bump:
            _set_meta(conn, "sales_version", sales + 1)
    return folded


def fold_on_write(conn: Connection, order_id: str, change_seq: int, doc: str) -> None:
    """Hook for the order writer (`order_service._save`, same transaction): fold this order now, so a stats read
    right after the write has nothing to catch up. Order writers are serialised by the `orders` counter row, so
    the watermark advances exactly when it was at change_seq - 1; otherwise `refresh` catches up as usual."""
    sales_changed = fold(conn, [(order_id, change_seq, doc)])
    conn.execute(update(stats_meta).where(stats_meta.c.key == "orders_seq", stats_meta.c.value == change_seq - 1)
                 .values(value=change_seq))  # no row moved: refresh() refolds it later (folding is idempotent)
    if sales_changed:
        conn.execute(update(stats_meta).where(stats_meta.c.key == "sales_version")
                     .values(value=stats_meta.c.value + 1))
