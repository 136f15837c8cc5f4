"""Local store benchmark: catalog bulk load, FTS rebuild, search latency, delta apply, checksum.

    python -m tests.bench store            # 1,000,000 products
    python -m tests.bench store --quick    # 100,000 products
    python -m tests.bench store --rows=300000

Synthetic names: Zipf-weighted Indonesian procurement words (so "kopi"-like head terms match ~10% of rows).
Targets: search p95 ≤ 50 ms on 1M rows (docs/DESIGN.md store brief), FTS rebuild ≥ 33k rows/s (1M searchable
≤ 30 s, SYNC.md §10), delta ≥ 3.4k rows/s (50k daily changes < 15 s).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop.store import CatalogQuery, Store, catalog_search, catalog_write

HEAD = ["kopi", "kertas", "beras", "gula", "minyak", "teh", "map", "pulpen", "tinta", "printer", "meja", "kursi",
        "lemari", "sabun", "masker", "kabel", "lampu", "kipas", "buku", "snack", "nasi", "kue", "air", "galon"]
MODS = ["arabika", "robusta", "premium", "super", "hvs", "a4", "f4", "putih", "merah", "hitam", "biru", "besar",
        "kecil", "kemasan", "lokal", "organik", "kantor", "plastik", "kayu", "besi", "lipat", "gulung", "isi",
        "ulang", "cair", "bubuk", "sachet", "kotak", "dus", "pak", "rim", "liter", "kg", "gram", "jati", "rotan",
        "batik", "tenun", "jepara", "kudus", "muria", "temanggung", "gayo", "toraja", "aren", "kelapa", "sawit"]
RARE = [f"{a}{b}" for a in ("ka", "ma", "sa", "ta", "ra", "pa", "ba", "la", "na", "wa") for b in
        ("ngi", "ruk", "lit", "mas", "sih", "tur", "bon", "pel", "dik", "gar", "wes", "tok", "rum", "sel")]
CATEGORIES = [f"cat{i:02d}" for i in range(40)]
KABKOTA = [(f"33.{i:02d}", f"Kabupaten {n}") for i, n in enumerate(
    ["Cilacap", "Banyumas", "Purbalingga", "Banjarnegara", "Kebumen", "Purworejo", "Wonosobo", "Magelang",
     "Boyolali", "Klaten", "Sukoharjo", "Wonogiri", "Karanganyar", "Sragen", "Grobogan", "Blora", "Rembang",
     "Pati", "Kudus", "Jepara", "Demak", "Semarang", "Temanggung", "Kendal", "Batang", "Pekalongan",
     "Pemalang", "Tegal", "Brebes", "Salatiga", "Surakarta", "Kota Semarang", "Kota Pekalongan", "Kota Tegal",
     "Kota Magelang"], start=1)]
KINDS = ("1term_prefix", "2term", "1term_filter", "2filters_boost_browse")
MARKETPLACES = ["GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL"]


def _zipf(words: list[str], rng: random.Random, k: int) -> list[str]:
    weights = [1.0 / (i + 1) for i in range(len(words))]
    return rng.choices(words, weights, k=k)


def provider_rows(n_prov: int, rng: random.Random) -> list[tuple]:
    out = []
    for pid in range(1, n_prov + 1):
        code, kab = rng.choice(KABKOTA)
        name = f"{rng.choice(['CV', 'UD', 'Toko', 'PT'])} {rng.choice(RARE).title()} {rng.choice(MODS).title()}"
        out.append((pid, 1, pid, "active", name, "", rng.choice(["perorangan", "badan_usaha"]), code, kab, "",
                    None, None, None, 0, 0, None, None, rng.choice(MARKETPLACES), int(rng.random() < 0.6)))
    return out


def product_rows(n: int, providers: list[tuple], rng: random.Random) -> list[tuple]:
    heads, mods, rares = _zipf(HEAD, rng, n), _zipf(MODS, rng, 3 * n), _zipf(RARE, rng, n)
    out = []
    for i in range(n):
        p = providers[rng.randrange(len(providers))]
        name = f"{heads[i]} {mods[3 * i]} {mods[3 * i + 1]} {rares[i]} {rng.randrange(1, 999)}"
        out.append((i + 1, 1, len(providers) + i + 1, "active" if rng.random() > 0.02 else "delisted", p[0], name,
                    "", rng.choice(CATEGORIES), "pcs", rng.randrange(1_000, 5_000_000), 10, None, 1, "goods", p[4],
                    p[7], p[8], p[17], p[6]))
    return out


def _queries(rng: random.Random, n: int) -> list[CatalogQuery]:
    out = []
    for i in range(n):
        kind = i % 4
        head = rng.choice(HEAD[:12])
        if kind == 0:  # type-ahead: 3–5 char prefix of a common word
            out.append(CatalogQuery(text=head[: rng.randint(3, 5)]))
        elif kind == 1:  # two terms
            out.append(CatalogQuery(text=f"{head} {rng.choice(MODS)[:4]}"))
        elif kind == 2:  # one term + a filter
            f = rng.choice(["category", "kabkota_code", "price", "marketplace"])
            extra = {"category": {"category": rng.choice(CATEGORIES)},
                     "kabkota_code": {"kabkota_code": rng.choice(KABKOTA)[0]},
                     "price": {"price_max": 250_000},
                     "marketplace": {"marketplace": rng.choice(MARKETPLACES)}}[f]
            out.append(CatalogQuery(text=head, **extra))
        else:  # harder mixes: two filters, fairness boost, never-sold, browsing
            cat, kab = rng.choice(CATEGORIES), rng.choice(KABKOTA)[0]
            out.append(rng.choice([CatalogQuery(text=head, category=cat, kabkota_code=kab),
                                   CatalogQuery(text=head, kabkota_code=kab, marketplace=rng.choice(MARKETPLACES)),
                                   CatalogQuery(text=head, fairness_boost=0.3),
                                   CatalogQuery(text=head[:4], never_sold_only=True),
                                   CatalogQuery(category=cat, sort="price_asc"),
                                   CatalogQuery(category=cat, kabkota_code=kab)]))
    return out


def _bench_outbox(store: Store) -> tuple[float, float]:
    """A week offline: 10k unsent commands over 2k orders. Returns (ms per edit transaction, ms next_ready)."""
    from desktop.store.records import Order, OrderLine

    t0 = time.perf_counter()
    for i in range(2000):  # one transaction per officer edit, as the app does
        oid = f"order-{i}"
        with store.unit_of_work() as uow:
            uow.orders.save_draft(Order(id=oid, opd_id="opd-1", created_by="u", lines=(
                OrderLine(f"{oid}-l", 1, 1, "Kopi", "kg", 1, 50_000),)))
            uow.outbox.enqueue(method="POST", path=f"/v1/orders/{oid}/transitions", body={"i": i},
                               actor_user_id="u", order_id=oid)
            uow.audit.append("edit", actor_user_id="u", order_id=oid)
    per_edit = (time.perf_counter() - t0) * 1000 / 2000
    with store.raw_connection() as conn:  # the rest of the week's backlog, in bulk (setup, not measured)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO outbox (cmd_id, order_id, method, path, body, actor_user_id, next_attempt_at, created_at) "
            "VALUES (?, ?, 'POST', '/x', '{}', 'u', '2000-01-01T00:00:00.000000Z', '2000-01-01T00:00:00.000000Z')",
            [(f"bulk-{i}", f"order-{i % 2000}") for i in range(2000, 10_000)])
        conn.execute("COMMIT")
    with store.unit_of_work(readonly=True) as uow:
        t0 = time.perf_counter()
        ready = uow.outbox.next_ready(limit=200)
        t_ready = (time.perf_counter() - t0) * 1000
    assert len(ready) == 200
    return per_edit, t_ready


def _order(i: int, rng: random.Random):
    """A realistic order: three lines, an address and notes, and — past the draft — the PPK's approval and
    reason, the receipt and the payment (what the sealed columns hold)."""
    from desktop.store.records import Order, OrderLine

    oid = f"order-{i:05d}"
    lines = tuple(OrderLine(f"{oid}-l{k}", 1 + rng.randrange(5000), 1, f"kopi arabika {k}", "kg",
                            rng.randrange(1, 50), rng.randrange(10_000, 900_000), position=k) for k in range(3))
    late = i % 3 != 0
    return Order(id=oid, opd_id="opd-1", created_by="u", state="DIBAYAR" if late else "DRAFT", provider_id=1,
                 kode_rup=f"RUP{i}", delivery_address=f"Jl. Pemuda No. {i}, Semarang Tengah, Kota Semarang 50132",
                 notes=f"Kirim pagi hari sebelum jam 09.00, hubungi Bu Sri 0812-{i:04d}", lines=lines,
                 total=sum(ln.qty * ln.unit_price_quoted for ln in lines),
                 approval={"sp_number": f"SP/{i}/2026", "approved_by": "ppk", "at": "2026-11-23"} if late else None,
                 receipt={"received_at": "2026-11-24", "note": "barang lengkap dan baik"} if late else None,
                 payment={"method": "LS", "amount": 1_234_567, "note": f"transfer ke rekening penyedia {i}"}
                 if late else None,
                 reasons=({"text": "harga perlu dicek ulang", "by": "ppk"},) if late else ())


def bench_orders(n: int = 5_000, sealer=None) -> dict[str, float]:
    """List, open and save on a local database holding `n` orders; `sealer` is set on the store (None: the
    default). Each figure is (median wall ms, least CPU ms over the repetitions)."""
    rng = random.Random(5)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench_orders_") as tmp, Store.open(Path(tmp) / "o.db") as store:
        if sealer is not None:
            store.sealer = sealer
        orders = [_order(i, rng) for i in range(n)]
        with store.unit_of_work() as uow:  # setup: one transaction (not measured)
            for o in orders:
                uow.orders.save_draft(o)
        ids = [o.id for o in orders]

        def timed(name: str, fn, reps: int) -> None:
            wall, cpu = [], []
            for k in range(reps):
                t0, c0 = time.perf_counter(), time.process_time()
                fn(k)
                wall.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
            out[name] = (statistics.median(wall), min(cpu))  # the least CPU: what the work costs without the load

        def list_heads(_k: int) -> None:
            with store.unit_of_work(readonly=True) as uow:
                assert len(uow.orders.list(with_lines=False)) == n

        def list_lines(_k: int) -> None:
            with store.unit_of_work(readonly=True) as uow:
                assert len(uow.orders.list()) == n

        def open_one(k: int) -> None:
            with store.unit_of_work(readonly=True) as uow:
                uow.orders.require(ids[(k * 7919) % n])

        def save_one(k: int) -> None:  # what an autosave does: order + command + audit in one unit of work
            from dataclasses import replace

            o = orders[(k * 104729) % n]
            with store.unit_of_work() as uow:
                saved = uow.orders.save_draft(replace(o, notes=o.notes + f" rev {k}"))
                uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{o.id}", actor_user_id="u", order_id=o.id,
                                   body={"delivery_address": saved.delivery_address, "notes": saved.notes,
                                         "lines": [{"id": ln.id, "qty": ln.qty} for ln in saved.lines]})
                uow.audit.append("edit", actor_user_id="u", order_id=o.id, details={"notes": saved.notes})

        timed("list_5000_heads", list_heads, 9)
        timed("list_5000_with_lines", list_lines, 7)
        timed("open_one", open_one, 300)
        timed("save_one", save_one, 300)
        out["db_kb_per_order"] = (store.path.stat().st_size / 1024 / n, 0.0)
    return out


def orders_main(argv: list[str]) -> None:
    """`python -m tests.bench store --orders[=N]`: the order tables only, clear vs sealed (issue 15)."""
    import os as _os

    from desktop.services.data_protection import AesGcmSealer

    n = 5_000
    for arg in argv:
        if arg.startswith("--orders="):
            n = int(arg.split("=", 1)[1])
    runs = {"clear": bench_orders(n), "sealed": bench_orders(n, AesGcmSealer(_os.urandom(32)))}
    for name in runs["clear"]:
        (cw, cc), (sw, sc) = runs["clear"][name], runs["sealed"][name]
        if name == "db_kb_per_order":
            print(f"store.orders_{name}: clear {cw:.2f} KB, sealed {sw:.2f} KB (info)")
            continue
        print(f"store.orders_{name}_{n}: clear {cw:.2f} ms (CPU {cc:.2f}), sealed {sw:.2f} ms (CPU {sc:.2f}) "
              f"(info; wall median, CPU least)")
    print(f"store.load_average: {os.getloadavg()[0]:.1f} (info: >2 on 2 cores means the wall times are inflated)")


def _pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main(argv: list[str]) -> None:
    if any(a == "--orders" or a.startswith("--orders=") for a in argv):
        orders_main(argv)
        return
    n = 100_000 if "--quick" in argv else 1_000_000
    for i, arg in enumerate(argv):  # --rows=N (what `python -m tests.bench` passes on) or --rows N
        if arg.startswith("--rows="):
            n = int(arg.split("=", 1)[1])
        elif arg == "--rows" and i + 1 < len(argv):
            n = int(argv[i + 1])
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp, Store.open(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        prov = provider_rows(max(100, n // 20), rng)
        rows = product_rows(n, prov, rng)
        n_prov = len(prov)
        t_gen = time.perf_counter() - t0
        with store.raw_connection() as conn:
            t0 = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            catalog_write.drop_product_indexes(conn)
            conn.executemany(f"INSERT INTO provider VALUES ({','.join('?' * 19)})", prov)
            conn.executemany(f"INSERT INTO product VALUES ({','.join('?' * 19)})", rows)
            t_load = time.perf_counter() - t0
            catalog_write.create_product_indexes(conn)
            conn.execute("COMMIT")
            t_load_idx = time.perf_counter() - t0
            del rows
            t0 = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            catalog_write.rebuild_fts(conn)
            conn.execute("COMMIT")
            t_fts = time.perf_counter() - t0
            times, cpu, by_kind = [], [], {k: [] for k in KINDS}
            for i, q in enumerate(_queries(random.Random(7), 200)):
                t0, c0 = time.perf_counter(), time.process_time()
                catalog_search.search(conn, q)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                by_kind[KINDS[i % 4]].append(cpu[-1])
            get_t = []
            for start in range(0, 200 * 50, 50):
                t0 = time.perf_counter()
                catalog_search.get_products(conn, list(range(start + 1, start + 51)))
                get_t.append((time.perf_counter() - t0) * 1000)
            delta = [(i, 2, 10 * n + i, "active", 1 + i % n_prov, f"teh hijau revisi {i}", "", "cat01", "pcs",
                      5_000, 1, None, None, "goods", "UD Revisi", "33.01", "", "MBIZ", "perorangan")
                     for i in range(1, n + 1, max(1, n // 20_000))]
            delta_rows = [dict(zip(catalog_write.PRODUCT_FIELDS, d, strict=True)) for d in delta]
            t0 = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            for start in range(0, len(delta_rows), 2000):
                catalog_write.upsert_products(conn, delta_rows[start:start + 2000])
            conn.execute("COMMIT")
            t_delta = time.perf_counter() - t0
            t0 = time.perf_counter()
            catalog_write.catalog_checksum(conn)
            t_sum = time.perf_counter() - t0
        outbox = _bench_outbox(store)
        size_mb = store.path.stat().st_size / 1e6
    label = f"{n // 1000}k"
    print(f"store.generate_{label}: {t_gen:.1f} s (info)")
    print(f"store.bulk_load_{label}: {n / t_load:,.0f} rows/s (target ≥50,000; {t_load:.1f} s, "
          f"+indexes {t_load_idx - t_load:.1f} s)")
    print(f"store.fts_rebuild_{label}: {n / t_fts:,.0f} rows/s (target ≥33,000; {t_fts:.1f} s incl. optimize)")
    print(f"store.search_p50_{label}: {statistics.median(times):.1f} ms (target ≤50)")
    print(f"store.search_p95_{label}: {_pct(times, 95):.1f} ms (target ≤50)")
    # CPU time shows the query's own cost when other processes share the cores
    print(f"store.search_cpu_p50_{label}: {statistics.median(cpu):.1f} ms (info)")
    print(f"store.search_cpu_p95_{label}: {_pct(cpu, 95):.1f} ms (target ≤50)")
    for kind, values in by_kind.items():
        print(f"store.search_{kind}_cpu_p95_{label}: {_pct(values, 95):.1f} ms (target ≤50)")
    print(f"store.search_max_{label}: {max(times):.1f} ms (info)")
    print(f"store.get_products_50_p95_{label}: {_pct(get_t, 95):.2f} ms (target ≤10)")
    print(f"store.delta_upsert_fts_{label}: {len(delta_rows) / t_delta:,.0f} rows/s (target ≥3,400)")
    print(f"store.checksum_{label}: {t_sum:.2f} s (info)")
    print(f"store.db_size_{label}: {size_mb:.0f} MB (info)")
    print(f"store.outbox_enqueue_edit: {outbox[0]:.2f} ms per unit of work (target ≤20; order edit + command + audit)")
    print(f"store.outbox_next_ready_10k: {outbox[1]:.1f} ms (target ≤50; 10,000 unsent commands over 2,000 orders)")
    print(f"store.load_average: {os.getloadavg()[0]:.1f} (info: >2 on 2 cores means the wall times are inflated)")


if __name__ == "__main__":
    main(sys.argv[1:])
