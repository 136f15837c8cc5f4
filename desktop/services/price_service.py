"""Price reasonableness for the order editor (PP) and the PPK inbox: compare each line with comparable products
in the local catalog replica (same category and unit, every marketplace and the e-katalog lokal).

Runs on the read lane. The comparables of a (category, unit) are read once (the store's (category, price) index
narrows the scan) and cached for the life of the service — the replica changes only at sync: call `invalidate()`
after a sync. Very large groups are sampled evenly by id (plus the cheapest offer), never "the cheapest N".
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.price_check import Offer, PriceAssessment, PriceRules, assess_price
from desktop.services.check_texts import CHECK_TEXTS
from desktop.services.order_view import CheckItem, Severity
from desktop.store.db import Store
from desktop.store.records import Order
from desktop.store.tables import product

MAX_COMPARABLES = 20_000  # beyond this an even sample by id (plus the cheapest offer) is compared


class PriceService:
    def __init__(self, store: Store, rules: PriceRules | None = None) -> None:
        self._store = store
        self._rules = rules or PriceRules.from_resources()
        self._cache: dict[tuple[str, str], list[Offer]] = {}
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self._cache.clear()

    def _offers(self, session: Session, category: str, unit: str) -> list[Offer]:
        key = (category, unit)
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        c = product.c
        same = (c.category == category, c.unit == unit, c.status == "active")
        count = int(session.execute(select(func.count()).where(*same)).scalar() or 0)
        q = select(c.id, c.name, c.price, c.marketplace).where(*same)
        if count > MAX_COMPARABLES:  # an even sample by id keeps the median honest (never "the cheapest N")
            q = q.where(c.id % (count // MAX_COMPARABLES + 1) == 0)
        rows = session.execute(q).all()
        cheapest = session.execute(select(c.id, c.name, c.price, c.marketplace).where(*same)
                                   .order_by(c.price, c.id).limit(1)).all()
        seen = {int(r.id) for r in rows}
        offers = [Offer(int(r.id), str(r.name), int(r.price), str(r.marketplace))
                  for r in [*rows, *(r for r in cheapest if int(r.id) not in seen)]]
        with self._lock:
            self._cache[key] = offers
        return offers

    def check_lines(self, lines: Iterable[Mapping[str, Any]], day: dt.date) -> list[PriceAssessment]:
        """Assess lines given as mappings with `product_id`, `name`, `unit_price` (an order's lines as dicts or
        store OrderLine records via `vars`). Lines whose product is not in the replica are skipped."""
        items = list(lines)
        out: list[PriceAssessment] = []
        with self._store.unit_of_work(readonly=True) as uow:
            c = product.c
            ids = [int(ln["product_id"]) for ln in items]
            facts = {int(r.id): (str(r.category), str(r.unit)) for r in uow.session.execute(
                select(c.id, c.category, c.unit).where(c.id.in_(ids)))} if ids else {}
            for ln in items:
                pid = int(ln["product_id"])
                if pid not in facts:
                    continue
                offers = self._offers(uow.session, *facts[pid])
                out.append(assess_price(pid, str(ln["name"]), int(ln["unit_price"]), offers, day, self._rules))
        return out

    def check_order(self, order: Order, day: dt.date) -> list[PriceAssessment]:
        """All lines of a store `Order` record; only the flagged ones matter to the PP/PPK panel."""
        return self.check_lines(({"product_id": ln.product_id, "name": ln.name, "unit_price": ln.unit_price_quoted}
                                 for ln in order.lines), day)

    def flagged(self, order: Order, day: dt.date) -> list[PriceAssessment]:
        return [a for a in self.check_order(order, day) if a.flagged]


def price_check_items(prices: PriceService | None, order: Order, day: dt.date) -> list[CheckItem]:
    """Check-panel lines for the order editor (PP) and the PPK inbox: one WARNING per flagged line (never
    blocking — the officer may justify the price in the notes), or one OK line when every price is reasonable."""
    if prices is None or not order.lines:
        return []
    names = {ln.product_id: ln.name for ln in order.lines}
    flagged = prices.flagged(order, day)
    if not flagged:
        return [CheckItem("price", Severity.OK, CHECK_TEXTS("prices_fair"), CHECK_TEXTS("prices_fair_hint"))]
    return [CheckItem(f"price:{a.product_id}", Severity.WARNING,
                      CHECK_TEXTS("price_to_check", product=names.get(a.product_id, a.product_id)), a.message)
            for a in flagged]
