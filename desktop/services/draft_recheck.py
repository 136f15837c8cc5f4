"""Drafts re-checked against the local catalog replica (#21.4): a line whose product's price changed or that was
delisted is marked before submit — on opening the draft, after every sync, and in the pre-submission check —
so the editor never shows an old price as current and the check never says all is well when the replica knows
better (SYNC.md §5 pre-flight). The server checks again at submit; this only says it first."""

from __future__ import annotations

from sqlalchemy import select

from desktop.store.db import UnitOfWork
from desktop.store.records import Order, OrderLine, Product
from desktop.store.tables import product as product_t
from sync.protocol.states import OrderState

EDITABLE = (OrderState.DRAFT.value, OrderState.DITOLAK.value)
Flag = tuple[int | None, str | None]  # (the catalog's current price or None, "price_changed" | "product_unavailable" | None)


def line_flag(line: OrderLine, product: Product | None, provider_id: int | None) -> Flag:
    if product is None or product.status != "active" or (provider_id is not None
                                                          and product.provider_id != provider_id):
        return None, "product_unavailable"
    if product.price != line.unit_price_quoted:
        return product.price, "price_changed"
    return None, None


def fresh_flags(uow: UnitOfWork, order: Order) -> dict[str, Flag]:
    """Each line's flag as the replica says now (an empty replica — never synced — flags nothing)."""
    if not order.lines or uow.session.execute(select(product_t.c.id).limit(1)).first() is None:
        return {}
    products = {p.id: p for p in uow.catalog.get_products(sorted({ln.product_id for ln in order.lines}))}
    return {ln.id: line_flag(ln, products.get(ln.product_id), order.provider_id) for ln in order.lines}


def recheck(uow: UnitOfWork, order: Order) -> int:
    """Store the fresh flags of an editable order's lines (only what changed); returns how many lines are stale."""
    if order.state not in EDITABLE:
        return 0
    fresh = fresh_flags(uow, order)
    changed = {ln.id: fresh[ln.id] for ln in order.lines
               if ln.id in fresh and fresh[ln.id] != (ln.current_price if ln.flag else None, ln.flag)}
    if changed:
        uow.orders.flag_lines(order.id, changed)
    return sum(1 for flag in fresh.values() if flag[1] is not None)


def recheck_all(uow: UnitOfWork) -> int:
    """Every editable order on this PC (after each sync); returns how many lines are stale."""
    return sum(recheck(uow, order) for order in uow.orders.list(states=list(EDITABLE)))
