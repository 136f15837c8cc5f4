"""Catalog reads the order workflow needs inside its own unit of work: one product, one provider, and a short
search for the editor's "add product" dialog. Rows come back as the store's frozen records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.store.catalog_search import CatalogQuery
from desktop.store.db import UnitOfWork
from desktop.store.records import Product, Provider
from desktop.store.tables import provider as provider_t

_BOOL_PROVIDER = ("pkp", "suket_pp55", "has_sales")


def _provider(r: Any) -> Provider:
    values = dict(r._mapping)
    for name in _BOOL_PROVIDER:
        values[name] = bool(values.get(name))
    return Provider(**values)


def product(uow: UnitOfWork, product_id: int) -> Product | None:
    found: Product | None = uow.catalog.get_product(product_id)
    return found


def provider(uow: UnitOfWork, provider_id: int) -> Provider | None:
    r = uow.session.execute(select(provider_t).where(provider_t.c.id == provider_id)).one_or_none()
    return None if r is None else _provider(r)


def search(uow: UnitOfWork, text: str, *, provider_id: int | None = None, limit: int = 30) -> list[Product]:
    """Active products matching the typed words (the store's FTS search), optionally of one seller."""
    page = uow.catalog.search(CatalogQuery(text=text, provider_id=provider_id, limit=limit))
    return [p for p in uow.catalog.get_products(list(page.ids)) if p.status == "active"]
