"""An unexpected exception is answered once (500 problem, one log record) and never blocks the event loop."""

from __future__ import annotations

import logging
import threading
import time

from fastapi import FastAPI
from fastapi.testclient import TestClient

from sync.server.api.logs import DroppingQueueHandler, log_off_the_loop
from sync.server.api.web import CrashGuard, install_error_handlers


def test_crash_is_answered_once_and_not_reraised(caplog):
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("tidak terduga \ud800")  # even text that is not UTF-8 must not break the answer

    app.add_middleware(CrashGuard)
    with caplog.at_level(logging.ERROR), TestClient(app) as client:  # raises if the exception escaped
        r = client.get("/boom")
        assert client.get("/boom").status_code == 500
    assert r.status_code == 500 and r.json()["code"] == "internal_error"
    assert r.headers["content-type"].startswith("application/problem+json")
    assert sum("unhandled error" in rec.getMessage() for rec in caplog.records) == 2  # one per request


class _StalledStream(logging.Handler):
    """A destination that blocks like a full pipe until released."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()  # not "release": logging.Handler has a release() (its lock)
        self.written = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.gate.wait()
        self.written += 1


def test_logging_never_blocks_the_caller_when_the_destination_stalls():
    logger = logging.getLogger("blangkon.test.stalled")
    logger.propagate = False
    stalled = _StalledStream()
    logger.addHandler(stalled)
    log_off_the_loop(("blangkon.test.stalled",))
    log_off_the_loop(("blangkon.test.stalled",))  # idempotent
    (queued,) = logger.handlers
    assert isinstance(queued, DroppingQueueHandler)
    started = time.perf_counter()
    for i in range(12_000):  # more than the queue holds: the surplus is dropped, never waited for
        logger.error("traceback %d", i)
    assert time.perf_counter() - started < 5 and queued.dropped > 0
    stalled.gate.set()
