"""The Store: one SQLite file, its engine, migrations and units of work.

Why the connection tweaks: pysqlite's own transaction handling starts transactions lazily and can upgrade a
read transaction to a write one mid-way, which in WAL mode fails at once with SQLITE_BUSY_SNAPSHOT when
another connection wrote in between. So the driver runs in autocommit mode and we emit BEGIN ourselves:
`BEGIN IMMEDIATE` for writing units of work (they queue on busy_timeout instead of failing) and a plain
`BEGIN` for read-only ones.

Opening is also where damage is caught (desktop.store.health): a 0-byte or foreign file, or work tables that fail
quick_check, raise StoreDamagedError naming the newest good backup; the audit chain is checked from its last
verified entry (`health.audit_broken_at`). The folder is made 0700 and the files 0600 (desktop.store.permissions).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.store import catalog_write, health, migrations, sealing_pass
from desktop.store.backups import BackupInfo, Backups
from desktop.store.catalog_search import CatalogSearch
from desktop.store.errors import DiskFullError, StoreError, is_busy, is_disk_full
from desktop.store.permissions import create_private, secure_dir, secure_file
from desktop.store.repositories import (
    AttachmentRepository,
    AuditRepository,
    BankRepository,
    ChunkRepository,
    ClosingRepository,
    ConflictRepository,
    KeyRepository,
    KeyValueRepository,
    MasterDataRepository,
    NumberRepository,
    OrderRepository,
    OutboxRepository,
    UserRepository,
)
from desktop.store.sealing import (
    PLAINTEXT,
    PREFIX,
    SEALED_PROVIDER_FIELDS,
    WITHHELD_MARK,
    ContentSealing,
    Sealer,
    seal_provider,
)
from desktop.store.tables import settings_kv, sync_state
from desktop.store.texts import STORE_TEXTS

log = logging.getLogger(__name__)
_BEGIN_OPTION = "blangkon_begin"
AUDIT_CHECKPOINT_KEY = "audit_verified"  # [id, entry_hash] of the last entry found intact


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we send BEGIN ourselves (see module docstring)
    for pragma in ("journal_mode = WAL", "foreign_keys = ON", "busy_timeout = 5000", "synchronous = NORMAL",
                   "temp_store = MEMORY"):  # sorts for "by price" pages stay off the disk
        dbapi_conn.execute(f"PRAGMA {pragma}")
    health.limit_pages(dbapi_conn)


@dataclass(frozen=True)
class StartupHealth:
    """What opening found that the officer must see (damage itself raises StoreDamagedError instead)."""

    audit_broken_at: int | None = None  # first audit entry that does not chain: edited outside the app
    full_check_due: bool = False


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "")
    # A read-only unit of work really is read-only: a write there is a bug, better loud than silent.
    conn.exec_driver_sql(f"PRAGMA query_only = {0 if mode else 1}")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


class UnitOfWork:
    """One Session = one SQLite transaction. Repositories share it, so an order edit, its outbox command and
    its audit entry commit (or roll back) together."""

    def __init__(self, session: Session, sealer: Sealer = PLAINTEXT,
                 current: Callable[[], Sealer] | None = None) -> None:
        self.session = session
        # order content is sealed with the store's sealer as it is at each write (`current`): one set at login
        # applies at once (desktop.store.sealing.ContentSealing)
        self.content = ContentSealing(current or (lambda: sealer))
        self.orders = OrderRepository(session, self.content)
        self.outbox = OutboxRepository(session, self.content)
        self.audit = AuditRepository(session, self.content)
        self.master = MasterDataRepository(session)
        self.users = UserRepository(session)
        self.sync_state = KeyValueRepository(session, sync_state)
        self.settings = KeyValueRepository(session, settings_kv)
        self.numbers = NumberRepository(session)
        self.closings = ClosingRepository(session)  # year-end closings and the lock on closed years (#17)
        self.conflicts = ConflictRepository(session, self.content)
        self.attachments = AttachmentRepository(session)
        self.chunks = ChunkRepository(session)
        self.bank = BankRepository(session)
        self.keys = KeyRepository(session)  # the data keys' holders (ids, public keys, wrapped blobs only)
        self.catalog = CatalogSearch(session, sealer)


class Store:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        self._local = threading.local()  # is this thread inside a writing unit of work?
        self.health = StartupHealth()
        self.sealer: Sealer = PLAINTEXT  # the composition root sets the keyring-backed one (data_protection)

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the database at `path`; backs it up before an upgrade.
        Raises StoreDamagedError for a damaged file (never starts afresh over it)."""
        path = Path(path)
        secure_dir(path.parent)
        reason = health.probe_file(path)
        if reason is not None:
            raise health.StoreDamagedError(path, reason, backup=Backups(path).newest_path())
        if not path.exists():
            create_private(path)
        secure_file(path)
        try:
            migrations.migrate(path)
        except sqlite3.DatabaseError as exc:
            if health.is_damage(exc):
                raise health.StoreDamagedError(path, "malformed", str(exc), Backups(path).newest_path()) from exc
            raise
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        store = cls(path, engine)
        try:
            store.health = store._startup_check()
        except BaseException:
            engine.dispose()
            raise
        try:
            with store.raw_connection() as conn:  # e.g. after a snapshot swap: the planner needs index stats
                if catalog_write.stats_missing(conn):
                    catalog_write.analyze(conn)
        except sqlite3.OperationalError:
            pass  # busy (a sync is loading the catalog): searches still work, the next start retries
        return store

    def _startup_check(self) -> StartupHealth:
        """Quick: quick_check of the work tables and the audit entries added since the last verified one."""
        try:
            with self.raw_connection() as conn:
                problems = health.quick_check(conn)
        except sqlite3.DatabaseError as exc:
            if not health.is_damage(exc):
                raise
            problems = [str(exc)]
        if problems:
            raise health.StoreDamagedError(self.path, "malformed", "; ".join(problems),
                                           Backups(self.path).newest_path())
        broken = self.check_audit(full=False)
        with self.unit_of_work(readonly=True) as uow:
            last_full = uow.sync_state.get_int(health.FULL_CHECK_KEY, 0) or 0
        return StartupHealth(broken, time.time() - last_full >= health.FULL_CHECK_EVERY_S)

    def check_audit(self, *, full: bool = False) -> int | None:
        """First audit entry that does not chain (edited outside the app), or None. Incremental from the last
        verified entry unless `full`; an intact chain moves the checkpoint forward."""
        with self.unit_of_work(readonly=True) as uow:
            saved = None if full else uow.sync_state.get(AUDIT_CHECKPOINT_KEY)
            checkpoint = (int(saved[0]), str(saved[1])) if isinstance(saved, list) and len(saved) == 2 else None
            broken, last_id, last_hash = uow.audit.verify_since(checkpoint)
        if broken is None and last_id and (checkpoint is None or last_id != checkpoint[0]):
            try:
                with self.unit_of_work() as uow:
                    uow.sync_state.set(AUDIT_CHECKPOINT_KEY, [last_id, last_hash])
            except (StoreError, OperationalError):
                pass  # busy or full: verified all the same; the next start checks these entries again
        return broken

    # -- backups and the scheduled full check -----------------------------------------------------------------
    @property
    def backups(self) -> Backups:
        return Backups(self.path)

    def before_sync(self, now: datetime | None = None) -> BackupInfo | None:
        """Called before each sync: the weekly full check when due, then a backup if the work changed since the
        newest copy (and the daily one when due). Raises StoreDamagedError rather than copy damage over history."""
        when = now or datetime.now(UTC)
        if self.health.full_check_due:
            try:
                problems = self.check()
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
                problems = []  # another program holds the lock: the check stays due and runs next time
            if problems:
                raise health.StoreDamagedError(self.path, "malformed", "; ".join(problems),
                                               self.backups.newest_path())
        daily = self.backups.daily_due(when)
        with self.raw_connection() as conn:
            return self.backups.take(conn, "daily" if daily else "sync", now=when, only_if_changed=not daily)

    def backup_now(self, reason: str = "manual", now: datetime | None = None) -> BackupInfo | None:
        with self.raw_connection() as conn:
            return self.backups.take(conn, reason, now=now)

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
            raise StoreError(STORE_TEXTS("nested_unit_of_work"), code="nested_unit_of_work")
        session = Session(self.engine if readonly else self._writer, expire_on_commit=False)
        self._local.writing = not readonly or getattr(self._local, "writing", False)
        try:
            with session, session.begin():
                yield UnitOfWork(session, self.sealer, lambda: self.sealer)
        except (OperationalError, sqlite3.OperationalError) as exc:
            if is_disk_full(exc):  # rolled back: everything committed before, the outbox above all, is intact
                raise DiskFullError(str(exc)) from exc
            raise
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
        """Full health check for the schedule, `blangkon db check --full` and the self-test (seconds on a 1M-row
        catalog; never on the UI thread). Problems in Indonesian; [] means healthy (and is recorded)."""
        problems: list[str] = []
        with self.raw_connection() as conn:
            try:
                found = health.full_check(conn)
            except sqlite3.DatabaseError as exc:
                found = [str(exc)]
            if found:
                problems.append("Berkas basis data rusak: " + "; ".join(found[:5]))
            if not found and not self._search_index_sound(conn):
                problems.append("Indeks pencarian katalog tidak sesuai dengan data; bangun ulang indeks.")
        broken = self.check_audit(full=True)
        if broken is not None:
            problems.append(f"Log audit telah diubah di luar aplikasi (mulai entri {broken}).")
        if not problems:
            try:
                with self.unit_of_work() as uow:
                    uow.sync_state.set(health.FULL_CHECK_KEY, int(time.time()))
            except (StoreError, OperationalError):
                pass
        return problems

    @staticmethod
    def _search_index_sound(conn: sqlite3.Connection) -> bool:
        """The FTS index is derived from `product`: when it has drifted (rows changed outside the loader) it is
        rebuilt here rather than reported as damage that would stop every sync. False only if it stays wrong."""
        def consistent() -> bool:
            try:
                conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                if is_busy(exc):
                    raise  # another program holds the lock: not damage; the caller retries later
                return False
            return True

        if consistent():
            return True
        try:
            conn.execute("BEGIN IMMEDIATE")
            catalog_write.rebuild_fts(conn, optimize=False)
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_busy(exc):
                raise
            return False
        return consistent()

    def seal_existing(self) -> int:
        """Seal personal data written before sealing existed (or with another sealer's marker left alone), with
        secure_delete so the clear bytes are overwritten, not just unlinked: sellers' numbers, then the order
        content (desktop.store.sealing_pass, with a VACUUM; also in the backups made with the same key). Returns
        the providers converted. Order content is only touched when this session really seals."""
        converted = self._seal_providers()
        content = ContentSealing(lambda: self.sealer)
        probe = self.sealer.seal("probe", "probe")
        if probe.startswith(PREFIX) and probe != WITHHELD_MARK:
            try:
                with self.raw_connection() as conn:
                    rows = sealing_pass.seal_content(conn, content)
                    legacy = sealing_pass.key_id(conn)
                sealing_id = getattr(self.sealer, "current", None)  # the key a key-set sealer seals with
                rows += sealing_pass.seal_copies(self.path, content, sealing_id if isinstance(sealing_id, str)
                                                 else None, legacy)
                if rows:
                    log.info("sealed %d rows of order content written before sealing existed", rows)
            except (sqlite3.Error, StoreError) as exc:  # busy, or a full disk: clear stays clear, retried next start
                log.warning("order content not sealed now, retried at the next start: %s", exc)
        return converted

    def _seal_providers(self) -> int:
        cols = ", ".join(SEALED_PROVIDER_FIELDS)
        plain = " OR ".join(f"({c} IS NOT NULL AND {c} <> '' AND {c} NOT LIKE 'enc1:%')"
                            for c in SEALED_PROVIDER_FIELDS)
        with self.raw_connection() as conn:
            rows = conn.execute(f"SELECT id, {cols} FROM provider WHERE {plain}").fetchall()
            if not rows:
                return 0
            conn.execute("PRAGMA secure_delete = ON")
            try:
                conn.execute("BEGIN IMMEDIATE")
                for r in rows:
                    sealed = seal_provider(self.sealer, dict(zip(SEALED_PROVIDER_FIELDS, r[1:], strict=True)))
                    conn.execute(f"UPDATE provider SET {', '.join(f'{c} = ?' for c in SEALED_PROVIDER_FIELDS)} "
                                 "WHERE id = ?", (*[sealed[c] for c in SEALED_PROVIDER_FIELDS], r[0]))
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # old pages leave the WAL for the zeroed ones
            finally:
                conn.execute("PRAGMA secure_delete = OFF")
        return len(rows)

    def schema_version(self) -> int:
        with self.raw_connection() as conn:
            return migrations.current_version(conn)
