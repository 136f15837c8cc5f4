"""Checks beyond the chain: the append-only triggers are in place, and every order row is the fold of its events.

An order edited directly in the database (DIAJUKAN → DIBAYAR) leaves its events untouched, so the chain alone
said "utuh"; the row must agree with what its events say happened: the same version and state, versions
1..N without gaps, each step leaving from the state the previous one reached, and the money the last
create/update recorded (total and content hash of the lines).
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Any

from sqlalchemy import Engine, select, text

from sync.protocol.orders import content_hash
from sync.server.storage import models as m

SQLITE_TRIGGERS = {"order_event_no_update", "order_event_no_delete"}
PG_TRIGGER = "order_event_append_only"


def verify_triggers(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'order_event'")).scalars())
            missing = sorted(SQLITE_TRIGGERS - found)
        else:
            enabled = conn.execute(text(
                "SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'order_event'::regclass AND tgname = :n"),
                {"n": PG_TRIGGER}).scalar()
            missing = [] if enabled in ("O", "A") else [PG_TRIGGER + ("" if enabled is None else " (disabled)")]
    return [f"append-only guard missing on order_event: {name} (history can be edited)" for name in missing]


class _View:
    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)


def _lines_hash(doc: dict[str, Any]) -> str:
    view = _View({**doc, "lines": tuple(_View(ln) for ln in doc["lines"])})
    return content_hash(view)  # type: ignore[arg-type]


def _fold_problems(oid: str, row: Any, events: list[Any]) -> list[str]:
    where = f"order {oid}"
    if not events:
        return [f"{where}: no events (row written outside the server)"]
    out: list[str] = []
    prev_state: str | None = None
    money: dict[str, Any] | None = None
    for n, ev in enumerate(events, 1):
        if ev.version != n:
            out.append(f"{where}: event versions jump to {ev.version} at step {n} (events missing)")
            break
        if ev.from_state != prev_state:
            out.append(f"{where}: event {ev.seq} leaves {ev.from_state}, but the order was {prev_state}")
        if ev.opd_id != row.opd_id:
            out.append(f"{where}: event {ev.seq} belongs to {ev.opd_id}, the row to {row.opd_id}")
        if ev.action in ("create", "update"):
            money = json.loads(ev.payload)
        prev_state = ev.to_state
    last = events[-1]
    doc = json.loads(row.doc)
    if (row.version, row.state) != (last.version, last.to_state):
        out.append(f"{where}: row says v{row.version} {row.state}, its events end at v{last.version} "
                   f"{last.to_state} (changed outside the server)")
    if (doc.get("version"), doc.get("state"), doc.get("opd_id")) != (row.version, row.state, row.opd_id):
        out.append(f"{where}: stored document disagrees with its row (version/state/OPD)")
    if money is not None:
        if doc.get("total") != money.get("total"):
            out.append(f"{where}: total {doc.get('total')} differs from the {money.get('total')} its events recorded")
        try:
            if money.get("content_hash") and _lines_hash(doc) != money["content_hash"]:
                out.append(f"{where}: lines differ from those its events recorded (content hash)")
        except (KeyError, TypeError, AttributeError):
            out.append(f"{where}: stored lines are malformed")
    return out


def verify_orders(engine: Engine) -> list[str]:
    """Fold each order's events and compare with its row: one ordered pass over events and rows (merge by id)."""
    problems: list[str] = []
    e, o = m.order_event.c, m.orders.c
    # byte order on both sides, so the database's sort agrees with Python's `<` in the merge
    by_event = e.order_id if engine.dialect.name == "sqlite" else e.order_id.collate("C")
    by_row = o.id if engine.dialect.name == "sqlite" else o.id.collate("C")
    q_events = select(e.seq, e.order_id, e.opd_id, e.version, e.action, e.from_state, e.to_state, e.payload) \
        .order_by(by_event, e.seq)
    q_rows = select(o.id, o.opd_id, o.version, o.state, o.doc).order_by(by_row)
    with engine.connect() as ce, engine.connect() as cr:
        groups = groupby(ce.execution_options(yield_per=5000).execute(q_events), key=lambda ev: ev.order_id)
        pending = next(groups, None)
        for row in cr.execution_options(yield_per=2000).execute(q_rows):
            while pending is not None and pending[0] < row.id:
                problems.append(f"order {pending[0]}: has events but no row (row deleted outside the server)")
                pending = next(groups, None)
            events: list[Any] = []
            if pending is not None and pending[0] == row.id:
                events = list(pending[1])
                pending = next(groups, None)
            problems += _fold_problems(row.id, row, events)
        while pending is not None:
            problems.append(f"order {pending[0]}: has events but no row (row deleted outside the server)")
            pending = next(groups, None)
    return problems
