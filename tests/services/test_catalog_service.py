"""CatalogService over a real store with a generated catalog."""

from __future__ import annotations

from desktop.services.catalog_service import CatalogService
from desktop.services.catalog_view import CatalogFilter


def test_text_search_finds_prefix(catalog_store):
    svc = CatalogService(catalog_store)
    result = svc.search(CatalogFilter(text="kert"))
    assert result.ids, "prefix 'kert' must find 'Kertas HVS'"
    rows = svc.rows(result.ids[:20])
    assert all("kertas" in rows[i].name.lower() for i in result.ids[:20] if i in rows)


def test_filters_combine(catalog_store):
    svc = CatalogService(catalog_store)
    flt = CatalogFilter(category="ATK", kabkota_code="33.74", price_min=50_000, price_max=200_000)
    result = svc.search(flt)
    rows = svc.rows(result.ids[:100])
    assert rows
    for r in rows.values():
        assert r.category == "ATK" and 50_000 <= r.price <= 200_000 and r.kabkota == "Kota Semarang"


def test_never_sold_filter_and_marking(catalog_store):
    svc = CatalogService(catalog_store)
    only = svc.search(CatalogFilter(never_sold_only=True))
    rows = svc.rows(only.ids[:200])
    assert rows and all(r.never_sold for r in rows.values())
    everything = svc.rows(svc.search(CatalogFilter()).ids[:200])
    marks = {r.never_sold for r in everything.values()}
    assert marks == {True, False}  # both kinds are present and told apart


def test_rows_keep_page_ids_and_detail(catalog_store):
    svc = CatalogService(catalog_store)
    ids = svc.search(CatalogFilter(text="kursi")).ids[:5]
    rows = svc.rows(ids)
    assert set(rows) == set(ids)
    detail = svc.detail(ids[0])
    assert detail is not None and detail.row.id == ids[0] and detail.provider_address
    assert svc.detail(10_000_000) is None


def test_filter_options(catalog_store):
    opts = CatalogService(catalog_store).filter_options()
    assert ("ATK", "Alat tulis dan perlengkapan kantor") in opts.categories
    assert ("33.74", "Kota Semarang") in opts.kabkotas
    assert {m for m, _ in opts.marketplaces} == {"GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL"}
    assert opts.product_count == 3000


def test_hostile_text_finds_nothing_without_error(catalog_store):
    svc = CatalogService(catalog_store)
    for text in ['"', "NEAR(", "*", "kopi:", "(((", "🙂"]:
        svc.search(CatalogFilter(text=text))
