"""Adapts the sync engineer's SyncService to what the shell needs, and connects it once the server is known.

The server address is decided at login (the embedded demo server gets a new port each run), so the real
SyncService is built lazily by `connect(url)`. The status bar uses three calls — `pending_count(user_id)`,
`last_success()` (server time), `run_once(cancel, progress)` — and login hands the fresh refresh token over, so
the engine's own token rotation continues from it (one owner of rotation: the engine).

Progress reaches the UI as `SyncProgress` with an Indonesian source label that the status bar translates
(context "StatusController"); a finished pass is a `SyncOutcome` whose `notice` code says what a partial pass
left for later. The status bar passes `manual=True` for "Sinkronkan sekarang" and `manual=False` for its timer.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.context import QueueCounts
from desktop.services.credentials import CredentialStore
from desktop.services.session import SessionState
from desktop.services.sync_service import SyncService, SyncSettings
from desktop.store.db import Store
from desktop.store.records import CommandStatus

# Builds the sync service for one server (bootstrap wraps it to verify TLS against a provisioned CA bundle).
SyncFactory = Callable[[Store, SyncSettings, CredentialStore], SyncService]

# The engine's progress phases (sync/client: outbox_sender, catalog_snapshot, catalog_delta, engine) → the label
# the status bar shows, and whether `total` is a real end (the delta and the orders feed only count as they go).
PHASES: dict[str, tuple[str, bool]] = {
    "outbox": (str(QT_TRANSLATE_NOOP("StatusController", "mengirim pesanan yang menunggu")), True),
    "catalog_snapshot": (str(QT_TRANSLATE_NOOP("StatusController", "mengunduh katalog")), True),
    "catalog_index": (str(QT_TRANSLATE_NOOP("StatusController", "menyiapkan pencarian katalog")), False),
    "catalog_delta": (str(QT_TRANSLATE_NOOP("StatusController", "mengambil perubahan katalog")), False),
    "orders": (str(QT_TRANSLATE_NOOP("StatusController", "mengambil pesanan dari server")), False),
}
OTHER_PHASE = str(QT_TRANSLATE_NOOP("StatusController", "memproses data sinkronisasi"))


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # the engine's phase name
    label: str  # Indonesian source text; the UI translates it
    done: int
    total: int | None  # None: no known end, show the count only


def progress_for(phase: str, done: int, total: int) -> SyncProgress:
    label, exact = PHASES.get(phase, (OTHER_PHASE, False))
    return SyncProgress(phase, label, done, total if exact and total else None)


@dataclass(frozen=True)
class SyncOutcome:
    """A finished pass: the engine's report (its fields read through) and what a partial pass left for later.
    notice: None | "partial_retry" (commands wait for the network) | "partial_login" (commands of another
    officer on this PC wait for their login) | "partial_sealed" (queued commands whose sealed content this session
    cannot open stay queued, #15) | "partial_parked" (a pulled order this PC cannot store waits, the
    rest arrived) | "partial_catalog" (catalog re-checked next pass)."""

    report: Any
    notice: str | None = None

    def __getattr__(self, name: str) -> Any:
        if name == "report":  # not set yet (copy/pickle): no recursion
            raise AttributeError(name)
        return getattr(self.report, name)


def partial_notice(report: Any) -> str | None:
    if getattr(report, "status", "ok") != "partial":
        return None
    outbox = getattr(report, "outbox", None)
    if getattr(outbox, "retry_later", 0):
        return "partial_retry"
    if getattr(outbox, "waiting_users", None) or getattr(report, "needs_login", None):
        return "partial_login"
    if getattr(report, "parked_orders", None):
        return "partial_parked"
    return "partial_catalog"


class NotConnected(RuntimeError):
    def __init__(self) -> None:
        self.message = ("Belum ada alamat server. Isi alamat server di Pengaturan (atau masuk lagi dengan server "
                        "demo lokal), lalu sinkronkan; pekerjaan Anda tetap tersimpan di komputer ini.")
        super().__init__(self.message)


PROBE_TIMEOUT = (2.0, 3.0)  # (connect, read): the status bar's "is the server there" check stays light


class SyncFacade:
    def __init__(self, store: Store, session: SessionState, credentials: CredentialStore, data_dir: Path,
                 factory: SyncFactory | None = None, server_url: Callable[[], str] | None = None,
                 reauthenticate: Callable[[str], bool] | None = None,
                 http_factory: Callable[[], requests.Session] = requests.Session) -> None:
        self._store = store
        self._session = session
        self._credentials = credentials
        self._data_dir = data_dir
        self._factory = factory
        # the one server address (desktop.services.server_address.ServerAddress.current): read on every pass,
        # so an address saved in Settings or typed at login is the one sync reaches
        self._server_url = server_url or (lambda: "")
        # after an offline login the app may still hold the officer's password for this session: a pass that
        # finds no valid token logs in with it (AuthService.reconnect) instead of asking to log in again
        self._reauthenticate = reauthenticate
        self._http_factory = http_factory
        self._service: SyncService | None = None
        self._url = ""
        self._lock = threading.Lock()

    @property
    def connected(self) -> bool:
        return self._service is not None

    @property
    def server_url(self) -> str:
        """The server the engine talks to ("" before the first connect)."""
        return self._url

    def connect(self, server_url: str) -> None:
        """(Re)build the engine for this server; called on the I/O lane after an online login and by a pass
        that finds the address changed."""
        if self._factory is None:
            return
        with self._lock:
            if self._service is not None and self._url == server_url:
                return
            self._service = self._factory(self._store, SyncSettings(server_url=server_url,
                                                                    data_dir=self._data_dir / "sync"),
                                          self._credentials)
            self._url = server_url

    def hand_over_token(self, user_id: str, refresh_token: str) -> None:
        """A fresh login's token: the engine uses it from now on. The engine remembers, for the rest of the
        process, users whose session lapsed (so a pass does not ask the server again for each of their
        commands); a new login ends that — without this, an officer who logged in again after working offline
        kept getting "Sesi server Anda telah berakhir" until the app was restarted (#13.3)."""
        service = self._service
        if service is None:
            return
        service.auth.lapsed.discard(user_id)
        service.auth.sessions.pop(user_id, None)  # its access token belongs to the previous session
        service.credentials.save_refresh_token(user_id, refresh_token)

    def sender(self, user_id: str) -> Callable[..., requests.Response] | None:
        """The officer's authenticated sender while an engine is connected (relaying a USB file, #18)."""
        service = self._service
        if service is None:
            return None
        return functools.partial(service.auth.send, user_id)

    def online_send(self) -> Callable[..., Any] | None:
        """The connected server's authenticated send (`auth.send(user_id, method, path, …)`), or None: for the
        few online-only screens (Plt/Plh delegations, #17)."""
        return self._service.auth.send if self._service is not None else None

    def stats_fetch(self, path: str, params: Mapping[str, str]) -> dict[str, Any]:
        """Authenticated GET for the dashboard (StatsService's Fetch), as the current user; offline when there
        is no connected engine, so the dashboard falls back to its cached figures."""
        from desktop.services.stats_service import StatsOffline, http_fetcher

        user = self._session.current_user
        if self._service is None or user is None:
            raise StatsOffline("not connected")
        return http_fetcher(self._service.auth.send, user.id)(path, params)

    # --- status bar API ----------------------------------------------------------------------------------------
    def pending_count(self, user_id: str) -> int:
        """Commands of this officer that still go out by themselves (never another user's, never refused)."""
        return self.queue_counts(user_id).waiting

    def queue_counts(self, user_id: str) -> QueueCounts:
        with self._store.unit_of_work(readonly=True) as uow:
            commands = uow.outbox.pending_for_user(user_id)
        statuses = [c.status for c in commands]
        return QueueCounts(
            waiting=sum(1 for s in statuses if s in (CommandStatus.PENDING, CommandStatus.IN_FLIGHT)),
            refused=sum(1 for s in statuses if s is CommandStatus.REJECTED),
            held=sum(1 for s in statuses if s is CommandStatus.BLOCKED))

    def probe(self) -> bool:
        """Can the server be reached right now? A light unauthenticated GET /health at the current address,
        so the status bar says "offline" when the network goes, not only after a sync fails (#21.9)."""
        url = self._server_url() or self._url
        if not url:
            return False
        try:
            with self._http_factory() as http:
                response = http.get(url.rstrip("/") + "/health", timeout=PROBE_TIMEOUT)
        except requests.RequestException:
            return False
        return response.status_code < 500

    def last_success(self) -> dt.datetime | None:
        with self._store.unit_of_work(readonly=True) as uow:
            raw = uow.sync_state.get("last_success_at")
        if raw in (None, ""):
            return None
        device = dt.datetime.fromtimestamp(int(raw), dt.UTC)
        return device + self._session.clock_offset  # shown in server (legal) time

    def run_once(self, cancel: threading.Event, progress: Callable[[SyncProgress], None], *,
                 manual: bool = True) -> SyncOutcome:
        """One pass as the current officer. `manual` (the button, F5, first pass after login) makes waiting
        commands due at once; the background timer passes False so the back-off holds (SYNC.md §7)."""
        user = self._session.require_user()
        url = self._server_url()
        if url and url != self._url:
            self.connect(url)  # the officer chose another server since the last pass
        service = self._service
        if service is None:
            raise NotConnected()

        def report(phase: str, done: int, total: int) -> None:
            progress(progress_for(phase, done, total))

        result = service.sync_now(user.id, cancel, report, manual=manual)
        if (getattr(result, "status", "ok") == "needs_login" and self._reauthenticate is not None
                and not cancel.is_set() and self._reauthenticate(self._url)):
            result = service.sync_now(user.id, cancel, report, manual=manual)
        offset = getattr(result, "clock_offset_s", None)
        if offset is not None:
            self._session.observe_server_time(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset))
        status = getattr(result, "status", "ok")
        if status == "offline":
            raise ConnectionError("; ".join(getattr(result, "errors", [])) or "offline")
        if status == "needs_login":
            raise SyncNeedsLogin()
        if status == "upgrade_required":
            raise SyncUpgradeRequired()
        if status == "error":
            raise SyncFailed("; ".join(getattr(result, "errors", [])))
        if getattr(service, "held_back", 0) and getattr(result, "status", "ok") == "partial":
            return SyncOutcome(result, "partial_sealed")  # queued commands this session cannot open (#15)
        return SyncOutcome(result, partial_notice(result))


class SyncNeedsLogin(RuntimeError):
    def __init__(self) -> None:
        self.message = "Sesi server Anda telah berakhir. Pilih Berkas › Ganti pengguna, lalu masuk lagi dengan kata sandi."
        super().__init__(self.message)


class SyncUpgradeRequired(RuntimeError):
    def __init__(self) -> None:
        self.message = "Server meminta versi aplikasi yang lebih baru. Pasang pembaruan, lalu sinkronkan lagi."
        super().__init__(self.message)


class SyncFailed(RuntimeError):
    """The pass stopped on a local problem (disk full, database busy, an unreadable server reply). Every step
    committed or rolled back on its own, so nothing is lost and the next pass resumes."""

    code = "sync_error"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        self.message = ("Sinkronisasi terhenti karena masalah di komputer ini (misalnya disk penuh). Tidak ada "
                        "yang hilang; kosongkan ruang disk atau buka ulang aplikasi, lalu sinkronkan lagi.")
        super().__init__(self.message)
