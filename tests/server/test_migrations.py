"""The server schema has one mechanism, Alembic (#14): the stats tables are migrated like every other table, an
existing database upgrades, and `alembic check` finds nothing the migrations do not create."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from sync.server.demo import generate as demo
from sync.server.stats import generate as stats_gen
from sync.server.stats.models import stats_meta, stats_order
from sync.server.stats.refresh import refresh
from sync.server.storage import models as m
from sync.server.storage.db import alembic_config, make_engine, migrate
from sync.server.storage.state import ensure_initialized


def test_migrating_creates_the_stats_tables(db_url):
    engine = make_engine(db_url, pool_size=1)
    try:
        names = set(inspect(engine).get_table_names())
        assert {"stats_order", "stats_order_cat", "stats_month", "stats_month_state", "stats_cache"} <= names
        with engine.connect() as conn:
            meta = dict(conn.execute(select(stats_meta.c.key, stats_meta.c.value)).all())
        assert meta == {"orders_seq": 0, "sales_version": 0}
    finally:
        engine.dispose()
    command.check(alembic_config(db_url))  # the stats tables are compared too (env.py filters nothing out)
    env = (Path(m.__file__).resolve().parents[1] / "migrations" / "env.py").read_text(encoding="utf-8")
    assert "include_name" not in env


def test_a_database_from_before_upgrades_and_refolds_its_orders(server_db_url, tmp_path):
    """A 0006 database with stats tables in ensure_schema's old layout: the upgrade replaces them and the next
    refresh folds every order again."""
    from tests.server.live import drop_pg_schema, fresh_pg_schema

    schema, url = (None, server_db_url)
    if server_db_url.startswith("postgresql"):
        schema, url = fresh_pg_schema(server_db_url)
    engine = None
    try:
        command.upgrade(alembic_config(url), "0006")
        engine = make_engine(url, pool_size=2)
        ensure_initialized(engine)
        demo.generate(engine, 200, seed=2, log=lambda *_: None)
        stats_gen.generate_orders(engine, 40, seed=2, today=dt.date(2026, 11, 23), days=60)
        with engine.begin() as conn:  # what ensure_schema (SCHEMA_VERSION 4) had left behind
            conn.execute(text("CREATE TABLE stats_meta (key VARCHAR(32) PRIMARY KEY, value BIGINT NOT NULL)"))
            conn.execute(text("INSERT INTO stats_meta VALUES ('schema', 4), ('orders_seq', 999)"))
            conn.execute(text("CREATE TABLE stats_order (id VARCHAR(36) PRIMARY KEY, stale_column INTEGER)"))
        migrate(url)
        columns = {c["name"] for c in inspect(engine).get_columns("stats_order")}
        assert "stale_column" not in columns and "paid_late" in columns
        assert refresh(engine) == 40
        with engine.connect() as conn:
            assert conn.execute(select(stats_order.c.id)).all().__len__() == 40
        command.check(alembic_config(url))
    finally:
        if engine is not None:
            engine.dispose()
        if schema:
            drop_pg_schema(server_db_url, schema)


def test_line_ids_already_stored_go_to_the_order_that_wrote_them_first(server_db_url):
    """Upgrading a database where two orders share a line id (#12.7): the older order keeps it."""
    import json

    from sqlalchemy import insert

    from tests.server.live import drop_pg_schema, fresh_pg_schema

    schema, url = (None, server_db_url)
    if server_db_url.startswith("postgresql"):
        schema, url = fresh_pg_schema(server_db_url)
    engine = None
    try:
        command.upgrade(alembic_config(url), "0007")
        engine = make_engine(url, pool_size=2)
        ensure_initialized(engine)
        with engine.begin() as conn:
            conn.execute(insert(m.opd).values(id="33.00-X", name="X", kabkota_code="33.00", audit_head="0",
                                              audit_count=0))
            for seq, (oid, created, ids) in enumerate((("o-late", "2026-11-02T01:00:00.000Z", ["a", "b"]),
                                                      ("o-early", "2026-11-01T01:00:00.000Z", ["a", "c"])), 1):
                doc = {"id": oid, "created_at": created, "lines": [{"id": i} for i in ids]}
                conn.execute(insert(m.orders).values(id=oid, opd_id="33.00-X", version=1, state="DRAFT",
                                                     change_seq=seq, doc=json.dumps(doc)))
        migrate(url)
        with engine.connect() as conn:
            owners = dict(conn.execute(select(m.order_line_id.c.line_id, m.order_line_id.c.order_id)).all())
        assert owners == {"a": "o-early", "b": "o-late", "c": "o-early"}
    finally:
        if engine is not None:
            engine.dispose()
        if schema:
            drop_pg_schema(server_db_url, schema)


def test_stored_orders_learn_their_makers_from_the_audit_trail(server_db_url):
    """#12.8 on an upgraded database: the PPK who edited a PP's draft before the upgrade is a maker too."""
    import json

    from sqlalchemy import insert

    from tests.server.live import drop_pg_schema, fresh_pg_schema

    schema, url = (None, server_db_url)
    if server_db_url.startswith("postgresql"):
        schema, url = fresh_pg_schema(server_db_url)
    engine = None
    try:
        command.upgrade(alembic_config(url), "0008")
        engine = make_engine(url, pool_size=2)
        ensure_initialized(engine)
        with engine.begin() as conn:
            conn.execute(insert(m.opd).values(id="33.00-X", name="X", kabkota_code="33.00", audit_head="0",
                                              audit_count=0))
            doc = {"id": "o-1", "created_by": "pp", "lines": [], "state": "DIAJUKAN"}
            conn.execute(insert(m.orders).values(id="o-1", opd_id="33.00-X", version=4, state="DIAJUKAN",
                                                 change_seq=1, doc=json.dumps(doc)))
            for seq, (action, actor) in enumerate((("create", "pp"), ("update", "ppk"), ("update", "pp"),
                                                   ("submit", "pptk")), 1):
                conn.execute(insert(m.order_event).values(
                    seq=seq, order_id="o-1", opd_id="33.00-X", version=seq, action=action, to_state="DRAFT",
                    actor=actor, role="PP", at="2026-11-01T00:00:00.000Z", payload="{}", prev_hash="0", hash="1"))
        migrate(url)
        with engine.connect() as conn:
            stored = json.loads(conn.execute(select(m.orders.c.doc)).scalar_one())
        assert stored["makers"] == ["pp", "ppk"]
    finally:
        if engine is not None:
            engine.dispose()
        if schema:
            drop_pg_schema(server_db_url, schema)
