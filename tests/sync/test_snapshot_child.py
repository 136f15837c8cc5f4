"""The snapshot loads in a child process (issue 16: no frozen window), with every guarantee of the in-process load.

Real server on loopback, real store, real child (multiprocessing spawn). A fault proxy holds one chunk mid-body so
the child is caught mid-load, with chunks applied to staging and the next one half downloaded.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import threading
from typing import Any

import pytest

from sync.client.snapshot_process import PROCESS_NAME
from tests.sync.conftest import OPD
from tests.sync.faultproxy import STALL_MID_RESPONSE, STATUS, Fault, FaultProxy
from tests.sync.server_side import change_products, new_epoch

WAIT_S = 60  # generous: the box is shared; nothing here is timed


def snapshot_children() -> list[Any]:
    return [p for p in multiprocessing.active_children() if p.name == PROCESS_NAME]


def live_catalog(client) -> tuple[dict[int, int], list[int]]:
    """(price by active product id, ids an FTS search finds) read from the live tables by another connection."""
    conn = sqlite3.connect(client.store.path)
    try:
        prices = dict(conn.execute("SELECT id, price FROM product WHERE status = 'active'"))
        found = [r[0] for r in conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH 'a*' LIMIT 20")]
        return prices, found
    finally:
        conn.close()


def applied_chunks(client) -> int:
    conn = sqlite3.connect(client.store.path)
    try:
        return int(conn.execute("SELECT count(*) FROM snapshot_chunk WHERE applied = 1").fetchone()[0])
    finally:
        conn.close()


class Pass:
    """One sync pass on its own thread (the app's I/O lane); progress reaches `on_progress` in this process."""

    def __init__(self, client, username: str, on_progress=lambda phase, done, total: None,
                 cancel: threading.Event | None = None) -> None:
        self.cancel = cancel or threading.Event()
        self.report: Any = None
        self.finished = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(client, username, on_progress), daemon=True)
        self._thread.start()

    def _run(self, client, username: str, on_progress) -> None:
        try:
            self.report = client.service.sync_now(client.users[username], self.cancel, on_progress)
        finally:
            self.finished.set()

    def result(self) -> Any:
        assert self.finished.wait(WAIT_S), "the sync pass did not end"
        self._thread.join()
        return self.report


@pytest.fixture
def proxy(live):
    with FaultProxy("127.0.0.1", live.port) as fp:
        yield fp


def test_the_first_sync_loads_in_a_child_process(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client("child", url=proxy.url)
    client.login(pp)
    seen: set[int] = set()

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "catalog_snapshot":
            seen.update(p.pid for p in snapshot_children() if p.is_alive())

    report = client.service.sync_now(client.users[pp["username"]], threading.Event(), progress)
    head = view.catalog_head()
    assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    assert len(seen) == 1 and os.getpid() not in seen  # one child did the load while progress came here
    assert snapshot_children() == []  # and it is gone once the pass has ended
    assert not list((client.folder / "data" / "snapshot").rglob("*.ndjson.gz*"))


def test_a_child_killed_mid_load_leaves_the_old_catalog_and_the_next_pass_resumes(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client("killed", url=proxy.url)
    client.login(pp)
    assert client.sync(pp["username"]).status == "ok"
    old_prices, old_found = live_catalog(client)
    assert old_prices and old_found

    product = view.products()[0]
    change_products(live, [product], price=product["price"] + 700)
    manifest = new_epoch(live, rows_per_chunk=300)  # a restore from backup: the next pass re-snapshots
    chunks = manifest["chunks"]
    assert len(chunks) >= 5
    held = chunks[3]
    held_path = f"/chunks/{held['n']}.ndjson.gz"
    proxy.add(Fault(STALL_MID_RESPONSE, lambda m, p: m == "GET" and p.endswith(held_path),
                    cut_after=held["bytes"] // 2))
    before_held = sum(int(c["rows"]) for c in chunks[:3])
    caught = threading.Event()
    child: list[Any] = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "catalog_snapshot" and done >= before_held and not caught.is_set():
            child.extend(p for p in snapshot_children() if p.is_alive())
            caught.set()  # chunks 0-2 are staged; the child now waits for chunk 3, which the proxy holds

    run = Pass(client, pp["username"], progress)
    assert caught.wait(WAIT_S), "the child never got to the held chunk"
    assert len(child) == 1
    assert live_catalog(client) == (old_prices, old_found)  # mid-load, readers see the old catalog whole
    os.kill(child[0].pid, signal.SIGKILL)
    report = run.result()

    assert report.status == "error" and "SnapshotProcessError" in report.errors[-1], report.summary()
    assert live_catalog(client) == (old_prices, old_found)  # nothing of the new snapshot went live
    assert applied_chunks(client) == 3
    proxy.clear()  # the held response is let go; the link works again
    seen_before = len(proxy.seen)

    report = client.sync(pp["username"])
    head = view.catalog_head()
    assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    prices, _ = live_catalog(client)
    assert prices[product["id"]] == product["price"] + 700
    fetched = [s.path.rsplit("/", 1)[1] for s in proxy.seen[seen_before:] if "/chunks/" in s.path]
    assert fetched == [f"{c['n']}.ndjson.gz" for c in chunks[3:]]  # the staged chunks were not fetched again


def test_a_cancel_stops_the_child_and_leaves_no_process(live, view, make_client, proxy):
    """What quitting the app does: the pass ends cancelled, the child is gone, the next pass completes."""
    pp = live.account("PP", OPD)
    client = make_client("quit", url=proxy.url)
    client.login(pp)
    manifest = new_epoch(live, rows_per_chunk=300)
    held = manifest["chunks"][2]
    held_path = f"/chunks/{held['n']}.ndjson.gz"
    proxy.add(Fault(STALL_MID_RESPONSE, lambda m, p: m == "GET" and p.endswith(held_path),
                    cut_after=held["bytes"] // 2))
    child: list[int] = []
    cancel = threading.Event()

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "catalog_snapshot" and done and not child:
            child.extend(p.pid for p in snapshot_children() if p.is_alive())
            cancel.set()

    report = Pass(client, pp["username"], progress, cancel).result()
    assert report.status == "cancelled", report.summary()
    assert len(child) == 1 and snapshot_children() == []
    with pytest.raises(ProcessLookupError):
        os.kill(child[0], 0)  # ended and reaped: no zombie, no orphan
    with client.store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get_str("catalog_cursor") is None  # nothing went live
    proxy.clear()
    report = client.sync(pp["username"])
    head = view.catalog_head()
    assert report.status == "ok" and (report.catalog_count, report.catalog_checksum) == (head["count"],
                                                                                          head["checksum"])


def test_a_401_in_the_child_is_answered_with_a_token_the_parent_refreshed(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client("token", url=proxy.url)
    client.login(pp)
    proxy.add(Fault(STATUS, lambda m, p: m == "GET" and "/chunks/" in p, status=401))
    report = client.sync(pp["username"])
    head = view.catalog_head()
    assert report.status == "ok" and (report.catalog_count, report.catalog_checksum) == (head["count"],
                                                                                          head["checksum"])
    calls = [(s.method, s.path.split("?")[0], s.fault) for s in proxy.seen]
    refused = next(i for i, c in enumerate(calls) if c[2] == STATUS)
    # the chunk's 401 made the parent refresh (the login's token call came before), and the child went on with
    # the new token
    refresh = next(i for i, c in enumerate(calls) if i > refused and c[:2] == ("POST", "/v1/auth/token"))
    assert calls[refused][1] in [c[1] for c in calls[refresh + 1:]]


class _DiesAtStart:
    """A replica opener whose unpickling ends the child at once, before it says a word: a broken installation."""

    def __reduce__(self):
        return os._exit, (3,)

    def __call__(self):  # never reached
        raise AssertionError("the child should not have started")


def test_a_child_that_cannot_start_leaves_the_load_to_this_process(live, view, make_client, monkeypatch, caplog):
    pp = live.account("PP", OPD)
    client = make_client("nostart")
    client.login(pp)
    monkeypatch.setattr(client.service, "_replica_opener", _DiesAtStart)
    report = client.sync(pp["username"])
    head = view.catalog_head()
    assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    assert "did not start" in caplog.text and "exit code 3" in caplog.text
