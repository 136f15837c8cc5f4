"""A server database seeded with demo data, and what an order test needs from it: the accounts, a few cheap
active products of one provider (one order's lines) and the first OPD."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sync.server.demo.generate import generate
from sync.server.storage import models as m
from sync.server.storage.db import make_plain_engine
from sync.server.storage.state import ensure_initialized


def seeded(db_url: str, *, seed: int, lines: int) -> tuple[list[dict[str, Any]], list[Any], str]:
    eng = make_plain_engine(db_url)
    ensure_initialized(eng)
    accounts = generate(eng, 300, seed=seed, log=lambda *_: None)["accounts"]
    with eng.connect() as conn:
        rows = conn.execute(select(m.product).where(m.product.c.status == "active", m.product.c.price < 500_000)
                            .order_by(m.product.c.id)).all()
    eng.dispose()
    by_provider: dict[int, list[Any]] = {}
    for r in rows:
        by_provider.setdefault(r.provider_id, []).append(r)
    products = next(v[:lines] for v in by_provider.values() if len(v) >= lines)
    opd = sorted({a["opd_id"] for a in accounts if a["opd_id"]})[0]
    return accounts, products, opd
