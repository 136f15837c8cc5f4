"""A real server on a shifted clock, and the PCs' clocks beside it: the e2e tests that cross deadlines and year
ends move time with it instead of sleeping."""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from collections.abc import Callable

import requests

from sync.server import clock as server_clock
from tests.server.live import LiveServer
from tests.server.shifted_clock import ShiftedClock


class Timeline:
    """The server's clock and the PCs' (one shared shift; a PC may run `behind` it)."""

    def __init__(self, live: LiveServer, shifted: ShiftedClock) -> None:
        self.live = live
        self.shifted = shifted

    def move_to(self, moment: dt.datetime) -> None:
        """Shift the server, and wait until its Date header says so (uvicorn refreshes it every tick)."""
        self.shifted.set(moment)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            date = requests.get(f"{self.live.url}/health", timeout=5).headers["Date"]
            if abs(email.utils.parsedate_to_datetime(date).timestamp() - moment.timestamp()) < 60:
                return
        raise AssertionError("the server's Date header did not follow the shifted clock")

    def pc_clock(self, behind_s: float = 0) -> Callable[[], float]:
        return lambda: self.shifted.now() - behind_s

    def expire(self) -> list[str]:
        """`blangkon-server expire-overdue`, in this process, on the server's shifted clock."""
        previous = server_clock._source
        server_clock.set_source(self.shifted.now)
        try:
            out = self.live.cli_inproc("expire-overdue")
        finally:
            server_clock.set_source(previous)
        assert out.returncode == 0, out.stderr
        return [line.split(": ", 1)[1] for line in out.stdout.splitlines() if line.startswith("dibatalkan: ")]
