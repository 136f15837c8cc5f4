"""The server address: one owner, read by login, sync, the status bar and the settings screen (#13.2).

The officer chooses either a provincial server (a URL) or the embedded demo server; the choice is saved in the
store through SettingsService (IT's provisioning file gives the default). The demo server gets a new port each
run, so its URL is asked of the running server itself. `current()` is the address every part talks to *now*:
the sync engine compares it on every pass and reconnects when it changed, so an address saved in Settings or
typed on the login screen is the one the next "Sinkronkan sekarang" reaches.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from desktop.services.settings_service import SettingsService


@dataclass(frozen=True)
class ServerChoice:
    url: str  # the provincial server's URL (for the demo server: its URL when last used; ignored)
    use_local: bool  # the embedded demo server


def _no_local_server() -> str:
    return ""


class ServerAddress:
    def __init__(self, settings: SettingsService, local_url: Callable[[], str] = _no_local_server) -> None:
        """`local_url()` is the running demo server's base URL, "" while it is not running (or not built)."""
        self._settings = settings
        self._local_url = local_url
        self._lock = threading.Lock()
        self._choice: ServerChoice | None = None  # cached: read on every sync pass and status refresh

    def choice(self) -> ServerChoice:
        with self._lock:
            if self._choice is None:
                self._choice = ServerChoice(self._settings.server_url(), self._settings.use_local_server())
            return self._choice

    def current(self) -> str:
        """The base URL login and sync use now ("" when none is known yet)."""
        choice = self.choice()
        return self._local_url() if choice.use_local else choice.url

    def choose(self, url: str, *, use_local: bool = False) -> str:
        """Save the officer's choice (Settings, the login screen, `--server`); returns the cleaned URL.
        Raises SettingsError for an address that is not http(s)://host."""
        clean = self._settings.set_server(url, use_local=use_local)
        with self._lock:
            self._choice = ServerChoice(clean, use_local)
        return clean

    def host(self) -> str:
        """Short form for the status bar ("127.0.0.1:8765", "blangkon.jatengprov.go.id")."""
        current = self.current()
        return urlparse(current).netloc or current
