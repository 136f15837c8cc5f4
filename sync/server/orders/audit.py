"""Append-only order events in a hash chain per OPD; `verify` recomputes every link (DOMAIN.md §2 rule 6)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from sync.server.storage import models as m

GENESIS = "0" * 64
_HASHED = ("order_id", "opd_id", "version", "action", "from_state", "to_state", "actor", "role", "at",
           "client_recorded_at", "payload")


def event_hash(prev_hash: str, ev: dict[str, Any]) -> str:
    doc = json.dumps([prev_hash, *(ev[k] for k in _HASHED)], separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(doc.encode("ascii")).hexdigest()


_HEAD = select(m.opd.c.audit_head).where(m.opd.c.id == bindparam("opd")).with_for_update()
_INSERT = insert(m.order_event).returning(m.order_event.c.seq)
_ADVANCE = update(m.opd).where(m.opd.c.id == bindparam("opd")).values(
    audit_head=bindparam("head"), audit_count=m.opd.c.audit_count + 1)


def append(conn: Connection, ev: dict[str, Any]) -> dict[str, Any]:
    """Link `ev` after the OPD's head; the OPD row lock serialises appends to one chain."""
    head = conn.execute(_HEAD, {"opd": ev["opd_id"]}).scalar_one()
    ev = {**ev, "payload": json.dumps(ev["payload"], sort_keys=True, ensure_ascii=False)}
    digest = event_hash(head, ev)
    seq = conn.execute(_INSERT, {**ev, "prev_hash": head, "hash": digest}).scalar_one()
    conn.execute(_ADVANCE, {"opd": ev["opd_id"], "head": digest})
    return {**ev, "seq": seq, "hash": digest, "payload": json.loads(ev["payload"])}


def event_to_wire(row: Any) -> dict[str, Any]:
    return {"seq": row.seq, "order_id": row.order_id, "version": row.version, "action": row.action,
            "from_state": row.from_state, "to_state": row.to_state, "actor": row.actor, "role": row.role,
            "at": row.at, "client_recorded_at": row.client_recorded_at, "payload": json.loads(row.payload),
            "hash": row.hash}


def verify(engine: Engine) -> list[str]:
    """Return a list of problems (empty = every chain intact and matching its OPD head)."""
    problems: list[str] = []
    with engine.connect() as conn:
        for opd in conn.execute(select(m.opd.c.id, m.opd.c.audit_head, m.opd.c.audit_count)):
            prev, count = GENESIS, 0
            q = select(m.order_event).where(m.order_event.c.opd_id == opd.id).order_by(m.order_event.c.seq)
            for row in conn.execution_options(yield_per=5000).execute(q):
                count += 1
                ev = {k: getattr(row, k) for k in _HASHED}
                if row.prev_hash != prev:
                    problems.append(f"{opd.id}: event {row.seq} does not link to the previous event")
                if event_hash(row.prev_hash, ev) != row.hash:
                    problems.append(f"{opd.id}: event {row.seq} was altered (hash mismatch)")
                prev = row.hash
            if prev != opd.audit_head or count != opd.audit_count:
                problems.append(f"{opd.id}: chain head/count mismatch (events removed or appended outside)")
    return problems
