"""Rotating backups of the local database (SQLite online backup API) and restoring unsent work from them.

Where: `<data dir>/backups/<db stem>-<UTC stamp>-<reason>-<work fingerprint>.db`, files 0600 in a 0700 folder.
When: before each sync and once a day (the app at start, the CLI before its pass). A sync backup is skipped
while the officers' work is unchanged since the newest copy (the fingerprint in its name), so a background sync
every few minutes does not copy a 400 MB catalog each time; the daily one is taken regardless.
Kept: the newest KEEP copies. A copy is taken only of a file whose work tables pass quick_check, so a damaged
database never rotates the good copies out.
Restore: the damaged file is moved aside (never deleted), the newest copy that passes its checks becomes the
database, and the caller migrates it on open. Commands already sent after that copy was taken are sent again
with their original Idempotency-Key; the server answers with the stored response, so nothing is doubled.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.store import health
from desktop.store.errors import DiskFullError, is_disk_full
from desktop.store.permissions import create_private, secure_dir, secure_file

FOLDER = "backups"
KEEP = 4
DAILY = timedelta(hours=24)
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str  # sync | daily | manual | restore
    fingerprint: str


@dataclass(frozen=True)
class WorkSummary:
    """What a copy holds of the officers' unsent work."""

    drafts: int  # orders that exist only here or wait for commands
    unsent: int  # outbox commands not yet settled with the server
    audit_entries: int
    schema_version: int


def work_fingerprint(conn: sqlite3.Connection) -> str:
    """Changes whenever the officers' work changes (a new command, an edited order, an audit entry)."""
    row = conn.execute(
        "SELECT (SELECT coalesce(max(seq), 0) FROM outbox), (SELECT count(*) FROM outbox WHERE status <> 'done'), "
        "(SELECT coalesce(max(updated_at_local), '') FROM orders), (SELECT count(*) FROM orders), "
        "(SELECT coalesce(max(id), 0) FROM audit_log)").fetchone()
    return hashlib.sha256(repr(tuple(row)).encode()).hexdigest()[:10]


def summarize(conn: sqlite3.Connection) -> WorkSummary:
    one = conn.execute
    return WorkSummary(
        drafts=int(one("SELECT count(*) FROM orders WHERE sync_status IN ('LOCAL_ONLY', 'PENDING')").fetchone()[0]),
        unsent=int(one("SELECT count(*) FROM outbox WHERE status IN ('pending', 'in_flight', 'blocked') "
                       "OR (status = 'rejected' AND resolved_at IS NULL)").fetchone()[0]),
        audit_entries=int(one("SELECT count(*) FROM audit_log").fetchone()[0]),
        schema_version=int(one("PRAGMA user_version").fetchone()[0]))


class Backups:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.folder = self.db_path.parent / FOLDER

    # -- listing ------------------------------------------------------------------------------------------
    def all(self) -> list[BackupInfo]:
        """Newest first."""
        found = []
        prefix = f"{self.db_path.stem}-"
        for path in self.folder.glob(f"{prefix}*.db") if self.folder.is_dir() else []:
            parts = path.stem[len(prefix):].split("-")
            if len(parts) != 3:
                continue
            try:
                taken = datetime.strptime(parts[0], _STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue
            found.append(BackupInfo(path, taken, parts[1], parts[2]))
        return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)

    def newest(self) -> BackupInfo | None:
        found = self.all()
        return found[0] if found else None

    def daily_due(self, now: datetime | None = None) -> bool:
        newest = self.newest()
        return newest is None or (now or datetime.now(UTC)) - newest.taken_at >= DAILY

    # -- taking ---------------------------------------------------------------------------------------------
    def take(self, conn: sqlite3.Connection, reason: str, *, now: datetime | None = None,
             only_if_changed: bool = False) -> BackupInfo | None:
        """Copy the database behind `conn` (online: writers are not blocked in WAL mode). Returns None when
        skipped (`only_if_changed` and the work is as in the newest copy). Raises StoreDamagedError instead of
        copying a damaged file over good history."""
        problems = health.quick_check(conn)
        if problems:
            raise health.StoreDamagedError(self.db_path, "malformed", "; ".join(problems), self.newest_path())
        fingerprint = work_fingerprint(conn)
        newest = self.newest()
        if only_if_changed and newest is not None and newest.fingerprint == fingerprint:
            return None
        when = (now or datetime.now(UTC)).astimezone(UTC)
        secure_dir(self.folder)
        name = f"{self.db_path.stem}-{when.strftime(_STAMP)}-{reason}-{fingerprint}.db"
        target = self.folder / name
        tmp = target.with_name(name + ".tmp")
        tmp.unlink(missing_ok=True)
        create_private(tmp)
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        except sqlite3.OperationalError as exc:
            dest.close()
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFullError(str(exc)) from exc
            raise
        finally:
            dest.close()
        os.replace(tmp, target)
        self.prune()
        return BackupInfo(target, when.replace(microsecond=0), reason, fingerprint)

    def take_file(self, reason: str, **kwargs: object) -> BackupInfo | None:
        conn = sqlite3.connect(self.db_path)
        try:
            return self.take(conn, reason, **kwargs)  # type: ignore[arg-type]
        finally:
            conn.close()

    def prune(self, keep: int = KEEP) -> list[Path]:
        old = [b.path for b in self.all()[keep:]]
        for path in old:
            path.unlink(missing_ok=True)
        return old

    # -- checking and restoring -----------------------------------------------------------------------------
    @staticmethod
    def inspect(path: Path) -> WorkSummary | None:
        """The copy's unsent work, or None when the copy itself is damaged or unreadable."""
        if health.probe_file(path) is not None or not path.exists():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            if health.quick_check(conn):
                return None
            return summarize(conn)
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    def newest_good(self) -> tuple[BackupInfo, WorkSummary] | None:
        for info in self.all():
            summary = self.inspect(info.path)
            if summary is not None:
                return info, summary
        return None

    def newest_path(self) -> Path | None:
        found = self.newest_good()
        return found[0].path if found else None

    def set_aside(self, now: datetime | None = None) -> Path | None:
        """Move the (damaged) database and its WAL/SHM out of the way; never delete it: IT may salvage more."""
        if not self.db_path.exists():
            return None
        stamp = (now or datetime.now(UTC)).strftime(_STAMP)
        aside = self.db_path.with_name(f"{self.db_path.name}.rusak-{stamp}")
        for suffix in ("-wal", "-shm"):
            side = Path(f"{self.db_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        os.replace(self.db_path, aside)
        return aside

    def restore(self, backup: Path | None = None, *, now: datetime | None = None) -> tuple[Path | None, Path | None]:
        """Replace the database by `backup` (default: the newest good one). Returns (set-aside damaged file,
        copy restored from); with no usable copy the damaged file is only set aside (a fresh start)."""
        chosen = backup
        if chosen is None:
            found = self.newest_good()
            chosen = found[0].path if found else None
        elif self.inspect(chosen) is None:
            raise health.StoreDamagedError(chosen, "malformed", "the chosen backup is damaged too")
        aside = self.set_aside(now)
        if chosen is not None:
            create_private(self.db_path)
            src = sqlite3.connect(f"file:{chosen}?mode=ro", uri=True)
            dest = sqlite3.connect(self.db_path)
            try:
                src.backup(dest)
            finally:
                dest.close()
                src.close()
            secure_file(self.db_path)
        return aside, chosen
