"""Engine, transactions and migrations for SQLite and PostgreSQL.

SQLite: WAL, foreign keys, busy timeout, and write transactions opened with BEGIN IMMEDIATE (a deferred
transaction that later upgrades to a write lock fails with SQLITE_BUSY immediately, whatever the timeout).
PostgreSQL: READ COMMITTED writes serialised by row locks; feed reads in REPEATABLE READ for a consistent view.
"""

from __future__ import annotations

import time
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, bindparam, create_engine, event, text
from sqlalchemy import exc as exc_mod

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


_CURSOR = "blangkon_hot_cursor"


def _cursor(conn: Connection) -> Any:
    """One driver cursor per pooled connection, reused by every `Hot` statement on it (creating a psycopg cursor
    cost about as much as binding a statement). Kept with the connection's record, tied to the DBAPI connection
    it was made on: a replaced (invalidated) connection gets a new one."""
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None
    info = conn.connection.info
    found = info.get(_CURSOR)
    if found is None or found[0] is not dbapi_conn:
        found = info[_CURSOR] = (dbapi_conn, dbapi_conn.cursor())
    return found[1]


class Hot:
    """A statement of the order-command path, built once with Core and run straight on the driver's cursor.

    SQLAlchemy's per-execution work (cache key, execution context, events, result metadata) cost more CPU than
    the indexed statement itself, a dozen times per command (issue 16). Here the statement is compiled once per
    dialect and set of parameter names, its SQL and fixed parameters kept, and each call only binds values.
    Only for statements whose values need no type processing (text, integers, bytes, None) — which is every
    hot statement: the tables store JSON as text. Errors come out as SQLAlchemy's own exceptions
    (IntegrityError, OperationalError, …), so callers handle them exactly as before; `before_cursor_execute`
    listeners are called as for any statement (the engine's echo log does not show these)."""

    def __init__(self, stmt: Any) -> None:
        self.stmt = stmt
        self.returns_rows = len(stmt.exported_columns) > 0  # a SELECT, or DML with RETURNING
        self._compiled: dict[tuple[str, frozenset[str]], Any] = {}
        self._record: Any = None

    def _compile(self, conn: Connection, names: frozenset[str]) -> Any:
        found = self._compiled.get((conn.dialect.name, names))
        if found is None:
            found = self.stmt.compile(dialect=conn.dialect, column_keys=sorted(names))
            self._compiled[(conn.dialect.name, names)] = found
        return found

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        compiled = self._compile(conn, frozenset(params))
        values = compiled.construct_params(params)
        args: Any = [values[n] for n in compiled.positiontup] if compiled.positional else values
        cur = _cursor(conn)
        if conn.dispatch.before_cursor_execute:  # instrumentation (a test counting statements) sees it too
            conn.dispatch.before_cursor_execute(conn, cur, compiled.string, args, None, False)
        try:
            cur.execute(compiled.string, args)
            # no `cur.description` check: psycopg builds a column object per column each time it is read
            return list(cur.fetchall()) if self.returns_rows else []
        except conn.dialect.loaded_dbapi.Error as exc:
            raise exc_mod.DBAPIError.instance(compiled.string, args, exc, conn.dialect.loaded_dbapi.Error,
                                              dialect=conn.dialect) from exc

    def first(self, conn: Connection, params: dict[str, Any]) -> tuple[Any, ...] | None:
        found = self.rows(conn, params)
        return found[0] if found else None

    def scalar(self, conn: Connection, params: dict[str, Any]) -> Any:
        row = self.first(conn, params)
        return None if row is None else row[0]

    def run(self, conn: Connection, params: dict[str, Any]) -> None:
        self.rows(conn, params)

    def records(self, conn: Connection, params: dict[str, Any]) -> list[Any]:
        """The rows with attribute access by column key (`row.provider_id`), like SQLAlchemy's rows."""
        if self._record is None:
            self._record = namedtuple("Record", [c.key for c in self.stmt.exported_columns])  # type: ignore[misc]
        return [self._record._make(r) for r in self.rows(conn, params)]


class HotIn:
    """`Hot` statements with `IN (:v0, :v1, …)`: one compiled statement per list length up to `most` (an order
    has a few lines), longer lists through SQLAlchemy's expanding parameter. `build(values)` makes the statement
    for `values`: a list of bind parameters, or one expanding bind parameter (`column.in_(values)` takes both)."""

    def __init__(self, build: Callable[[Any], Any], most: int = 64) -> None:
        self.build, self.most = build, most
        self._by_length: dict[int, Hot] = {}

    def hot(self, n: int) -> Hot:
        found = self._by_length.get(n)
        if found is None:
            found = self._by_length[n] = Hot(self.build([bindparam(f"v{i}") for i in range(n)]))
        return found

    def records(self, conn: Connection, values: Sequence[Any], params: dict[str, Any] | None = None) -> list[Any]:
        if not values:
            return []
        if len(values) > self.most:
            stmt = self.build(bindparam("vs", expanding=True))
            return list(conn.execute(stmt, {**(params or {}), "vs": list(values)}))
        return self.hot(len(values)).records(conn, {**(params or {}), **{f"v{i}": v for i, v in enumerate(values)}})


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
