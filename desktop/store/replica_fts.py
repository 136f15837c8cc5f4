"""The new snapshot's FTS index, built on a second core while the swap builds the secondary indexes (issue 16).

A SQLite file has one writer, and the swap's transaction is it: building the five product indexes (~3.5 s CPU
for 1M rows here) and then rebuilding FTS from `product` (~3 s) ran one after the other on one core while the
other idled. So, before the swap's transaction begins, a thread opens its own connection, attaches a scratch
file next to the store (`<db>-fts-build`: throwaway, unjournaled) and fills an FTS table of the store's own
definition from the committed staging rows — one INSERT … SELECT, all in C, the GIL released. The swap meanwhile
builds the indexes; then it copies the finished FTS shadow tables (`_data`, `_idx`, `_docsize`) into the store
inside its same transaction (a page copy: ~0.3 s), so readers still see the old catalog or the new one.

Anything unexpected (the thread failed, the disk filled, a SQLite build that refuses writes to shadow tables)
rolls the copy back to its savepoint and the swap rebuilds FTS in place as before: the aside is only a speed-up.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from pathlib import Path

from desktop.store import replica_sql as q
from desktop.store.errors import is_disk_full

log = logging.getLogger(__name__)

SCHEMA = "fts_build"  # the scratch file's name on the swap's connection while it is attached
SHADOWS = ("data", "idx", "docsize")  # FTS5 shadow tables holding the index (`_config` keeps its own settings)


def scratch_path(db_path: Path | str) -> Path:
    return Path(f"{db_path}-fts-build")


class FtsAside:
    """Builds `product_fts` for `staging_product` into a scratch file on a thread; `copy_into` brings it home."""

    def __init__(self, conn: sqlite3.Connection, db_path: Path | str) -> None:
        self.conn = conn
        self.db_path = str(db_path)
        self.path = scratch_path(db_path)
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (q.FTS_TABLE,)).fetchone()[0]
        self.columns = [r[1] for r in conn.execute(f"PRAGMA table_info({q.FTS_TABLE})")]
        self.error: BaseException | None = None
        self.path.unlink(missing_ok=True)  # a run killed mid-build left its scratch file
        scratch = sqlite3.connect(self.path, isolation_level=None)
        try:
            # the same definition (tokenizer, prefixes, columns): its pages are valid in the store as they are
            scratch.execute(ddl)
        finally:
            scratch.close()
        # Attached now (ATTACH is refused inside a transaction); the swap's BEGIN must be DEFERRED so that the
        # scratch file is not write-locked by it while the thread fills it.
        conn.execute("ATTACH DATABASE ? AS " + SCHEMA, (str(self.path),))
        self._thread = threading.Thread(target=self._build, name="fts-build", daemon=True)
        self._thread.start()

    def _build(self) -> None:
        try:
            conn = sqlite3.connect(self.db_path, isolation_level=None, timeout=30.0)
            try:
                conn.execute("ATTACH DATABASE ? AS " + SCHEMA, (str(self.path),))
                conn.execute(f"PRAGMA {SCHEMA}.journal_mode=OFF")  # a scratch file: rebuilt if anything goes wrong
                conn.execute(f"PRAGMA {SCHEMA}.synchronous=OFF")
                cols = ", ".join(self.columns)
                conn.execute("BEGIN")
                conn.execute(f"INSERT INTO {SCHEMA}.{q.FTS_TABLE}({q.FTS_TABLE}, rank) "
                             f"VALUES ('hashsize', {q.FTS_BUILD_HASHSIZE})")
                # External content: an INSERT indexes the values given, as 'rebuild' does row by row from product.
                conn.execute(f"INSERT INTO {SCHEMA}.{q.FTS_TABLE}(rowid, {cols}) "
                             f"SELECT id, {cols} FROM main.staging_product")
                conn.execute("COMMIT")
            finally:
                conn.close()
        except BaseException as exc:  # reported to the swap, which rebuilds in place instead
            self.error = exc

    def copy_into(self) -> bool:
        """Inside the swap's transaction, after `staging_product` became `product`: the scratch index replaces
        the store's FTS shadow tables. False (nothing changed) when the aside cannot be used."""
        self._thread.join()
        if self.error is not None:
            log.warning("FTS built aside failed, rebuilding in place: %s", self.error)
            if isinstance(self.error, sqlite3.OperationalError) and is_disk_full(self.error):
                raise self.error
            return False
        self.conn.execute("SAVEPOINT fts_copy")
        try:
            for shadow in SHADOWS:
                table = f"{q.FTS_TABLE}_{shadow}"
                self.conn.execute(f"DELETE FROM main.{table}")
                self.conn.execute(f"INSERT INTO main.{table} SELECT * FROM {SCHEMA}.{table}")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK TO fts_copy")
            self.conn.execute("RELEASE fts_copy")
            if isinstance(exc, sqlite3.OperationalError) and is_disk_full(exc):
                raise
            log.warning("FTS built aside not copied, rebuilding in place: %s", exc)
            return False
        self.conn.execute("RELEASE fts_copy")
        return True

    def close(self) -> None:
        """After the swap's COMMIT or ROLLBACK: detach and delete the scratch file."""
        self._thread.join()
        try:
            self.conn.execute("DETACH DATABASE " + SCHEMA)
        except sqlite3.Error as exc:
            log.warning("could not detach the FTS scratch file: %s", exc)
        for leftover in (self.path, Path(f"{self.path}-journal")):
            leftover.unlink(missing_ok=True)


def start(conn: sqlite3.Connection, db_path: Path | str) -> FtsAside | None:
    """The aside build under way, or None when the store has no FTS table over `product` (an older schema), no
    staged products, or the scratch file cannot be made (then the swap rebuilds in place, as before)."""
    if not (q.table_exists(conn, q.FTS_TABLE) and q.table_exists(conn, "staging_product")):
        return None
    ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (q.FTS_TABLE,)).fetchone()[0] or ""
    if re.search(r"content\s*=\s*'?product'?[\s,)]", ddl) is None:
        return None
    try:
        return FtsAside(conn, db_path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("FTS not built aside: %s", exc)
        with contextlib.suppress(sqlite3.Error):
            conn.execute("DETACH DATABASE " + SCHEMA)
        return None
