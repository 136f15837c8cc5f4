"""The first sync's snapshot load in a child process, so the window never waits behind it (issue 16).

Download, sha256 check, gzip inflate, NDJSON decode, staging inserts, the FTS build and the swap all hold the GIL
in long C loops (msgspec, zlib, sqlite3's executemany, freeing a batch's objects). Run on threads of the desktop
process they took the window's main thread to 52–110 ms stalls during a 1M-product first sync, however they were
sliced. In a child process they cannot: the window's process only forwards progress.

The child is a `multiprocessing` *spawn* child (fresh interpreter: no fork of the Qt process, works frozen under
PyInstaller and on Windows). It runs the same `SnapshotSync.install` as the in-process path, on its own
connection to the same database, so every guarantee is that path's: chunk files verified against their sha256
and resumed with Range, staging and chunk bookkeeping committed as they go (a killed child resumes at the chunk
in flight), the swap in one transaction (readers see the old catalog or the new one, never half).

Two one-way pipes (one writer per end): child → parent carries `("progress", phase, done, total)`,
`("token", stale)` (a 401: the parent's Auth refreshes and answers), and the end: `("done", retries)` or
`("failed", error, retries, traceback)`; parent → child carries `("token", fresh | None)` and `("cancel",)`.
An error comes back as the exception the in-process path raises (TransportError, SnapshotMismatch, Cancelled,
the store's DiskFullError…), so the report and the officer's message are the same. The child also stops when the
parent's pipe closes (the app died): it never outlives the app for more than one batch.

The host (desktop) passes `open_replica`: a picklable callable that opens the replica on the child's side —
sync.client never imports the desktop. As with any spawn child, the host's main script must keep its work under
`if __name__ == "__main__":` (the `blangkon` entry points do; `python -m pkg` mains are not re-run).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import requests

from sync.client.auth import NeedsLogin
from sync.client.catalog_snapshot import SnapshotSync, old_objects_frozen
from sync.client.ports import CatalogReplica
from sync.client.transport import Cancel, Cancelled, Transport, TransportConfig, TransportError

log = logging.getLogger(__name__)

PROCESS_NAME = "blangkon-snapshot"
POLL_S = 0.2  # the parent's wait between looks at its cancel event (a cancel reaches the child within this)
PROGRESS_EVERY_S = 0.1
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
STOP_GRACE_S = 3.0  # after a cancel: how long the child may take to stop at its next batch before it is killed

Progress = Callable[[str, int, int], None]


class SnapshotProcessError(Exception):
    """The snapshot process ended without a result (killed, crashed) or failed with an error that could not
    cross the pipe as itself. Nothing half-done is live: the next pass resumes from the chunks on disk."""


class SnapshotProcessNotStarted(SnapshotProcessError):
    """The child ended before saying a word: it could not start (a broken installation, no memory for another
    process). The engine then loads in its own process, so a first sync stays possible."""


@dataclass(frozen=True)
class SnapshotJob:
    config: TransportConfig
    manifest: dict[str, Any]
    folder: Path  # chunk files go here (data_dir / "snapshot"), one folder per snapshot id
    user_id: str
    access_token: str
    open_replica: Callable[[], CatalogReplica]  # picklable: runs in the child


def run_in_child(job: SnapshotJob, cancel: Cancel, progress: Progress, fresh_token: Callable[[str], str],
                 retried: Callable[[int], None] = lambda n: None) -> None:
    """Load `job.manifest`'s snapshot in a spawned child; `retried` gets the child's transport retries (counted
    in the pass's report), `fresh_token` answers the child's 401s with a refreshed access token.

    Blocks the calling thread (the sync's worker, never the UI's) until the child ends. A cancel asks the child
    to stop at its next batch and kills it after STOP_GRACE_S; a child that dies without a word is
    SnapshotProcessError."""
    ctx = multiprocessing.get_context("spawn")
    from_child, child_out = ctx.Pipe(duplex=False)
    child_in, to_child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=child_main, args=(job, child_in, child_out), name=PROCESS_NAME, daemon=True)
    try:
        proc.start()
    except BaseException:
        for conn in (from_child, child_out, child_in, to_child):
            conn.close()
        raise
    child_in.close()  # the child's ends live in the child now: its exit closes them and our recv sees EOF
    child_out.close()
    heard = False
    try:
        stop_by: float | None = None
        while True:
            if cancel.is_set() and stop_by is None:
                # asked to stop: the child stops at its next batch, or it may have finished already — its last
                # word decides (a load that went live is reported as done, never as "cancelled")
                _send(to_child, ("cancel",))
                stop_by = time.monotonic() + STOP_GRACE_S
            if stop_by is not None and time.monotonic() > stop_by:
                raise Cancelled()  # _stop kills it; the interrupted batch rolls back
            if not from_child.poll(POLL_S):
                continue
            try:
                message = from_child.recv()
            except EOFError:
                if stop_by is not None:
                    raise Cancelled() from None
                proc.join(STOP_GRACE_S)
                error = SnapshotProcessError if heard else SnapshotProcessNotStarted
                raise error(f"snapshot process ended without a result (exit code {proc.exitcode})") from None
            heard = True
            kind = message[0]
            if kind == "progress":
                progress(message[1], message[2], message[3])
            elif kind == "token":
                try:
                    token: str | None = fresh_token(message[1])
                except BaseException:
                    token = None
                    _send(to_child, ("token", token))
                    raise
                _send(to_child, ("token", token))
            elif kind == "done":
                retried(int(message[1]))
                proc.join()
                return
            elif kind == "failed":
                error, text = message[1], message[3]
                retried(int(message[2]))
                log.info("snapshot process failed:\n%s", text)
                proc.join()
                raise error
    finally:
        _stop(proc, to_child)
        from_child.close()
        to_child.close()


def _send(conn: Connection, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except (OSError, ValueError):  # the child is gone already
        pass


def _stop(proc: Any, to_child: Connection) -> None:
    """The child is done, or asked to stop at its next batch; killed if it has not within the grace time."""
    if proc.exitcode is None:
        _send(to_child, ("cancel",))
        proc.join(STOP_GRACE_S)
    if proc.exitcode is None:
        proc.terminate()  # an interrupted batch rolls back; its chunk is applied again next time
        proc.join(STOP_GRACE_S)
    if proc.exitcode is None:
        proc.kill()
        proc.join()
    proc.close()


# -- the child's side ------------------------------------------------------------------------------------------
class _Link:
    """The child's ends of the pipes: a thread reads the parent's messages (cancel, tokens) and sees it die."""

    def __init__(self, inbox: Connection, outbox: Connection) -> None:
        self.outbox = outbox
        self._sending = threading.Lock()  # the main thread sends progress, the chunk-fetch thread asks for tokens
        self.cancel = threading.Event()
        self.tokens: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(inbox,), name="snapshot-link", daemon=True)
        self._reader.start()

    def _read(self, inbox: Connection) -> None:
        try:
            while True:
                message = inbox.recv()
                if message[0] == "cancel":
                    self.cancel.set()
                elif message[0] == "token":
                    self.tokens.put(message[1])
        except (EOFError, OSError):
            # The parent is gone (quit, killed): nobody waits for this load. Exit now, as a kill would — a batch
            # or swap in progress is one transaction and rolls back — rather than at the next batch, which a
            # stalled download can put minutes away while this process still holds the parent's stdout/stderr
            # (a shell or a test reading them would hang).
            os._exit(0)

    def send(self, *message: Any) -> None:
        with self._sending:
            try:
                self.outbox.send(message)
            except (OSError, ValueError):  # the parent is gone: nobody to tell; stop at the next batch
                self.cancel.set()

    def fresh_token(self, stale: str) -> str:
        self.send("token", stale)
        token = self.tokens.get()
        if token is None:
            raise Cancelled()  # the parent could not refresh (it raises the reason itself) or is gone
        return token


class _Progress:
    """Progress coalesced to at most one message per PROGRESS_EVERY_S (the latest counts; a new phase goes at once,
    after the old phase's last count): every message wakes the app's sync thread, and a thread of the app that holds
    the GIL when the OS preempts it keeps the window waiting until it runs again (a 1M load sends ~420 batches)."""

    def __init__(self, link: _Link) -> None:
        self.link = link
        self._lock = threading.Lock()
        self._phase = ""
        self._pending: tuple[str, int, int] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="snapshot-progress", daemon=True)
        self._thread.start()

    def __call__(self, phase: str, done: int, total: int) -> None:
        with self._lock:
            if phase == self._phase:
                self._pending = (phase, done, total)
                return
            self._flush()
            self._phase = phase
            self.link.send("progress", phase, done, total)

    def _flush(self) -> None:
        if self._pending is not None:
            self.link.send("progress", *self._pending)
            self._pending = None

    def _run(self) -> None:
        while not self._stop.wait(PROGRESS_EVERY_S):
            with self._lock:
                self._flush()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        with self._lock:
            self._flush()


def _big_blocks_back_to_the_os() -> None:
    """glibc only: blocks of 128 KiB and more come straight from mmap and go back on free. By default the threshold
    rises to the largest block freed so far (the 1 MB read blocks), after which such blocks stay in the heap: a 1M
    load held 85 MB resident in this process instead of 76 (the app and this child share the 300 MB budget)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt): the default stands
        pass


def child_main(job: SnapshotJob, inbox: Connection, outbox: Connection) -> None:
    _big_blocks_back_to_the_os()
    link = _Link(inbox, outbox)
    transport = Transport(job.config)
    token = job.access_token

    def get(method: str, path: str, **kwargs: Any) -> requests.Response:
        """The parent's Auth.send over the pipe: one refresh on 401, a second 401 means the login lapsed."""
        nonlocal token
        headers = dict(kwargs.pop("headers", None) or {})
        headers["Authorization"] = f"Bearer {token}"
        response = transport.request(method, path, headers=headers, **kwargs)
        if response.status_code != 401:
            return response
        response.close()
        token = link.fresh_token(token)
        headers["Authorization"] = f"Bearer {token}"
        response = transport.request(method, path, headers=headers, **kwargs)
        if response.status_code == 401:
            response.close()
            raise NeedsLogin(job.user_id, "token rejected after refresh")
        return response

    replica: CatalogReplica | None = None
    progress = _Progress(link)
    try:
        replica = job.open_replica()
        sync = SnapshotSync(transport, replica, job.folder, get)
        with old_objects_frozen():
            sync.install(job.manifest, link.cancel, progress)
        progress.close()
        link.send("done", transport.retries)
    except BaseException as exc:  # every failure goes back typed; the parent raises it
        progress.close()
        link.send("failed", portable(exc), transport.retries, traceback.format_exc())
    finally:
        close = getattr(replica, "close", None)
        if close is not None:
            close()
        outbox.close()


def portable(exc: BaseException) -> BaseException:
    """`exc` as it can cross the pipe: the same type and text the in-process path would raise."""
    if isinstance(exc, TransportError):  # its response (an open stream) stays here; ServerUnreachable's text kept
        return TransportError(str(exc), exc.status)
    if isinstance(exc, requests.RequestException):  # what the engine reports as offline, by its text
        return TransportError(str(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return SnapshotProcessError(f"{type(exc).__name__}: {exc}")
    return exc
