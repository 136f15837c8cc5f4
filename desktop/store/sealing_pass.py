"""The one-time pass that seals order content an older version wrote in clear (issue 15, DATA_AT_REST.md).

Run by `Store.seal_existing` when a session can seal (the app and `blangkon sync` call it through
`desktop.services.data_protection.protect` right after opening). Every order column the repositories seal
(desktop.store.sealing) that still holds clear text is sealed in one transaction with `secure_delete` on, so the
clear bytes are overwritten, not just unlinked; then the WAL is checkpointed and truncated and the file is
VACUUMed, so no free page or WAL frame keeps a clear copy.

Two stored rules are kept while doing it:
- an attempted outbox command is immutable (a trigger): sealing does not change the text sent (it is opened
  before sending), so the trigger is lifted for the UPDATE and put back, in the same transaction;
- the audit log is append-only and hash-chained over the stored details: the chain is first verified whole, then
  rewritten from the first clear entry with the sealed details (and the verified checkpoint moved to the new last
  entry). A chain that does not verify is left exactly as it is — the tampering stays visible — and its details
  stay clear.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from desktop.store.repositories.audit import GENESIS, _hash, verify_rows
from desktop.store.sealing import ContentSealing, SealedContentWithheld

log = logging.getLogger(__name__)

# (table, key column, sealed columns) — the same fields the repositories seal
SEALED_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("orders", "id", ("delivery_address", "notes", "reasons", "approval", "receipt", "bast", "payment",
                      "server_snapshot")),
    ("outbox", "seq", ("body", "response")),
    ("order_event", "rowid", ("payload",)),
    ("conflict", "id", ("details",)),
)
_CLEAR = "({c} IS NOT NULL AND {c} NOT LIKE 'enc1:%' AND {c} NOT IN ('', '[]', '{{}}', 'null'))"
AUDIT_CHECKPOINT_KEY = "audit_verified"  # as desktop.store.db
DATA_KEY_ID = "data_key_id"  # sync_state key naming the database's data key (desktop.services.data_protection)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _triggers(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))]


def clear_rows(conn: sqlite3.Connection) -> int:
    """How many rows still hold order content in clear (0: nothing for the pass to do)."""
    present = _tables(conn)
    total = 0
    for table, _key, columns in SEALED_COLUMNS:
        if table in present:
            where = " OR ".join(_CLEAR.format(c=c) for c in columns)
            total += int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    if "audit_log" in present:
        total += int(conn.execute(f"SELECT count(*) FROM audit_log WHERE {_CLEAR.format(c='details')}").fetchone()[0])
    return total


def seal_content(conn: sqlite3.Connection, content: ContentSealing) -> int:
    """Seal every clear order value in the database behind `conn` (autocommit connection, no transaction open).
    Returns the rows changed; 0 leaves the file untouched."""
    if clear_rows(conn) == 0:
        return 0
    present = _tables(conn)
    changed = 0
    conn.execute("PRAGMA secure_delete = ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table, key, columns in SEALED_COLUMNS:
                if table not in present:
                    continue
                lifted = _triggers(conn, table) if table == "outbox" else []
                for name, _sql in lifted:
                    conn.execute(f'DROP TRIGGER "{name}"')
                for column in columns:
                    rows = conn.execute(f"SELECT {key}, {column} FROM {table} WHERE {_CLEAR.format(c=column)}"
                                        ).fetchall()
                    for row_key, value in rows:
                        sealed = _seal(content, f"{table}.{column}", value)
                        if sealed != value:
                            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (sealed, row_key))
                            changed += 1
                for _name, sql in lifted:
                    conn.execute(sql)
            if "audit_log" in present:
                changed += _seal_audit(conn, content)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not changed:  # only values that must stay as they are: nothing was rewritten, nothing to compact
            return 0
        try:
            conn.execute("VACUUM")  # no free page keeps a clear copy
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:  # another connection reads: the zeroed pages stay, compacted later
            log.warning("VACUUM after sealing order content skipped: %s", exc)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    return changed


def _seal(content: ContentSealing, field: str, value: str) -> str:
    try:
        return content.seal(field, value) or value
    except SealedContentWithheld:  # an old value quoting the placeholder: left as it is, never lost
        return value


def copies_of(db_path: Path) -> list[Path]:
    """Every copy of the database in the data folder: rotating backups and pre-upgrade copies."""
    backups = db_path.parent / "backups"
    found = sorted(backups.glob(f"{db_path.stem}-*.db")) if backups.is_dir() else []
    return found + sorted(db_path.parent.glob(f"{db_path.name}.bak-v*"))


def key_id(conn: sqlite3.Connection) -> str | None:
    if "sync_state" not in _tables(conn):
        return None
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (DATA_KEY_ID,)).fetchone()
    return str(row[0]) if row else None


def knows_key(conn: sqlite3.Connection, sealing_key_id: str | None, legacy_key_id: str | None) -> bool:
    """Does this copy name the key the session seals with — so that, restored, it can open what is sealed in it?
    Version 7 lists its keys in `data_key`; a version-6 copy names its one key in `sync_state`."""
    if sealing_key_id is not None and "data_key" in _tables(conn):
        return conn.execute("SELECT 1 FROM data_key WHERE id = ?", (sealing_key_id,)).fetchone() is not None
    return legacy_key_id is not None and key_id(conn) == legacy_key_id


def seal_copies(db_path: Path, content: ContentSealing, sealing_key_id: str | None,
                legacy_key_id: str | None = None) -> int:
    """Seal the clear order content of every copy that knows the sealing key (restoring it later must open it
    with that key); a copy of another key, or of none, is left as it is. Returns rows changed."""
    changed = 0
    if sealing_key_id is None and legacy_key_id is None:
        return 0
    for path in copies_of(db_path):
        try:
            conn = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            if knows_key(conn, sealing_key_id, legacy_key_id) and clear_rows(conn):
                changed += seal_content(conn, content)
        except sqlite3.Error as exc:  # a damaged or busy copy: left as it is, the restore checks copies anyway
            log.warning("copy %s not sealed: %s", path.name, exc)
        finally:
            conn.close()
    return changed


def _seal_audit(conn: sqlite3.Connection, content: ContentSealing) -> int:
    """Inside the pass's transaction: seal clear audit details and re-chain from the first one (see module)."""
    first = conn.execute(f"SELECT min(id) FROM audit_log WHERE {_CLEAR.format(c='details')}").fetchone()[0]
    if first is None:
        return 0
    columns = "id, at, actor_user_id, action, order_id, details, prev_hash, entry_hash"
    broken, _last_id, _last_hash = verify_rows(conn.execute(f"SELECT {columns} FROM audit_log ORDER BY id"))
    if broken is not None:
        log.warning("audit chain broken at entry %s: its details are left as they are (not re-chained)", broken)
        return 0
    prev = conn.execute("SELECT entry_hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                        (first,)).fetchone()
    prev_hash = prev[0] if prev else GENESIS
    lifted = _triggers(conn, "audit_log")
    for name, _sql in lifted:
        conn.execute(f'DROP TRIGGER "{name}"')
    changed, last_id = 0, None
    for row_id, at, actor, action, order_id, details in conn.execute(
            "SELECT id, at, actor_user_id, action, order_id, details FROM audit_log WHERE id >= ? ORDER BY id",
            (first,)).fetchall():
        sealed = details
        if details and not details.startswith("enc1:") and details not in ("{}", "[]", "null"):
            sealed = _seal(content, "audit_log.details", details)
            changed += sealed != details
        entry_hash = _hash(prev_hash, at, actor, action, order_id, sealed)
        conn.execute("UPDATE audit_log SET details = ?, prev_hash = ?, entry_hash = ? WHERE id = ?",
                     (sealed, prev_hash, entry_hash, row_id))
        prev_hash, last_id = entry_hash, row_id
    for _name, sql in lifted:
        conn.execute(sql)
    if last_id is not None and "sync_state" in _tables(conn):  # the verified checkpoint follows the new chain
        conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                     (AUDIT_CHECKPOINT_KEY, json.dumps([last_id, prev_hash], separators=(",", ":"))))
    return changed
