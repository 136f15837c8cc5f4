"""Fairness review of the store's catalog search boost (issue 8): bounded, listed, and — since the store ranks by
match tier first (commit cb7df5b, prompted by the strict xfail this file first carried) — a boosted, pricier
partial match never pushes a cheaper exact match down."""

from __future__ import annotations

import pytest

from desktop.store import CatalogQuery
from desktop.store.catalog_search import MAX_FAIRNESS_BOOST
from desktop.store.db import Store


def _provider(pid: int, has_sales: bool) -> dict:
    return {"id": pid, "version": 1, "seq": pid, "status": "active", "name": f"Toko Uji {pid}",
            "owner_name": "Pemilik", "legal_form": "perorangan", "kabkota_code": "33.74", "kabkota": "Kota Semarang",
            "address": "Jl. Pemuda 1", "nib": "9120000000001", "npwp": None, "nik": "3374000000000001",
            "pkp": False, "suket_pp55": True, "bank_name": "Bank Jateng", "bank_account": "1", "marketplace": "MBIZ",
            "has_sales": has_sales}


def _product(pid: int, provider: int, name: str, price: int) -> dict:
    return {"id": pid, "version": 1, "seq": 100 + pid, "status": "active", "provider_id": provider, "name": name,
            "description": "uji", "category": "ATK", "unit": "rim", "price": price, "stock": 10, "tkdn": None,
            "pdn": True, "kind": "goods", "provider_name": f"Toko Uji {provider}", "kabkota_code": "33.74",
            "kabkota": "Kota Semarang", "marketplace": "MBIZ", "legal_form": "perorangan"}


@pytest.fixture
def shop(tmp_path):
    store = Store.open(tmp_path / "fair.db")
    with store.unit_of_work() as uow:
        uow.catalog.upsert_providers([_provider(1, True), _provider(2, False)])
        uow.catalog.upsert_products([
            _product(10, 1, "Kertas HVS A4", 42_000),  # exact whole-word match, cheaper, seller has sales
            _product(20, 2, "Kertasku HVS A4 warna", 65_000),  # prefix match, pricier, never sold
        ])
    with store.raw_connection() as conn:
        from desktop.store import catalog_write

        conn.execute("BEGIN")
        catalog_write.rebuild_fts(conn)
        conn.execute("COMMIT")
    yield store
    store.close()


def _search(store: Store, **kw) -> object:
    with store.unit_of_work(readonly=True) as uow:
        return uow.catalog.search(CatalogQuery(**kw))


def test_boost_is_bounded_and_lifted_products_are_listed(shop):
    plain = _search(shop, text="kertas hvs", limit=10)
    assert plain.ids[0] == 10 and not plain.boosted
    huge = _search(shop, text="kertas hvs", limit=10, fairness_boost=100.0)  # clamped to MAX_FAIRNESS_BOOST
    capped = _search(shop, text="kertas hvs", limit=10, fairness_boost=MAX_FAIRNESS_BOOST)
    assert huge.ids == capped.ids and MAX_FAIRNESS_BOOST <= 0.5
    assert huge.boosted == frozenset({20})  # the UI can say "dinaikkan: penyedia baru"
    never = _search(shop, text="kertas", never_sold_only=True, limit=10)
    assert never.ids == (20,)


def test_boost_never_hides_a_cheaper_exact_match(shop):
    page = _search(shop, text="kertas hvs", limit=1, fairness_boost=MAX_FAIRNESS_BOOST)
    assert page.ids == (10,)
    both = _search(shop, text="kertas hvs", limit=10, fairness_boost=MAX_FAIRNESS_BOOST)
    assert both.ids == (10, 20) and both.boosted == frozenset({20})  # lifted within its tier, listed
