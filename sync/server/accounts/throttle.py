"""Login throttling by progressive delay, per account and per address (issue 15: lockout was a weapon).

A fixed lock (6 bad passwords → 15 minutes) let anyone lock out a chosen officer or a whole office. Now the
first failures are free; after that each further failure doubles the wait before the next attempt is even
checked, capped at `login_delay_max_s`. An attacker gets a few guesses a minute; the officer waits seconds, and
a known device (a valid refresh token of that user) is never delayed. Failures count within the window, since
the account's last success and since the last admin unlock. Everything is in the database so every worker
agrees; delays starting and unlocks go to the security log.
"""

from __future__ import annotations

import getpass
import logging

from sqlalchemy import Connection, Engine, func, insert, select

from sync.protocol import ErrorCode, ProtocolError
from sync.server.settings import Settings
from sync.server.storage import models as m
from sync.server.storage.db import now_s, write_txn

log = logging.getLogger("blangkon.server.security")
_LA = m.login_attempt.c


class LoginDelayed(ProtocolError):
    """429 with the real Retry-After (seconds until the next attempt will be checked)."""

    def __init__(self, wait_s: int) -> None:
        super().__init__(ErrorCode.RATE_LIMITED,
                         f"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {wait_s} detik; "
                         "perangkat yang sudah pernah masuk tetap dapat masuk.")
        self.retry_after = wait_s


UNLOCK = "#unlock"  # marker rows in login_attempt: an admin unlock counts as a success for that account/address


def _failures(conn: Connection, since: int, after_id: int, *, username: str | None = None,
              address: str | None = None) -> tuple[int, int]:
    """(count, time of the latest) of failed attempts at or after `since` and after row `after_id`.
    Row ids, not seconds, order a failure against the last success: both often fall in the same second."""
    q = select(func.count(), func.max(_LA.at)).where(_LA.success.is_(False), _LA.at >= since, _LA.id > after_id)
    q = q.where(_LA.username == username) if username is not None else q.where(_LA.address == address)
    n, last = conn.execute(q).one()
    return int(n), int(last or 0)


def delay_for(failures: int, free: int, settings: Settings) -> int:
    """Seconds to wait after the latest failure: 0 while free, then base·2^k up to the cap."""
    if failures < free:
        return 0
    return int(min(settings.login_delay_base_s * 2 ** min(failures - free, 30), settings.login_delay_max_s))


def user_failures(conn: Connection, settings: Settings, username: str, now: int) -> tuple[int, int]:
    last_ok = conn.execute(select(func.max(_LA.id)).where(_LA.username == username, _LA.success.is_(True))).scalar()
    return _failures(conn, now - settings.login_window_s, last_ok or 0, username=username)


def address_failures(conn: Connection, settings: Settings, address: str, now: int) -> tuple[int, int]:
    unlocked = conn.execute(select(func.max(_LA.id)).where(
        _LA.address == address, _LA.username == UNLOCK, _LA.success.is_(True))).scalar()
    return _failures(conn, now - settings.login_window_s, unlocked or 0, address=address)


def required_wait(conn: Connection, settings: Settings, username: str, address: str, now: int) -> int:
    wait = 0
    for (n, last), free in ((user_failures(conn, settings, username, now), settings.login_max_failures_user),
                            (address_failures(conn, settings, address, now), settings.login_max_failures_address)):
        wait = max(wait, last + delay_for(n, free, settings) - now)
    return max(0, wait)


def check_throttle(conn: Connection, settings: Settings, username: str, address: str, now: int) -> None:
    wait = required_wait(conn, settings, username, address, now)
    if wait > 0:
        raise LoginDelayed(wait)


def record_attempt(engine: Engine, username: str, address: str, ok: bool,
                   settings: Settings | None = None) -> None:
    """Count the attempt; when a failure makes the account or the address start waiting, log it once."""
    now = now_s()
    with write_txn(engine) as conn:
        conn.execute(insert(m.login_attempt).values(username=username[:64], address=address[:64], at=now,
                                                    success=ok))
        if ok or settings is None:
            return
        if user_failures(conn, settings, username[:64], now)[0] == settings.login_max_failures_user:
            security_event(conn, "delay_started", username=username[:64], address=address[:64], actor=None,
                           detail=f"{settings.login_max_failures_user} kata sandi salah berturut-turut")
        if address_failures(conn, settings, address[:64], now)[0] == settings.login_max_failures_address:
            security_event(conn, "delay_started", username=None, address=address[:64], actor=None,
                           detail=f"{settings.login_max_failures_address} percobaan gagal dari alamat ini")


def security_event(conn: Connection, kind: str, *, username: str | None, address: str | None,
                   actor: str | None, detail: str) -> None:
    conn.execute(insert(m.security_event).values(at=now_s(), kind=kind, username=username, address=address,
                                                 actor=actor, detail=detail))
    log.warning("security %s user=%s address=%s by=%s: %s", kind, username, address, actor, detail)


def unlock(engine: Engine, *, username: str | None = None, address: str | None = None) -> None:
    """Admin unlock (CLI): failures before now no longer count for that account or address. Logged."""
    if (username is None) == (address is None):
        raise ValueError("unlock one account or one address")
    with write_txn(engine) as conn:
        conn.execute(insert(m.login_attempt).values(username=username or UNLOCK, address=address or UNLOCK,
                                                    at=now_s(), success=True))
        security_event(conn, "unlock", username=username, address=address, actor=os_user(),
                       detail="dibuka oleh admin")


def os_user() -> str:
    try:
        return getpass.getuser()[:64]
    except (OSError, KeyError):
        return "admin"
