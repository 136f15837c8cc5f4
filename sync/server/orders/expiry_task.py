"""The expiry job inside `serve`: every worker process runs `expiry.expire_overdue` at start and then every
`Settings.expire_interval_s` (0: off; `blangkon-server expire-overdue` does the same once, e.g. from cron).
Several workers are safe: each order is cancelled under its row lock, and on PostgreSQL one run at a time."""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine

from sync.server.orders import expiry

log = logging.getLogger("blangkon.expiry")


class ExpiryTask:
    def __init__(self, engine: Engine, interval_s: float) -> None:
        self.engine = engine
        self.interval_s = interval_s
        self.runs = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.interval_s <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="blangkon-expiry", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                cancelled = expiry.run_once(self.engine)
                if cancelled:
                    log.warning("expiry: %d pesanan dibatalkan otomatis (batas waktu PPK lewat)", cancelled)
            except Exception:  # a failed pass (database restarting) is retried at the next tick
                log.exception("expiry pass failed")
            self.runs += 1
            self._stop.wait(self.interval_s)
