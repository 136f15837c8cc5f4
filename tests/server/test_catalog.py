"""Catalog feed, snapshots and checksums (SYNC.md §3, §9.5–§9.6, §9.10)."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import threading

from sync.protocol.catalog import checksum_of, encode_cursor
from sync.protocol.messages import ChangesPage, Manifest, parse_row
from sync.server.catalog.feed import apply_change_set
from sync.server.storage.db import make_engine


def pull(api, replica: dict, cursor: str | None, limit: int = 5000) -> tuple[str, dict, bool]:
    q = f"?limit={limit}" + (f"&since={cursor}" if cursor else "")
    r = api.http.get(f"{api.url}/v1/catalog/changes{q}", headers=api.h("PP"))
    assert r.status_code == 200, r.text
    page = ChangesPage.from_dict(r.json())  # strict: the server speaks the protocol exactly
    for row in page.rows:
        kind = "provider" if row.__class__.__name__ == "ProviderRow" else "product"
        old = replica.get((kind, row.id))
        if old is None or row.version > old[2]:
            replica[(kind, row.id)] = (kind, row.id, row.version, row.status)
    return page.next, page.checkpoint.to_dict(), page.has_more


def test_feed_pages_add_up_to_checkpoint(api):
    replica: dict = {}
    cursor, pages = None, 0
    while True:
        cursor, checkpoint, more = pull(api, replica, cursor, limit=700)
        pages += 1
        if not more:
            break
    assert pages >= 3
    count, checksum = checksum_of(replica.values())
    assert (count, checksum) == (checkpoint["count"], checkpoint["checksum"])


def test_gzip_feed_when_asked(api):
    r = api.http.get(f"{api.url}/v1/catalog/changes?limit=100", headers=api.h("PP", **{"Accept-Encoding": "gzip"}))
    assert r.headers["content-encoding"] == "gzip" and len(r.json()["rows"]) == 100


def test_concurrent_writers_while_reader_pages(api, live):
    """Two writers change prices and delist rows while a client pages the feed: nothing is skipped."""
    base = [r for r in api.http.get(f"{api.url}/v1/catalog/changes", headers=api.h("PP")).json()["rows"]
            if r["t"] == "product"][:400]
    done = threading.Event()
    errors: list[BaseException] = []

    def writer(seed: int) -> None:
        rnd = random.Random(seed)
        eng = make_engine(live.db_url, pool_size=1)
        try:
            for _ in range(15):
                batch = []
                for row in rnd.sample(base, 20):
                    content = {k: v for k, v in row.items() if k not in ("t", "version", "seq")}
                    content.update(price=row["price"] + rnd.randrange(1, 5000), delisted_reason=None,
                                   status="delisted" if rnd.random() < 0.2 else "active")
                    batch.append(content)
                apply_change_set(eng, [], batch)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            eng.dispose()

    threads = [threading.Thread(target=writer, args=(s,)) for s in (1, 2)]
    replica: dict = {}
    cursor, _, _ = pull(api, replica, None)
    for t in threads:
        t.start()
    while True:
        writers_done = done.is_set()
        cursor, checkpoint, more = pull(api, replica, cursor, limit=50)
        if writers_done and not more:
            break
        if not any(t.is_alive() for t in threads):
            done.set()
    for t in threads:
        t.join()
    assert not errors
    assert checksum_of(replica.values()) == (checkpoint["count"], checkpoint["checksum"])


def test_snapshot_chunks_verify_and_resume(api):
    r = api.http.get(f"{api.url}/v1/catalog/snapshots/latest", headers=api.h("PP"))
    manifest = Manifest.from_dict(r.json())
    assert r.headers["etag"] == f'"{manifest.snapshot_id}"'
    assert api.http.get(f"{api.url}/v1/catalog/snapshots/latest",
                        headers=api.h("PP", **{"If-None-Match": r.headers["etag"]})).status_code == 304
    rows = []
    for ch in manifest.chunks:
        url = f"{api.url}/v1/catalog/snapshots/{manifest.snapshot_id}/chunks/{ch.n}.ndjson.gz"
        full = api.http.get(url, headers=api.h("PP"))
        assert full.status_code == 200 and "content-encoding" not in full.headers
        assert hashlib.sha256(full.content).hexdigest() == ch.sha256 == full.headers["etag"].strip('"')
        etag = full.headers["etag"]
        # resume: the first part, then the rest with If-Range
        part = api.http.get(url, headers=api.h("PP", Range="bytes=0-999"))
        rest = api.http.get(url, headers=api.h("PP", Range="bytes=1000-", **{"If-Range": etag}))
        assert part.status_code == rest.status_code == 206
        assert rest.headers["content-range"] == f"bytes 1000-{ch.bytes - 1}/{ch.bytes}"
        assert part.content + rest.content == full.content
        changed = api.http.get(url, headers=api.h("PP", Range="bytes=0-9", **{"If-Range": '"stale"'}))
        assert changed.status_code == 200 and changed.content == full.content
        bad = api.http.get(url, headers=api.h("PP", Range=f"bytes={ch.bytes + 5}-"))
        assert bad.status_code == 416
        lines = gzip.decompress(full.content).decode().splitlines()
        assert len(lines) == ch.rows
        rows += [parse_row(json.loads(line)) for line in lines]
    kinds = [type(r).__name__ for r in rows]
    assert kinds == sorted(kinds, key=lambda k: k != "ProviderRow")  # providers first
    live_rows = [("provider" if k == "ProviderRow" else "product", r.id, r.version, r.status)
                 for k, r in zip(kinds, rows, strict=True)]
    assert checksum_of(live_rows) == (manifest.row_count, manifest.checksum)
    missing = api.http.get(f"{api.url}/v1/catalog/snapshots/{manifest.snapshot_id}/chunks/999.ndjson.gz",
                           headers=api.h("PP"))
    assert missing.status_code == 404
    traversal = api.http.get(f"{api.url}/v1/catalog/snapshots/..%2F..%2Fetc/chunks/0.ndjson.gz", headers=api.h("PP"))
    assert traversal.status_code == 404


def test_bad_and_future_cursors(api):
    r = api.http.get(f"{api.url}/v1/catalog/changes?since=!!!", headers=api.h("PP"))
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    r = api.http.get(f"{api.url}/v1/catalog/changes?since={encode_cursor(1, 10**12)}", headers=api.h("PP"))
    assert r.status_code == 410 and r.json()["code"] == "cursor_expired"
    assert api.http.get(f"{api.url}/v1/catalog/changes").status_code == 401


def test_import_catalog_reports_bad_rows_and_reimport_is_noop(api, live, tmp_path):
    f = tmp_path / "katalog.ndjson"
    good_prov = {"t": "provider", "id": 900001, "name": "CV Uji Impor", "owner_name": "Sri Rahayu",
                 "legal_form": "badan_usaha", "kabkota_code": "33.74", "marketplace": "MBIZ", "npwp": "1234567890123456"}
    good_prod = {"t": "product", "id": 900001, "provider_id": 900001, "name": "Kertas HVS A4", "category": "ATK",
                 "unit": "rim", "price": 52000, "stock": 10}
    bad = [{**good_prod, "id": 900002, "price": "murah"}, {**good_prod, "id": 900003, "category": "'; DROP TABLE product;--"},
           {**good_prod, "id": 900004, "provider_id": 424242}]
    f.write_text("\n".join(json.dumps(x) for x in [good_prov, good_prod, *bad]) + "\n{not json\n")
    first = live.cli_inproc("import-catalog", str(f))
    assert first.returncode == 2
    assert "1 baru" not in first.stdout and "2 baru" in first.stdout
    for line in (3, 4, 5, 6):
        assert f"katalog.ndjson:{line}:" in first.stderr
    head = api.http.get(f"{api.url}/v1/sync/meta").json()["catalog_seq"]
    second = live.cli_inproc("import-catalog", str(f))
    assert "0 baru, 0 diubah, 2 tidak berubah" in second.stdout
    assert api.http.get(f"{api.url}/v1/sync/meta").json()["catalog_seq"] == head
    csv_file = tmp_path / "harga.csv"
    csv_file.write_text("id,provider_id,name,category,unit,price,stock,tkdn,pdn\n"
                        "900001,900001,Kertas HVS A4,ATK,rim,Rp 53.000,10,40.5,ya\n")
    third = live.cli_inproc("import-catalog", str(csv_file))
    assert third.returncode == 0 and "1 diubah" in third.stdout


def test_new_epoch_expires_old_cursors(api, live):
    old = api.http.get(f"{api.url}/v1/catalog/changes?limit=1", headers=api.h("PP")).json()["next"]
    out = live.cli("snapshot", "build", "--new-epoch")
    assert out.returncode == 0, out.stderr
    r = api.http.get(f"{api.url}/v1/catalog/changes?since={old}", headers=api.h("PP"))
    assert r.status_code == 410 and r.json()["code"] == "cursor_expired"
    manifest = api.http.get(f"{api.url}/v1/catalog/snapshots/latest", headers=api.h("PP")).json()
    assert manifest["epoch"] == 2 and manifest["snapshot_id"].startswith("e2-")


def test_snapshot_rebuild_cleans_a_killed_build(engine_for, tmp_path):
    """A build killed mid-way leaves only a hidden temp folder; the next build removes it and is complete."""
    from sync.server.catalog.snapshot import build_snapshot
    from sync.server.demo.generate import generate

    generate(engine_for, 300, seed=4, log=lambda *_: None)
    snaps = tmp_path / "snapshots"
    (snaps / ".e1-s1-crashed").mkdir(parents=True)
    (snaps / ".e1-s1-crashed" / "0.ndjson.gz").write_bytes(b"half")
    manifest = build_snapshot(engine_for, snaps, rows_per_chunk=100)
    assert not (snaps / ".e1-s1-crashed").exists()
    assert len(manifest["chunks"]) == (manifest["row_count"] + 99) // 100
    again = build_snapshot(engine_for, snaps, rows_per_chunk=100)
    assert again == manifest  # same catalog state: the existing immutable snapshot is reused
    rows = []
    for ch in manifest["chunks"]:
        data = (snaps / manifest["snapshot_id"] / f"{ch['n']}.ndjson.gz").read_bytes()
        assert hashlib.sha256(data).hexdigest() == ch["sha256"]
        rows += [json.loads(line) for line in gzip.decompress(data).decode().splitlines()]
    live_rows = [(r["t"], r["id"], r["version"], r["status"]) for r in rows]
    assert checksum_of(live_rows) == (manifest["row_count"], manifest["checksum"])


def test_renamed_seller_reissues_its_products(engine_for):
    """Products copy their seller's name/kab-kota/marketplace for search; a seller change re-issues them."""
    from sqlalchemy import select

    from sync.server.catalog.feed import apply_change_set
    from sync.server.storage import models as m

    prov = {"id": 1, "status": "active", "name": "Toko Lama", "owner_name": "Sri", "legal_form": "perorangan",
            "kabkota_code": "33.74", "kabkota": "Semarang", "address": "", "nib": "", "npwp": None, "nik": "",
            "pkp": False, "suket_pp55": False, "bank_name": "", "bank_account": "", "marketplace": "MBIZ",
            "has_sales": False, "delisted_reason": None}
    prods = [{"id": i, "status": "active", "provider_id": 1, "name": f"Beras {i}", "description": "", "category": "BERAS",
              "unit": "kg", "price": 14000, "stock": 5, "tkdn": None, "pdn": None, "kind": "goods",
              "provider_name": "Toko Lama", "kabkota_code": "33.74", "marketplace": "MBIZ", "legal_form": "perorangan",
              "delisted_reason": None} for i in (1, 2)]
    apply_change_set(engine_for, [prov], prods)
    again = apply_change_set(engine_for, [prov], [])
    assert again.last_seq is None  # nothing changed, nothing re-issued
    renamed = apply_change_set(engine_for, [{**prov, "name": "Toko Baru", "marketplace": "TISERA"}], [])
    assert renamed.per_kind == {"provider": 1, "product": 2}
    with engine_for.connect() as conn:
        rows = conn.execute(select(m.product.c.provider_name, m.product.c.marketplace, m.product.c.version)).all()
    assert sorted(rows) == [("Toko Baru", "TISERA", 2), ("Toko Baru", "TISERA", 2)]
