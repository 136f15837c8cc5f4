"""Append-only order events in a keyed hash chain per OPD; `verify` recomputes every link (DOMAIN.md §2 rule 6).

Each link is HMAC-SHA256 under a key kept outside the database (orders/audit_key.py), so a rewritten chain
cannot be made to verify by someone who can only write the database. Events from before the key existed keep
their plain sha256 links. `verify` also checks the append-only triggers, the signed checkpoints, and that every
order's current row equals the fold of its events (orders/audit_fold.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, exc, insert, select, update

from sync.server.orders.audit_key import OPTION, AuditKey, read_checkpoints, write_checkpoint
from sync.server.storage import models as m
from sync.server.storage.db import Hot

GENESIS = "0" * 64
_HASHED = ("order_id", "opd_id", "version", "action", "from_state", "to_state", "actor", "role", "at",
           "client_recorded_at", "payload")


def event_hash(prev_hash: str, ev: dict[str, Any], key: AuditKey | None = None) -> str:
    doc = json.dumps([prev_hash, *(ev[k] for k in _HASHED)], separators=(",", ":"), ensure_ascii=True)
    if key is not None:
        return key.mac(doc)
    return hashlib.sha256(doc.encode("ascii")).hexdigest()


_HEAD = Hot(select(m.opd.c.audit_head).where(m.opd.c.id == bindparam("opd")).with_for_update())
_INSERT = Hot(insert(m.order_event).returning(m.order_event.c.seq))
_ADVANCE_STMT = update(m.opd).where(m.opd.c.id == bindparam("opd")).values(
    audit_head=bindparam("head"), audit_count=m.opd.c.audit_count + 1)
_ADVANCE = Hot(_ADVANCE_STMT)
_EVENT_COLUMNS = (*_HASHED, "prev_hash", "hash")
# PostgreSQL: the event and the head's advance in ONE statement (a data-modifying CTE runs exactly once); the OPD
# row is already locked by _HEAD, so the lock order is unchanged. SQLite has no DML in CTEs: two statements there.
_EVENT_CTE = insert(m.order_event).values({c: bindparam(c) for c in _EVENT_COLUMNS}) \
    .returning(m.order_event.c.seq).cte("ev")
_APPEND_PG = Hot(_ADVANCE_STMT.add_cte(_EVENT_CTE).returning(select(_EVENT_CTE.c.seq).scalar_subquery()))


def append(conn: Connection, ev: dict[str, Any]) -> dict[str, Any]:
    """Link `ev` after the OPD's head; the OPD row lock serialises appends to one chain."""
    head = _HEAD.first(conn, {"opd": ev["opd_id"]})
    if head is None:
        raise exc.NoResultFound(f"OPD {ev['opd_id']} not found")
    head = head[0]
    ev = {**ev, "payload": json.dumps(ev["payload"], sort_keys=True, ensure_ascii=False)}
    digest = event_hash(head, ev, conn.get_execution_options().get(OPTION))
    row = {**ev, "prev_hash": head, "hash": digest}
    if conn.dialect.name == "postgresql":
        seq = _APPEND_PG.scalar(conn, {**{c: row[c] for c in _EVENT_COLUMNS}, "opd": ev["opd_id"], "head": digest})
    else:
        seq = _INSERT.scalar(conn, row)
        _ADVANCE.run(conn, {"opd": ev["opd_id"], "head": digest})
    return {**ev, "seq": seq, "hash": digest, "payload": json.loads(ev["payload"])}


def event_to_wire(row: Any) -> dict[str, Any]:
    return {"seq": row.seq, "order_id": row.order_id, "version": row.version, "action": row.action,
            "from_state": row.from_state, "to_state": row.to_state, "actor": row.actor, "role": row.role,
            "at": row.at, "client_recorded_at": row.client_recorded_at, "payload": json.loads(row.payload),
            "hash": row.hash}


def verify_chains(engine: Engine, key: AuditKey | None,
                  positions: dict[str, set[int]]) -> tuple[list[str], dict[str, tuple[int, str]], dict[str, dict[int, str]]]:
    """Recompute every link in one ordered pass. Returns (problems, head per OPD as (count, hash), hash at each
    asked position)."""
    problems: list[str] = []
    seen: dict[str, dict[int, str]] = {}
    chains: dict[str, list[Any]] = {}  # opd -> [previous hash, count]
    e = m.order_event.c
    with engine.connect() as conn:
        opds = list(conn.execute(select(m.opd.c.id, m.opd.c.audit_head, m.opd.c.audit_count)))
        q = select(m.order_event).order_by(e.opd_id, e.seq)
        for row in conn.execution_options(yield_per=5000).execute(q):
            chain = chains.setdefault(row.opd_id, [GENESIS, 0])
            chain[1] += 1
            ev = {k: getattr(row, k) for k in _HASHED}
            if row.prev_hash != chain[0]:
                problems.append(f"{row.opd_id}: event {row.seq} does not link to the previous event")
            link_key = key if key is not None and row.seq >= key.keyed_from_seq else None
            if event_hash(row.prev_hash, ev, link_key) != row.hash:
                problems.append(f"{row.opd_id}: event {row.seq} was altered (hash mismatch)")
            chain[0] = row.hash
            if chain[1] in positions.get(row.opd_id, ()):
                seen.setdefault(row.opd_id, {})[chain[1]] = row.hash
    heads: dict[str, tuple[int, str]] = {}
    for opd in opds:
        prev, count = chains.pop(opd.id, [GENESIS, 0])
        if prev != opd.audit_head or count != opd.audit_count:
            problems.append(f"{opd.id}: chain head/count mismatch (events removed or appended outside)")
        heads[opd.id] = (count, prev)
    problems += [f"{opd_id}: events of an OPD that does not exist" for opd_id in chains]
    return problems, heads, seen


def verify(engine: Engine, key: AuditKey | None = None, data_dir: Path | None = None, *,
           checkpoint: bool = False) -> list[str]:
    """Every check; empty = intact. With `checkpoint`, a clean result is anchored by a new signed checkpoint."""
    from sync.server.orders.audit_fold import verify_orders, verify_triggers

    problems: list[str] = []
    if key is None:
        problems.append("no audit key (audit.key): links are checked as plain hashes only")
    checkpoints, bad = read_checkpoints(data_dir, key) if key is not None and data_dir else ([], [])
    problems += bad
    positions: dict[str, set[int]] = {}
    for cp in checkpoints:
        for opd, (n, _h) in cp["heads"].items():
            positions.setdefault(opd, set()).add(int(n))
    chain_problems, heads, seen = verify_chains(engine, key, positions)
    problems += chain_problems
    for cp in checkpoints:
        for opd, (n, h) in cp["heads"].items():
            if int(n) and seen.get(opd, {}).get(int(n)) != h:
                problems.append(f"{opd}: the chain no longer matches the checkpoint of {cp['at']} "
                                f"({n} events; events deleted or rewritten since)")
    problems += verify_triggers(engine)
    problems += verify_orders(engine)
    if checkpoint and not problems and key is not None and data_dir is not None:
        write_checkpoint(data_dir, key, heads)
    return problems


def heads_now(engine: Engine, key: AuditKey) -> dict[str, tuple[int, str]]:
    return verify_chains(engine, key, {})[1]
