"""The PPK's deadline on the server (#17; the rule itself is sync.protocol.deadline, shared with the desktop).

- `approval_due` stamps an order at submission with the last working day the PPK may answer: the effective-dated
  `ppk_approval_working_days` counted on the domain's working-day calendar (desktop.domain, cuti bersama
  included). A year without a holiday file gives no deadline rather than a wrong one.
- `expire_overdue` cancels what is still DIAJUKAN after its due day: state DIBATALKAN, a reason
  {"action": "expire", "by": "system", "due": …} and an audit event by the system. One transaction per order, the
  order row locked and re-read first, so running it twice, or in several workers or processes at once, cancels
  each order once. On PostgreSQL an advisory lock keeps concurrent runs from queueing behind each other.
- `honour_act` decides, for an approval or rejection, whether the act counts as made in time (the device's
  recorded time when its clock was verified, else the server's) and whether it undoes the deadline's
  cancellation; otherwise 409 deadline_passed, which the PPK sees as a conflict.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import CalendarError
from desktop.domain.rules import ppk_approval_deadline
from desktop.domain.thresholds import default_thresholds
from sync.protocol.deadline import (
    ACTIONS,
    EXPIRE_ACTION,
    SYSTEM_ACTOR,
    SYSTEM_ROLE,
    ClockEvidence,
    deadline_passed,
    expired_by_deadline,
    legal_date,
    parse_stamp,
    trusted_act_time,
    within,
)
from sync.protocol.messages import TransitionRequest
from sync.protocol.states import OrderState
from sync.server import clock
from sync.server.orders import audit
from sync.server.storage import models as m
from sync.server.storage.db import is_sqlite, write_txn

SYSTEM_NAME = "Sistem Blangkon"  # by_name of the system's reason: another PC shows who cancelled
_ADVISORY_KEY = 7300117  # pg advisory lock of the expiry run (the migration lock is 7300101)
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")


@cache
def _calendar() -> WorkingCalendar:
    """The domain's calendar, strict (a missing year raises): read once per process."""
    return WorkingCalendar.from_resources()


def approval_due(submitted_at: str) -> str | None:
    """The due day (ISO date) of an order submitted at `submitted_at` (server stamp); None without a calendar."""
    moment = parse_stamp(submitted_at)
    if moment is None:
        return None
    try:
        return ppk_approval_deadline(legal_date(moment), _calendar(), default_thresholds()).isoformat()
    except CalendarError:
        return None


def expiry_reason(due: str) -> str:
    day = dt.date.fromisoformat(due)
    return (f"Dibatalkan otomatis oleh sistem: PPK tidak menyetujui atau menolak pesanan sampai batas waktu "
            f"{day.day} {_MONTHS[day.month - 1]} {day.year}.")


@dataclass(frozen=True)
class ActTime:
    """When an approval or rejection counts as made, and whether it undoes the deadline's cancellation."""

    day: dt.date
    trusted_device_time: bool
    revives: bool


def honour_act(doc: dict[str, Any], req: TransitionRequest, received_at: dt.datetime) -> ActTime | None:
    """None for actions and states the deadline does not govern (the lifecycle check answers those). Raises
    deadline_passed for an act after the due day."""
    expired = expired_by_deadline(doc["state"], doc.get("reasons"))
    if req.action not in ACTIONS or (doc["state"] != OrderState.DIAJUKAN.value and not expired):
        return None
    evidence = ClockEvidence.from_payload(req.payload)
    trusted = trusted_act_time(req.client_recorded_at, evidence, received_at)
    day = legal_date(trusted or received_at)
    due = doc.get("approval_due")
    if not within(due, day):
        raise deadline_passed(str(due))
    return ActTime(day, trusted is not None, expired)


@contextmanager
def _one_runner(engine: Engine) -> Iterator[bool]:
    """True when this run may go ahead: on PostgreSQL only one run at a time (others skip, they would find
    nothing left); on SQLite every write transaction is serialised anyway."""
    if is_sqlite(engine):
        yield True
        return
    with engine.connect() as conn:
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
                conn.commit()


def overdue_ids(conn: Connection, today: dt.date, limit: int) -> list[str]:
    o = m.orders.c
    q = select(o.id).where(o.state == OrderState.DIAJUKAN.value, o.approval_due.is_not(None),
                           o.approval_due < today.isoformat()).order_by(o.approval_due, o.id).limit(limit)
    return [str(x) for x in conn.execute(q).scalars()]


def expire_overdue(engine: Engine, today: dt.date | None = None, limit: int = 1000) -> list[str]:
    """Cancel every order still waiting for the PPK after its due day (as of `today`, Jakarta; default the
    server's). Returns the ids this run cancelled (empty when another process holds the run)."""
    day = today or clock.legal_today()
    done: list[str] = []
    with _one_runner(engine) as go:
        if not go:
            return done
        while True:
            with engine.connect() as conn:
                ids = overdue_ids(conn, day, limit)
            batch = 0
            for oid in ids:
                with write_txn(engine) as conn:
                    if expire_one(conn, oid, day):
                        done.append(oid)
                        batch += 1
            if len(ids) < limit or batch == 0:
                return done


def expire_one(conn: Connection, order_id: str, today: dt.date) -> bool:
    """Cancel one order for its deadline, if it is still overdue once its row is locked."""
    from sync.server.orders.service import save_order  # service imports this module

    row = conn.execute(select(m.orders.c.doc).where(m.orders.c.id == order_id).with_for_update()).first()
    if row is None:
        return False
    doc = dict(json.loads(row.doc))
    due = doc.get("approval_due")
    if doc["state"] != OrderState.DIAJUKAN.value or not due or due >= today.isoformat():
        return False  # acted on, or already cancelled, since it was listed
    now = clock.now_iso()
    reason = expiry_reason(due)
    before = doc["state"]
    doc.update(state=OrderState.DIBATALKAN.value, version=doc["version"] + 1, updated_at=now)
    doc["reasons"] = [*doc["reasons"], {"action": EXPIRE_ACTION, "reason": reason, "due": due, "by": SYSTEM_ACTOR,
                                        "by_name": SYSTEM_NAME, "role": SYSTEM_ROLE, "at": now}]
    audit.append(conn, {"order_id": doc["id"], "opd_id": doc["opd_id"], "version": doc["version"],
                        "action": EXPIRE_ACTION, "from_state": before, "to_state": doc["state"],
                        "actor": SYSTEM_ACTOR, "role": SYSTEM_ROLE, "at": now, "client_recorded_at": None,
                        "payload": {"reason": reason, "approval_due": due}})
    save_order(conn, doc, created=False)
    return True


def run_once(engine: Engine) -> int:
    """One pass of the periodic task (the serving process): how many orders it cancelled."""
    return len(expire_overdue(engine))


