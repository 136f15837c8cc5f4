"""Catalog replica maintenance on a raw sqlite3 connection (also usable from `Store.raw_connection()`).

The external-content FTS table `product_fts` has no triggers: keeping it up by trigger during a 1M-row bulk
load is 5× slower (TOOLCHAIN §6). So:
- bulk load (the replica loader): insert rows with plain executemany, then `rebuild_fts()` once;
- deltas: `upsert_products()` maintains FTS explicitly — an FTS 'delete' with the OLD indexed values, the
  version-guarded upsert, then an FTS insert of the new values.
Callers own the transaction (these functions never BEGIN or COMMIT).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sync.protocol.catalog import row_checksum

PRODUCT_FIELDS = ("id", "version", "seq", "status", "provider_id", "name", "description", "category", "unit",
                  "price", "stock", "tkdn", "pdn", "kind", "provider_name", "kabkota_code", "kabkota",
                  "marketplace", "legal_form")
PROVIDER_FIELDS = ("id", "version", "seq", "status", "name", "owner_name", "legal_form", "kabkota_code",
                   "kabkota", "address", "nib", "npwp", "nik", "pkp", "suket_pp55", "bank_name", "bank_account",
                   "marketplace", "has_sales")
_FTS_COLS = ("name", "provider_name", "kabkota", "category")
# Secondary indexes on product; a bulk loader may drop them first and recreate them after (faster load).
PRODUCT_INDEXES = {
    "ix_product_category": "product (category, price)",
    "ix_product_kabkota_code": "product (kabkota_code, kabkota)",
    "ix_product_marketplace": "product (marketplace)",
    "ix_product_price": "product (price)",
    "ix_product_provider_id": "product (provider_id)",
}


def drop_product_indexes(conn: sqlite3.Connection) -> None:
    for name in PRODUCT_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def create_product_indexes(conn: sqlite3.Connection) -> None:
    for name, target in PRODUCT_INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def fill_kabkota(conn: sqlite3.Connection) -> int:
    """Copy the provider's kabkota name onto products that lack it (wire product rows carry only the code)."""
    return conn.execute(
        "UPDATE product SET kabkota = (SELECT pr.kabkota FROM provider pr WHERE pr.id = product.provider_id) "
        "WHERE kabkota = '' AND EXISTS (SELECT 1 FROM provider pr WHERE pr.id = product.provider_id "
        "AND pr.kabkota != '')").rowcount


def rebuild_fts(conn: sqlite3.Connection, *, optimize: bool = True) -> None:
    """Rebuild the whole FTS index from `product` (after a snapshot load), then refresh planner statistics."""
    fill_kabkota(conn)
    conn.execute("INSERT INTO product_fts(product_fts) VALUES ('rebuild')")
    if optimize:
        conn.execute("INSERT INTO product_fts(product_fts) VALUES ('optimize')")
    analyze(conn)


def stats_missing(conn: sqlite3.Connection) -> bool:
    """True when the catalog has rows but some product index has no statistics (a fresh load, or indexes
    dropped and recreated by a snapshot swap or a migration)."""
    if conn.execute("SELECT 1 FROM product LIMIT 1").fetchone() is None:
        return False
    indexes = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'product' AND sql IS NOT NULL")}
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return bool(indexes)
    have = {r[0] for r in conn.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'product'")}
    return not indexes <= have


def analyze(conn: sqlite3.Connection) -> None:
    """Index statistics (0.3 s on 1M rows). Without them SQLite guesses every index equally selective and may
    walk the 25%-of-rows marketplace index instead of the 0.1% kabkota one (measured 90 → 40 ms)."""
    conn.execute("ANALYZE product")
    conn.execute("ANALYZE provider")


def _bool(v: Any) -> Any:
    return int(v) if isinstance(v, bool) else v


def upsert_products(conn: sqlite3.Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Apply a page of product rows (wire dicts; extra keys like "t" ignored). A row replaces the local one
    only if its version is newer. Returns how many rows changed."""
    if not rows:
        return 0
    ids = [int(r["id"]) for r in rows]
    old: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT id, version, {', '.join(_FTS_COLS)} FROM product WHERE id IN ({','.join('?' * len(chunk))})"
        old.update({r[0]: r[1:] for r in conn.execute(sql, chunk)})
    kabkota = _provider_kabkota(conn, {int(r["provider_id"]) for r in rows if not r.get("kabkota")})
    fresh: dict[int, dict[str, Any]] = {}
    for r in rows:  # within a page the highest version of an id wins
        pid = int(r["id"])
        if (pid in old and old[pid][0] >= r["version"]) or (pid in fresh and fresh[pid]["version"] >= r["version"]):
            continue
        row = {f: _bool(r.get(f)) for f in PRODUCT_FIELDS}
        row["kabkota"] = r.get("kabkota") or kabkota.get(int(r["provider_id"]), "")
        row["description"] = row["description"] or ""
        row["stock"] = row["stock"] or 0
        fresh[pid] = row
    if not fresh:
        return 0
    stale = [(pid, *old[pid][1:]) for pid in fresh if pid in old]
    cols = ", ".join(_FTS_COLS)
    conn.executemany(f"INSERT INTO product_fts(product_fts, rowid, {cols}) VALUES ('delete', ?, ?, ?, ?, ?)", stale)
    names = ", ".join(PRODUCT_FIELDS)
    updates = ", ".join(f"{f} = excluded.{f}" for f in PRODUCT_FIELDS if f != "id")
    conn.executemany(
        f"INSERT INTO product ({names}) VALUES ({', '.join(':' + f for f in PRODUCT_FIELDS)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.version > product.version", list(fresh.values()))
    conn.executemany(f"INSERT INTO product_fts(rowid, {cols}) VALUES (?, ?, ?, ?, ?)",
                     [(pid, *(row[c] for c in _FTS_COLS)) for pid, row in fresh.items()])
    return len(fresh)


def _provider_kabkota(conn: sqlite3.Connection, provider_ids: set[int]) -> dict[int, str]:
    ids, out = sorted(provider_ids), dict[int, str]()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(conn.execute(f"SELECT id, kabkota FROM provider WHERE id IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    return out


def upsert_providers(conn: sqlite3.Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Version-guarded upsert of provider rows. Returns how many rows were offered (SQLite does not say
    how many the guard skipped)."""
    if not rows:
        return 0
    names = ", ".join(PROVIDER_FIELDS)
    updates = ", ".join(f"{f} = excluded.{f}" for f in PROVIDER_FIELDS if f != "id")
    data = [{f: _bool(r.get(f)) for f in PROVIDER_FIELDS} for r in rows]
    for d in data:
        for f, default in (("owner_name", ""), ("kabkota", ""), ("address", ""), ("pkp", 0), ("suket_pp55", 0),
                           ("has_sales", 0)):
            if d[f] is None:
                d[f] = default
    conn.executemany(
        f"INSERT INTO provider ({names}) VALUES ({', '.join(':' + f for f in PROVIDER_FIELDS)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.version > provider.version", data)
    _sync_product_kabkota(conn, [int(d["id"]) for d in data])
    return len(data)


def _sync_product_kabkota(conn: sqlite3.Connection, provider_ids: list[int]) -> int:
    """Wire product rows carry no kabkota name: when a provider's differs from what its products hold (a
    provider arriving after its products, or a renamed kabupaten), copy it over and re-index those rows."""
    changed = []
    for start in range(0, len(provider_ids), 500):
        chunk = provider_ids[start:start + 500]
        changed += conn.execute(
            f"SELECT p.id, p.name, p.provider_name, p.kabkota, p.category, pr.kabkota FROM product p "
            f"JOIN provider pr ON pr.id = p.provider_id WHERE pr.id IN ({','.join('?' * len(chunk))}) "
            f"AND pr.kabkota != '' AND p.kabkota != pr.kabkota", chunk).fetchall()
    if changed:
        cols = ", ".join(_FTS_COLS)
        conn.executemany(f"INSERT INTO product_fts(product_fts, rowid, {cols}) VALUES ('delete', ?, ?, ?, ?, ?)",
                         [r[:5] for r in changed])
        conn.executemany("UPDATE product SET kabkota = ? WHERE id = ?", [(r[5], r[0]) for r in changed])
        conn.executemany(f"INSERT INTO product_fts(rowid, {cols}) VALUES (?, ?, ?, ?, ?)",
                         [(r[0], r[1], r[2], r[5], r[4]) for r in changed])
    return len(changed)


def product_count(conn: sqlite3.Connection, *, include_delisted: bool = False) -> int:
    where = "" if include_delisted else " WHERE status = 'active'"
    return int(conn.execute(f"SELECT count(*) FROM product{where}").fetchone()[0])


def catalog_checksum(conn: sqlite3.Connection) -> int:
    """docs/DESIGN.md: sum(crc32(f"{t}:{id}:{version}")) mod 2**32 over active providers and products."""
    total = 0
    for kind in ("provider", "product"):
        for row_id, version in conn.execute(f"SELECT id, version FROM {kind} WHERE status = 'active'"):
            total += row_checksum(kind, row_id, version)
    return total % 2**32
