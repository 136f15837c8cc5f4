"""Engine, transactions and migrations for SQLite and PostgreSQL.

SQLite: WAL, foreign keys, busy timeout, and write transactions opened with BEGIN IMMEDIATE (a deferred
transaction that later upgrades to a write lock fails with SQLITE_BUSY immediately, whatever the timeout).
PostgreSQL: READ COMMITTED writes serialised by row locks; feed reads in REPEATABLE READ for a consistent view.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text

from sync.server import clock

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def make_engine(url: str, *, pool_size: int = 8) -> Engine:
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=pool_size, max_overflow=8)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "")
            conn.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine
    # No pre-ping: it costs a round trip per checkout; stale connections are recycled by age instead.
    return create_engine(url, pool_size=pool_size, max_overflow=8, pool_recycle=1800)


def make_plain_engine(url: str) -> Engine:
    """For one-shot CLI work: a single pooled connection (dispose() when done)."""
    return make_engine(url, pool_size=1)


def is_sqlite(conn_or_engine: Connection | Engine) -> bool:
    return conn_or_engine.dialect.name == "sqlite"


@contextmanager
def write_txn(engine: Engine) -> Iterator[Connection]:
    """A write transaction: BEGIN IMMEDIATE on SQLite, plain READ COMMITTED on PostgreSQL."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


@contextmanager
def single_read(engine: Engine) -> Iterator[Connection]:
    """A connection for one read statement (the per-request account check). On PostgreSQL it runs in
    autocommit: psycopg would otherwise send BEGIN before it and ROLLBACK after it, two round trips more
    than the read itself, on every authenticated request."""
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        yield conn


@contextmanager
def read_txn(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction that sees one consistent snapshot (for feeds and snapshot builds)."""
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def now_iso() -> str:
    """Server time is the legal time: ISO-8601 UTC with Z, millisecond precision (sync.server.clock owns it)."""
    return clock.now_iso()


def now_s() -> int:
    return int(time.time())


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str) -> None:
    """Upgrade to head. On PostgreSQL an advisory lock lets several `serve` processes start together."""
    engine = make_plain_engine(url)
    try:
        with engine.connect() as conn:
            if not is_sqlite(conn):
                conn.execute(text("SELECT pg_advisory_lock(7300101)"))
                conn.commit()
            try:
                cfg = alembic_config(url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                if not is_sqlite(conn):
                    conn.execute(text("SELECT pg_advisory_unlock(7300101)"))
                    conn.commit()
    finally:
        engine.dispose()
