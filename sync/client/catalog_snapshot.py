"""First catalog sync: resumable chunk downloads, verified, staged, checked, swapped (SYNC.md §3).

Crash safety comes from three facts: a chunk file is written as `<n>.part` and renamed only after its sha256
matches; `snapshot_chunk` records which chunks are downloaded and which are applied; the replica swaps staging
into live (with the cursor) in one transaction. A killed run therefore resumes at the chunk in flight, and
that chunk itself resumes with `Range` from the exact byte where it stopped: the body is read as it arrives
(`read1`), never in whole blocks that a cut would throw away.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests

from sync.client.ports import CatalogReplica
from sync.client.transport import NETWORK_ERRORS, Cancel, Cancelled, Transport, TransportError
from sync.protocol.catalog import encode_cursor

MANIFEST_PATH = "/v1/catalog/snapshots/latest"
BLOCK = 64 * 1024  # largest read; a read returns whatever has arrived, so a cut loses nothing received
RECORD_EVERY = 4 * 1024 * 1024  # bytes between bookkeeping writes while a chunk streams in

Progress = Callable[[str, int, int], None]
# urllib3's base error, reached through requests (which re-exports it): sync.client names no other library
_URLLIB3_ERROR: type[Exception] = requests.exceptions.BaseHTTPError  # type: ignore[attr-defined]


class SnapshotMismatch(Exception):
    """A chunk or the staged totals disagree with the manifest (counted toward "three in a row")."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def chunk_path(snapshot_id: str, n: int) -> str:
    return f"/v1/catalog/snapshots/{snapshot_id}/chunks/{n}.ndjson.gz"


def download_chunk(
    transport: Transport,
    url: str,
    dest: Path,
    sha256: str,
    size: int,
    *,
    cancel: Cancel | None = None,
    on_bytes: Callable[[int], None] = lambda n: None,
    on_checkpoint: Callable[[int], None] = lambda n: None,
    headers: Mapping[str, str] | None = None,
    send: Callable[..., requests.Response] | None = None,
) -> None:
    """Fetch one immutable chunk into `dest`, resuming a `.part` file with Range + If-Range (ETag = sha256).

    A dropped connection mid-body resumes from what reached the disk; a body whose hash is wrong is thrown
    away and fetched again once, then SnapshotMismatch. Network errors beyond the transport's retry budget
    raise TransportError with the partial file kept for the next run.
    """
    send = send or transport.request
    part = dest.with_name(dest.name + ".part")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists() and dest.stat().st_size == size and sha256_file(dest) == sha256:
        return  # verified and renamed by an earlier run that was killed before recording it
    bad_bodies = 0
    failures = 0
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        have = part.stat().st_size if part.exists() else 0
        hdrs = dict(headers or {})
        if 0 < have < size:
            hdrs["Range"] = f"bytes={have}-"
            hdrs["If-Range"] = f'"{sha256}"'
        started = transport.monotonic()
        try:
            if have < size:
                _fetch_into(send, url, part, have, hdrs, cancel, on_bytes, on_checkpoint)
        except NETWORK_ERRORS as exc:
            failures += 1
            transport.note_failure(started)
            if failures >= transport.config.max_attempts:
                raise TransportError(f"GET {url}: {type(exc).__name__}: {exc}") from exc
            transport.wait_before_retry(transport.backoff.delay(failures - 1), cancel)
            continue
        if part.stat().st_size == size and sha256_file(part) == sha256:
            os.replace(part, dest)
            return
        part.unlink(missing_ok=True)
        bad_bodies += 1
        if bad_bodies >= 2:
            raise SnapshotMismatch(f"chunk {url}: sha256/size mismatch twice")


def _fetch_into(
    send: Callable[..., requests.Response],
    url: str,
    part: Path,
    have: int,
    headers: dict[str, str],
    cancel: Cancel | None,
    on_bytes: Callable[[int], None],
    on_checkpoint: Callable[[int], None],
) -> None:
    response = send("GET", url, headers=headers, stream=True, cancel=cancel)
    with response:
        if response.status_code == 416:  # our offset is past the end: the file changed; start over
            part.unlink(missing_ok=True)
            return
        if response.status_code == 206 and _range_start(response) == have:
            mode = "ab"
        elif response.status_code == 200:
            mode, have = "wb", 0  # If-Range failed (or no range asked): the whole body follows
        else:
            raise TransportError(f"GET {url}: HTTP {response.status_code}", response.status_code, response)
        written = have
        since_record = 0
        with open(part, mode) as fh:
            for block in _arriving(response):
                if cancel is not None and cancel.is_set():
                    fh.flush()
                    raise Cancelled()
                fh.write(block)
                written += len(block)
                since_record += len(block)
                on_bytes(len(block))
                if since_record >= RECORD_EVERY:
                    fh.flush()
                    on_checkpoint(written)
                    since_record = 0
            fh.flush()
            os.fsync(fh.fileno())
        on_checkpoint(written)


def _arriving(response: requests.Response) -> Iterator[bytes]:
    """The body as it arrives, up to BLOCK bytes a read. `iter_content` waits for whole blocks, so a link cut
    mid-block lost what had already arrived (and a cut inside the first 64 KiB restarted the chunk at zero).
    urllib3's own errors (cut, stall, TLS; reached through requests, whose base class it re-exports) become the
    requests error the retry loop knows."""
    raw = response.raw
    try:
        while block := raw.read1(BLOCK, decode_content=False):
            yield block
    except (_URLLIB3_ERROR, OSError) as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc


def _range_start(response: requests.Response) -> int:
    # "bytes 100-199/200"
    value = response.headers.get("Content-Range", "")
    try:
        return int(value.split()[1].split("-")[0])
    except (IndexError, ValueError):
        return -1


class SnapshotSync:
    def __init__(self, transport: Transport, replica: CatalogReplica, folder: Path,
                 get: Callable[..., requests.Response]) -> None:
        self.transport = transport
        self.replica = replica
        self.folder = folder
        self.get = get  # authenticated GET (the catalog is behind auth)

    def manifest(self, cancel: Cancel | None) -> dict[str, Any]:
        response = self.get("GET", MANIFEST_PATH, cancel=cancel)
        if response.status_code != 200:
            raise TransportError(f"manifest: HTTP {response.status_code}", response.status_code, response)
        data: dict[str, Any] = response.json()
        return data

    def run(self, cancel: Cancel | None, progress: Progress) -> dict[str, Any]:
        """Download, stage, verify and swap one snapshot. Returns the manifest that went live."""
        with old_objects_frozen():
            return self._run(cancel, progress)

    def _run(self, cancel: Cancel | None, progress: Progress) -> dict[str, Any]:
        manifest = self.manifest(cancel)
        self.install(manifest, cancel, progress)
        return manifest

    def install(self, manifest: dict[str, Any], cancel: Cancel | None, progress: Progress) -> None:
        """Download (resuming), stage, verify and swap the snapshot `manifest` describes (in this process: the
        desktop runs it in a child, sync.client.snapshot_process)."""
        snapshot_id = str(manifest["snapshot_id"])
        records = self.replica.chunks(snapshot_id)
        folder = self.folder / snapshot_id

        def fetch(chunk: dict[str, Any]) -> Path:
            # Runs one chunk ahead on a worker thread: HTTP and file only, never the database connection.
            n, path = int(chunk["n"]), folder / f"{int(chunk['n'])}.ndjson.gz"
            record = records.get(n)
            if not (record is not None and record.downloaded and path.exists()):
                download_chunk(self.transport, chunk_path(snapshot_id, n), path, str(chunk["sha256"]),
                               int(chunk["bytes"]), cancel=cancel, send=self.get)
            return path

        install_snapshot(self.replica, manifest, folder, fetch, cancel, progress)


@contextlib.contextmanager
def old_objects_frozen() -> Iterator[None]:
    """Keep the collector off the objects that existed before the load (the whole app's, in the desktop).

    A million rows allocate enough to trigger a full (generation 2) collection, which walks every object of
    the process while holding the GIL: ~100-200 ms measured here with the UI loaded, the window's longest
    freeze during a first sync. Frozen objects are skipped by every pass until the load ends (garbage among them
    waits for the first pass after it); the rows the load builds hold no cycles."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def install_snapshot(replica: CatalogReplica, manifest: dict[str, Any], folder: Path,
                     fetch: Callable[[dict[str, Any]], Path], cancel: Cancel | None, progress: Progress) -> None:
    """Stage, verify and swap one snapshot whose chunk files `fetch` provides (downloaded online, or copied from
    a USB stick, sync/usb/catalog_file.py): the one loader, so both paths resume, count and checksum alike."""
    snapshot_id = str(manifest["snapshot_id"])
    replica.begin_snapshot(snapshot_id)
    records = replica.chunks(snapshot_id)
    total_rows = sum(int(c["rows"]) for c in manifest["chunks"])
    done_rows = sum(r.applied * int(c["rows"]) for c in manifest["chunks"] if (r := records.get(int(c["n"]))))
    progress("catalog_snapshot", done_rows, total_rows)

    def bump(n: int) -> None:
        nonlocal done_rows
        done_rows += n
        progress("catalog_snapshot", done_rows, total_rows)
        if cancel is not None and cancel.is_set():  # after a batch's commit: its chunk is applied again next time
            raise Cancelled()

    todo = [c for c in manifest["chunks"] if not ((r := records.get(int(c["n"]))) and r.applied)]

    # Download chunk n+1 while chunk n is parsed into staging: the server's disk and the network
    # overlap our CPU. At most two chunk files exist at once, so disk use stays small.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chunk-fetch") as pool:
        ahead = pool.submit(fetch, todo[0]) if todo else None
        for i, chunk in enumerate(todo):
            assert ahead is not None
            path = ahead.result()
            n = int(chunk["n"])
            replica.record_chunk(snapshot_id, n, str(chunk["sha256"]), int(chunk["bytes"]), int(chunk["bytes"]),
                                 True)
            ahead = pool.submit(fetch, todo[i + 1]) if i + 1 < len(todo) else None
            replica.load_chunk(snapshot_id, n, path, bump)
            path.unlink(missing_ok=True)
    count, checksum = replica.staged_totals()
    if (count, checksum) != (int(manifest["row_count"]), int(manifest["checksum"])):
        replica.discard_snapshot()
        raise SnapshotMismatch(
            f"snapshot {snapshot_id}: have {count}/{checksum}, manifest {manifest['row_count']}/"
            f"{manifest['checksum']}")
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    progress("catalog_index", 0, 1)
    replica.swap(encode_cursor(int(manifest["epoch"]), int(manifest["seq"])), manifest["epoch"])
    progress("catalog_index", 1, 1)
    _remove_tree(folder)


def _remove_tree(folder: Path) -> None:
    if folder.exists():
        for child in folder.iterdir():
            child.unlink(missing_ok=True)
        folder.rmdir()
