"""Sync benchmarks over loopback against the real server (issue 5 targets).

    python -m tests.bench sync [--quick] [--products=N]

- first sync of N products end to end (manifest, download, sha256, staging, count/checksum, FTS, swap):
  ≤30 s for 1M (≥33k rows/s), peak client RSS ≤300 MB (sampled from /proc/self/status while it runs);
- a 50,000-change delta ≤10 s; an empty delta round trip ≤100 ms (the changes call alone, and a full pass);
- search on the synced replica: p95 of 200 typical queries (store's ranked search) ≤50 ms.
The server's demo-data generation and snapshot build are setup, timed separately and not counted.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


class RssSampler:
    """Peak resident set size of this process while a block runs (ru_maxrss would include the setup)."""

    def __init__(self, every_s: float = 0.05) -> None:
        self.every_s = every_s
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                    return

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self._sample()

    def __enter__(self) -> RssSampler:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def line(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> None:
    verdict = "" if ok else f"  MISSED{': ' + note if note else ''}"
    print(f"{name}: {value:,.1f} {unit} (target {target}){verdict}", flush=True)


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
    args, _ = parser.parse_known_args(argv)
    products = args.products or (100_000 if args.quick else 1_000_000)
    scale = products / 1_000_000

    import keyring

    from tests.server.live import start_server
    from tests.sync.kit import install_keyring

    _, previous = install_keyring()
    with tempfile.TemporaryDirectory(prefix="blangkon-bench-sync-") as tmp:
        started = time.perf_counter()
        srv = start_server(Path(tmp) / "srv", products=products, seed=1)
        print(f"(setup: server demo data + snapshot of {products:,} products in {time.perf_counter() - started:.1f} s)",
              flush=True)
        try:
            service, uid, _ = _client(srv, Path(tmp) / "client")
            marks: dict[str, tuple[float, float]] = {}

            def progress(phase: str, done: int, total: int) -> None:
                if phase == "catalog_index":  # 0/1 when the swap (indexes + FTS) starts, 1/1 when it ends
                    marks[f"index{done}"] = (time.perf_counter(), time.process_time())

            cpu0 = time.process_time()
            with RssSampler() as rss:
                started = time.perf_counter()
                report = service.sync_now(uid, threading.Event(), progress)
                first = time.perf_counter() - started
            cpu = time.process_time() - cpu0
            assert report.status == "ok" and report.catalog_mode == "snapshot", report.summary()
            rows = report.catalog_rows
            target_s = 30 * scale
            line("sync_first_seconds", first, "s", f"≤{target_s:.0f} s for {products:,}", first <= target_s,
                 f"{first / target_s - 1:.0%} over; client CPU {cpu:.1f} s on a shared 2-core box")
            line("sync_first_rows_per_s", rows / first, "rows/s", "≥33,333", rows / first >= 33_333)
            line("sync_first_client_cpu_seconds", cpu, "s", "informational", True)
            if "index0" in marks and "index1" in marks:
                load_wall, load_cpu = marks["index0"][0] - started, marks["index0"][1] - cpu0
                swap_wall = marks["index1"][0] - marks["index0"][0]
                swap_cpu = marks["index1"][1] - marks["index0"][1]
                line("sync_first_download_load_verify", load_wall, "s", f"informational, CPU {load_cpu:.1f} s", True)
                line("sync_first_swap_indexes_fts", swap_wall, "s", f"informational, CPU {swap_cpu:.1f} s", True)
            line("sync_first_peak_rss", rss.peak_kb / 1024, "MB", "≤300 MB", rss.peak_kb / 1024 <= 300)

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
