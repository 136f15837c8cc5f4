"""The Store: one SQLite file, its engine, migrations and units of work.

Why the connection tweaks: pysqlite's own transaction handling starts transactions lazily and can upgrade a
read transaction to a write one mid-way, which in WAL mode fails at once with SQLITE_BUSY_SNAPSHOT when
another connection wrote in between. So the driver runs in autocommit mode and we emit BEGIN ourselves:
`BEGIN IMMEDIATE` for writing units of work (they queue on busy_timeout instead of failing) and a plain
`BEGIN` for read-only ones.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from desktop.store import catalog_write, migrations
from desktop.store.catalog_search import CatalogSearch
from desktop.store.errors import StoreError
from desktop.store.repositories import (
    AttachmentRepository,
    AuditRepository,
    ChunkRepository,
    ConflictRepository,
    KeyValueRepository,
    MasterDataRepository,
    NumberRepository,
    OrderRepository,
    OutboxRepository,
    UserRepository,
)
from desktop.store.tables import settings_kv, sync_state

_BEGIN_OPTION = "blangkon_begin"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we send BEGIN ourselves (see module docstring)
    for pragma in ("journal_mode = WAL", "foreign_keys = ON", "busy_timeout = 5000", "synchronous = NORMAL",
                   "temp_store = MEMORY"):  # sorts for "by price" pages stay off the disk
        dbapi_conn.execute(f"PRAGMA {pragma}")


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "")
    # A read-only unit of work really is read-only: a write there is a bug, better loud than silent.
    conn.exec_driver_sql(f"PRAGMA query_only = {0 if mode else 1}")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


class UnitOfWork:
    """One Session = one SQLite transaction. Repositories share it, so an order edit, its outbox command and
    its audit entry commit (or roll back) together."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.orders = OrderRepository(session)
        self.outbox = OutboxRepository(session)
        self.audit = AuditRepository(session)
        self.master = MasterDataRepository(session)
        self.users = UserRepository(session)
        self.sync_state = KeyValueRepository(session, sync_state)
        self.settings = KeyValueRepository(session, settings_kv)
        self.numbers = NumberRepository(session)
        self.conflicts = ConflictRepository(session)
        self.attachments = AttachmentRepository(session)
        self.chunks = ChunkRepository(session)
        self.catalog = CatalogSearch(session)


class Store:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._local = threading.local()  # is this thread inside a writing unit of work?

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the database at `path`; backs it up before an upgrade."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        migrations.migrate(path)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        store = cls(path, engine)
        try:
            with store.raw_connection() as conn:  # e.g. after a snapshot swap: the planner needs index stats
                if catalog_write.stats_missing(conn):
                    catalog_write.analyze(conn)
        except sqlite3.OperationalError:
            pass  # busy (a sync is loading the catalog): searches still work, the next start retries
        return store

    def close(self) -> None:
        try:  # SQLite's advice for long-lived connections: refresh stale planner statistics on the way out
            with self.raw_connection() as conn:
                conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # a busy or read-only file must not stop the app from closing
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def unit_of_work(self, *, readonly: bool = False) -> Iterator[UnitOfWork]:
        """Commit on success, roll back on any exception (which propagates). `readonly=True` takes no write
        lock and refuses writes (PRAGMA query_only)."""
        if not readonly and getattr(self._local, "writing", False):
            # A second writer on the same thread would wait for the lock its own caller holds: fail now
            # with a clear message instead of after busy_timeout with "database is locked".
            raise StoreError("Unit of work bertumpuk: teruskan `uow` yang sudah terbuka, jangan membuka yang baru.",
                             code="nested_unit_of_work")
        session = Session(self.engine if readonly else self._writer, expire_on_commit=False)
        self._local.writing = not readonly or getattr(self._local, "writing", False)
        try:
            with session, session.begin():
                yield UnitOfWork(session)
        finally:
            if not readonly:
                self._local.writing = False

    @contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """A pooled sqlite3 connection in autocommit mode (pragmas applied) for bulk work such as the
        catalog loader: issue BEGIN/COMMIT yourself. An open transaction is rolled back on exit."""
        proxy = self.engine.raw_connection()
        conn: sqlite3.Connection = proxy.driver_connection  # type: ignore[assignment]
        conn.execute("PRAGMA query_only = 0")  # the pooled connection may last have served a reader
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            proxy.close()

    def check(self) -> list[str]:
        """Health check for diagnostics/self-test (seconds on a 1M-row catalog; never on the UI thread).
        Returns problems in Indonesian; an empty list means healthy."""
        problems: list[str] = []
        with self.raw_connection() as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                problems.append("Berkas basis data rusak: " + "; ".join(rows[:5]))
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                problems.append("Ada baris yang menunjuk ke data yang tidak ada (foreign key).")
            try:
                conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError:
                problems.append("Indeks pencarian katalog tidak sesuai dengan data; bangun ulang indeks.")
        with self.unit_of_work(readonly=True) as uow:
            broken = uow.audit.verify_chain()
        if broken is not None:
            problems.append(f"Log audit telah diubah di luar aplikasi (mulai entri {broken}).")
        return problems

    def schema_version(self) -> int:
        with self.raw_connection() as conn:
            return migrations.current_version(conn)
