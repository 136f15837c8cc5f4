"""Outbox sender: FIFO per order, orders in parallel, same key and same bytes on every retry (SYNC.md §4).

Outcomes per command:
- 2xx → done; the returned order becomes the server copy.
- business conflict (409 typed, 412, 422, 403, 400, 404) → rejected with the problem recorded for the UI; the
  store blocks the later commands of that order, other orders keep flowing.
- network, 5xx, 408, 425, 429, 409 request_in_flight (after the transport's own retries) → back to pending,
  retried next run with the same Idempotency-Key.
- the actor's session lapsed → the order waits for that user; it is never sent under someone else's token.
Store calls go through one lock: the SQLite file has one writer at a time anyway, and the HTTP round trips,
not the bookkeeping, are what runs in parallel.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.client.auth import Auth, NeedsLogin, UpgradeRequired
from sync.client.ports import Command, Outbox
from sync.client.transport import Cancel, Cancelled, TransportError, problem_code

WORKERS = 4


@dataclass
class OutboxResult:
    sent: int = 0
    rejected: int = 0
    retry_later: int = 0
    waiting_users: set[str] = field(default_factory=set)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    upgrade_required: bool = False


class OutboxSender:
    def __init__(self, outbox: Outbox, auth: Auth, workers: int = WORKERS) -> None:
        self.outbox = outbox
        self.auth = auth
        self.workers = workers
        self._lock = threading.Lock()

    def _store(self, fn: Callable[..., Any], *args: Any) -> Any:
        with self._lock:
            return fn(*args)

    def run(self, cancel: Cancel | None, progress: Callable[[str, int, int], None]) -> OutboxResult:
        """Rounds: send the head of every ready order queue in parallel; a head that settles as done lets
        the next command of its order become the head of the next round. Ends when no head moved."""
        result = OutboxResult()
        self._store(self.outbox.recover_in_flight)
        parked: set[str | None] = set()  # orders whose head failed, waits for its user, or was rejected
        done = 0
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="outbox") as pool:
            while True:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                heads = [c for c in self._store(self.outbox.sendable) if c.order_id not in parked]
                if not heads:
                    return result
                futures = {pool.submit(self._send, cmd, cancel, result): cmd for cmd in heads}
                first_error: BaseException | None = None
                for future, cmd in futures.items():
                    exc = future.exception()
                    if exc is not None:
                        first_error = first_error or exc
                        parked.add(cmd.order_id)
                    elif future.result() != "done":
                        parked.add(cmd.order_id)
                    done += 1
                progress("outbox", done, done + len(heads))
                if first_error is not None:
                    raise first_error  # UpgradeRequired or Cancelled: stop the whole pass

    def _send(self, cmd: Command, cancel: Cancel | None, result: OutboxResult) -> str:
        headers = {"Idempotency-Key": cmd.cmd_id, "Content-Type": "application/json", **preconditions(cmd)}
        try:
            self.auth.session(cmd.actor_user_id, cancel)
        except NeedsLogin:
            with self._lock:
                result.waiting_users.add(cmd.actor_user_id)
            return "waiting"
        self._store(self.outbox.mark_attempt, cmd.cmd_id)
        try:
            response = self.auth.send(cmd.actor_user_id, cmd.method, cmd.path, headers=headers,
                                      data=cmd.body.encode(), cancel=cancel)
        except NeedsLogin:
            self._store(self.outbox.mark_retry, cmd.cmd_id, "login required", 0.0)
            with self._lock:
                result.waiting_users.add(cmd.actor_user_id)
            return "waiting"
        except TransportError as exc:
            self._store(self.outbox.mark_retry, cmd.cmd_id, str(exc)[:500], None)
            with self._lock:
                result.retry_later += 1
            return "retry"
        except Cancelled:
            self._store(self.outbox.mark_retry, cmd.cmd_id, "cancelled", 0.0)
            raise
        with response:
            return self._settle(cmd, response, result)

    def _settle(self, cmd: Command, response: requests.Response, result: OutboxResult) -> str:
        status = response.status_code
        if status == 426:
            self._store(self.outbox.mark_retry, cmd.cmd_id, "upgrade required", 0.0)
            raise UpgradeRequired(response.text)
        body = _json(response)
        if not isinstance(body, dict):
            body = {} if 200 <= status < 300 else {"detail": response.text[:500]}
        with self._lock:
            return settle(self.outbox, cmd, status, body, result)


def preconditions(cmd: Command) -> dict[str, str]:
    """A PUT says create vs replace: optimistic concurrency on the draft (SYNC.md §6). Online and in a USB file."""
    if cmd.method.upper() != "PUT":
        return {}
    return {"If-None-Match": "*"} if cmd.base_version is None else {"If-Match": f'"v{cmd.base_version}"'}


def answer_is_final(status: int, body: Mapping[str, Any]) -> bool:
    """Whether an answer settles the command. The rest (network-class statuses, a request still in flight, an
    actor whose session ended) leave it queued with the same key: online the transport retries those before
    they reach `settle`; a USB receipt carries them as they came."""
    if status in (401, 408, 425, 426, 429) or status >= 500:
        return False
    return not (status == 409 and body.get("code") == "request_in_flight")


def settle(outbox: Outbox, cmd: Command, status: int, body: Mapping[str, Any], result: OutboxResult) -> str:
    """Record one final answer of the server to one command — the one place that does it, for the online sender
    and for a receipt carried back on a USB stick: 2xx → done with the returned order as the server copy;
    anything else → rejected with the problem kept for the officer (later commands of the order blocked)."""
    if 200 <= status < 300:
        data = dict(body)
        order = data.get("order", data)
        outbox.mark_done(cmd.cmd_id, status, data, order if isinstance(order, dict) and "id" in order else None)
        result.sent += 1
        return "done"
    problem = dict(body)
    problem.setdefault("status", status)
    problem.setdefault("order_id", cmd.order_id)
    problem.setdefault("code", "http_" + str(status))
    outbox.mark_rejected(cmd.cmd_id, status, problem)
    result.rejected += 1
    result.conflicts.append(problem)
    return "rejected"


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except (ValueError, json.JSONDecodeError):
        return {"code": problem_code(response), "detail": response.text[:500]}
