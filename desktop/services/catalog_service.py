"""Catalog use cases over the local replica: search ids, fetch rows a page at a time, details, filter choices.

Synchronous and Qt-free; the UI calls these on its read lane. Each call opens one read-only unit of work, so
nothing leaks ORM state across threads (TagStudio's lesson).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.catalog_view import (
    CATEGORY_NAMES,
    MARKETPLACE_NAMES,
    CatalogFilter,
    FilterOptions,
    ProductDetail,
    ProductRow,
    SearchResult,
)
from desktop.store.catalog_search import CatalogQuery
from desktop.store.db import Store
from desktop.store.records import Product
from desktop.store.tables import provider

MAX_RESULTS = 1000  # ids kept per search; a wider search asks the officer to narrow it down
FIRST_PAGE = 100


class CatalogService:
    def __init__(self, store: Store, fairness_boost: Callable[[], float] | None = None) -> None:
        """`fairness_boost` gives the current setting (SettingsService.catalog_fairness_boost); none = off."""
        self._store = store
        self._fairness_boost = fairness_boost

    def search(self, flt: CatalogFilter, limit: int = MAX_RESULTS) -> SearchResult:
        """Ids of matching products in display order (only ids: rows come later, a page at a time)."""
        query = CatalogQuery(
            text=flt.text, category=flt.category, kabkota_code=flt.kabkota_code, marketplace=flt.marketplace,
            legal_form=flt.legal_form, price_min=flt.price_min, price_max=flt.price_max,
            never_sold_only=flt.never_sold_only, limit=limit,
            fairness_boost=self._fairness_boost() if self._fairness_boost is not None else 0.0,
        )
        with self._store.unit_of_work(readonly=True) as uow:
            page = uow.catalog.search(query)
        return SearchResult(ids=page.ids, total=max(page.total_estimate, len(page.ids)), exact=page.exact,
                            boosted=page.boosted)

    def search_with_first_page(self, flt: CatalogFilter, page_size: int = FIRST_PAGE,
                               limit: int = MAX_RESULTS) -> tuple[SearchResult, dict[int, ProductRow]]:
        """Ids plus the rows of the first page in one call: the results paint in one round trip."""
        result = self.search(flt, limit)
        return result, self.rows(result.ids[:page_size])

    def rows(self, ids: Sequence[int]) -> dict[int, ProductRow]:
        """Rows for one page of ids, with the never-sold mark of each product's provider."""
        with self._store.unit_of_work(readonly=True) as uow:
            products = uow.catalog.get_products(list(ids))
            sales = _provider_sales(uow.session, {p.provider_id for p in products})
        return {p.id: _row(p, not sales.get(p.provider_id, True)) for p in products}

    def detail(self, product_id: int) -> ProductDetail | None:
        with self._store.unit_of_work(readonly=True) as uow:
            p = uow.catalog.get_product(product_id)
            if p is None:
                return None
            pr = uow.session.execute(select(provider).where(provider.c.id == p.provider_id)).one_or_none()
        never_sold = pr is not None and not pr.has_sales
        return ProductDetail(
            row=_row(p, never_sold), description=p.description, kind=p.kind, tkdn=p.tkdn, pdn=p.pdn,
            version=p.version,
            provider_owner=(pr.owner_name if pr else "") or "", provider_address=(pr.address if pr else "") or "",
            provider_pkp=bool(pr and pr.pkp), provider_npwp=bool(pr and pr.npwp),
            provider_suket_pp55=bool(pr and pr.suket_pp55),
        )

    def filter_options(self) -> FilterOptions:
        with self._store.unit_of_work(readonly=True) as uow:
            conn = uow.session.connection()
            cats = [r[0] for r in conn.exec_driver_sql("SELECT DISTINCT category FROM product ORDER BY 1")]
            kabs = list(conn.exec_driver_sql(
                "SELECT kabkota_code, max(kabkota) FROM provider GROUP BY kabkota_code ORDER BY 2"))
            markets = [r[0] for r in conn.exec_driver_sql("SELECT DISTINCT marketplace FROM provider ORDER BY 1")]
            count = uow.catalog.product_count()
        return FilterOptions(
            categories=tuple((c, CATEGORY_NAMES.get(c, c)) for c in cats),
            kabkotas=tuple((code, name or code) for code, name in kabs),
            marketplaces=tuple((m, MARKETPLACE_NAMES.get(m, m)) for m in markets),
            product_count=count,
        )


def _provider_sales(session: Session, provider_ids: set[int]) -> dict[int, bool]:
    if not provider_ids:
        return {}
    q = select(provider.c.id, provider.c.has_sales).where(provider.c.id.in_(sorted(provider_ids)))
    return {r.id: bool(r.has_sales) for r in session.execute(q)}


def _row(p: Product, never_sold: bool) -> ProductRow:
    return ProductRow(
        id=p.id, name=p.name, price=p.price, unit=p.unit, category=p.category, provider_id=p.provider_id,
        provider_name=p.provider_name, kabkota=p.kabkota, marketplace=p.marketplace, legal_form=p.legal_form,
        stock=p.stock, never_sold=never_sold, active=p.status == "active",
    )
