"""Adapts the sync engineer's SyncService to what the shell needs, and connects it once the server is known.

The server address is decided at login (the embedded demo server gets a new port each run), so the real
SyncService is built lazily by `connect(url)`. The status bar uses three calls — `pending_count(user_id)`,
`last_success()` (server time), `run_once(cancel, progress)` — and login hands the fresh refresh token over, so
the engine's own token rotation continues from it (one owner of rotation: the engine).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.services.credentials import CredentialStore
from desktop.services.session import SessionState

PHASES = {"meta": "memeriksa server", "catalog": "katalog", "snapshot": "katalog", "changes": "perubahan katalog",
          "outbox": "mengirim perintah", "orders": "pesanan", "numbers": "nomor dokumen"}


class NotConnected(RuntimeError):
    def __init__(self) -> None:
        self.message = ("Belum ada alamat server. Isi alamat server di Pengaturan (atau masuk lagi dengan server "
                        "demo lokal), lalu sinkronkan; pekerjaan Anda tetap tersimpan di komputer ini.")
        super().__init__(self.message)


class SyncFacade:
    def __init__(self, store: Any, session: SessionState, credentials: CredentialStore, data_dir: Path,
                 factory: Callable[..., Any] | None = None, server_url: Callable[[], str] | None = None) -> None:
        self._store = store
        self._session = session
        self._credentials = credentials
        self._data_dir = data_dir
        self._factory = factory
        # the saved server address: after an offline login, "Sinkronkan sekarang" connects with the refresh
        # token remembered in the keyring, so the officer need not log in again once the network is back
        self._server_url = server_url or (lambda: "")
        self._service: Any = None
        self._url = ""
        self._lock = threading.Lock()

    @property
    def connected(self) -> bool:
        return self._service is not None

    def connect(self, server_url: str) -> None:
        """(Re)build the engine for this server; called on the I/O lane right after an online login."""
        if self._factory is None:
            return
        with self._lock:
            if self._service is not None and self._url == server_url:
                return
            from desktop.services.sync_service import SyncSettings

            self._service = self._factory(self._store, SyncSettings(server_url=server_url,
                                                                    data_dir=self._data_dir / "sync"),
                                          self._credentials)
            self._url = server_url

    def hand_over_token(self, user_id: str, refresh_token: str) -> None:
        if self._service is not None:
            self._service.credentials.save_refresh_token(user_id, refresh_token)

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
        """Commands this officer queued that are not settled yet — never another user's."""
        with self._store.unit_of_work(readonly=True) as uow:
            return int(uow.outbox.pending_count(actor_user_id=user_id))

    def last_success(self) -> dt.datetime | None:
        with self._store.unit_of_work(readonly=True) as uow:
            raw = uow.sync_state.get("last_success_at")
        if raw in (None, ""):
            return None
        device = dt.datetime.fromtimestamp(int(raw), dt.UTC)
        return device + self._session.clock_offset  # shown in server (legal) time

    def run_once(self, cancel: threading.Event, progress: Callable[[str], None]) -> Any:
        user = self._session.require_user()
        if self._service is None and self._server_url():
            self.connect(self._server_url())
        if self._service is None:
            raise NotConnected()

        def report(phase: str, done: int, total: int) -> None:
            label = PHASES.get(phase, phase)
            progress(f"{label} {done}/{total}" if total else label)

        result = self._service.sync_now(user.id, cancel, report)
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
        return result


class SyncNeedsLogin(RuntimeError):
    def __init__(self) -> None:
        self.message = "Sesi server Anda telah berakhir. Pilih Berkas › Ganti pengguna, lalu masuk lagi dengan kata sandi."
        super().__init__(self.message)


class SyncUpgradeRequired(RuntimeError):
    def __init__(self) -> None:
        self.message = "Server meminta versi aplikasi yang lebih baru. Pasang pembaruan, lalu sinkronkan lagi."
        super().__init__(self.message)
