"""Append-only audit log with a hash chain, plus typed conflicts parked for the user.

Triggers refuse UPDATE/DELETE on `audit_log`; the chain (each entry hashes the previous hash and its own
canonical content) makes an edit done with an outside tool visible to `verify_chain()`.

The details (an edit's fields, the PPK's reason, a payment) and a conflict's details are order content, sealed at
rest (desktop.store.sealing). An entry's details are sealed BEFORE hashing: the chain covers the stored text, so
checking it (`Store.check`, the self-test) needs no key; the history and the evidence pack open them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.store._util import dumps, inserted_id, iso, loads
from desktop.store.records import AuditEntry, Conflict
from desktop.store.sealing import PLAINTEXT, ContentSealing
from desktop.store.tables import audit_log, conflict

GENESIS = "0" * 64


def _hash(prev_hash: str, at: str, actor: str | None, action: str, order_id: str | None, details: str) -> str:
    payload = dumps([prev_hash, at, actor, action, order_id, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository:
    def __init__(self, session: Session, content: ContentSealing | None = None) -> None:
        self._s = session
        self._c = content or ContentSealing(lambda: PLAINTEXT)

    def _entry(self, r: Any) -> AuditEntry:
        return AuditEntry(id=r.id, at=r.at, actor_user_id=r.actor_user_id, action=r.action, order_id=r.order_id,
                          details=self._c.open_json("audit_log.details", r.details, {}), prev_hash=r.prev_hash,
                          entry_hash=r.entry_hash)

    def append(self, action: str, *, actor_user_id: str | None, order_id: str | None = None,
               details: dict[str, Any] | None = None, now: datetime | None = None) -> AuditEntry:
        """Record who did what (device time; the server's order_event holds the legal time)."""
        # A writing unit of work holds the write lock (BEGIN IMMEDIATE), so reading the last hash is safe.
        last = self._s.execute(select(audit_log.c.entry_hash).order_by(audit_log.c.id.desc()).limit(1)
                               ).scalar_one_or_none()
        prev = last or GENESIS
        at, text = iso(now), dumps(details or {})
        body = self._c.seal("audit_log.details", text) or "{}"  # sealed first: the hash covers what is stored
        entry_hash = _hash(prev, at, actor_user_id, action, order_id, body)
        new_id = inserted_id(self._s.execute(audit_log.insert().values(
            at=at, actor_user_id=actor_user_id, action=action, order_id=order_id, details=body,
            prev_hash=prev, entry_hash=entry_hash)))
        return AuditEntry(new_id, at, actor_user_id, action, order_id, loads(text), prev, entry_hash)

    def for_order(self, order_id: str) -> list[AuditEntry]:
        q = select(audit_log).where(audit_log.c.order_id == order_id).order_by(audit_log.c.id)
        return [self._entry(r) for r in self._s.execute(q)]

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        q = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        return [self._entry(r) for r in self._s.execute(q)]

    def count(self) -> int:
        return int(self._s.execute(select(func.count()).select_from(audit_log)).scalar_one())

    def verify_chain(self) -> int | None:
        """Id of the first entry whose hash does not follow from its predecessor, or None if intact."""
        return verify_rows(self._s.execute(select(*_CHAIN_COLUMNS).order_by(audit_log.c.id)))[0]

    def verify_since(self, checkpoint: tuple[int, str] | None) -> tuple[int | None, int, str]:
        """Incremental check from a verified (id, entry_hash) checkpoint (None: from the start).

        The checkpoint entry must still be there with the same hash (an edit or a deletion of anything up to
        it changes or removes it); the entries after it must chain on. Returns (first broken id or None, last
        id checked, its hash) — the caller stores the last two as the next checkpoint when nothing is broken."""
        prev, after = GENESIS, 0
        if checkpoint is not None:
            after, prev = int(checkpoint[0]), str(checkpoint[1])
            kept = self._s.execute(select(audit_log.c.entry_hash).where(audit_log.c.id == after)).scalar_one_or_none()
            if kept != prev:
                return after, after, prev
        rows = self._s.execute(select(*_CHAIN_COLUMNS).where(audit_log.c.id > after).order_by(audit_log.c.id))
        broken, last_id, last_hash = verify_rows(rows, prev)
        return broken, last_id or after, last_hash


_CHAIN_COLUMNS = (audit_log.c.id, audit_log.c.at, audit_log.c.actor_user_id, audit_log.c.action,
                  audit_log.c.order_id, audit_log.c.details, audit_log.c.prev_hash, audit_log.c.entry_hash)


def verify_rows(rows: Iterable[Any], prev: str = GENESIS) -> tuple[int | None, int, str]:
    """Walk (id, at, actor, action, order_id, details, prev_hash, entry_hash) rows in id order: (first broken
    id or None, last good id (0: none), its hash). Shared by the repository and raw-sqlite checks."""
    last_id = 0
    for r in rows:
        row_id, at, actor, action, order_id, details, prev_hash, entry_hash = tuple(r)
        if prev_hash != prev or entry_hash != _hash(prev, at, actor, action, order_id, details):
            return int(row_id), last_id, prev
        prev, last_id = entry_hash, int(row_id)
    return None, last_id, prev


class ConflictRepository:
    """Typed conflicts (`price_changed`, `stale_approval`, …) with the server's problem details, shown in the
    reconcile dialog until the user resolves them."""

    def __init__(self, session: Session, content: ContentSealing | None = None) -> None:
        self._s = session
        self._c = content or ContentSealing(lambda: PLAINTEXT)

    def _conflict(self, r: Any) -> Conflict:
        return Conflict(id=r.id, order_id=r.order_id, code=r.code,
                        details=self._c.open_json("conflict.details", r.details, {}), created_at=r.created_at,
                        cmd_id=r.cmd_id, resolved_at=r.resolved_at)

    def add(self, order_id: str, code: str, details: dict[str, Any] | None = None, *, cmd_id: str | None = None,
            now: datetime | None = None) -> Conflict:
        new_id = inserted_id(self._s.execute(conflict.insert().values(
            order_id=order_id, cmd_id=cmd_id, code=code,
            details=self._c.seal_json("conflict.details", details or {}), created_at=iso(now))))
        return self._conflict(self._s.execute(select(conflict).where(conflict.c.id == new_id)).one())

    def open_for_order(self, order_id: str) -> list[Conflict]:
        q = (select(conflict).where(conflict.c.order_id == order_id, conflict.c.resolved_at.is_(None))
             .order_by(conflict.c.id))
        return [self._conflict(r) for r in self._s.execute(q)]

    def open_all(self) -> list[Conflict]:
        q = select(conflict).where(conflict.c.resolved_at.is_(None)).order_by(conflict.c.id)
        return [self._conflict(r) for r in self._s.execute(q)]

    def resolve(self, conflict_id: int, *, now: datetime | None = None) -> None:
        self._s.execute(update(conflict).where(conflict.c.id == conflict_id, conflict.c.resolved_at.is_(None))
                        .values(resolved_at=iso(now)))
