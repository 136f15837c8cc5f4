"""The task lanes: results and errors come back by signal on the main thread; the DB lane is serial."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_is_delivered_on_main_thread(qtbot, runner):
    got: list[tuple[int, bool]] = []
    main = QThread.currentThread()
    runner.run_read(lambda: 6 * 7, on_done=lambda v: got.append((v, QThread.currentThread() is main)))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]


def test_worker_runs_off_the_main_thread(qtbot, runner):
    seen: list[bool] = []
    main_ident = threading.get_ident()
    runner.run_io(lambda: threading.get_ident() != main_ident, on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]


def test_error_is_delivered_to_on_error(qtbot, runner):
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("rusak")

    runner.run_db(boom, on_done=lambda v: pytest.fail("must not succeed"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "rusak"


def test_default_error_handler_used_when_none_given(qtbot, runner):
    errors: list[BaseException] = []
    runner.set_default_error_handler(errors.append)
    runner.run_io(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_db_lane_is_serial(qtbot, runner):
    """Two DB jobs never overlap: the second starts only after the first released the gate."""
    active = 0
    overlap: list[int] = []
    lock = threading.Lock()
    gate = threading.Event()
    done: list[int] = []

    def job(n: int) -> int:
        nonlocal active
        with lock:
            active += 1
            overlap.append(active)
        if n == 0:
            gate.wait(5)  # hold the lane until the test releases it
        with lock:
            active -= 1
        return n

    for n in range(5):
        runner.run_db(lambda n=n: job(n), on_done=done.append)
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert max(overlap) == 1
    assert done == [0, 1, 2, 3, 4]  # submission order is kept


def test_io_lane_runs_in_parallel_with_db_lane(qtbot, runner):
    """A long DB job does not block the I/O lane (Anki's single-lane freeze)."""
    release = threading.Event()
    results: list[str] = []
    runner.run_db(lambda: release.wait(5) and "db", on_done=results.append)
    runner.run_io(lambda: "io", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["io"], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: results == ["io", "db"], timeout=5000)


def test_cancelled_task_callbacks_are_dropped(qtbot, runner):
    release = threading.Event()
    got: list[str] = []
    runner.run_read(lambda: release.wait(5) and "first", on_done=got.append).cancel()
    runner.run_read(lambda: "second", on_done=got.append)
    release.set()
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=5000)
    assert got == ["second"]


def test_progress_is_throttled_and_delivered(qtbot, runner):
    progress: list[int] = []
    done: list[int] = []

    def work(report) -> int:
        for i in range(10_000):
            report(i)
        return 10_000

    runner.run_io(work, on_done=done.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    # 10k reports in a tight loop collapse to a handful (first one always passes the throttle).
    assert 1 <= len(progress) < 100
    assert progress[0] == 0


def test_sync_runner_runs_inline():
    r = SyncTaskRunner()
    got: list[object] = []
    r.run_db(lambda: "ok", on_done=got.append)
    r.run_io(lambda: 1 / 0, on_error=got.append)
    r.run_read(lambda report: report("p") or 3, on_done=got.append, on_progress=got.append)
    assert got[0] == "ok" and isinstance(got[1], ZeroDivisionError) and got[2:] == ["p", 3]
    assert r.calls == ["db", "io", "read"]


def test_result_for_a_deleted_widget_is_dropped_and_idle_emitted(qtbot, runner):
    from PySide6.QtWidgets import QLabel

    release = threading.Event()
    label = QLabel()
    runner.run_read(lambda: release.wait(5) and "late", on_done=label.setText)
    import shiboken6

    shiboken6.delete(label)  # the screen went away while its query ran
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert runner.pending_count() == 0
