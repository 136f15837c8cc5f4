"""Numbered schema migrations with backup-before-upgrade.

Each step is a module `NNNN_<name>.py` exposing `DESCRIPTION` and `upgrade(conn: sqlite3.Connection)`. A step
runs in ONE transaction together with its `PRAGMA user_version` bump (SQLite DDL is transactional), so a
crash leaves the file at the previous version, never half-migrated (Vorta's lesson). Before upgrading an
existing file we copy it with the sqlite3 backup API to `<name>.bak-v<N>-<UTC timestamp>`. A file newer than
this app is refused: we never downgrade.

Adding step N+1: first freeze a database of version N for the upgrade test
(`python -m tests.store.fixtures.make_fixture N`, commit `tests/store/fixtures/vN.db`), then add the module and
list it below. Never edit a released step.
"""

from __future__ import annotations

import importlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from desktop.store.errors import MigrationError, SchemaTooNewError
from desktop.store.permissions import create_private
from desktop.store.texts import STORE_TEXTS

# Listed explicitly (not discovered) so a frozen build, which has no directory to scan, finds them too.
STEP_MODULES = ("0001_initial", "0002_order_events_login_lockout", "0003_kabkota_search_index",
                "0004_order_makers", "0005_bank_reconciliation", "0006_fts_prefix_2_3",
                "0007_data_key_wraps")


@dataclass(frozen=True, slots=True)
class Step:
    version: int
    name: str
    description: str
    module: ModuleType


def steps() -> list[Step]:
    out = []
    for name in STEP_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        out.append(Step(int(name[:4]), name, module.DESCRIPTION, module))
    if [s.version for s in out] != list(range(1, len(out) + 1)):
        raise MigrationError(f"migration steps are not numbered 1..N: {STEP_MODULES}")
    return out


def latest_version() -> int:
    return len(STEP_MODULES)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup(conn: sqlite3.Connection, path: Path, version: int, now: datetime | None = None) -> Path:
    """Online copy of the whole database (consistent even in WAL mode) next to the original."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    create_private(target)  # personal data: owner-only from the first byte
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


KEEP_BACKUPS = 3  # a 1M-row catalog makes each copy ~400 MB; older copies are pruned after a good upgrade


def prune_backups(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the `keep` newest pre-upgrade copies of `path`. Returns what was removed."""
    copies = sorted(path.parent.glob(f"{path.name}.bak-v*"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in copies[keep:]:
        old.unlink()
    return copies[keep:]


def migrate(path: Path, *, target: int | None = None) -> tuple[int, int, Path | None]:
    """Bring the file at `path` up to `target` (default: latest). Returns (from, to, backup path or None)."""
    path = Path(path)
    goal = latest_version() if target is None else target
    conn = sqlite3.connect(path, isolation_level=None)  # autocommit: we issue BEGIN/COMMIT ourselves
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = OFF")  # table rebuilds in later steps must not cascade
        start = current_version(conn)
        if start > latest_version():
            raise SchemaTooNewError(STORE_TEXTS("schema_too_new", file=path.name, version=start,
                                                latest=latest_version()))
        if start >= goal:
            return start, start, None
        backup_path = backup(conn, path, start) if start > 0 else None
        for step in steps()[start:goal]:
            try:
                conn.execute("BEGIN IMMEDIATE")
                step.module.upgrade(conn)
                conn.execute(f"PRAGMA user_version = {step.version:d}")
                conn.execute("COMMIT")
            except Exception as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                hint = STORE_TEXTS("migration_backup_hint", file=backup_path.name) if backup_path else ""
                raise MigrationError(STORE_TEXTS("migration_failed", version=step.version, description=step.description,
                                                 problem=str(exc), hint=hint)) from exc
        prune_backups(path)
        return start, goal, backup_path
    finally:
        conn.close()
