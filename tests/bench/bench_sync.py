"""Sync benchmarks over loopback against the real server (issue 5 and 16 targets).

    python -m tests.bench sync [--quick] [--products=N] [--repeat=K]

- first sync of N products end to end (manifest, download, sha256, staging, count/checksum, FTS, swap):
  ≤20 s for 1M, printed beside the floor measured in the same run — a raw sqlite3 `executemany` of the same
  rows (decoded beforehand, untimed) into an index-free table of the same file settings — and the ratio
  floor / sync (target ≥0.30); peak client RSS ≤300 MB (sampled from /proc/self/status while it runs); the
  client's disk size after the sync; the load average before and after (this box is shared);
- a 50,000-change delta ≤10 s; an empty delta round trip ≤100 ms (the changes call alone, and a full pass);
- search on the synced replica: p95 of 200 typical queries (store's ranked search) ≤50 ms.
The server's demo-data generation and snapshot build are setup, timed separately and not counted; they are
made once per size under $TMPDIR/blangkon-bench-sync-<N> and copied for each run (the delta step changes them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

# The sampler runs in its own process: scanning /proc from a thread of the measured process took that process's
# GIL for milliseconds at a time, which the UI benchmark's heartbeat then counted as the window's own stall.
_SAMPLER = r"""
import os, select, sys

def children():
    kids = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(name))
    return kids

def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

root, every, exclude = int(sys.argv[1]), float(sys.argv[2]), {int(p) for p in sys.argv[3:]}
exclude.add(os.getpid())
peak = peak_own = 0
while True:
    own = rss_kb(root)
    total, kids, todo = own, children(), list(children().get(root, []))
    while todo:
        pid = todo.pop()
        if pid not in exclude:
            total += rss_kb(pid)
            todo += kids.get(pid, [])
    peak, peak_own = max(peak, total), max(peak_own, own)
    if select.select([sys.stdin], [], [], every)[0]:
        break
print(peak, peak_own, flush=True)
"""


class RssSampler:
    """Peak resident set size of this process and its descendants (the snapshot-loading child among them) while
    a block runs (ru_maxrss would include the setup), sampled by a separate process; `exclude` names processes
    left out with their own descendants (the benchmark's server)."""

    def __init__(self, every_s: float = 0.05, exclude: set[int] | None = None) -> None:
        self.every_s = every_s
        self.exclude = set(exclude or ())
        self.peak_kb = 0
        self.peak_own_kb = 0
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> RssSampler:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _SAMPLER, str(os.getpid()), str(self.every_s), *map(str, self.exclude)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._proc is not None
        out, _ = self._proc.communicate("stop\n")
        peak, own = out.split()
        self.peak_kb, self.peak_own_kb = int(peak), int(own)


def cpu_seconds() -> float:
    """CPU of this process plus its reaped children (the snapshot child is joined before the sync returns)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def server_copy(products: int, dest: Path) -> tuple[Path, list[dict[str, Any]]]:
    """A demo server of `products` (demo data + snapshot) built once per size and copied to `dest`."""
    from tests.server.live import run_cli

    cache = Path(tempfile.gettempdir()) / f"blangkon-bench-sync-{products}"
    ready = cache / "READY.json"
    if not ready.exists():
        shutil.rmtree(cache, ignore_errors=True)
        started = time.perf_counter()
        made = run_cli("demo-data", "--db", f"sqlite:///{cache / 'server.db'}", "--data-dir", str(cache),
                       "--products", str(products), "--seed", "1", "--json", "--snapshot", timeout=7200)
        if made.returncode != 0:
            raise RuntimeError(f"demo-data failed:\n{made.stderr[-4000:]}")
        ready.write_text(made.stdout.strip().splitlines()[-1])
        print(f"(setup, once per size: server demo data + snapshot of {products:,} products in "
              f"{time.perf_counter() - started:.1f} s)", flush=True)
    shutil.copytree(cache, dest)
    return dest, json.loads(ready.read_text())["accounts"]


def floor_seconds(snapshot_dir: Path, folder: Path) -> tuple[float, float, int]:
    """The floor: the same rows, decoded beforehand (untimed), written by a raw sqlite3 executemany into
    index-free tables in ONE transaction, with the replica's file settings (WAL, synchronous=NORMAL).
    Returns (wall seconds, CPU seconds, rows) of the timed writes (one thread, so process CPU = its CPU)."""
    from desktop.store import Store
    from desktop.store.replica_load import RowDecoder, line_blocks
    from desktop.store.sealing import PLAINTEXT

    Store.open(folder / "floor.db").close()  # the store's own columns
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    decoder = RowDecoder(conn, PLAINTEXT)
    for kind in decoder.columns:
        conn.execute(f"CREATE TABLE floor_{kind} AS SELECT * FROM {kind} WHERE 0")  # no key, no index
    inserts = {k: f"INSERT INTO floor_{k} VALUES ({','.join('?' * len(c))})" for k, c in decoder.columns.items()}
    timed, cpu, rows = 0.0, 0.0, 0
    conn.execute("BEGIN")
    for path in sorted(snapshot_dir.glob("*.ndjson.gz"), key=lambda p: int(p.name.split(".")[0])):
        for block in line_blocks(path, 4_000_000):
            batch = decoder.decode(block)
            started, cpu0 = time.perf_counter(), time.process_time()
            for kind, values in batch.rows.items():
                conn.executemany(inserts[kind], values)
            timed, cpu = timed + time.perf_counter() - started, cpu + time.process_time() - cpu0
            rows += batch.lines
    started, cpu0 = time.perf_counter(), time.process_time()
    conn.execute("COMMIT")
    timed, cpu = timed + time.perf_counter() - started, cpu + time.process_time() - cpu0
    conn.close()
    for leftover in folder.glob("floor.db*"):
        leftover.unlink()
    return timed, cpu, rows


def disk_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20


def line(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> None:
    verdict = "" if ok else f"  MISSED{': ' + note if note else ''}"
    shown = f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"
    print(f"{name}: {shown} {unit} (target {target}){verdict}", flush=True)


def _client(srv: Any, folder: Path) -> tuple[Any, str, str]:
    from desktop.services.credentials import CredentialStore
    from desktop.services.sync_service import SyncService, SyncSettings
    from desktop.store import Store

    store = Store.open(folder / "blangkon.db")
    service = SyncService(store, SyncSettings(srv.url, folder / "data"), CredentialStore())
    account = srv.account("PP", "33.00-DINKES")
    return service, service.login(account["username"], account["password"]), account["username"]


def _search_p95(service: Any, words: list[str]) -> tuple[float, float]:
    from desktop.store import CatalogQuery

    rng = random.Random(7)
    timings = []
    with service.store.unit_of_work(readonly=True) as uow:
        for _ in range(200):
            terms = [rng.choice(words)[: rng.randint(3, 6)] for _ in range(rng.choice((1, 2)))]
            query = CatalogQuery(text=" ".join(terms), price_max=rng.choice((None, 5_000_000)), limit=50)
            started = time.perf_counter()
            uow.catalog.search(query)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_sync")
    parser.add_argument("--quick", action="store_true", help="100k products instead of 1M")
    parser.add_argument("--products", type=int, default=None)
    parser.add_argument("--delta", type=int, default=50_000)
    parser.add_argument("--first-only", action="store_true", help="first sync, disk size and search only")
    parser.add_argument("--repeat", type=int, default=1, help="first syncs to run (fresh client each); best kept")
    args, _ = parser.parse_known_args(argv)
    products = args.products or (100_000 if args.quick else 1_000_000)

    import keyring

    from tests.server.live import serve_existing
    from tests.sync.kit import install_keyring

    _, previous = install_keyring()
    with tempfile.TemporaryDirectory(prefix="blangkon-bench-sync-") as tmp:
        work, accounts = server_copy(products, Path(tmp) / "srv")
        srv = serve_existing(f"sqlite:///{work / 'server.db'}", work, accounts)
        try:
            service, uid = _first_syncs(srv, Path(tmp), products, args.repeat)

            if not args.first_only:  # the delta and empty-pass figures (issue 5)
                changed = _replica_rows(service, args.delta)
                started = time.perf_counter()
                for i in range(0, len(changed), 10_000):  # the server's catalog writer, in change sets
                    batch = changed[i:i + 10_000]
                    _bump_prices(srv, batch)
                print(f"(setup: {len(changed):,} server-side price changes in {time.perf_counter() - started:.1f} s)")
                started, cpu0 = time.perf_counter(), time.process_time()
                report = service.sync_now(uid, threading.Event())
                delta, cpu = time.perf_counter() - started, time.process_time() - cpu0
                assert report.catalog_rows == len(changed), report.summary()
                line("sync_delta_50k_seconds", delta, "s", f"≤10 s for {len(changed):,} changes", delta <= 10)
                line("sync_delta_client_cpu_seconds", cpu, "s", "informational (the rest is server + network)", True)
                line("sync_delta_rows_per_s", len(changed) / delta, "rows/s", "≥5,000", len(changed) / delta >= 5000)

                passes, calls = [], []
                for _ in range(20):
                    started = time.perf_counter()
                    service.sync_now(uid, threading.Event())
                    passes.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    response = service.auth.send(uid, "GET", "/v1/catalog/changes", params={"since": _cursor(service)})
                    response.json()
                    calls.append((time.perf_counter() - started) * 1000)
                line("sync_empty_delta_round_trip", statistics.median(calls), "ms", "≤100 ms",
                     statistics.median(calls) <= 100)
                line("sync_empty_full_pass", statistics.median(passes), "ms",
                     "informational: meta + outbox + changes + orders + numbers", True)
            p50, p95 = _search_p95(service, _words(service))
            line("search_p95_after_sync", p95, "ms", "≤50 ms (p50 " + f"{p50:.1f} ms)", p95 <= 50)
            service.store.close()
        finally:
            srv.stop()
            keyring.set_keyring(previous)
    print(f"(max RSS of the bench process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


def _first_syncs(srv: Any, tmp: Path, products: int, repeat: int) -> tuple[Any, str]:
    """`repeat` first syncs, each into a fresh client; prints the fastest with its floor and the load."""
    best: dict[str, Any] = {}
    service = uid = None
    for attempt in range(max(1, repeat)):
        if service is not None:
            service.store.close()
        service, uid, _ = _client(srv, tmp / f"client{attempt}")
        marks: dict[str, tuple[float, float]] = {}

        def progress(phase: str, done: int, total: int, marks: dict[str, tuple[float, float]] = marks) -> None:
            if phase == "catalog_index":  # 0/1 when the swap (indexes + FTS) starts, 1/1 when it ends
                marks[f"index{done}"] = (time.perf_counter(), cpu_seconds())

        load_before = load_average()
        cpu0 = cpu_seconds()
        with RssSampler(exclude={srv.proc.pid}) as rss:
            started = time.perf_counter()
            report = service.sync_now(uid, threading.Event(), progress)
            first = time.perf_counter() - started
        cpu = cpu_seconds() - cpu0
        assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
        run = {"first": first, "cpu": cpu, "rows": report.catalog_rows, "rss": rss.peak_kb / 1024,
               "rss_own": rss.peak_own_kb / 1024,
               "load": f"{load_before} before, {load_average()} after", "started": started, "cpu0": cpu0,
               "marks": marks, "disk": disk_mb(service.store.path)}
        print(f"(first sync {attempt + 1}/{repeat}: {first:.1f} s, client CPU {cpu:.1f} s, load {run['load']})",
              flush=True)
        if not best or first < best["first"]:
            best = run
    assert service is not None and uid is not None
    floor, floor_cpu, floor_rows = floor_seconds(_snapshot_dir(srv), tmp)
    scale = products / 1_000_000
    first, rows, cpu, marks = best["first"], best["rows"], best["cpu"], best["marks"]
    target_s = 20 * scale
    line("sync_first_seconds", first, "s", f"≤{target_s:.1f} s for {products:,}; load {best['load']}",
         first <= target_s, f"{first / target_s - 1:.0%} over; client CPU {cpu:.1f} s on a shared 2-core box")
    line("sync_first_floor_seconds", floor, "s", f"informational: raw executemany of the same {floor_rows:,} rows "
         f"into an index-free table; load {load_average()}", True)
    line("sync_first_floor_ratio", floor / first, "", "≥0.30 (floor seconds / sync seconds)", floor / first >= 0.30)
    line("sync_first_floor_cpu_seconds", floor_cpu, "s", "informational: the floor's CPU (one thread)", True)
    line("sync_first_floor_cpu_ratio", floor_cpu / cpu, "", "informational: floor CPU / client CPU (the whole client "
         "process, every thread; steadier than wall time on a loaded box)", True)
    line("sync_first_rows_per_s", rows / first, "rows/s", "≥50,000", rows / first >= 50_000)
    line("sync_first_client_cpu_seconds", cpu, "s", "informational", True)
    if "index0" in marks and "index1" in marks:
        load_wall, load_cpu = marks["index0"][0] - best["started"], marks["index0"][1] - best["cpu0"]
        swap_wall = marks["index1"][0] - marks["index0"][0]
        swap_cpu = marks["index1"][1] - marks["index0"][1]
        # CPU of this process and its reaped children: a snapshot child's CPU counts only once it has ended
        line("sync_first_download_load_verify", load_wall, "s", f"informational, CPU here {load_cpu:.1f} s", True)
        line("sync_first_swap_indexes_fts", swap_wall, "s", f"informational, CPU here {swap_cpu:.1f} s", True)
    line("sync_first_peak_rss", best["rss"], "MB", f"≤300 MB (this process and its snapshot child; this process "
         f"alone {best['rss_own']:.0f} MB)", best["rss"] <= 300)
    line("sync_first_disk_size", best["disk"], "MB", f"informational: client database after the first sync of "
         f"{products:,}", True)
    return service, uid


def _snapshot_dir(srv: Any) -> Path:
    return max((srv.data_dir / "snapshots").glob("e*-s*"), key=lambda p: p.stat().st_mtime)


def _replica_rows(service: Any, n: int) -> list[dict[str, Any]]:
    """n product rows as the client holds them (= the server's, after the snapshot), spread over the ids."""
    from desktop.store.catalog_write import PRODUCT_FIELDS

    with service.store.raw_connection() as conn:
        total = conn.execute("SELECT count(*) FROM product").fetchone()[0]
        step = max(1, total // n)
        cols = ",".join(PRODUCT_FIELDS)
        rows = conn.execute(f"SELECT {cols} FROM product WHERE id % ? = 0 LIMIT ?", (step, n)).fetchall()
    return [dict(zip(PRODUCT_FIELDS, r, strict=True)) for r in rows]


def _bump_prices(srv: Any, rows: list[dict[str, Any]]) -> None:
    from tests.sync.server_side import change_rows

    change_rows(srv, [{**r, "price": r["price"] + 100, "pdn": None if r["pdn"] is None else bool(r["pdn"])}
                      for r in rows])


def _cursor(service: Any) -> str:
    with service.store.unit_of_work(readonly=True) as uow:
        return str(uow.sync_state.get_str("catalog_cursor"))


def _words(service: Any) -> list[str]:
    with service.store.raw_connection() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM product WHERE id % 997 = 0 LIMIT 500")]
    return [w for name in names for w in name.lower().split() if len(w) >= 4 and w.isalpha()]
