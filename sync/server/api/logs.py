"""Log records leave the event loop through a bounded queue; a thread per destination does the writing.

Why: a handler writes synchronously. When stderr is a pipe whose reader stalls (a terminal paused with
Ctrl-S, a log shipper that hangs, a parent that never reads), the 65th KiB blocks the writing thread; when
that thread is the event loop, every request freezes (issue 15). Here the loop only enqueues; if the queue is
full the record is dropped and counted, never waited for.
"""

from __future__ import annotations

import logging
import queue
import sys
from logging.handlers import QueueHandler, QueueListener

QUEUE_SIZE = 10_000
# Loggers that own handlers under uvicorn's configuration, plus the root (our records propagate there).
LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access")
_listeners: list[QueueListener] = []


class DroppingQueueHandler(QueueHandler):
    """Never blocks and never reports through stderr (that would block too): a full queue drops the record."""

    def __init__(self, q: queue.Queue[logging.LogRecord]) -> None:
        super().__init__(q)
        self.dropped = 0

    def enqueue(self, record: logging.LogRecord) -> None:
        try:
            self.queue.put_nowait(record)
        except queue.Full:
            self.dropped += 1


def log_off_the_loop(names: tuple[str, ...] = LOGGERS) -> None:
    """Idempotent: move each logger's handlers behind a queue (root gets a stderr handler, not lastResort)."""
    for name in names:
        logger = logging.getLogger(name)
        handlers = list(logger.handlers)
        if any(isinstance(h, QueueHandler) for h in handlers):
            continue
        if not handlers:
            if name:
                continue  # propagates to a logger that is handled here
            stream = logging.StreamHandler(sys.stderr)
            stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            handlers = [stream]
        q: queue.Queue[logging.LogRecord] = queue.Queue(QUEUE_SIZE)
        for h in handlers:
            logger.removeHandler(h)
        logger.addHandler(DroppingQueueHandler(q))
        listener = QueueListener(q, *handlers, respect_handler_level=True)
        listener.start()
        _listeners.append(listener)
