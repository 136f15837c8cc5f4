"""Catalog reads the order workflow needs inside its own unit of work: one product, one provider, and a short
search for the editor's "add product" dialog. Rows come back as the store's frozen records."""

from __future__ import annotations

from desktop.store.catalog_search import CatalogQuery
from desktop.store.db import UnitOfWork
from desktop.store.records import Product, Provider


def product(uow: UnitOfWork, product_id: int) -> Product | None:
    found: Product | None = uow.catalog.get_product(product_id)
    return found


def provider(uow: UnitOfWork, provider_id: int) -> Provider | None:
    """The seller with its NIK, NPWP and bank account opened (the replica seals them, #15): documents print them
    and the tax engine reads them through here."""
    found: Provider | None = uow.catalog.get_provider(provider_id)
    return found


def search(uow: UnitOfWork, text: str, *, provider_id: int | None = None, limit: int = 30) -> list[Product]:
    """Active products matching the typed words (the store's FTS search), optionally of one seller."""
    page = uow.catalog.search(CatalogQuery(text=text, provider_id=provider_id, limit=limit))
    return [p for p in uow.catalog.get_products(list(page.ids)) if p.status == "active"]
