"""Shared builders for the stats tests (no tests here): an in-process app with the stats router, minted tokens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from sync.server.api import stats as api_stats
from sync.server.app import create_app
from sync.server.demo import generate as demo
from sync.server.settings import Settings
from sync.server.stats import catalog_reports as stats_catalog
from sync.server.stats import generate as stats_gen
from sync.server.storage import models as m
from sync.server.storage.db import migrate, now_iso, now_s, write_txn
from tests.conftest import PG_URL
from tests.server.live import drop_pg_schema, fresh_pg_schema

TODAY = dt.date(2026, 11, 23)


def with_stats(app: FastAPI) -> FastAPI:
    """Include the stats router unless the app factory already does (the lead's hook)."""
    if not any(getattr(r, "path", "").startswith("/v1/stats/") for r in app.routes):
        app.include_router(api_stats.router)
    return app


@contextmanager
def stats_app(kind: str, tmp: Path, products: int = 1500, orders: int = 400) -> Iterator[tuple[FastAPI, TestClient]]:
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp}/stats.db"
    else:
        schema, url = fresh_pg_schema(PG_URL)
    try:
        migrate(url)
        app = with_stats(create_app(Settings(db_url=url, data_dir=tmp)))
        engine = app.state.ctx.engine
        demo.generate(engine, products, seed=3, log=lambda *_: None)
        if orders:
            stats_gen.generate_orders(engine, orders, seed=5, today=TODAY, days=200)
        stats_catalog.clear_memo()
        with TestClient(app) as client:
            yield app, client
        engine.dispose()
    finally:
        if schema:
            drop_pg_schema(PG_URL, schema)


def token(app: FastAPI, role: str, opd_id: str | None) -> dict[str, str]:
    """A token for a user that exists: the server checks every token against its user row (issue 15)."""
    user = SimpleNamespace(id=f"u-{role}-{opd_id}", username=f"uji.{role.lower()}.{opd_id}", role=role,
                           opd_id=opd_id)
    engine = app.state.ctx.engine
    with write_txn(engine) as conn:
        if conn.execute(select(m.app_user.c.id).where(m.app_user.c.id == user.id)).first() is None:
            conn.execute(insert(m.app_user).values(id=user.id, username=user.username, full_name=user.username,
                                                   role=role, opd_id=opd_id, password_hash="-", disabled=False,
                                                   created_at=now_iso()))
    return {"Authorization": f"Bearer {app.state.ctx.signer.issue(user, now_s())}"}
