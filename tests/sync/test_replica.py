"""The raw-sqlite catalog replica on a real migrated store file: load, verify, swap, deltas, FTS."""

from __future__ import annotations

import gzip
import json
import random
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from desktop.store import replica_fts, replica_load
from desktop.store.migrations import migrate
from desktop.store.replica import Replica
from desktop.store.sealing import PLAINTEXT
from sync.protocol.catalog import checksum_of
from tests.sync.catalog_rows import catalog, product, provider, write_chunks


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "blangkon.db"
    migrate(path)
    return path


def expected(rows):
    return checksum_of((r["t"], r["id"], r["version"], r["status"]) for r in rows)


def search(path, term):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT rowid FROM product_fts WHERE product_fts MATCH ? ORDER BY rowid", (term,))]
    finally:
        conn.close()


def load(replica, rows, tmp_path, per_chunk=700, snapshot="s1"):
    replica.begin_snapshot(snapshot)
    seen = []
    for n, path in enumerate(write_chunks(rows, tmp_path / snapshot, per_chunk)):
        replica.record_chunk(snapshot, n, "x", path.stat().st_size, path.stat().st_size, True)
        replica.load_chunk(snapshot, n, path, seen.append)
    return sum(seen)


def test_snapshot_load_swap_and_search(db, tmp_path):
    rows = catalog(2000, providers=10)
    rows[-1]["status"] = "delisted"
    replica = Replica(db, batch_rows=500)
    assert load(replica, rows, tmp_path) == len(rows)
    assert replica.staged_totals() == expected(rows)
    assert replica.totals() == (0, 0)  # nothing live before the swap
    replica.swap("cursor-1", 3)
    assert replica.totals() == expected(rows)
    assert replica.cursor() == "cursor-1"
    conn = sqlite3.connect(db, isolation_level=None)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'staging_%'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM snapshot_chunk").fetchone()[0] == 0
    # the kabkota name is not on the wire product row: it comes from the provider, and FTS sees it
    assert conn.execute("SELECT kabkota FROM product WHERE id = 4").fetchone()[0] == provider(5)["kabkota"]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")
    hits = search(db, "arabika")
    assert hits and all("arabika" in product(i, 10)["name"] for i in hits[:50])
    assert 4 in search(db, '"kota semarang"') or 4 in search(db, "surakarta OR semarang OR banyumas OR cilacap")


def test_reapplying_a_chunk_after_a_crash_is_harmless(db, tmp_path):
    rows = catalog(1200, providers=5)
    replica = Replica(db, batch_rows=100)
    load(replica, rows, tmp_path)
    replica.close()
    # a "restart": new connection, same snapshot id → staging kept, chunk re-applied idempotently
    replica = Replica(db, batch_rows=100)
    replica.begin_snapshot("s1")
    assert all(c.applied for c in replica.chunks("s1").values())
    path = tmp_path / "s1" / "0.ndjson.gz"
    replica.load_chunk("s1", 0, path, lambda n: None)
    assert replica.staged_totals() == expected(rows)
    # a different snapshot id discards the old staging
    replica.begin_snapshot("s2")
    assert replica.staged_totals() == (0, 0) and replica.chunks("s1") == {}


def test_deltas_are_version_guarded_and_keep_fts_in_step(db, tmp_path):
    rows = catalog(300, providers=3)
    replica = Replica(db)
    load(replica, rows, tmp_path)
    replica.swap("c0", 1)
    renamed = product(7, 3, version=2, price=5)
    renamed["name"] = "rendang padang istimewa"
    stale = product(8, 3, version=1, price=1)  # same version as live: must not apply
    gone = product(9, 3, version=2, status="delisted")
    fresh = product(5000, 3, version=1)
    result = replica.apply_changes([renamed, stale, gone, fresh], "c1")
    assert result.applied == 3 and set(result.changed_product_ids) == {7, 9, 5000}
    assert replica.cursor() == "c1"
    live = {(r["t"], r["id"]): r for r in rows}
    live.update({("product", r["id"]): r for r in (renamed, gone, fresh)})
    assert replica.totals() == expected(live.values())
    assert search(db, "rendang") == [7]
    assert 7 not in search(db, product(7, 3)["name"].split()[0] + " AND " + str(7))
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("SELECT price FROM product WHERE id = 8").fetchone()[0] == product(8, 3)["price"]
    conn.close()
    # an older version arriving late changes nothing, but the cursor still moves with its page
    result = replica.apply_changes([product(7, 3, version=1)], "c2")
    assert result.applied == 0 and replica.cursor() == "c2"
    assert search(db, "rendang") == [7]


def test_failed_page_leaves_cursor_and_rows_untouched(db, tmp_path):
    rows = catalog(50, providers=2)
    replica = Replica(db)
    load(replica, rows, tmp_path)
    replica.swap("c0", 1)
    broken = product(3, 2, version=5)
    broken["status"] = "weird"  # violates the store's CHECK constraint mid-page
    with pytest.raises(sqlite3.IntegrityError):
        replica.apply_changes([product(2, 2, version=9, price=1), broken], "c1")
    assert replica.cursor() == "c0"
    assert replica.totals() == expected(rows)


def test_kept_totals_match_a_full_recount(db, tmp_path):
    rows = catalog(400, providers=4)
    replica = Replica(db)
    load(replica, rows, tmp_path)
    replica.swap("c0", 1)
    replica.apply_changes([product(3, 4, version=2, status="delisted"), provider(2, version=3),
                           product(9999, 4), product(5, 4, version=7, price=1)], "c1")
    kept = replica.totals()
    assert kept == replica.recount()
    live = {(r["t"], r["id"]): r for r in rows}
    for r in (product(3, 4, version=2, status="delisted"), provider(2, version=3), product(9999, 4),
              product(5, 4, version=7, price=1)):
        live[(r["t"], r["id"])] = r
    assert kept == expected(live.values())


def fts_ok(path):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)")
        return conn.execute("SELECT count(*) FROM product_fts_docsize").fetchone()[0]
    finally:
        conn.close()


def test_a_repeated_chunk_or_a_resumed_load_swaps_to_exact_totals_and_a_whole_index(db, tmp_path):
    rows = catalog(1500, providers=6)
    replica = Replica(db, batch_rows=300)
    load(replica, rows, tmp_path)
    replica.load_chunk("s1", 0, tmp_path / "s1" / "0.ndjson.gz", lambda n: None)  # chunk 0 again
    replica.swap("c1", 1)
    assert fts_ok(db) == 1500 and replica.totals() == expected(rows)
    resumed = Replica(db, batch_rows=300)  # a restart mid-load: staging kept, no side index
    load(resumed, rows, tmp_path, snapshot="s2")
    resumed.close()
    again = Replica(db, batch_rows=300)
    again.begin_snapshot("s2")
    again.staged_totals()
    again.swap("c2", 1)
    assert fts_ok(db) == 1500 and again.totals() == expected(rows)


def test_blocks_decoded_in_small_slices_stage_every_row_once(db, tmp_path, monkeypatch):
    """The decoder cuts each block into slices (short GIL holds); rows on a slice edge are neither lost nor doubled."""
    monkeypatch.setattr(replica_load, "DECODE_SLICE_BYTES", 997)
    rows = catalog(3000, providers=12)
    replica = Replica(db, batch_rows=400)
    assert load(replica, rows, tmp_path, per_chunk=1100) == len(rows)
    assert replica.staged_totals() == expected(rows)
    replica.swap("cursor-1", 1)
    conn = sqlite3.connect(db)
    kinds = [r["t"] for r in rows]
    assert conn.execute("SELECT count(*) FROM product").fetchone()[0] == kinds.count("product")
    assert conn.execute("SELECT count(*) FROM provider").fetchone()[0] == kinds.count("provider")
    conn.close()


def test_slices_end_on_line_breaks_and_cover_the_block():
    block = b"".join(b'{"n":%d}\n' % i for i in range(500))
    pieces = [bytes(p) for p in replica_load.slices(block, 64)]
    assert b"".join(pieces) == block and len(pieces) > 50
    assert all(p.endswith(b"\n") for p in pieces)
    assert [bytes(p) for p in replica_load.slices(b'{"n":1}', 64)] == [b'{"n":1}']  # last line without a break


def shadow_tables(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM product_fts_{t} ORDER BY 1, 2").fetchall()
                for t in replica_fts.SHADOWS}
    finally:
        conn.close()


def test_fts_built_aside_during_the_swap_is_the_index_a_rebuild_makes(db, tmp_path, monkeypatch):
    """The swap builds FTS in a scratch file on a second thread and copies it in: the same pages an in-place
    rebuild writes, a whole index (integrity-check), no scratch file left, and deltas after it stay in step."""
    rows = catalog(3000, providers=12)
    replica = Replica(db, batch_rows=500)
    threads = []
    original = replica_fts.FtsAside._build

    def build(self):
        threads.append(threading.current_thread().name)
        original(self)

    monkeypatch.setattr(replica_fts.FtsAside, "_build", build)  # the real build, its thread noted
    load(replica, rows, tmp_path)
    replica.swap("c1", 1)
    assert threads == ["fts-build"]
    assert not replica_fts.scratch_path(db).exists()
    aside = shadow_tables(db)
    assert fts_ok(db) == 3000
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO product_fts(product_fts) VALUES ('rebuild')")
    conn.close()
    assert shadow_tables(db) == aside
    renamed = product(7, 12, version=2)
    renamed["name"] = "rendang padang istimewa"
    replica.apply_changes([renamed], "c2")  # the swap's own connection writes FTS after the copy
    assert search(db, "rendang") == [7] and fts_ok(db) == 3000


def test_a_swap_whose_aside_cannot_start_rebuilds_fts_in_place(db, tmp_path):
    rows = catalog(800, providers=4)
    replica = Replica(db, batch_rows=200)
    load(replica, rows, tmp_path)
    replica_fts.scratch_path(db).mkdir()  # the scratch file's place is taken: it cannot be made
    replica.swap("c1", 1)
    assert fts_ok(db) == 800 and replica.totals() == expected(rows)
    assert search(db, "arabika")


def test_wire_flags_reach_sqlite_as_ints(db, tmp_path):
    """sqlite3 sends a bool through its adapter lookup on every bind; the decoder hands the writer plain 0/1."""
    conn = sqlite3.connect(db)
    decoder = replica_load.RowDecoder(conn, PLAINTEXT)
    conn.close()
    lines = [provider(1), product(1, 1), {**product(2, 1), "pdn": False}, {**product(3, 1), "pdn": None}]
    batch = decoder.decode(b"".join(json.dumps(r).encode() + b"\n" for r in lines))
    pdn = decoder.columns["product"].index("pdn")
    assert [r[pdn] for r in batch.rows["product"]] == [1, 0, None]
    assert all(type(v) is not bool for r in batch.rows["product"] + batch.rows["provider"] for v in r)


def test_blocks_are_read_on_the_pool_thread_and_handed_over_in_order():
    """The writer's thread decodes and writes; reading the gzip file (zlib, GIL released) runs one block ahead on
    the pool's thread."""
    readers = []

    def blocks():
        for i in range(4):
            readers.append(threading.current_thread().name)
            yield b"%d" % i

    with ThreadPoolExecutor(1, thread_name_prefix="chunk-read") as pool:
        assert list(replica_load.read_ahead(blocks(), pool)) == [b"0", b"1", b"2", b"3"]
    assert readers and all(name.startswith("chunk-read") for name in readers)


def test_line_blocks_cut_on_line_breaks_across_gzip_members(tmp_path):
    rng = random.Random(5)  # text that does not compress away: several 256 KB reads of the gzip file
    lines = [b'{"n":%d,"pad":"%s"}\n' % (i, rng.randbytes(20 + i % 50).hex().encode()) for i in range(40000)]
    path = tmp_path / "0.ndjson.gz"
    with open(path, "wb") as fh:  # two gzip members, as a file written in two appends is
        fh.write(gzip.compress(b"".join(lines[:7000])))
        fh.write(gzip.compress(b"".join(lines[7000:])))
    blocks = list(replica_load.line_blocks(path, 4096))
    assert b"".join(blocks) == b"".join(lines) and len(blocks) >= 3
    assert all(b.endswith(b"\n") for b in blocks)
