"""Generated order history for stats tests, benchmarks and dashboard screenshots (never for a production database:
it writes order documents directly, without audit events).

Orders are spread over `days` days before `today`, over every OPD, across the whole lifecycle; providers are
drawn with a skew so that many never sell (the fairness report then has something to show).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from sync.server.storage import models as m
from sync.server.storage.db import write_txn

STATE_WEIGHTS = {"DRAFT": 4, "DIAJUKAN": 6, "DITOLAK": 2, "DIBATALKAN": 3, "DISETUJUI": 5, "DIKIRIM_KE_PENYEDIA": 3,
                 "DALAM_PENGIRIMAN": 4, "DITERIMA": 4, "BAST": 5, "MENUNGGU_BAYAR": 8, "DIBAYAR": 20, "SELESAI": 36}
APPROVED = {"DISETUJUI", "DIKIRIM_KE_PENYEDIA", "DALAM_PENGIRIMAN", "DITERIMA", "BAST", "MENUNGGU_BAYAR",
            "DIBAYAR", "SELESAI"}
AFTER_BAST = {"BAST", "MENUNGGU_BAYAR", "DIBAYAR", "SELESAI"}


def _stamp(day: dt.date, rnd: random.Random) -> str:
    """A UTC timestamp inside WIB office hours (08:00-15:59 WIB) of `day`."""
    hour = rnd.randrange(1, 9)
    return f"{day.isoformat()}T{hour:02d}:{rnd.randrange(60):02d}:{rnd.randrange(60):02d}.000Z"


def _catalog_sample(engine: Engine, max_products: int) -> dict[int, list[Any]]:
    d = m.product.c
    with engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(m.product)).scalar() or 0)
        step = max(1, total // max_products)
        q = select(d.id, d.version, d.provider_id, d.name, d.unit, d.price, d.marketplace).where(
            d.status == "active")
        if step > 1:
            q = q.where(d.id % step == 0)
        by_provider: dict[int, list[Any]] = {}
        for r in conn.execute(q):
            by_provider.setdefault(int(r.provider_id), []).append(r)
    return by_provider


def build_docs(rnd: random.Random, n: int, opds: list[str], catalog: dict[int, list[Any]], today: dt.date,
               days: int) -> list[dict[str, Any]]:
    providers = sorted(catalog)
    # a skewed pick: the first ~60 % of providers take the business, the rest mostly never sell
    active = providers[: max(1, int(len(providers) * 0.6))]
    states, weights = list(STATE_WEIGHTS), list(STATE_WEIGHTS.values())
    docs = []
    for _ in range(n):
        pid = active[min(len(active) - 1, int(rnd.paretovariate(1.2)) - 1)] if rnd.random() < 0.3 \
            else rnd.choice(active)
        products = catalog[pid]
        chosen = rnd.sample(products, min(len(products), rnd.randint(1, 3)))
        lines = [{"id": f"l{i}", "product_id": int(p.id), "product_version": int(p.version), "name": p.name,
                  "unit": p.unit, "qty": rnd.randint(1, max(1, min(60, 8_000_000 // max(1, int(p.price))))),
                  "unit_price": int(p.price)} for i, p in enumerate(chosen)]
        shipping = rnd.choice([0, 0, 10000, 15000, 25000])
        total = sum(ln["qty"] * ln["unit_price"] for ln in lines) + shipping
        state = rnd.choices(states, weights)[0]
        created = today - dt.timedelta(days=rnd.randrange(days))
        if state == "DIAJUKAN":
            created = today - dt.timedelta(days=rnd.randrange(10))
        oid = str(uuid.UUID(int=rnd.getrandbits(128)))
        approved = min(today, created + dt.timedelta(days=rnd.randrange(0, 4)))
        bast_day = approved + dt.timedelta(days=rnd.randrange(3, 20))
        paid = bast_day + dt.timedelta(days=int(rnd.expovariate(1 / 5)))
        who = {"by": "gen", "role": "PPK"}
        for i, line in enumerate(lines):  # unique across orders like real ones (#12.7), without drawing from rnd
            line["id"] = str(uuid.uuid5(uuid.UUID(oid), str(i)))
        doc: dict[str, Any] = {
            "id": oid, "opd_id": rnd.choice(opds), "version": 1, "state": state, "number": None,
            "created_by": "gen", "provider_id": pid, "marketplace": chosen[0].marketplace, "kode_rup": "RUP-GEN",
            "sub_kegiatan": "1.02.02.2.01", "kode_rekening": "5.1.02.01.01.0024",
            "delivery_address": "Jl. Pemuda No. 1, Semarang", "delivery_date": None, "shipping": shipping,
            "notes": "", "lines": lines, "total": total, "approval": None, "receipt": None, "bast": None,
            "payment": None, "reasons": [], "created_at": _stamp(created, rnd), "updated_at": _stamp(created, rnd),
            "makers": ["gen"]}
        if state in APPROVED:
            doc["approval"] = {**who, "at": _stamp(approved, rnd), "content_hash": "gen", "sp_number": "gen"}
            doc["number"] = f"{rnd.randrange(1, 9999):04d}/SP/{doc['opd_id']}/{approved.year}"
        if state in AFTER_BAST:
            doc["bast"] = {**who, "number": "BAST-GEN", "date": min(bast_day, today).isoformat(),
                           "at": _stamp(min(bast_day, today), rnd)}
        if state in ("DIBAYAR", "SELESAI"):
            doc["payment"] = {"paid_by": "gen", "paid_at": _stamp(min(paid, today), rnd), "method": "TRANSFER",
                              "amount": total, "bku_number": "BKU-GEN"}
        docs.append(doc)
    return docs


def generate_orders(engine: Engine, n: int, seed: int = 8, today: dt.date | None = None, days: int = 365,
                    max_products: int = 60_000) -> int:
    """Write n generated orders (with fresh change_seq values); returns how many were written."""
    rnd = random.Random(seed)
    today = today or dt.date.today()
    catalog = _catalog_sample(engine, max_products)
    with engine.connect() as conn:
        opds = sorted(conn.execute(select(m.opd.c.id)).scalars())
    if not catalog or not opds:
        raise RuntimeError("Katalog atau daftar OPD kosong; jalankan demo-data dahulu.")
    return write_docs(engine, build_docs(rnd, n, opds, catalog, today, days))


def catalog_sample(engine: Engine, max_products: int = 60_000) -> dict[int, list[Any]]:
    return _catalog_sample(engine, max_products)


def write_docs(engine: Engine, docs: list[dict[str, Any]]) -> int:
    """Insert new order documents and replace existing ones, each with a fresh change_seq (as order writes do)."""
    with write_txn(engine) as conn:
        c = m.counter.c
        start = int(conn.execute(select(c.value).where(c.name == "orders")).scalar() or 0)
        rows = [{"id": d["id"], "opd_id": d["opd_id"], "version": int(d["version"]), "state": d["state"],
                 "change_seq": start + i + 1, "doc": json.dumps(d, ensure_ascii=False)} for i, d in enumerate(docs)]
        ids = [r["id"] for r in rows]
        have: set[str] = set()
        for i in range(0, len(ids), 5000):
            have |= set(conn.execute(select(m.orders.c.id).where(m.orders.c.id.in_(ids[i:i + 5000]))).scalars())
        new = [r for r in rows if r["id"] not in have]
        for r in rows:
            if r["id"] in have:
                conn.execute(update(m.orders).where(m.orders.c.id == r["id"]).values(
                    **{k: v for k, v in r.items() if k != "id"}))
        for i in range(0, len(new), 10_000):
            conn.execute(insert(m.orders), new[i:i + 10_000])
        conn.execute(update(m.counter).where(c.name == "orders").values(value=start + len(rows)))
    return len(rows)
