"""Who is logged in on this PC, and the server-corrected clock.

Qt-free on purpose: services read the current user from here to stamp outbox commands with the actor id, and the
UI listens for changes (login, logout, user switch) to rebuild its navigation.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.texts import SERVICE_TEXTS
from sync.protocol import Role

Listener = Callable[["CurrentUser | None"], None]

# SYNC.md §7: warn the officer when the device clock is off by more than this.
CLOCK_WARNING_SECONDS = 300.0


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    full_name: str
    role: Role
    opd_id: str | None = None
    opd_name: str = ""
    nip: str = ""
    online: bool = True  # False when the login was verified offline against the cached verifier


@dataclass(frozen=True)
class LoginResult:
    """What a login returns to the UI (kept here, free of heavy imports, so desktop.ui can use it)."""

    user: CurrentUser
    online: bool
    warning: str = ""  # e.g. keyring unavailable: the session is not remembered
    notice: str = ""  # e.g. some data stays locked for this officer until another key holder logs in here


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SessionState:
    """Holds the current user and the offset between device time and server (legal) time."""

    def __init__(self, clock: Callable[[], dt.datetime] = _utc_now) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._user: CurrentUser | None = None
        self._offset = dt.timedelta(0)
        self._listeners: list[Listener] = []

    @property
    def current_user(self) -> CurrentUser | None:
        return self._user

    def require_user(self) -> CurrentUser:
        """The logged-in user; services call this before writing anything attributable."""
        user = self._user
        if user is None:
            raise PermissionError(SERVICE_TEXTS("not_logged_in"))
        return user

    def set_user(self, user: CurrentUser | None) -> None:
        with self._lock:
            self._user = user
            listeners = list(self._listeners)
        for listener in listeners:
            listener(user)

    def clear(self) -> None:
        self.set_user(None)

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Register `listener(user)`; returns a function that unregisters it."""
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return remove

    # --- time -------------------------------------------------------------------------------------------------
    def observe_server_time(self, server_now: dt.datetime, device_now: dt.datetime | None = None) -> None:
        """Record the server's clock (e.g. from an HTTP Date header) so now() follows legal time."""
        device = device_now or self._clock()
        if server_now.tzinfo is None:
            server_now = server_now.replace(tzinfo=dt.UTC)
        with self._lock:
            self._offset = server_now - device

    @property
    def clock_offset(self) -> dt.timedelta:
        return self._offset

    @property
    def clock_skew_warning(self) -> bool:
        return abs(self._offset.total_seconds()) > CLOCK_WARNING_SECONDS

    def now(self) -> dt.datetime:
        """Server-corrected UTC time (device time plus the last observed offset)."""
        return self._clock() + self._offset
