"""Idempotency-Key handling (SYNC.md §4, IETF draft, Stripe's "atomic phases").

1. Normally the key row, the change and the stored response commit in ONE transaction (`run`): a crash
   leaves nothing or everything, and a concurrent duplicate waits on the key's unique index, then replays.
2. When the key exists (`_claim`): other fingerprint → 422; done → replay the stored bytes; in flight →
   409 request_in_flight (retryable); in flight past its lease → its worker died, so take it over.
Business refusals (409/412/422…) are stored and replayed too; retryable failures release the key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.errors import PROBLEM_CONTENT_TYPE
from sync.server.settings import Settings
from sync.server.storage import models as m
from sync.server.storage.db import Hot, now_s, write_txn

# Test seam (SYNC.md §9.3): called with the Idempotency-Key after a command's transaction has committed and before
# its response leaves. The product installs nothing; a crash test installs a hook that dies like `kill -9` there
# (tests/server/crash_after_commit.py). Not configurable from outside: no environment variable is read.
AfterCommit = Callable[[str], None]
_after_commit: AfterCommit | None = None


def set_after_commit_hook(hook: AfterCommit | None) -> None:
    global _after_commit
    _after_commit = hook


@dataclass
class Stored:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    replayed: bool = False


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None,
                  content_type: str = "application/json") -> Stored:
    try:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:  # echoed text that is not valid UTF-8: JSON escapes instead of a crash
        body = json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return Stored(status, body, {"content-type": content_type, **(headers or {})})


def problem_response(err: ProtocolError) -> Stored:
    return json_response(err.status, err.to_problem(), content_type=PROBLEM_CONTENT_TYPE)


def fingerprint(method: str, path: str, body: Any, *headers: str | None) -> str:
    canon = json.dumps([method, path, list(headers), body], sort_keys=True, separators=(",", ":"),
                       ensure_ascii=True)
    return hashlib.sha256(canon.encode("ascii")).hexdigest()


def validate_key(key: str | None) -> str:
    if not key:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Header Idempotency-Key wajib diisi (UUID perintah).")
    if len(key) > 200 or not key.isprintable() or not key.isascii():
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Header Idempotency-Key tidak valid (maksimal 200 karakter ASCII).")
    return key


def _claim(engine: Engine, settings: Settings, user_id: str, key: str, fp: str) -> Stored | None:
    now = now_s()
    c = m.idempotency.c
    for _attempt in range(3):
        try:
            with write_txn(engine) as conn:
                row = conn.execute(select(m.idempotency).where(c.user_id == user_id, c.key == key)
                                   .with_for_update()).first()
                if row is None:
                    conn.execute(insert(m.idempotency).values(
                        user_id=user_id, key=key, fingerprint=fp, state="in_flight", created_at=now,
                        lease_until=now + settings.idempotency_lease_s))
                    return None
                if row.fingerprint != fp:
                    raise ProtocolError(ErrorCode.IDEMPOTENCY_MISMATCH,
                                        "Idempotency-Key ini sudah dipakai untuk permintaan dengan isi berbeda. "
                                        "Buat perintah baru dengan kunci baru.")
                if row.state == "done":
                    return Stored(row.status, bytes(row.body), json.loads(row.headers), replayed=True)
                if row.lease_until > now:
                    raise ProtocolError(ErrorCode.REQUEST_IN_FLIGHT,
                                        "Permintaan dengan kunci yang sama sedang diproses; ulangi sebentar lagi.")
                conn.execute(update(m.idempotency).where(c.user_id == user_id, c.key == key)
                             .values(lease_until=now + settings.idempotency_lease_s))
                return None
        except IntegrityError:
            continue  # lost the insert race to a concurrent duplicate: look again
    raise ProtocolError(ErrorCode.REQUEST_IN_FLIGHT, "Permintaan yang sama sedang diproses; ulangi sebentar lagi.")


# Built once: the hot path then only binds parameters (statement construction was most of its CPU).
_INSERT = Hot(insert(m.idempotency))
_STORE = Hot(update(m.idempotency).where(m.idempotency.c.user_id == bindparam("u"), m.idempotency.c.key == bindparam("k"))
             .values(state="done", status=bindparam("status"), body=bindparam("body"), headers=bindparam("headers")))


def _store(conn: Connection, user_id: str, key: str, resp: Stored) -> None:
    _STORE.run(conn, {"u": user_id, "k": key, "status": resp.status, "body": resp.body,
                          "headers": json.dumps(resp.headers)})


def _committed(key: str) -> None:
    if _after_commit is not None:
        _after_commit(key)


def run(engine: Engine, settings: Settings, user_id: str, key: str, fp: str,
        work: Callable[[Connection], Stored]) -> Stored:
    """Fast path: insert the key row, do the work and store the response in ONE transaction. A concurrent
    duplicate blocks on the key's unique index (PostgreSQL) or the write lock (SQLite) and then replays.
    Only when the key already exists do we fall back to the claim protocol above."""
    now = now_s()
    try:
        with write_txn(engine) as conn:
            # First statement: if the key exists this fails and the whole (still empty) transaction rolls back.
            _INSERT.run(conn, {"user_id": user_id, "key": key, "fingerprint": fp, "state": "in_flight",
                                   "created_at": now, "lease_until": now + settings.idempotency_lease_s})
            resp = work(conn)
            _store(conn, user_id, key, resp)
    except IntegrityError:
        return _run_claimed(engine, settings, user_id, key, fp, work)
    except ProtocolError as err:
        if err.retryable:
            raise
        return _store_refusal(engine, user_id, key, fp, err)
    except OperationalError:
        raise ProtocolError(ErrorCode.REQUEST_IN_FLIGHT, "Server sedang sibuk; ulangi sebentar lagi.") from None
    _committed(key)
    return resp


def _store_refusal(engine: Engine, user_id: str, key: str, fp: str, err: ProtocolError) -> Stored:
    """Business refusals are answers too: store them so a retry gets the same answer (Stripe)."""
    resp = problem_response(err)
    now = now_s()
    try:
        with write_txn(engine) as conn:
            conn.execute(insert(m.idempotency).values(
                user_id=user_id, key=key, fingerprint=fp, state="done", created_at=now, lease_until=now,
                status=resp.status, body=resp.body, headers=json.dumps(resp.headers)))
    except IntegrityError:
        pass  # a concurrent duplicate stored its answer first; ours is equivalent
    return resp


def _run_claimed(engine: Engine, settings: Settings, user_id: str, key: str, fp: str,
                 work: Callable[[Connection], Stored]) -> Stored:
    stored = _claim(engine, settings, user_id, key, fp)
    if stored is not None:
        return stored
    try:
        with write_txn(engine) as conn:
            resp = work(conn)
            _store(conn, user_id, key, resp)
    except ProtocolError as err:
        if err.retryable:
            _release(engine, user_id, key)
            raise
        try:
            resp = problem_response(err)
            with write_txn(engine) as conn:
                _store(conn, user_id, key, resp)
        except BaseException:  # whatever fails here must not leave the key "in flight" for its whole lease
            _release(engine, user_id, key)
            raise
    except OperationalError:
        _release(engine, user_id, key)
        raise ProtocolError(ErrorCode.REQUEST_IN_FLIGHT, "Server sedang sibuk; ulangi sebentar lagi.") from None
    except BaseException:
        _release(engine, user_id, key)
        raise
    _committed(key)
    return resp


def _release(engine: Engine, user_id: str, key: str) -> None:
    c = m.idempotency.c
    with write_txn(engine) as conn:
        conn.execute(delete(m.idempotency).where(c.user_id == user_id, c.key == key, c.state == "in_flight"))


def purge(engine: Engine, retention_days: int) -> int:
    """Drop records older than the published retention (≥ 90 days, longer than any offline stretch)."""
    with write_txn(engine) as conn:
        cutoff = now_s() - retention_days * 86400
        return int(conn.execute(delete(m.idempotency).where(m.idempotency.c.created_at < cutoff)).rowcount)
