"""Is the local database whole? Checked before and on open, fully on a schedule (issue 15).

- Before SQLite touches the file: a 0-byte file or one without the SQLite header is damage, never "a new empty
  database" (SQLite would happily start afresh there, and `blangkon sync` then said "ok" with the drafts gone).
- On open (cheap, every start): `PRAGMA quick_check(<table>)` over the tables that hold the officers' own work
  (orders, outbox, audit, …), not the re-downloadable catalog, so a 1M-row replica does not slow the start.
- On a schedule (weekly, before a sync; `blangkon db check --full`; the self-test): `PRAGMA integrity_check`
  of everything plus foreign keys.
Damage raises `StoreDamagedError`, which names the newest backup to restore from (desktop.store.backups).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.store.errors import StoreError
from desktop.store.texts import STORE_TEXTS

HEADER = b"SQLite format 3\x00"
# The officers' own work: what a restore must bring back. The catalog replica is a server copy, re-downloadable.
WORK_TABLES = ("orders", "order_line", "outbox", "conflict", "audit_log", "order_event", "doc_number_block",
               "doc_number_issued", "sync_state", "settings_kv", "app_user", "attachment")
FULL_CHECK_KEY = "store_full_check_at"
FULL_CHECK_EVERY_S = 7 * 24 * 3600

# Test hook: a full disk, simulated by capping the file (PRAGMA max_page_count holds per connection only).
MAX_PAGES_ENV = "BLANGKON_TEST_MAX_PAGE_COUNT"

REASONS = {reason: STORE_TEXTS(f"damage_{reason}") for reason in ("empty", "not_a_database", "malformed")}


class StoreDamagedError(StoreError):
    """The local database is damaged. `.message` says what happened and what to do; `.backup` is the newest
    backup that looked good when the error was raised (None: there is none)."""

    code = "store_damaged"

    def __init__(self, path: Path, reason: str, detail: str = "", backup: Path | None = None) -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        self.backup = backup
        what = REASONS.get(reason, reason)
        todo = (STORE_TEXTS("damage_restore_backup", backup=backup.name) if backup is not None
                else STORE_TEXTS("damage_no_backup"))
        super().__init__(STORE_TEXTS("store_damaged", file=path.name, what=what, todo=todo), code=self.code)


def probe_file(path: Path) -> str | None:
    """Damage visible without SQLite: 'empty' or 'not_a_database'; None for a missing or plausible file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(HEADER))
    except FileNotFoundError:
        return None
    if not head:
        return "empty"
    if head != HEADER:
        return "not_a_database"
    return None


def quick_check(conn: sqlite3.Connection, tables: tuple[str, ...] = WORK_TABLES) -> list[str]:
    """Problems found by SQLite's quick_check, limited to `tables` (and their indexes); [] means whole."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems: list[str] = []
    for table in tables:
        if table in present:
            rows = [r[0] for r in conn.execute(f'PRAGMA quick_check("{table}")')]
            if rows != ["ok"]:
                problems += rows[:3]
    return problems


def full_check(conn: sqlite3.Connection) -> list[str]:
    """The whole file, every page and index; seconds on a 1M-row catalog: never on the UI thread."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    problems = [] if rows == ["ok"] else rows
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        problems.append("baris yang menunjuk ke data yang tidak ada (foreign key)")
    return problems


def is_damage(exc: BaseException) -> bool:
    """SQLite errors that mean a damaged file (as opposed to busy, locked, full or read-only)."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text)


def limit_pages(conn: sqlite3.Connection) -> None:
    """Apply the simulated disk size, if a test set one, to a new connection."""
    pages = os.environ.get(MAX_PAGES_ENV)
    if pages:
        conn.execute(f"PRAGMA max_page_count = {int(pages):d}")
