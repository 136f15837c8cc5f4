"""/v1/stats endpoints over HTTP (in-process): role scoping of every endpoint, filters, drill-down, fairness."""

from __future__ import annotations

import pytest

from tests.conftest import PG_URL
from tests.server.test_stats_support import stats_app, token

ORDER_ENDPOINTS = ["summary", "by-kabkota", "by-opd", "by-category", "by-marketplace", "by-month", "shares",
                   "orders-by-state", "orders"]
CATALOG_ENDPOINTS = ["sellers", "never-sold"]
ALL = ORDER_ENDPOINTS + CATALOG_ENDPOINTS


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("BLANGKON_TEST_PG_URL not set")
    with stats_app(request.param, tmp_path_factory.mktemp("stats")) as pair:
        yield pair


def _get(env, path: str, role: str = "ADMIN_PROVINSI", opd: str | None = None, **params):
    app, client = env
    return client.get(f"/v1/stats/{path}", headers=token(app, role, opd), params=params)


def _busiest_opd(env) -> str:
    return str(_get(env, "by-opd").json()["rows"][0]["opd_id"])


@pytest.mark.parametrize("path", ALL)
def test_every_endpoint_needs_a_token(env, path):
    _, client = env
    r = client.get(f"/v1/stats/{path}")
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("role", ["PP", "PPK", "BENDAHARA", "ADMIN_OPD", "PA_KPA"])
def test_officers_are_scoped_to_their_opd_and_refused_others(env, path, role):
    opd = _busiest_opd(env)
    other = "33.00-BAPPEDA" if not opd.startswith("33.00-BAPPEDA") else "33.01-DISDIK"
    mine = _get(env, path, role, opd)
    assert mine.status_code == 200, mine.text
    body = mine.json()
    assert body["as_of"].endswith("Z") and body["scope"]["role"] == role
    if path in ORDER_ENDPOINTS:
        assert body["scope"] == {"all": False, "opd_id": opd, "role": role}
        assert body["filters"]["opd_id"] == opd
    else:  # the catalog is public: the same figures for every role
        assert body["scope"]["all"] is True
        admin = _get(env, path).json()
        assert body["rows"] == admin["rows"]
    refused = _get(env, path, role, opd, opd_id=other)
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert "OPD Anda sendiri" in refused.json()["detail"]


@pytest.mark.parametrize("path", ALL)
def test_officer_without_opd_is_refused(env, path):
    r = _get(env, path, "PPK", None)
    assert r.status_code == 403 and "admin provinsi" in r.json()["detail"]


def test_scoped_figures_are_the_opd_part_of_the_province(env):
    opd = _busiest_opd(env)
    everything = _get(env, "by-opd").json()["rows"]
    expected = next(r for r in everything if r["opd_id"] == opd)
    mine = _get(env, "summary", "PPK", opd).json()
    assert mine["total_value"] == expected["value"] and mine["order_count"] == expected["count"]
    assert [r["opd_id"] for r in _get(env, "by-opd", "PP", opd).json()["rows"]] == [opd]
    assert all(o["opd_id"] == opd for o in _get(env, "orders", "PP", opd, limit=500).json()["rows"])
    admin_narrowed = _get(env, "summary", opd_id=opd).json()
    assert admin_narrowed["total_value"] == mine["total_value"]
    assert _get(env, "summary").json()["total_value"] > mine["total_value"]


def test_ranking_sums_to_summary_and_is_sorted(env):
    total = _get(env, "summary").json()
    rows = _get(env, "by-kabkota").json()["rows"]
    assert sum(r["value"] for r in rows) == total["total_value"]
    assert sum(r["count"] for r in rows) == total["order_count"]
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    assert all(r["name"].startswith(("Kabupaten ", "Kota ", "Pemerintah Provinsi")) for r in rows)
    for path in ("by-marketplace", "by-month", "by-opd"):
        assert sum(r["value"] for r in _get(env, path).json()["rows"]) == total["total_value"]
    cats = _get(env, "by-category").json()["rows"]
    assert sum(r["value"] for r in cats) == total["goods_value"]  # categories exclude shipping


def test_date_and_kabkota_filters(env):
    months = _get(env, "by-month").json()["rows"]
    month = months[len(months) // 2]
    start, end = f"{month['month']}-01", f"{month['month']}-31"
    one = _get(env, "summary", date_from=start, date_to=end).json()
    assert one["total_value"] == month["value"] and one["order_count"] == month["count"]
    top = _get(env, "by-kabkota").json()["rows"][0]
    only = _get(env, "by-kabkota", kabkota=top["kabkota"]).json()["rows"]
    assert [(r["kabkota"], r["value"]) for r in only] == [(top["kabkota"], top["value"])]
    bad = _get(env, "summary", date_from="2026-13-01")
    assert bad.status_code == 422 and bad.json()["code"] == "validation_error"
    swapped = _get(env, "summary", date_from="2026-05-01", date_to="2026-04-01")
    assert swapped.status_code == 422 and "tukar" in swapped.json()["detail"]


def test_drill_down_lists_the_orders_behind_a_bar(env):
    bar = _get(env, "by-kabkota").json()["rows"][0]
    first = _get(env, "orders", bar_kabkota=bar["kabkota"], limit=500).json()
    assert first["total"] == bar["count"]
    assert sum(o["total"] for o in first["rows"]) == bar["value"] or first["total"] > 500
    cat = _get(env, "by-category").json()["rows"][0]
    behind = _get(env, "orders", category=cat["category"], limit=1).json()
    assert behind["total"] == cat["count"] and len(behind["rows"]) == 1
    page2 = _get(env, "orders", bar_kabkota=bar["kabkota"], limit=2, offset=2).json()["rows"]
    assert [o["id"] for o in page2] == [o["id"] for o in first["rows"][2:4]]


def test_orders_by_state_counts_every_order_and_ages_them(env):
    body = _get(env, "orders-by-state").json()
    assert sum(r["count"] for r in body["rows"]) == 400
    waiting = next(r for r in body["rows"] if r["state"] == "DIAJUKAN")["count"]
    assert sum(b["count"] for b in body["waiting_ppk"].values()) == waiting
    assert body["limits"]["ppk_approval_working_days"] == 3
    assert body["calendar_complete"] is True
    assert body["paid_late"]["count"] >= 0 and body["unpaid_overdue"]["count"] >= 0


def test_shares_and_sellers(env):
    s = _get(env, "shares").json()
    assert s["umkm"]["value"] + s["non_umkm"]["value"] == s["total_value"]
    assert 0 <= s["pdn"]["share"] <= 1 and 0 <= s["tkdn"]["share"] <= 1
    assert sum(r["value"] for r in s["by_legal_form"]) == s["total_value"]
    sellers = _get(env, "sellers").json()
    assert set(sellers["by_legal_form"]) <= {"perorangan", "badan_usaha"}
    assert sellers["products"] == 1500
    one_kab = sellers["rows"][0]["kabkota"]
    narrowed = _get(env, "sellers", kabkota=one_kab).json()
    assert {r["kabkota"] for r in narrowed["rows"]} == {one_kab}


def test_never_sold_report_pages_and_excludes_sellers_that_sold(env):
    body = _get(env, "never-sold", limit=5).json()
    rows = body["rows"]
    assert rows and all(0 <= r["providers_never_sold"] <= r["providers"] for r in rows)
    assert all(0 <= r["products_never_sold"] <= r["products"] for r in rows)
    total = body["providers"]["total"]
    assert total == sum(r["providers_never_sold"] for r in rows)
    seen: list[int] = []
    for offset in range(0, total, 5):
        seen += [p["id"] for p in _get(env, "never-sold", limit=5, offset=offset).json()["providers"]["rows"]]
    assert len(seen) == len(set(seen)) == total
    sold = {o["provider_id"] for o in _get(env, "orders", limit=500).json()["rows"]}
    assert not sold & set(seen)
    kab = rows[0]["kabkota"]
    only = _get(env, "never-sold", kabkota=kab).json()
    assert {p["kabkota_code"] for p in only["providers"]["rows"]} <= {kab}


def test_catalog_reports_are_computed_once_and_shared_between_workers(env, monkeypatch):
    from sqlalchemy import select

    from sync.server.stats import catalog_reports as stats_catalog
    from sync.server.stats.models import stats_cache

    app, _client = env
    engine = app.state.ctx.engine
    stats_catalog.clear_memo()
    stats_catalog.warm(engine)  # e.g. right after a catalog import
    with engine.connect() as conn:
        names = set(conn.execute(select(stats_cache.c.name)).scalars())
    assert "catalog_counts" in names
    before = _get(env, "never-sold", limit=5).json()
    stats_catalog.clear_memo()  # a fresh worker process: nothing in memory, the shared table answers

    def boom(*_a, **_k):
        raise AssertionError("recomputed although the shared cache is current")

    monkeypatch.setattr(stats_catalog, "_catalog_counts", boom)  # the 1M-row scan is not repeated
    after = _get(env, "never-sold", limit=5).json()
    assert after["rows"] == before["rows"] and after["providers"] == before["providers"]
    assert _get(env, "sellers").status_code == 200


def test_delisting_a_sold_product_keeps_the_never_sold_count_exact(env):
    """Runs last in the module: it changes the catalog (a sold product is delisted)."""
    from sqlalchemy import select

    from sync.server.catalog.feed import apply_change_set
    from sync.server.stats.models import stats_product_sales
    from sync.server.storage import models as m

    app, _client = env
    engine = app.state.ctx.engine
    with engine.connect() as conn:
        pid = conn.execute(select(stats_product_sales.c.product_id).where(stats_product_sales.c.n > 0)
                           .order_by(stats_product_sales.c.product_id).limit(1)).scalar_one()
        row = dict(conn.execute(select(m.product).where(m.product.c.id == pid)).one()._mapping)
    kab = row["kabkota_code"]
    before = next(r for r in _get(env, "never-sold", kabkota=kab).json()["rows"] if r["kabkota"] == kab)
    content = {k: v for k, v in row.items() if k not in ("version", "seq")}
    apply_change_set(engine, [], [{**content, "status": "delisted", "delisted_reason": "uji: ditarik penyedia"}])
    after = next(r for r in _get(env, "never-sold", kabkota=kab).json()["rows"] if r["kabkota"] == kab)
    assert after["products"] == before["products"] - 1  # one active product fewer ...
    assert after["products_never_sold"] == before["products_never_sold"]  # ... and it was a sold one
