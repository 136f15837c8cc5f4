"""#17: the expiry job cancels each overdue order exactly once — run by several processes at once (one engine
each, as `expire-overdue` from cron beside `serve --workers N`), and by the serving process's periodic task."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from sync.protocol.messages import OrderDraft, TransitionRequest
from sync.protocol.states import Action, Role
from sync.server import clock
from sync.server.accounts.auth import Principal
from sync.server.app import create_app
from sync.server.demo.generate import generate
from sync.server.orders import expiry
from sync.server.orders import service as svc
from sync.server.orders.audit import verify
from sync.server.orders.audit_key import keyed, load_key
from sync.server.settings import Settings
from sync.server.storage import models as m
from sync.server.storage.db import make_engine, write_txn
from sync.server.storage.state import ensure_initialized

OPD = "33.00-DINKES"


def _principal(engine: Engine, role: Role) -> Principal:
    u = m.app_user.c
    with engine.connect() as conn:
        row = conn.execute(select(u.id, u.username).where(u.opd_id == OPD, u.role == role.value)).first()
    assert row is not None
    return Principal(row.id, row.username, role, OPD, frozenset({role}), role.value)


def _submitted(engine: Engine, n: int) -> list[str]:
    """n orders submitted now (real server code: draft, lines checked against the catalog, submit)."""
    pp = _principal(engine, Role.PP)
    with engine.connect() as conn:
        p = conn.execute(select(m.product).where(m.product.c.status == "active", m.product.c.price < 1_000_000)
                         .limit(1)).one()
    ids = []
    for _ in range(n):
        oid = str(uuid.uuid4())
        body = {"opd_id": OPD, "provider_id": p.provider_id, "marketplace": "MBIZ", "kode_rup": "RUP-001",
                "sub_kegiatan": "1.02.02.2.01", "kode_rekening": "5.1.02.01.01.0024",
                "delivery_address": "Jl. Piere Tendean No. 24, Semarang", "delivery_date": "2026-12-01",
                "shipping": 0, "notes": "",
                "lines": [{"id": str(uuid.uuid4()), "product_id": p.id, "product_version": p.version,
                           "name": p.name, "unit": p.unit, "qty": 1, "unit_price": p.price}]}
        with write_txn(engine) as conn:
            svc.put_draft(conn, pp, oid, OrderDraft.from_dict(body), None)
        with write_txn(engine) as conn:
            doc = svc.transition(conn, pp, oid, TransitionRequest(action=Action.SUBMIT, base_version=1))
        assert doc["approval_due"] is not None
        ids.append(oid)
    return ids


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    engine = make_engine(db_url)
    try:
        ensure_initialized(engine)
        generate(engine, 60, 3, log=lambda *_: None)
    finally:
        engine.dispose()
    yield db_url, tmp_path


def _expire_events(engine: Engine, ids: list[str]) -> dict[str, int]:
    e = m.order_event.c
    with engine.connect() as conn:
        rows = conn.execute(select(e.order_id).where(e.order_id.in_(ids), e.action == "expire")).scalars().all()
    return {oid: list(rows).count(oid) for oid in ids}


@pytest.mark.parametrize("server_db_url", ["sqlite", "postgresql"], indirect=True)
def test_concurrent_runs_cancel_each_order_once(world: tuple[str, Path]) -> None:
    url, data_dir = world
    engines = [keyed(make_engine(url, pool_size=2), data_dir) for _ in range(4)]
    try:
        ids = _submitted(engines[0], 6)
        later = clock.legal_today() + dt.timedelta(days=40)
        results: list[list[str]] = []
        start = threading.Barrier(len(engines))

        def run(engine: Engine) -> None:
            start.wait()
            for _ in range(3):  # each "process" runs the job several times
                results.append(expiry.expire_overdue(engine, later))

        threads = [threading.Thread(target=run, args=(eng,)) for eng in engines]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        cancelled = [oid for batch in results for oid in batch]
        assert sorted(cancelled) == sorted(ids)  # every overdue order once, by whichever run got it
        assert _expire_events(engines[0], ids) == {oid: 1 for oid in ids}
        with engines[0].connect() as conn:
            o = m.orders.c
            rows = conn.execute(select(o.state, o.approval_due, o.doc).where(o.id.in_(ids))).all()
        assert {(r.state, r.approval_due) for r in rows} == {("DIBATALKAN", None)}
        assert all(json.loads(r.doc)["reasons"][-1]["action"] == "expire" for r in rows)
        assert verify(engines[0], load_key(data_dir), data_dir) == []
        assert expiry.expire_overdue(engines[0], later) == []
    finally:
        for eng in engines:
            eng.dispose()


@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_not_before_the_due_day(world: tuple[str, Path]) -> None:
    url, data_dir = world
    engine = keyed(make_engine(url), data_dir)
    try:
        (oid,) = _submitted(engine, 1)
        with engine.connect() as conn:
            due = dt.date.fromisoformat(conn.execute(select(m.orders.c.approval_due)
                                                     .where(m.orders.c.id == oid)).scalar_one())
        assert expiry.expire_overdue(engine, due) == []  # the due day belongs to the PPK
        assert expiry.expire_overdue(engine, due + dt.timedelta(days=1)) == [oid]
    finally:
        engine.dispose()


@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_the_serving_process_runs_the_job(world: tuple[str, Path]) -> None:
    url, data_dir = world
    app = create_app(Settings(db_url=url, data_dir=data_dir, expire_interval_s=0.05))
    engine: Any = app.state.ctx.engine
    ids = _submitted(engine, 2)
    previous = clock._source
    clock.set_source(lambda: time.time() + 40 * 86400)  # the server's clock forty days on
    try:
        with TestClient(app):  # lifespan: the periodic task runs while the app serves
            deadline = time.monotonic() + 60
            while _expire_events(engine, ids) != {oid: 1 for oid in ids}:
                assert time.monotonic() < deadline, "the periodic expiry did not run"
                time.sleep(0.02)  # polling a condition the server thread makes true
            runs = app.state.expiry.runs
            while app.state.expiry.runs < runs + 2:  # later passes find nothing left to cancel
                assert time.monotonic() < deadline
                time.sleep(0.02)
        assert _expire_events(engine, ids) == {oid: 1 for oid in ids}
    finally:
        clock.set_source(previous)
