"""Typed store errors: a stable snake_case `code` plus a message that says what to do (a Message from
desktop.store.texts: Indonesian text the UI renders in the user's language)."""

from __future__ import annotations

import sqlite3

from desktop.store.texts import STORE_TEXTS


class StoreError(RuntimeError):
    """Base of every error raised by `desktop.store`."""

    code = "store_error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class SchemaTooNewError(StoreError):
    """The database was written by a newer app; we never downgrade a schema."""

    code = "schema_too_new"


class MigrationError(StoreError):
    """A migration step failed; the file was left at the previous version (and a backup exists)."""

    code = "migration_failed"


class NotFoundError(StoreError):
    code = "not_found"


class OutboxStateError(StoreError):
    """A command was moved through an impossible transition (e.g. done → in_flight, edit after attempt)."""

    code = "outbox_state"


class NumbersExhaustedError(StoreError):
    """No reserved document numbers left for this OPD, year and type: sync to get a new block."""

    code = "numbers_exhausted"


class NumberBlockOverlapError(StoreError):
    code = "number_block_overlap"


class DiskFullError(StoreError):
    """SQLite could not grow the file (disk full, quota). The transaction rolled back: what was saved before,
    the outbox above all, is intact."""

    code = "disk_full"

    def __init__(self, detail: str = "") -> None:
        super().__init__(STORE_TEXTS("disk_full"), code=self.code)
        self.detail = detail


def is_disk_full(exc: BaseException) -> bool:
    """sqlite3 (or SQLAlchemy wrapping it) reporting SQLITE_FULL."""
    inner = getattr(exc, "orig", None) or exc
    return "database or disk is full" in str(inner).lower()


def is_busy(exc: BaseException) -> bool:
    """sqlite3 (or SQLAlchemy wrapping it) reporting SQLITE_BUSY/LOCKED: another program holds the write lock.
    Not damage: the work is retried later."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).lower()
    return isinstance(inner, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class YearLockedError(StoreError):
    """The write touches the books of a fiscal year this OPD has closed (tutup buku, #17): viewable and
    printable, never changed."""

    code = "year_locked"
