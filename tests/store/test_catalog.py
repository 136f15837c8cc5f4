from __future__ import annotations

import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import CatalogQuery, Store, catalog_search
from desktop.store.catalog_search import match_expression, tokenize

PROVIDERS = [
    # id, name, kabkota_code, kabkota, legal_form, marketplace, has_sales
    (1, "CV Kopi Muria", "33.19", "Kudus", "badan_usaha", "MBIZ", True),
    (2, "UD Sumber Rejeki", "33.74", "Kota Semarang", "perorangan", "GRATIS_ONGKIR", False),
    (3, "Toko Kopi Arabika Temanggung", "33.23", "Temanggung", "perorangan", "TISERA", False),
]
PRODUCTS = [
    # id, provider, name, category, price, status
    (10, 1, "Kopi Robusta Muria 1 kg", "pangan", 120_000, "active"),
    (11, 1, "Kopi Arabika Gayo 250 g", "pangan", 85_000, "active"),
    (12, 2, "Kertas HVS A4 80 gram", "atk", 55_000, "active"),
    (13, 2, "Map Plastik Kancing", "atk", 3_500, "active"),
    (14, 3, "Gula Aren Kemasan", "pangan", 30_000, "active"),
    (15, 3, "Kopi Tubruk Lama", "pangan", 40_000, "delisted"),
    (16, 2, "Café Crème Sachet", "pangan", 2_000, "active"),
]


def provider_row(pid, name, code, kab, form, mp, sales, version=1) -> dict:
    return {"t": "provider", "id": pid, "version": version, "seq": pid, "status": "active", "name": name,
            "owner_name": "Pak " + name.split()[-1], "legal_form": form, "kabkota_code": code, "kabkota": kab,
            "address": "Jl. Merdeka", "nib": "1234567890123", "npwp": None, "nik": "3374010101800001",
            "pkp": False, "suket_pp55": True, "bank_name": "Bank Jateng", "bank_account": "123",
            "marketplace": mp, "has_sales": sales}


def product_row(pid, prov, name, cat, price, status="active", version=1) -> dict:
    p = next(x for x in PROVIDERS if x[0] == prov)
    return {"t": "product", "id": pid, "version": version, "seq": 100 + pid, "status": status, "provider_id": prov,
            "name": name, "description": "", "category": cat, "unit": "pcs", "price": price, "stock": 10,
            "tkdn": None, "pdn": True, "kind": "goods", "provider_name": p[1], "kabkota_code": p[2],
            "marketplace": p[5], "legal_form": p[4]}


@pytest.fixture
def catalog(store: Store) -> Store:
    with store.unit_of_work() as uow:
        uow.catalog.upsert_providers([provider_row(*p) for p in PROVIDERS])
        uow.catalog.upsert_products([product_row(*p) for p in PRODUCTS])
        uow.catalog.rebuild_fts()
    return store


def ids(store: Store, **kw) -> list[int]:
    with store.unit_of_work(readonly=True) as uow:
        return list(uow.catalog.search(CatalogQuery(**kw)).ids)


def test_prefix_terms_and_diacritics(catalog: Store) -> None:
    assert set(ids(catalog, text="kop")) == {10, 11, 14}  # 14 via its provider's name; delisted 15 hidden
    assert ids(catalog, text="kopi arab") == [11, 14]  # name match ranks first
    assert ids(catalog, text="cafe creme") == [16]  # remove_diacritics 2
    assert set(ids(catalog, text="KUDUS")) == {10, 11}  # kabkota name, copied from the provider
    assert set(ids(catalog, text="kopi", include_delisted=True)) == {10, 11, 14, 15}


def test_name_matches_outrank_provider_name_matches(catalog: Store) -> None:
    # "arabika" is in product 11's name and in provider 3's name (products 14, 15 of that provider)
    assert ids(catalog, text="arabika")[0] == 11
    assert set(ids(catalog, text="arabika")) == {11, 14}


def test_filters(catalog: Store) -> None:
    assert set(ids(catalog, category="atk")) == {12, 13}
    assert ids(catalog, text="kopi", price_max=100_000) == [11, 14]  # name match first
    assert ids(catalog, category="pangan", price_min=50_000, sort="price_asc") == [11, 10]
    assert ids(catalog, category="pangan", sort="price_desc")[:2] == [10, 11]
    assert set(ids(catalog, kabkota_code="33.74")) == {12, 13, 16}
    assert set(ids(catalog, marketplace="TISERA")) == {14}
    assert set(ids(catalog, legal_form="badan_usaha")) == {10, 11}
    assert set(ids(catalog, never_sold_only=True, category="pangan")) == {14, 16}
    assert ids(catalog, provider_id=1, text="kopi", sort="price_asc") == [11, 10]
    assert ids(catalog, text="kertas", category="pangan") == []


def test_browse_counts_and_paging(catalog: Store) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(CatalogQuery(limit=2, offset=1))
        assert page.ids == (11, 12) and page.total_estimate == 6 and page.exact
        assert uow.catalog.search(CatalogQuery(text="kopi")).total_estimate == 3


def test_fairness_boost_is_bounded_and_reported(catalog: Store) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        plain = uow.catalog.search(CatalogQuery(text="arabika"))
        boosted = uow.catalog.search(CatalogQuery(text="arabika", fairness_boost=0.5))
        huge = uow.catalog.search(CatalogQuery(text="arabika", fairness_boost=1e9))
    assert plain.boosted == frozenset() and boosted.boosted == {14}  # provider 3 has no sales
    assert huge.ids == boosted.ids  # clamped to MAX_FAIRNESS_BOOST: relevance still dominates
    assert set(boosted.ids) == set(plain.ids)


def test_fairness_boost_reorders_within_a_match_tier_only(catalog: Store) -> None:
    with catalog.unit_of_work() as uow:
        uow.catalog.upsert_products([
            product_row(50, 1, "Map Arsip", "atk", 9_000),  # seller 1 has sales
            product_row(51, 2, "Map Arsip Plastik Biru", "atk", 9_500),  # never sold, longer name
            product_row(52, 2, "Mapan Arsip", "atk", 8_000),  # never sold, only a prefix hit for "map"
        ])
    with catalog.unit_of_work(readonly=True) as uow:
        plain = uow.catalog.search(CatalogQuery(text="map arsip"))
        fair = uow.catalog.search(CatalogQuery(text="map arsip", fairness_boost=0.5))
    assert plain.ids[:3] == (50, 51, 52)
    assert fair.ids[:3] == (51, 50, 52)  # lifted past an equally good match, not past a better one
    assert {51, 52} <= fair.boosted


def test_ranked_pool_then_rowid_paging(catalog: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with catalog.unit_of_work() as uow:
        uow.catalog.upsert_products([product_row(100 + i, 1, f"Kopi Sachet {i}", "pangan", 1000 + i)
                                     for i in range(30)])
    monkeypatch.setattr(catalog_search, "CANDIDATES", 8)
    seen: list[int] = []
    with catalog.unit_of_work(readonly=True) as uow:
        for offset in range(0, 40, 7):
            page = uow.catalog.search(CatalogQuery(text="kopi", offset=offset, limit=7))
            seen += page.ids
        assert not page.exact and page.total_estimate >= 8
    assert len(seen) == len(set(seen)) == 33  # every match exactly once across pages


def test_delta_upsert_keeps_fts_in_step(catalog: Store) -> None:
    with catalog.unit_of_work() as uow:
        changed = uow.catalog.upsert_products([
            product_row(10, 1, "Teh Tubruk Muria", "pangan", 125_000, version=2),
            product_row(11, 1, "Ignored Old Version", "pangan", 1, version=1),  # not newer: skipped
            product_row(12, 2, "Kertas HVS A4 80 gram", "atk", 57_000, status="delisted", version=2),
            product_row(20, 3, "Kopi Luwak Baru", "pangan", 300_000),
        ])
        assert changed == 3
        # same id twice in one page: highest version wins
        uow.catalog.upsert_products([product_row(21, 2, "Pensil 2B", "atk", 2000, version=3),
                                     product_row(21, 2, "Pensil HB", "atk", 2000, version=2)])
        assert uow.catalog.get_product(20).kabkota == "Temanggung"  # copied from the provider
    assert ids(catalog, text="robusta") == [] and ids(catalog, text="teh tubruk") == [10]
    assert ids(catalog, text="ignored") == [] and ids(catalog, text="gayo") == [11]
    assert ids(catalog, text="hvs") == [] and ids(catalog, text="hvs", include_delisted=True) == [12]
    assert ids(catalog, text="luwak") == [20] and ids(catalog, text="2b") == [21] and ids(catalog, text="hb") == []
    with catalog.raw_connection() as conn:  # the index equals a from-scratch rebuild
        assert conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)") is not None


def test_get_products_keeps_requested_order(catalog: Store) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        rows = uow.catalog.get_products([14, 999, 10])
        assert [p.id for p in rows] == [14, 10] and rows[0].kabkota == "Temanggung" and rows[0].pdn is True
        assert uow.catalog.get_product(999) is None
        assert len(uow.catalog.get_products(list(range(0, 1200)))) == 7


def test_count_and_checksum_formula(catalog: Store) -> None:
    expected = sum(zlib.crc32(f"provider:{p[0]}:1".encode()) for p in PROVIDERS)
    expected += sum(zlib.crc32(f"product:{p[0]}:1".encode()) for p in PRODUCTS if p[5] == "active")
    with catalog.unit_of_work(readonly=True) as uow:
        assert uow.catalog.product_count() == 6 and uow.catalog.product_count(include_delisted=True) == 7
        assert uow.catalog.catalog_checksum() == expected % 2**32


def test_provider_version_guard(catalog: Store) -> None:
    with catalog.unit_of_work() as uow:
        uow.catalog.upsert_providers([provider_row(2, "Renamed", "33.74", "Kota Semarang", "perorangan",
                                                   "GRATIS_ONGKIR", True, version=1)])
        uow.catalog.upsert_providers([provider_row(3, "Toko Baru", "33.23", "Temanggung", "perorangan",
                                                   "TISERA", True, version=2)])
    assert set(ids(catalog, never_sold_only=True)) == {12, 13, 16}  # 2 unchanged, 3 now has sales


@pytest.mark.parametrize("text", ['"', 'kopi"', "NEAR(kopi gula)", "kopi OR", "*", "kopi*", "-kopi", "^kopi",
                                  "name:kopi", "(", ")", "AND", "kopi AND NOT", "☕️🍵", "'; DROP TABLE product;--",
                                  "\x00", "a" * 10_000, "kopi " * 2000, "ⅷ ² ß", "ل", "k"])
def test_hostile_input_never_raises(catalog: Store, text: str) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(CatalogQuery(text=text))
    assert isinstance(page.ids, tuple)
    if text in ("kopi*", "-kopi", "^kopi", 'kopi"'):
        assert set(page.ids) == {10, 11, 14}  # operators are treated as plain words


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_any_text_is_safe(catalog: Store, text: str) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(CatalogQuery(text=text, limit=10))
    assert len(page.ids) <= 10 and page.total_estimate >= 0


@settings(derandomize=True)
@given(st.text(max_size=2000))
def test_match_expression_is_only_quoted_terms(text: str) -> None:
    expr = match_expression(text)
    tokens = tokenize(text)
    assert len(tokens) <= catalog_search.MAX_TERMS
    if expr is not None:
        assert all(t.startswith('"') and t.rstrip("*").endswith('"') and '"' not in t.strip('"*')
                   for t in expr.split(" "))


QUERIES = [dict(text="kopi", price_max=100_000), dict(text="kopi", category="pangan"),
           dict(text="kopi arab", kabkota_code="33.19"), dict(text="map", category="atk", sort="price_desc"),
           dict(text="kopi", never_sold_only=True), dict(text="kopi", legal_form="perorangan", fairness_boost=0.3),
           dict(text="café", marketplace="GRATIS_ONGKIR"), dict(text="gula", provider_id=3),
           dict(text="kopi", include_delisted=True, category="pangan")]


@pytest.mark.parametrize("kw", QUERIES, ids=lambda kw: " ".join(f"{k}={v}" for k, v in kw.items()))
def test_filter_first_and_fts_first_agree(catalog: Store, kw: dict) -> None:
    q = CatalogQuery(**kw)
    where, args = catalog_search._filters(q)
    terms = tokenize(q.text)
    with catalog.raw_connection() as conn:
        exact = catalog_search._filter_first(conn, q, terms, where, args, 50, 0)
        fts, capped = catalog_search._fts_first(conn, q, terms, where, args, 50, 0)
    assert exact is not None and not capped
    assert (fts.ids, fts.total_estimate, fts.boosted) == (exact.ids, exact.total_estimate, exact.boosted)
    assert ids(catalog, **kw) == list(exact.ids)


def test_capped_walk_falls_back_to_exact_filter_first(catalog: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_search, "SCAN_CAP", 1)
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(CatalogQuery(text="kopi", marketplace="TISERA"))
    assert page.ids == (14,) and page.exact


def test_capped_walk_reports_a_lower_bound_and_pages_on(catalog: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_search, "SCAN_CAP", 2)
    with catalog.unit_of_work(readonly=True) as uow:
        first = uow.catalog.search(CatalogQuery(text="kopi", limit=2))
        assert first.ids == (10, 11) and first.total_estimate == 2 and not first.exact
        assert uow.catalog.search(CatalogQuery(text="kopi", limit=5)).ids == (10, 11, 14)  # continues the walk
        assert uow.catalog.search(CatalogQuery(text="kopi", offset=2, limit=5)).ids == (14,)


def test_rebuild_collects_planner_statistics(catalog: Store) -> None:
    with catalog.raw_connection() as conn:
        stats = {r[1] for r in conn.execute("SELECT tbl, idx FROM sqlite_stat1 WHERE tbl = 'product'")}
    assert "ix_product_kabkota_code" in stats


def test_get_providers(catalog: Store) -> None:
    with catalog.unit_of_work(readonly=True) as uow:
        got = uow.catalog.get_provider(3)
        assert got is not None and got.name == "Toko Kopi Arabika Temanggung" and got.has_sales is False
        assert got.suket_pp55 is True and got.pkp is False and got.kabkota == "Temanggung"
        assert [p.id for p in uow.catalog.get_providers([2, 99, 1])] == [2, 1]
        assert uow.catalog.get_provider(99) is None


def test_provider_delta_reindexes_its_products_kabkota(catalog: Store) -> None:
    with catalog.unit_of_work() as uow:
        # products first, their provider in a later page (kabkota unknown until then)
        uow.catalog.upsert_products([{**product_row(30, 1, "Batik Tulis", "sandang", 250_000), "provider_id": 9}])
        assert uow.catalog.get_product(30).kabkota == ""
        uow.catalog.upsert_providers([provider_row(9, "UD Batik Lasem", "33.17", "Rembang", "perorangan",
                                                   "MBIZ", False)])
        assert uow.catalog.get_product(30).kabkota == "Rembang"
        uow.catalog.upsert_providers([provider_row(1, "CV Kopi Muria", "33.19", "Kabupaten Kudus", "badan_usaha",
                                                   "MBIZ", True, version=2)])
    assert ids(catalog, text="rembang") == [30]
    assert set(ids(catalog, text="kabupaten kudus")) == {10, 11}
    with catalog.raw_connection() as conn:
        conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")


def test_kabkota_narrowing_only_when_safe(catalog: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_search, "SMALL_SET", 0)  # FTS-first, where the narrowing happens
    with catalog.raw_connection() as conn:
        assert catalog_search._kabkota_names(conn, "33.19") == ["Kudus"]
        assert catalog_search._kabkota_names(conn, "99.99") == []
    assert set(ids(catalog, text="kopi", kabkota_code="33.19")) == {10, 11}
    with catalog.unit_of_work() as uow:  # a product whose provider (so kabkota name) is not here yet
        uow.catalog.upsert_products([{**product_row(40, 1, "Kopi Jahe", "pangan", 9_000), "provider_id": 77}])
    with catalog.raw_connection() as conn:
        assert catalog_search._kabkota_names(conn, "33.19") is None  # narrowing would lose product 40
    assert set(ids(catalog, text="kopi", kabkota_code="33.19")) == {10, 11, 40}


@pytest.mark.parametrize("kw", [dict(category="pangan"), dict(kabkota_code="33.19"), dict(category="atk",
                                kabkota_code="33.74"), dict(category="pangan", include_delisted=True),
                                dict(kabkota_code="33.23", marketplace="TISERA"), dict(category="none")])
def test_browse_through_fts_narrowing_equals_plain_sql(catalog: Store, kw: dict) -> None:
    where, args = catalog_search._filters(CatalogQuery(**kw))
    with catalog.raw_connection() as conn:
        expected = [r[0] for r in conn.execute(f"SELECT p.id FROM product p WHERE {' AND '.join(where)} ORDER BY p.id"
                                               if where else "SELECT id FROM product ORDER BY id", args)]
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(CatalogQuery(**kw, limit=100))
    assert list(page.ids) == expected and page.total_estimate == len(expected) and page.exact


def test_generic_kabkota_words_are_not_used_to_narrow(catalog: Store) -> None:
    with catalog.unit_of_work() as uow:
        uow.catalog.upsert_providers([provider_row(5, "CV Semarang Jaya", "33.74", "Kota Semarang", "badan_usaha",
                                                   "MBIZ", True, version=2)])
    with catalog.raw_connection() as conn:
        parts = catalog_search._narrowing(conn, CatalogQuery(kabkota_code="33.74"))
    assert parts == ['kabkota : ("semarang")']


def test_missing_index_statistics_are_rebuilt_on_open(catalog: Store) -> None:
    from desktop.store import catalog_write

    with catalog.raw_connection() as conn:
        assert not catalog_write.stats_missing(conn)
        conn.execute("DROP INDEX ix_product_price")  # what a loader's index rebuild does
        conn.execute("CREATE INDEX ix_product_price ON product (price)")
        assert catalog_write.stats_missing(conn)
    catalog.close()
    with Store.open(catalog.path) as again, again.raw_connection() as conn:
        assert not catalog_write.stats_missing(conn)


def test_empty_catalog_needs_no_statistics(store: Store) -> None:
    from desktop.store import catalog_write

    with store.raw_connection() as conn:
        assert not catalog_write.stats_missing(conn)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(category=st.text(max_size=12), kabkota=st.text(max_size=12),
       text=st.sampled_from(["", "kopi", "q" * 14]))  # 14 q's: longer than any generated category word
def test_any_category_or_kabkota_filter_equals_plain_sql(catalog: Store, category: str, kabkota: str,
                                                         text: str) -> None:
    row = {**product_row(60, 1, "Kopi Uji", category or "c", 1_000), "kabkota_code": kabkota or "k"}
    with catalog.unit_of_work() as uow:
        current = uow.catalog.get_product(60)
        uow.catalog.upsert_products([{**row, "version": current.version + 1 if current else 1}])
    q = CatalogQuery(text=text, category=category or "c", kabkota_code=kabkota or "k")
    with catalog.unit_of_work(readonly=True) as uow:
        page = uow.catalog.search(q)
    assert page.ids == ((60,) if text in ("", "kopi") else ())


def test_browse_pages_past_the_count_cap(catalog: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_search, "COUNT_CAP", 3)
    with catalog.unit_of_work(readonly=True) as uow:
        first = uow.catalog.search(CatalogQuery(limit=2))
        deep = uow.catalog.search(CatalogQuery(offset=3, limit=2))
        narrowed = uow.catalog.search(CatalogQuery(category="pangan", offset=2, limit=5, include_delisted=True))
    assert first.ids == (10, 11) and first.total_estimate == 3 and not first.exact
    assert deep.ids == (13, 14) and deep.total_estimate == 3 and not deep.exact
    assert narrowed.ids == (14, 15, 16) and narrowed.total_estimate == 3 and not narrowed.exact
