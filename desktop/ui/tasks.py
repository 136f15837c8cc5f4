"""Background work for the UI: the only way a screen reaches a service.

Three lanes (Anki's lesson: one serial lane froze the UI during media sync):
- `run_db`   — ONE serial lane for database writes (QThreadPool, maxThreadCount 1), so writes never race;
- `run_read` — a small parallel lane for read-only queries (SQLite WAL allows concurrent readers);
- `run_io`   — a parallel lane for network and keyring calls, which may block for seconds.

Results and errors cross back to the main thread by a queued signal on one dispatcher QObject that lives in the
main thread; workers only ever see the plain function, never a widget or a callback. Progress reports are
throttled to ~10 per second (Picard's lesson: unthrottled callbacks starve painting).

`SyncTaskRunner` has the same interface and runs everything inline, for unit tests of controllers.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Error = Callable[[BaseException], None]
Progress = Callable[[Any], None]

PROGRESS_INTERVAL_S = 0.1


class TaskHandle:
    """Lets the caller drop a task's callbacks (e.g. a search superseded by the next keystroke)."""

    def __init__(self, task_id: int) -> None:
        self.id = task_id
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


@dataclass
class _Callbacks:
    handle: TaskHandle
    on_done: Done | None
    on_error: Error | None
    on_progress: Progress | None
    lane: str = field(default="")


class _Throttle:
    """Calls `emit(value)` at most every PROGRESS_INTERVAL_S; the latest value wins."""

    def __init__(self, emit: Callable[[Any], None]) -> None:
        self._emit = emit
        self._last = 0.0

    def __call__(self, value: Any) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._emit(value)


class _Box:
    """Carries a payload across threads. PySide6 has crashed deallocating None passed bare through a queued
    `object` argument ("none_dealloc"), so payloads always travel inside a plain Python object."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


class _Dispatcher(QObject):
    """Lives in the main thread; its signals are emitted by workers and delivered here queued."""

    finished = Signal(int, bool, object)
    progressed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[..., Any], wants_progress: bool, dispatcher: _Dispatcher,
                 handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = task_id
        self._fn = fn
        self._wants_progress = wants_progress
        self._dispatcher = dispatcher
        self._handle = handle

    def run(self) -> None:
        if self._handle.cancelled:
            self._dispatcher.finished.emit(self._id, True, _Box(None))
            return
        try:
            if self._wants_progress:
                report = _Throttle(lambda value: self._dispatcher.progressed.emit(self._id, _Box(value)))
                result = self._fn(report)
            else:
                result = self._fn()
        except BaseException as exc:  # delivered to on_error on the main thread
            self._dispatcher.finished.emit(self._id, False, _Box(exc))
        else:
            self._dispatcher.finished.emit(self._id, True, _Box(result))


class TaskRunner(QObject):
    """Runs functions on background lanes and calls back on the main thread."""

    idle = Signal()  # every lane's callbacks delivered (the shell frees retired screens then)
    db_written = Signal()  # a DB-lane task finished without error (the status bar recounts queued commands)

    LANES = ("db", "read", "io")

    def __init__(self, parent: QObject | None = None, read_threads: int = 2, io_threads: int = 4) -> None:
        super().__init__(parent)
        self._pools = {name: QThreadPool(self) for name in self.LANES}
        self._pools["db"].setMaxThreadCount(1)
        self._pools["read"].setMaxThreadCount(read_threads)
        self._pools["io"].setMaxThreadCount(io_threads)
        self._dispatcher = _Dispatcher(self)
        self._dispatcher.finished.connect(self._on_finished)
        self._dispatcher.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._default_error: Error | None = None

    # --- public API -----------------------------------------------------------------------------------------
    def set_default_error_handler(self, handler: Error | None) -> None:
        """Where errors go when a caller passed no on_error (the main window shows them)."""
        self._default_error = handler

    def run_db(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
               on_progress: Progress | None = None) -> TaskHandle:
        return self._submit("db", fn, on_done, on_error, on_progress)

    def run_read(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
                 on_progress: Progress | None = None) -> TaskHandle:
        return self._submit("read", fn, on_done, on_error, on_progress)

    def run_io(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
               on_progress: Progress | None = None) -> TaskHandle:
        return self._submit("io", fn, on_done, on_error, on_progress)

    def add_write_listener(self, listener: Callable[[], None]) -> None:
        """Call `listener` on the main thread after each successful DB-lane task."""
        self.db_written.connect(listener)

    def pending_count(self, lane: str | None = None) -> int:
        return sum(1 for cb in self._pending.values() if lane is None or cb.lane == lane)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Block until every lane is empty (shutdown and tests only; callbacks still arrive by event loop)."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop every pending callback and queued job, then wait for running jobs; True when no worker is left
        running (only then may the caller close what the workers use, such as the store)."""
        for cb in self._pending.values():
            cb.handle.cancel()
        for pool in self._pools.values():
            pool.clear()
        return self.wait_idle(timeout_ms)

    # --- internals -------------------------------------------------------------------------------------------
    def _submit(self, lane: str, fn: Callable[..., Any], on_done: Done | None, on_error: Error | None,
                on_progress: Progress | None) -> TaskHandle:
        task_id = next(self._ids)
        handle = TaskHandle(task_id)
        self._pending[task_id] = _Callbacks(handle, on_done, on_error, on_progress, lane)
        self._pools[lane].start(_Job(task_id, fn, on_progress is not None, self._dispatcher, handle))
        return handle

    @Slot(int, object)
    def _on_progress(self, task_id: int, box: _Box) -> None:
        cb = self._pending.get(task_id)
        if cb and cb.on_progress and not cb.handle.cancelled:
            cb.on_progress(box.value)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, ok: bool, box: _Box) -> None:
        payload = box.value
        cb = self._pending.pop(task_id, None)
        try:
            if cb is None or cb.handle.cancelled:
                return
            if ok:
                if cb.on_done:
                    cb.on_done(payload)
                if cb.lane == "db":
                    self.db_written.emit()
                return
            _deliver_error(payload, cb.on_error or self._default_error)
        except RuntimeError as exc:
            # The widget that asked is gone (its C++ object was deleted): its result has nobody to go to.
            if "already deleted" not in str(exc):
                raise
            log.debug("dropped the result of task %s: its receiver was deleted", task_id)
        finally:
            if not self._pending:
                self.idle.emit()


def _deliver_error(exc: object, handler: Error | None) -> None:
    if not isinstance(exc, BaseException):
        exc = RuntimeError(repr(exc))
    if handler is None:
        log.error("background task failed", exc_info=exc)
        return
    handler(exc)


class LatestReads:
    """Named reads of which only the one asked for last may answer: asking again cancels the older read's
    callbacks. The read lane runs two at once, so an older reload (a visit, a sync, a timer) can finish after the
    one asked for after a step and would otherwise show the state from before the step (the journeys' timeouts
    and a previous order's documents). Screens use it through Screen.read_latest; the status strip and other
    non-screen controllers hold one of their own."""

    def __init__(self, tasks: TaskRunner | SyncTaskRunner) -> None:
        self._tasks = tasks
        self._latest: dict[str, TaskHandle] = {}

    def run(self, name: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Error | None = None) -> TaskHandle:
        older = self._latest.get(name)
        if older is not None:
            older.cancel()
        handle = self._tasks.run_read(fn, on_done, on_error)
        self._latest[name] = handle
        return handle

    def drop(self, name: str) -> None:
        """An answer from elsewhere (a write that returns the new state) stands over every read of `name`
        asked before it: such a read, still running, must not answer."""
        older = self._latest.pop(name, None)
        if older is not None:
            older.cancel()


class SyncTaskRunner:
    """Same interface as TaskRunner, but runs inline on the caller's thread (controller unit tests)."""

    def __init__(self) -> None:
        self._default_error: Error | None = None
        self.calls: list[str] = []
        self._write_listeners: list[Callable[[], None]] = []

    def add_write_listener(self, listener: Callable[[], None]) -> None:
        self._write_listeners.append(listener)

    def set_default_error_handler(self, handler: Error | None) -> None:
        self._default_error = handler

    def _run(self, lane: str, fn: Callable[..., Any], on_done: Done | None, on_error: Error | None,
             on_progress: Progress | None) -> TaskHandle:
        self.calls.append(lane)
        handle = TaskHandle(len(self.calls))
        try:
            result = fn(on_progress) if on_progress is not None else fn()
        except Exception as exc:
            _deliver_error(exc, on_error or self._default_error)
        else:
            if on_done:
                on_done(result)
            if lane == "db":
                for listener in list(self._write_listeners):
                    listener()
        return handle

    def run_db(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
               on_progress: Progress | None = None) -> TaskHandle:
        return self._run("db", fn, on_done, on_error, on_progress)

    def run_read(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
                 on_progress: Progress | None = None) -> TaskHandle:
        return self._run("read", fn, on_done, on_error, on_progress)

    def run_io(self, fn: Callable[..., T], on_done: Callable[[T], None] | None = None, on_error: Error | None = None,
               on_progress: Progress | None = None) -> TaskHandle:
        return self._run("io", fn, on_done, on_error, on_progress)

    def pending_count(self, lane: str | None = None) -> int:
        return 0

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        return True

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return True
