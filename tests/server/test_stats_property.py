"""Property: after any sequence of order writes (new orders, state changes, cancellations), every aggregate equals a
brute-force recomputation in plain Python over the order documents and the catalog."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.thresholds import Thresholds
from sync.server.stats import catalog_reports as stats_catalog
from sync.server.stats import generate as stats_gen
from sync.server.stats import queries as stats
from sync.server.stats.queries import Filters
from sync.server.stats.refresh import refresh
from sync.server.storage import models as m
from tests.conftest import PG_URL
from tests.server.test_stats_support import TODAY, stats_app

CAL = WorkingCalendar.from_resources()  # the desktop's calendar: an independent oracle for the server's
TH = Thresholds.from_resources()
COUNTED = {"DISETUJUI", "DIKIRIM_KE_PENYEDIA", "DIKONFIRMASI_PENYEDIA", "DALAM_PENGIRIMAN", "DITERIMA",
           "KETIDAKSESUAIAN", "BAST", "MENUNGGU_BAYAR", "DIBAYAR", "SELESAI"}


class World:
    def __init__(self, app: Any) -> None:
        self.engine = app.state.ctx.engine
        self.docs: dict[str, dict[str, Any]] = {}
        self.catalog = stats_gen.catalog_sample(self.engine, 10_000)
        with self.engine.connect() as conn:
            self.opd_kab = dict(conn.execute(select(m.opd.c.id, m.opd.c.kabkota_code)).all())
            self.prov = {r.id: r for r in conn.execute(select(m.provider))}
            self.prod = {r.id: r for r in conn.execute(select(m.product))}
            for oid, doc in conn.execute(select(m.orders.c.id, m.orders.c.doc)):
                self.docs[oid] = json.loads(doc)
        self.opds = sorted(self.opd_kab)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("BLANGKON_TEST_PG_URL not set")
    with stats_app(request.param, tmp_path_factory.mktemp("prop"), products=600, orders=60) as (app, _client):
        yield World(app)


def _wib(stamp: str) -> str:
    moment = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S") + dt.timedelta(hours=7)
    return moment.date().isoformat()


def brute(w: World, f: Filters) -> dict[str, Any]:
    out: dict[str, Any] = {"total": 0, "count": 0, "umkm": 0, "goods": 0, "pdn": 0,
                           "kab": defaultdict(lambda: [0, 0]), "cat": defaultdict(lambda: [0, 0]),
                           "market": defaultdict(lambda: [0, 0]), "month": defaultdict(lambda: [0, 0]),
                           "opd": defaultdict(lambda: [0, 0]), "sold_providers": set(),
                           "sold_products": set()}
    for d in w.docs.values():
        if d["state"] not in COUNTED or not d["approval"]:
            continue
        out["sold_providers"].add(d["provider_id"])
        out["sold_products"] |= {ln["product_id"] for ln in d["lines"]}
        day = _wib(d["approval"]["at"])
        kab = w.opd_kab[d["opd_id"]]
        if (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to) or \
                (f.kabkota and kab != f.kabkota) or (f.opd_id and d["opd_id"] != f.opd_id):
            continue
        p = w.prov[d["provider_id"]]
        umkm = (not p.pkp) or p.suket_pp55
        out["total"] += d["total"]
        out["count"] += 1
        out["umkm"] += d["total"] if umkm else 0
        for key, name in ((kab, "kab"), (d["marketplace"], "market"), (day[:7], "month"), (d["opd_id"], "opd")):
            out[name][key][0] += d["total"]
            out[name][key][1] += 1
        cats: set[str] = set()
        for ln in d["lines"]:
            value = ln["qty"] * ln["unit_price"]
            prod = w.prod[ln["product_id"]]
            out["goods"] += value
            out["pdn"] += value if prod.pdn else 0
            out["cat"][prod.category][0] += value
            cats.add(prod.category)
        for c in cats:
            out["cat"][c][1] += 1
    return out


def _pairs(rows: list[dict[str, Any]], key: str) -> dict[str, list[int]]:
    return {r[key]: [r["value"], r["count"]] for r in rows}


def _mutate(w: World, rnd: random.Random, n_new: int, n_change: int) -> None:
    docs = stats_gen.build_docs(rnd, n_new, w.opds, w.catalog, TODAY, 200)
    existing = sorted(w.docs)
    for oid in rnd.sample(existing, min(n_change, len(existing))):
        doc = dict(w.docs[oid])
        doc["version"] += 1
        if doc["approval"] and rnd.random() < 0.5:
            doc["state"] = "DIBATALKAN"
        else:
            doc["state"] = "SELESAI"
            doc["approval"] = doc["approval"] or {"by": "x", "role": "PPK", "at": "2026-08-31T18:30:00.000Z",
                                                  "content_hash": "x", "sp_number": "x"}
        docs.append(doc)
    if docs:
        stats_gen.write_docs(w.engine, docs)
    for d in docs:
        w.docs[d["id"]] = d


DAYS = st.sampled_from([None, "2026-05-01", "2026-06-15", "2026-08-31", "2026-09-01", "2026-11-23"])


@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), n_new=st.integers(0, 25), n_change=st.integers(0, 8),
       date_from=DAYS, date_to=DAYS, kab=st.sampled_from([None, "33.00", "33.25", "33.74", "33.01"]),
       opd_pick=st.integers(-1, 5))
def test_aggregates_equal_brute_force(world, seed, n_new, n_change, date_from, date_to, kab, opd_pick):
    _mutate(world, random.Random(seed), n_new, n_change)
    refresh(world.engine)
    opd = world.opds[opd_pick * 7 % len(world.opds)] if opd_pick >= 0 else None
    f = Filters(date_from, date_to, kab, opd)
    want = brute(world, f)
    with world.engine.connect() as conn:
        head = stats.summary(conn, f)
        assert (head["total_value"], head["order_count"], head["umkm_value"], head["goods_value"],
                head["pdn_value"]) == (want["total"], want["count"], want["umkm"], want["goods"], want["pdn"])
        assert _pairs(stats.by_kabkota(conn, f)["rows"], "kabkota") == dict(want["kab"])
        assert _pairs(stats.by_category(conn, f)["rows"], "category") == dict(want["cat"])
        assert _pairs(stats.by_marketplace(conn, f)["rows"], "marketplace") == dict(want["market"])
        assert _pairs(stats.by_month(conn, f)["rows"], "month") == dict(want["month"])
        assert _pairs(stats.by_opd(conn, f)["rows"], "opd_id") == dict(want["opd"])
        states: dict[str, int] = defaultdict(int)
        late = 0
        for d in world.docs.values():
            created = _wib(d["created_at"])
            if (not date_from or created >= date_from) and (not date_to or created <= date_to) and \
                    (not kab or world.opd_kab[d["opd_id"]] == kab) and (not opd or d["opd_id"] == opd):
                states[d["state"]] += 1
                if d["bast"] and (d["payment"] or {}).get("paid_at"):
                    bast = dt.date.fromisoformat(d["bast"]["date"])
                    paid = dt.date.fromisoformat(_wib(d["payment"]["paid_at"]))
                    late += CAL.working_days_between(bast, paid) > TH.value("bendahara_unpaid_alert_working_days", bast)
        body = stats.orders_by_state(conn, f, TODAY)
        assert {r["state"]: r["count"] for r in body["rows"]} == dict(states)
        assert body["paid_late"]["count"] == late
        stats_catalog.clear_memo()
        never = stats_catalog.never_sold(conn, Filters(kabkota=kab), limit=500)
        expected_never = {pid for pid, p in world.prov.items() if p.status == "active" and not p.has_sales
                          and pid not in want["sold_providers"] and (not kab or p.kabkota_code == kab)}
        assert {p["id"] for p in never["providers"]["rows"]} == expected_never
        unsold: dict[str, int] = defaultdict(int)
        for pid, prod in world.prod.items():
            if prod.status == "active" and pid not in want["sold_products"]:
                unsold[prod.kabkota_code] += 1
        assert {r["kabkota"]: r["products_never_sold"] for r in never["rows"]} == \
            {k: unsold.get(k, 0) for k in (r["kabkota"] for r in never["rows"])}


def test_fold_on_write_keeps_the_watermark_exact(world):
    """The order writer's hook: folding in the write transaction leaves nothing for `refresh`, and figures match."""
    from sync.server.stats.refresh import fold_on_write, watermark
    from sync.server.storage.db import write_txn

    refresh(world.engine)
    docs = stats_gen.build_docs(random.Random(4242), 5, world.opds, world.catalog, TODAY, 30)
    for d in docs:
        d["state"], d["approval"] = "SELESAI", {"by": "x", "role": "PPK", "at": "2026-11-20T03:00:00.000Z",
                                                 "content_hash": "x", "sp_number": "x"}
        stats_gen.write_docs(world.engine, [d])  # a real write (new change_seq) ...
        with world.engine.connect() as conn:
            seq = conn.execute(select(m.orders.c.change_seq).where(m.orders.c.id == d["id"])).scalar_one()
        with write_txn(world.engine) as conn:  # ... folded as order_service._save would, in its transaction
            fold_on_write(conn, d["id"], seq, json.dumps(d))
        with world.engine.connect() as conn:
            assert watermark(conn)[0] == seq
        world.docs[d["id"]] = d
    assert refresh(world.engine) == 0
    want = brute(world, Filters())
    with world.engine.connect() as conn:
        assert stats.summary(conn, Filters())["total_value"] == want["total"]
