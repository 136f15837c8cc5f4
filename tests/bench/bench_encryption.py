"""`python -m tests.bench encryption`: what protecting personal data at rest costs (issue 15, UU PDP 27/2022).

Compares, on the same synthetic catalog (--rows, default 150,000 products + 1/20 as many providers):
- plain SQLite (this Python's sqlite3),
- SQLCipher 4 (`sqlcipher3` wheel, raw 256-bit key, so no KDF per connection) and the same library unkeyed (to
  separate the cipher from the newer SQLite it bundles) — skipped when sqlcipher3 is not installed;
- field-level AES-256-GCM of the sensitive provider fields (NIK, NPWP, bank account) during the load, and of
  order content, with `cryptography` (what desktop.services.data_protection does).
Measured: snapshot-style load (5k-row transactions), FTS5 rebuild, 200 prefix searches (rowid order, p50/p95),
a cold first search after reopening, and the file size. Stand-alone (stdlib + the two optional libraries), so a
scratch venv with sqlcipher3 runs it too: `python tests/bench/bench_encryption.py --rows=150000`.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WORDS = ["kopi", "arabika", "robusta", "kertas", "hvs", "a4", "folio", "map", "plastik", "pulpen", "tinta", "printer", "beras", "premium", "gula", "pasir", "minyak", "goreng", "teh", "celup", "sabun", "cuci", "batik", "tulis", "kain", "seragam", "meja", "kursi", "lemari", "laptop", "mouse", "kabel", "semen", "pasir", "bata", "genteng", "cat", "tembok", "kuas", "sapu", "ember"]
PROVIDER_COLS = "id, name, nik, npwp, bank_account, address"


def _rows(n: int, seed: int = 1) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    rng = random.Random(seed)
    providers = [(i, f"CV Usaha {i}", f"3374{rng.randrange(10**11, 10**12)}", f"{rng.randrange(10**15, 10**16)}",
                  f"{rng.randrange(10**9, 10**10)}", f"Jl. Pemuda No. {i}, Semarang") for i in range(1, n // 20 + 2)]
    products = [(i, " ".join(rng.choices(WORDS, k=4)) + f" {i % 97}", rng.randrange(1, len(providers)),
                 rng.randrange(1000, 5_000_000)) for i in range(1, n + 1)]
    return providers, products


def _schema(conn: Any) -> None:
    conn.execute(f"CREATE TABLE provider ({PROVIDER_COLS})")
    conn.execute("CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, provider_id INTEGER, price INTEGER)")
    conn.execute("CREATE VIRTUAL TABLE product_fts USING fts5(name, content='product', content_rowid='id', "
                 "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")


def run_case(name: str, connect: Callable[[Path], Any], rows: int, seal: Callable[[str], Any] | None,
             folder: Path) -> dict[str, float]:
    providers, products = _rows(rows)
    path = folder / f"{name}.db"
    conn = connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    _schema(conn)
    started = time.perf_counter()
    conn.execute("BEGIN")
    sealed = [(p[0], p[1], *(seal(v) if seal else v for v in p[2:5]), p[5]) for p in providers]
    conn.executemany("INSERT INTO provider VALUES (?, ?, ?, ?, ?, ?)", sealed)
    conn.execute("COMMIT")
    for start in range(0, len(products), 5000):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO product VALUES (?, ?, ?, ?)", products[start:start + 5000])
        conn.execute("COMMIT")
    load = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("INSERT INTO product_fts(product_fts) VALUES ('rebuild')")
    conn.commit()
    fts = time.perf_counter() - started
    conn.close()
    conn = connect(path)
    rng = random.Random(2)
    started = time.perf_counter()
    conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH 'kopi*' ORDER BY rowid LIMIT 50").fetchall()
    cold = time.perf_counter() - started
    times = []
    for _ in range(200):
        term = rng.choice(WORDS)[: rng.randrange(3, 6)] + "*"
        t0 = time.perf_counter()
        ids = [r[0] for r in conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH ? ORDER BY rowid "
                                          "LIMIT 50", (term,))]
        conn.execute(f"SELECT id, name, price FROM product WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        times.append(time.perf_counter() - t0)
    conn.close()
    size = sum(p.stat().st_size for p in folder.glob(f"{name}.db*"))
    return {"load_s": load, "fts_s": fts, "cold_ms": cold * 1000, "p50_ms": statistics.median(times) * 1000,
            "p95_ms": sorted(times)[int(len(times) * 0.95)] * 1000, "size_mb": size / 1e6}


def cases() -> list[tuple[str, Callable[[Path], Any], Callable[[str], Any] | None]]:
    key = os.urandom(32)
    found: list[tuple[str, Callable[[Path], Any], Callable[[str], Any] | None]] = [
        ("sqlite", lambda p: sqlite3.connect(p, isolation_level=None), None)]
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aead = AESGCM(key)

        def seal(value: str) -> bytes:
            nonce = os.urandom(12)
            return nonce + aead.encrypt(nonce, value.encode(), b"provider")

        found.append(("sqlite+field-aes-gcm", lambda p: sqlite3.connect(p, isolation_level=None), seal))
    except ImportError:
        pass
    try:
        import sqlcipher3  # type: ignore[import-not-found]
    except ImportError:
        return found

    def keyed(path: Path) -> Any:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn

    found += [("sqlcipher-unkeyed", lambda p: sqlcipher3.connect(str(p), isolation_level=None), None),
              ("sqlcipher", keyed, None)]
    return found


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_encryption")
    parser.add_argument("--rows", type=int, default=150_000)
    args, _ = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="blangkon-enc-") as tmp:
        results = {name: run_case(name, connect, args.rows, seal, Path(tmp)) for name, connect, seal in cases()}
    base = results["sqlite"]
    for name, r in results.items():
        rel = "" if name == "sqlite" else (f" (load ×{r['load_s'] / base['load_s']:.2f}, fts ×"
                                           f"{r['fts_s'] / base['fts_s']:.2f}, p50 ×{r['p50_ms'] / base['p50_ms']:.2f})")
        print(f"encryption_{name}: {args.rows} rows load {r['load_s']:.2f} s, fts {r['fts_s']:.2f} s, cold search "
              f"{r['cold_ms']:.1f} ms, search p50 {r['p50_ms']:.2f} ms p95 {r['p95_ms']:.2f} ms, "
              f"{r['size_mb']:.0f} MB{rel}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
