"""Catalog replica against the real server: first snapshot, deltas, stale drafts, 410, resume (SYNC.md §3, §9)."""

from __future__ import annotations

import sqlite3
import threading
import time

from sync.protocol.catalog import decode_cursor
from tests.sync.conftest import OPD
from tests.sync.kit import same_provider_products
from tests.sync.server_side import change_products, new_epoch, rebuild_snapshot


def replica_rows(client) -> dict[int, tuple[int, int, str]]:
    conn = sqlite3.connect(client.store.path)
    try:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, version, price, status FROM product")}
    finally:
        conn.close()


def search(client, text: str) -> list[int]:
    conn = sqlite3.connect(client.store.path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT rowid FROM product_fts WHERE product_fts MATCH ? ORDER BY rowid LIMIT 50", (text,))]
    finally:
        conn.close()


def test_first_sync_snapshot_then_empty_delta(live, view, make_client):
    client = make_client()
    client.login(live.account("PP", OPD))
    first = client.sync(live.account("PP", OPD)["username"])
    head = view.catalog_head()
    assert first.status == "ok" and first.catalog_mode == "snapshot"
    assert (first.catalog_count, first.catalog_checksum) == (head["count"], head["checksum"])
    assert first.number_blocks == 3  # SP, BAST and kuitansi numbers reserved for offline printing
    with client.store.unit_of_work(readonly=True) as uow:
        year = time.gmtime().tm_year
        assert all(uow.numbers.remaining(OPD, year, t) >= 10 for t in ("SP", "BAST", "KUITANSI"))
    word = view.products()[0]["name"].split()[0]
    assert search(client, word)  # FTS built once at the swap, searchable at once
    again = client.sync(live.account("PP", OPD)["username"])
    assert again.status == "ok" and again.catalog_mode == "delta" and again.catalog_rows == 0
    assert not (client.folder / "data" / "snapshot").exists() or not any((client.folder / "data" / "snapshot").iterdir())


def test_deltas_apply_price_changes_and_delistings_and_flag_drafts(live, view, make_client):
    pp = live.account("PP", OPD)
    client = make_client()
    client.login(pp)
    client.sync(pp["username"])
    products = same_provider_products(view.products(), 3, skip=4)
    draft = client.new_draft(pp["username"], products[:2], OPD)  # stays local: its PUT is not sent yet
    # officer goes offline; meanwhile the catalog moves on
    with client.store.unit_of_work() as uow:
        uow.outbox.mark_in_flight(client.commands(draft)[0].cmd_id)  # pretend: parked mid-send
        uow.outbox.retry(client.commands(draft)[0].cmd_id, "offline", delay_s=10_000)
    change_products(live, [products[0]], price=products[0]["price"] + 5000)
    change_products(live, [products[1]], status="delisted")
    report = client.sync(pp["username"])
    assert report.catalog_mode == "delta" and report.catalog_rows == 2
    head = view.catalog_head()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    rows = replica_rows(client)
    assert rows[products[0]["id"]][1] == products[0]["price"] + 5000
    assert rows[products[1]["id"]][2] == "delisted"
    flags = {ln.product_id: (ln.flag, ln.current_price) for ln in client.order(draft).lines}
    assert flags[products[0]["id"]] == ("price_changed", products[0]["price"] + 5000)
    assert flags[products[1]["id"]][0] == "product_unavailable"
    assert report.stale_lines == 2


def test_epoch_bump_410_resnapshots_and_keeps_drafts_and_outbox(live, view, make_client):
    pp = live.account("PP", OPD)
    client = make_client()
    client.login(pp)
    client.sync(pp["username"])
    old_epoch = decode_cursor(_cursor(client))[0]
    draft = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=6), OPD)
    with client.store.unit_of_work() as uow:  # keep the command queued across the re-snapshot
        cmd = client.commands(draft)[0].cmd_id
        uow.outbox.mark_in_flight(cmd)
        uow.outbox.retry(cmd, "offline", delay_s=10_000)
    new_epoch(live)
    report = client.sync(pp["username"])
    assert any("re-snapshot" in e for e in report.errors)
    assert report.catalog_mode == "snapshot"
    assert decode_cursor(_cursor(client))[0] == old_epoch + 1
    head = view.catalog_head()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    assert client.order(draft) is not None
    assert [c.cmd_id for c in client.commands(draft)] == [cmd]


def _cursor(client) -> str:
    with client.store.unit_of_work(readonly=True) as uow:
        return str(uow.sync_state.get_str("catalog_cursor"))


def test_killed_snapshot_resumes_at_the_chunk_in_flight(live, view, make_client):
    product = view.products()[-1]
    change_products(live, [product], price=product["price"] + 1)  # a new seq → a new snapshot id
    manifest = rebuild_snapshot(live, rows_per_chunk=300)
    assert len(manifest["chunks"]) >= 5
    pp = live.account("PP", OPD)
    # the load on the sync's own thread: the cancel below lands exactly between two chunk loads (a child hears a
    # cancel asynchronously and may finish first; its SIGKILL mid-load is tests/sync/test_snapshot_child.py's)
    client = make_client("resume", snapshot_in_child=False)
    client.login(pp)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(phase, done, total):
        seen.append(done)
        if phase == "catalog_snapshot" and done >= 900:
            cancel.set()  # "kill" between two chunk loads

    report = client.service.sync_now(client.users[pp["username"]], cancel, progress)
    assert report.status == "cancelled"
    with client.store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get_str("catalog_cursor") is None  # nothing went live
    conn = sqlite3.connect(client.store.path)
    applied = conn.execute("SELECT count(*) FROM snapshot_chunk WHERE applied = 1").fetchone()[0]
    conn.close()
    assert 0 < applied < len(manifest["chunks"])
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.catalog_mode == "snapshot"
    head = view.catalog_head()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])


def test_concurrent_catalog_writers_leave_no_cursor_gaps(live, view, make_client):
    """SYNC.md §9.6: pull while two server writers commit change sets; every checkpoint must still match."""
    pp = live.account("PP", OPD)
    client = make_client("gaps")
    client.login(pp)
    client.sync(pp["username"])
    products = view.products()[200:400]
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(rows, bump):
        try:
            for i in range(0, len(rows), 10):
                if stop.is_set():
                    return
                change_products(live, rows[i:i + 10], price=rows[i]["price"] + bump)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(products[k::2], 100 + k)) for k in range(2)]
    for t in threads:
        t.start()
    reports = []
    while any(t.is_alive() for t in threads):
        reports.append(client.sync(pp["username"]))
    for t in threads:
        t.join()
    reports.append(client.sync(pp["username"]))
    assert not errors
    assert all(r.status == "ok" and not r.errors for r in reports), [r.errors for r in reports]
    head = view.catalog_head()
    assert (reports[-1].catalog_count, reports[-1].catalog_checksum) == (head["count"], head["checksum"])
    assert sum(r.catalog_rows for r in reports) >= len(products)


def test_locked_database_ends_the_pass_with_an_error_and_nothing_half_done(live, view, make_client):
    """SYNC.md §9.9: another program holds the write lock; the pass reports it, the next pass completes."""
    pp = live.account("PP", OPD)
    client = make_client("locked")
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=25), OPD)
    blocker = sqlite3.connect(client.store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        report = client.sync(pp["username"])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert report.status == "error" and "locked" in report.errors[0]
    assert [c.attempts for c in client.commands(oid)] == [0]
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.outbox.sent == 1
    head = view.catalog_head()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])


def test_three_checkpoint_mismatches_in_a_row_resnapshot(live, view, make_client):
    """SYNC.md §3: a replica that lost rows (count and checksum both off) is repaired by a new snapshot."""
    pp = live.account("PP", OPD)
    client = make_client("drift")
    client.login(pp)
    client.sync(pp["username"])
    conn = sqlite3.connect(client.store.path, isolation_level=None)
    conn.execute("DELETE FROM product WHERE id IN (SELECT id FROM product WHERE status = 'active' LIMIT 3)")
    conn.execute("DELETE FROM sync_state WHERE key = 'catalog_verified_at'")  # the daily full check is due
    conn.close()
    misses = [client.sync(pp["username"]) for _ in range(3)]
    assert all("checksum" in " ".join(r.errors) for r in misses[:2])
    assert misses[2].catalog_mode == "snapshot" and any("re-snapshot" in e for e in misses[2].errors)
    head = view.catalog_head()
    assert (misses[2].catalog_count, misses[2].catalog_checksum) == (head["count"], head["checksum"])
