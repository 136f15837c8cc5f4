"""The durable command queue (SYNC.md §4).

FIFO per order, orders in parallel: a command is ready when it is `pending`, its backoff has elapsed, and no
earlier command of the same order is still unsettled (pending, in flight, blocked, or rejected and not yet
resolved by the user). Commands without an order form one FIFO of their own.

A rejection (business conflict) blocks the later commands of that order only. An attempted command is
immutable (also enforced by a trigger): the server fingerprints the body behind each Idempotency-Key.

Bodies and responses hold an order's content (lines, address, notes, the PPK's reasons, receipts, payments), so
they are sealed at rest (`outbox.body` / `outbox.response`, desktop.store.sealing) and opened on read: the text
sent is the exact text enqueued. A body this session cannot open reads as the `Withheld` text (`is_withheld`):
the sync adapter keeps such a command queued, never sends or drops it.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.store._util import dumps, iso, parse_iso, rowcount
from desktop.store.errors import NotFoundError, OutboxStateError
from desktop.store.records import CommandStatus, OutboxCommand, SyncStatus
from desktop.store.sealing import PLAINTEXT, ContentSealing
from desktop.store.tables import orders, outbox
from desktop.store.texts import STORE_TEXTS

MAX_BACKOFF_S = 300.0
# A queue whose commands are barriers: each waits until every command queued before it, of any queue, has
# settled — a year-end closing (#17) reaches the server only after what was recorded before it.
BARRIER_PREFIX = "closing:"
_UNSETTLED = or_(outbox.c.status.in_(["pending", "in_flight", "blocked"]),
                 and_(outbox.c.status == "rejected", outbox.c.resolved_at.is_(None)))


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Full jitter (SYNC.md §7): uniform(0, min(300 s, 1 s·2ⁿ))."""
    cap = min(MAX_BACKOFF_S, 2.0 ** min(attempts, 20))
    return (rng or random).uniform(0.0, cap)


def has_unsettled(session: Session, order_id: str) -> bool:
    q = select(outbox.c.seq).where(outbox.c.order_id == order_id, _UNSETTLED).limit(1)
    return session.execute(q).first() is not None


def refresh_sync_status(session: Session, order_id: str | None, content: ContentSealing | None = None) -> None:
    """Derive orders.sync_status from the order's commands (the single place that decides it). When the
    order's last unsettled command settles (done, or a rejected/blocked chain resolved or dropped), the server
    copy parked in `server_snapshot` meanwhile becomes the local copy (SYNC.md §4)."""
    if order_id is None:
        return
    before = session.execute(select(orders.c.sync_status).where(orders.c.id == order_id)).scalar_one_or_none()
    statuses = {(r.status, r.resolved_at is None) for r in session.execute(
        select(outbox.c.status, outbox.c.resolved_at).where(outbox.c.order_id == order_id, _UNSETTLED))}
    if ("rejected", True) in statuses:
        status = SyncStatus.NEEDS_ATTENTION
    elif statuses:
        status = SyncStatus.PENDING
    else:
        server_version = session.execute(select(orders.c.server_version).where(orders.c.id == order_id)
                                          ).scalar_one_or_none()
        status = SyncStatus.LOCAL_ONLY if server_version is None else SyncStatus.SENT
    session.execute(update(orders).where(orders.c.id == order_id).values(sync_status=status.value))
    # status first: the copy below calls back here, and then finds nothing that just settled
    if status is SyncStatus.SENT and before in (SyncStatus.PENDING.value, SyncStatus.NEEDS_ATTENTION.value):
        from desktop.store.repositories.orders import OrderRepository  # orders imports this module

        OrderRepository(session, content).take_parked_snapshot(order_id)


def _as_text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else dumps(value)


class OutboxRepository:
    def __init__(self, session: Session, content: ContentSealing | None = None) -> None:
        self._s = session
        self._c = content or ContentSealing(lambda: PLAINTEXT)

    def _cmd(self, r: Any) -> OutboxCommand:
        return OutboxCommand(cmd_id=r.cmd_id, seq=r.seq, order_id=r.order_id, method=r.method, path=r.path,
                             body=self._c.open("outbox.body", r.body) or "", base_version=r.base_version,
                             actor_user_id=r.actor_user_id, status=CommandStatus(r.status), attempts=r.attempts,
                             attempted=bool(r.attempted), next_attempt_at=r.next_attempt_at,
                             last_error=r.last_error, response=self._c.open("outbox.response", r.response),
                             created_at=r.created_at, finished_at=r.finished_at, resolved_at=r.resolved_at)

    def _refresh(self, order_id: str | None) -> None:
        refresh_sync_status(self._s, order_id, self._c)

    def enqueue(self, *, method: str, path: str, body: Any, actor_user_id: str, order_id: str | None = None,
                base_version: int | None = None, cmd_id: str | None = None,
                now: datetime | None = None) -> OutboxCommand:
        """Append a command in the caller's unit of work (so it commits with the edit it describes).
        `body` (dict or JSON text) is frozen now as canonical JSON and never changes once attempted."""
        stamp = iso(now)
        cmd_id = cmd_id or str(uuid.uuid4())
        self._s.execute(outbox.insert().values(
            cmd_id=cmd_id, order_id=order_id, method=method.upper(), path=path,
            body=self._c.seal("outbox.body", _as_text(body)),
            base_version=base_version, actor_user_id=actor_user_id, status="pending", attempts=0, attempted=0,
            next_attempt_at=stamp, created_at=stamp))
        self._refresh(order_id)
        return self.require(cmd_id)

    def get(self, cmd_id: str) -> OutboxCommand | None:
        r = self._s.execute(select(outbox).where(outbox.c.cmd_id == cmd_id)).one_or_none()
        return None if r is None else self._cmd(r)

    def require(self, cmd_id: str) -> OutboxCommand:
        cmd = self.get(cmd_id)
        if cmd is None:
            raise NotFoundError(STORE_TEXTS("command_not_found", cmd_id=cmd_id))
        return cmd

    def next_ready(self, now: datetime | None = None, *, actor_user_id: str | None = None,
                   limit: int = 50) -> list[OutboxCommand]:
        """Heads of the per-order queues that may be sent now, oldest first. With `actor_user_id`, only that
        user's commands (the server refuses a command sent under another user's token)."""
        earlier = outbox.alias("earlier")
        blocked_by_earlier = (select(earlier.c.seq)
                              .where(earlier.c.order_id.is_(outbox.c.order_id), earlier.c.seq < outbox.c.seq,
                                     or_(earlier.c.status.in_(["pending", "in_flight", "blocked"]),
                                         and_(earlier.c.status == "rejected", earlier.c.resolved_at.is_(None))))
                              .exists())
        before = outbox.alias("before")
        barrier_waits = and_(func.coalesce(outbox.c.order_id, "").startswith(BARRIER_PREFIX, autoescape=True),
                             select(before.c.seq).where(before.c.seq < outbox.c.seq, or_(
                                 before.c.status.in_(["pending", "in_flight", "blocked"]),
                                 and_(before.c.status == "rejected", before.c.resolved_at.is_(None)))).exists())
        q = (select(outbox).where(outbox.c.status == "pending", outbox.c.next_attempt_at <= iso(now),
                                  ~blocked_by_earlier, ~barrier_waits)
             .order_by(outbox.c.seq).limit(limit))
        if actor_user_id is not None:
            q = q.where(outbox.c.actor_user_id == actor_user_id)
        return [self._cmd(r) for r in self._s.execute(q)]

    def exportable(self, actor_user_ids: Iterable[str] | None = None) -> list[OutboxCommand]:
        """What a USB export carries (#18): every pending or in-flight command, oldest first, except those
        waiting behind a refusal the officer has not dealt with (blocked, or after an unresolved rejection)."""
        earlier = outbox.alias("earlier")
        behind_refusal = (select(earlier.c.seq)
                          .where(earlier.c.order_id.is_(outbox.c.order_id), earlier.c.seq < outbox.c.seq,
                                 or_(earlier.c.status == "blocked",
                                     and_(earlier.c.status == "rejected", earlier.c.resolved_at.is_(None))))
                          .exists())
        q = select(outbox).where(outbox.c.status.in_(["pending", "in_flight"]), ~behind_refusal).order_by(outbox.c.seq)
        if actor_user_ids is not None:
            q = q.where(outbox.c.actor_user_id.in_(list(actor_user_ids)))
        return [self._cmd(r) for r in self._s.execute(q)]

    def freeze(self, cmd_ids: Iterable[str]) -> int:
        """The commands left the PC (on a USB stick): their bodies are final from now on, exactly as after a
        send attempt — the server fingerprints them under their keys. Their status stays (an online sync may
        still send them; the server then replays)."""
        ids = list(cmd_ids)
        res = self._s.execute(update(outbox).where(outbox.c.cmd_id.in_(ids)).values(attempted=1))
        return rowcount(res)

    def _move(self, cmd_id: str, allowed: Iterable[str], **values: Any) -> OutboxCommand:
        cmd = self.require(cmd_id)
        if cmd.status.value not in allowed:
            raise OutboxStateError(STORE_TEXTS("command_bad_transition", cmd_id=cmd_id, status=cmd.status.value))
        self._s.execute(update(outbox).where(outbox.c.cmd_id == cmd_id).values(**values))
        self._refresh(cmd.order_id)
        return self.require(cmd_id)

    def mark_in_flight(self, cmd_id: str) -> OutboxCommand:
        return self._move(cmd_id, ["pending"], status="in_flight", attempted=1, attempts=outbox.c.attempts + 1)

    def mark_done(self, cmd_id: str, response: Any = None, *, now: datetime | None = None) -> OutboxCommand:
        return self._move(cmd_id, ["in_flight", "pending"], status="done",
                          response=self._c.seal("outbox.response", _as_text(response)),
                          last_error=None, finished_at=iso(now))

    def mark_rejected(self, cmd_id: str, error: str, response: Any = None, *,
                      now: datetime | None = None) -> OutboxCommand:
        """A business conflict: this command stops; later unsettled commands of the same order are blocked
        (other orders keep flowing)."""
        cmd = self._move(cmd_id, ["in_flight", "pending"], status="rejected", last_error=error,
                         response=self._c.seal("outbox.response", _as_text(response)), finished_at=iso(now))
        if cmd.order_id is not None:
            self._s.execute(update(outbox).where(outbox.c.order_id == cmd.order_id, outbox.c.seq > cmd.seq,
                                                 outbox.c.status == "pending").values(status="blocked"))
        self._refresh(cmd.order_id)
        return cmd

    def retry(self, cmd_id: str, error: str, *, now: datetime | None = None, delay_s: float | None = None,
              rng: random.Random | None = None) -> OutboxCommand:
        """A transient failure: back to pending with the SAME key after `delay_s` (full jitter if None;
        pass the server's Retry-After as `delay_s` when it sent one)."""
        cmd = self.require(cmd_id)
        delay = backoff_delay(cmd.attempts, rng) if delay_s is None else max(0.0, delay_s)
        start = parse_iso(iso(now))
        return self._move(cmd_id, ["in_flight", "pending"], status="pending", last_error=error,
                          next_attempt_at=iso(start + timedelta(seconds=delay)))

    def reset_backoff(self, now: datetime | None = None) -> int:
        """"Sync now" or connectivity came back: every waiting command becomes due immediately."""
        res = self._s.execute(update(outbox).where(outbox.c.status == "pending", outbox.c.next_attempt_at > iso(now))
                              .values(next_attempt_at=iso(now)))
        return rowcount(res)

    def recover_in_flight(self) -> int:
        """At start-up: a command left in flight by a crash is resent with the same key (the server replays
        its stored response if it had applied it)."""
        res = self._s.execute(update(outbox).where(outbox.c.status == "in_flight").values(status="pending"))
        return rowcount(res)

    def resolve_order(self, order_id: str, *, requeue_blocked: bool, now: datetime | None = None) -> int:
        """The user dealt with a rejection: close it, then either resend the blocked commands (same keys,
        in order) or drop them. Only never-attempted commands can be blocked, so dropping loses nothing the
        server saw. Returns the number of blocked commands requeued or dropped."""
        self._s.execute(update(outbox).where(outbox.c.order_id == order_id, outbox.c.status == "rejected",
                                             outbox.c.resolved_at.is_(None)).values(resolved_at=iso(now)))
        where = and_(outbox.c.order_id == order_id, outbox.c.status == "blocked")
        if requeue_blocked:
            n = rowcount(self._s.execute(update(outbox).where(where).values(status="pending", next_attempt_at=iso(now))
                                ))
        else:
            n = rowcount(self._s.execute(delete(outbox).where(where)))
        self._refresh(order_id)
        return n

    def replace_unattempted(self, cmd_id: str, body: Any, *, new_cmd_id: str | None = None) -> OutboxCommand:
        """Coalesce an edit into a command the server has never seen: new body under a NEW key, same place
        in the queue. Refused once attempted (the old key may already be bound to the old body)."""
        cmd = self.require(cmd_id)
        if cmd.attempted or cmd.status is not CommandStatus.PENDING:
            raise OutboxStateError(STORE_TEXTS("command_already_sent", cmd_id=cmd_id))
        new_id = new_cmd_id or str(uuid.uuid4())
        self._s.execute(update(outbox).where(outbox.c.cmd_id == cmd_id).values(
            cmd_id=new_id, body=self._c.seal("outbox.body", _as_text(body))))
        return self.require(new_id)

    # -- queries for the status bar and screens ----------------------------------------------------------
    def pending_count(self, *, actor_user_id: str | None = None) -> int:
        q = select(func.count()).select_from(outbox).where(_UNSETTLED)
        if actor_user_id is not None:
            q = q.where(outbox.c.actor_user_id == actor_user_id)
        return int(self._s.execute(q).scalar_one())

    def pending_for_user(self, actor_user_id: str) -> list[OutboxCommand]:
        q = select(outbox).where(outbox.c.actor_user_id == actor_user_id, _UNSETTLED).order_by(outbox.c.seq)
        return [self._cmd(r) for r in self._s.execute(q)]

    def unsettled_by_actor(self) -> dict[str, tuple[int, int]]:
        """actor → (commands waiting to be sent, commands the server refused and nobody resolved yet)."""
        q = (select(outbox.c.actor_user_id, outbox.c.status, func.count()).where(_UNSETTLED)
             .group_by(outbox.c.actor_user_id, outbox.c.status))
        out: dict[str, tuple[int, int]] = {}
        for actor, status, n in self._s.execute(q):
            waiting, refused = out.get(actor, (0, 0))
            out[actor] = (waiting, refused + n) if status == "rejected" else (waiting + n, refused)
        return out

    def for_order(self, order_id: str, *, include_done: bool = True) -> list[OutboxCommand]:
        q = select(outbox).where(outbox.c.order_id == order_id).order_by(outbox.c.seq)
        if not include_done:
            q = q.where(_UNSETTLED)
        return [self._cmd(r) for r in self._s.execute(q)]

    def prune_done(self, before: datetime) -> int:
        """Forget delivered commands older than `before` (the audit log keeps the history)."""
        return rowcount(self._s.execute(delete(outbox).where(outbox.c.status == "done",
                                                    outbox.c.finished_at < iso(before))))
