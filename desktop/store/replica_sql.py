"""Raw-sqlite helpers for the catalog replica: connection pragmas, schema introspection, checksum function.

The replica works on the store's own tables (DESIGN.md: provider, product, product_fts, sync_state,
snapshot_chunk) but reads their columns from the database instead of hard-coding them, so a column the store
adds (or a wire field the store does not keep) needs no change here.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.store.health import limit_pages
from sync.protocol.catalog import row_checksum

KINDS = ("provider", "product")  # snapshot order: providers first
FTS_TABLE = "product_fts"
# Product columns not on the wire that the store denormalises from the provider for search (kabkota name).
FROM_PROVIDER = ("kabkota",)
# FTS5 flushes its in-memory term buffer as a new segment whenever it passes `hashsize` (default 1 MB); every
# segment is merged again later. 32 MB cut the FTS build of a snapshot by ~40%, but its buffer grows the process by
# ~46 MB at the swap; 16 MB: +26 MB, 8 MB: +16 MB, for more CPU on the FTS thread (1M rows: 2.2-2.4 s; 2.6-2.7 s;
# 2.9-3.1 s), which runs beside the index builds. Since the snapshot loads in a child beside the app (issue 16),
# both processes count toward the 300 MB budget, and the swap is the child's peak.
FTS_BUILD_HASHSIZE = 8 * 1024 * 1024
WAL_CHECKPOINT_PAGES = 16_384  # 64 MB of 4 KB pages between automatic checkpoints on the replica's connection


def connect(path: Path | str) -> sqlite3.Connection:
    # Autocommit mode: every transaction is an explicit BEGIN IMMEDIATE … COMMIT below.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    # A first sync commits every few thousand rows; with the default auto-checkpoint (1000 pages) each commit also copied
    # its pages into the file and fsynced it. Checkpointing every 64 MB instead: the 1M load phase went
    # 26.6/21.7 → 20.7/14.8 s wall (same CPU; 2 runs each, load ~6). The WAL left on disk is capped at the same.
    conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    conn.execute(f"PRAGMA journal_size_limit={WAL_CHECKPOINT_PAGES * 4096}")
    # temp_store stays on disk: the swap's sorts (copy by id, index builds) over 1M rows would otherwise hold
    # ~150 MB in RAM and break the 300 MB budget.
    conn.create_function("bk_crc", 3, row_checksum, deterministic=True)
    limit_pages(conn)
    return conn


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table','view')", (name,)).fetchone()
    return row is not None


def staging_ddl(conn: sqlite3.Connection, kind: str) -> str:
    """CREATE TABLE staging_<kind> with the live table's own definition (columns, constraints, rowid = id)."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (kind,)).fetchone()[0]
    return re.sub(r'^CREATE TABLE\s+("?)' + kind + r'\1', f"CREATE TABLE staging_{kind}", sql, count=1)


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """Rebuild the external-content FTS index from `product` with a large term buffer."""
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {FTS_BUILD_HASHSIZE})")
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def analyze(conn: sqlite3.Connection) -> None:
    """Planner statistics for the new tables' indexes, from a sample (the full ANALYZE reads every row)."""
    conn.execute("PRAGMA analysis_limit = 2000")
    conn.execute("ANALYZE product")
    conn.execute("ANALYZE provider")
    conn.execute("PRAGMA analysis_limit = 0")


def fts_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of triggers on product that keep product_fts in step — dropped during the bulk swap."""
    return list(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('product', 'provider')"
    ))


def secondary_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, sql) of the explicit indexes on provider/product (sql is NULL for automatic ones)."""
    return list(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('product', 'provider') "
        "AND sql IS NOT NULL"
    ))


def cell(value: Any) -> Any:
    """Wire value → SQLite value (bools become 0/1 natively; nested values are kept as JSON text)."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def row_values(row: Mapping[str, Any], cols: list[str]) -> tuple[Any, ...]:
    return tuple(cell(row.get(c)) for c in cols)


class StateTable:
    """sync_state(key, value): values JSON-encoded like the store's KeyValueRepository, so either side reads
    what the other wrote."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except ValueError:
            return str(row[0])
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
