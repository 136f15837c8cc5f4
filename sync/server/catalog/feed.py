"""Catalog writer and changes feed (SYNC.md §3).

There is one catalog writer at a time: it holds the `catalog_meta` row lock (PostgreSQL) or the SQLite write
lock for its whole transaction, so `seq` values are assigned and committed in the same order and a reader that
has passed seq N can never later miss a row with seq < N. Count and checksum of live rows are kept
incrementally on the same row, so every page can carry a checkpoint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select, update

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.catalog import combine, decode_cursor, encode_cursor, remove, row_checksum
from sync.server.storage import models as m
from sync.server.storage.db import HotIn, write_txn

PROVIDER_FIELDS = ("id", "version", "seq", "status", "name", "owner_name", "legal_form", "kabkota_code", "kabkota",
                   "address", "nib", "npwp", "nik", "pkp", "suket_pp55", "bank_name", "bank_account",
                   "marketplace", "has_sales")
PRODUCT_FIELDS = ("id", "version", "seq", "status", "provider_id", "name", "description", "category", "unit",
                  "price", "stock", "tkdn", "pdn", "kind", "provider_name", "kabkota_code", "marketplace",
                  "legal_form")
TABLES = {"provider": (m.provider, PROVIDER_FIELDS), "product": (m.product, PRODUCT_FIELDS)}
CONTENT = {k: (*tuple(f for f in fields if f not in ("id", "version", "seq")), "delisted_reason")
           for k, (_, fields) in TABLES.items()}


@dataclass
class ChangeResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    per_kind: dict[str, int] = field(default_factory=dict)


def lock_catalog(conn: Connection) -> Any:
    """Become the single catalog writer (row lock until commit) and return the head row."""
    conn.execute(update(m.catalog_meta).where(m.catalog_meta.c.id == 1).values(id=1))
    return conn.execute(select(m.catalog_meta).where(m.catalog_meta.c.id == 1)).one()


def apply_rows(conn: Connection, kind: str, rows: Sequence[dict[str, Any]], head: dict[str, int],
               result: ChangeResult) -> None:
    """Upsert rows of one kind (without version/seq). Identical rows are skipped, so re-imports are no-ops."""
    table, _fields = TABLES[kind]
    content = CONTENT[kind]
    for start in range(0, len(rows), 2000):
        batch = rows[start:start + 2000]
        ids = [r["id"] for r in batch]
        cols = [table.c.id, table.c.version, table.c.status, *(table.c[f] for f in content if f != "status")]
        existing = {row.id: row for row in conn.execute(select(*cols).where(table.c.id.in_(ids)))}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        superseded: list[dict[str, Any]] = []
        for r in batch:
            old = existing.get(r["id"])
            values = {f: r.get(f) for f in content}
            if old is not None and all(getattr(old, f) == values[f] for f in content):
                result.unchanged += 1
                continue
            if old is not None and kind == "product":
                superseded.append({"product_id": old.id, "version": old.version, "provider_id": old.provider_id,
                                   "name": old.name, "unit": old.unit, "price": old.price})
            head["seq"] += 1
            version = 1 if old is None else old.version + 1
            if old is not None and old.status == "active":
                head["checksum"] = remove(head["checksum"], row_checksum(kind, r["id"], old.version))
                head["active_count"] -= 1
            if values["status"] == "active":
                head["checksum"] = combine(head["checksum"], row_checksum(kind, r["id"], version))
                head["active_count"] += 1
            full = {**values, "id": r["id"], "version": version, "seq": head["seq"]}
            (inserts if old is None else updates).append(full)
            result.first_seq = result.first_seq or head["seq"]
            result.last_seq = head["seq"]
            result.per_kind[kind] = result.per_kind.get(kind, 0) + 1
        if inserts:
            conn.execute(table.insert(), inserts)
            result.inserted += len(inserts)
        if updates:
            stmt = table.update().where(table.c.id == bindparam("b_id")).values(
                {f: bindparam(f"b_{f}") for f in (*content, "version", "seq")})
            conn.execute(stmt, [{f"b_{k}": v for k, v in u.items()} for u in updates])
            result.updated += len(updates)
        if superseded:  # what lines quoting those versions must say (#12.9)
            conn.execute(m.product_version.insert(), superseded)


def save_head(conn: Connection, head: dict[str, int]) -> None:
    conn.execute(update(m.catalog_meta).where(m.catalog_meta.c.id == 1).values(
        seq=head["seq"], checksum=head["checksum"], active_count=head["active_count"]))


def apply_change_set(engine: Engine, providers: Sequence[dict[str, Any]],
                     products: Sequence[dict[str, Any]]) -> ChangeResult:
    """One catalog change set in one transaction: providers first (products name them)."""
    result = ChangeResult()
    with write_txn(engine) as conn:
        meta = lock_catalog(conn)
        head = {"seq": meta.seq, "checksum": meta.checksum, "active_count": meta.active_count}
        renamed = _renamed_sellers(conn, providers)
        apply_rows(conn, "provider", providers, head, result)
        follow = _denormalised_followers(conn, renamed, {p["id"] for p in products})
        apply_rows(conn, "product", [*products, *follow], head, result)
        if result.last_seq is not None:
            save_head(conn, head)
    return result


DENORMALISED = {"name": "provider_name", "kabkota_code": "kabkota_code", "marketplace": "marketplace",
                "legal_form": "legal_form"}


def _renamed_sellers(conn: Connection, providers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Existing sellers whose fields copied into their products change in this set."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(providers), 2000):
        batch = {p["id"]: p for p in providers[start:start + 2000]}
        old = current_rows(conn, "provider", batch)
        out += [p for pid, p in batch.items() if pid in old
                and any(getattr(old[pid], f) != p[f] for f in DENORMALISED)]
    return out


def _denormalised_followers(conn: Connection, renamed: Sequence[dict[str, Any]],
                            skip: set[int]) -> list[dict[str, Any]]:
    """Products whose copied seller fields (search, filters) went stale because their seller changed: they get
    a new version and seq in the same change set, so replicas never search on an old shop name."""
    out: list[dict[str, Any]] = []
    p = m.product.c
    cols = [p.id, *(p[f] for f in CONTENT["product"])]
    for prov in renamed:
        wanted = {dst: prov[src] for src, dst in DENORMALISED.items()}
        stale = conn.execute(select(*cols).where(p.provider_id == prov["id"]))
        out.extend({**row._asdict(), **wanted} for row in stale if row.id not in skip)
    return out


def bump_epoch(engine: Engine) -> int:
    """After a restore or re-partition: every old cursor becomes 410 and clients re-snapshot."""
    with write_txn(engine) as conn:
        meta = lock_catalog(conn)
        conn.execute(update(m.catalog_meta).where(m.catalog_meta.c.id == 1).values(epoch=meta.epoch + 1))
        return int(meta.epoch + 1)


def row_dict(kind: str, row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"t": kind}
    out.update(zip(TABLES[kind][1], row, strict=True))
    return out


def _select(kind: str) -> Any:
    table, fields = TABLES[kind]
    return select(*(table.c[f] for f in fields))


def changes_page(conn: Connection, since: str | None, limit: int) -> dict[str, Any]:
    """Rows with seq > cursor in seq order, and the head checkpoint seen in the same read transaction."""
    meta = conn.execute(select(m.catalog_meta).where(m.catalog_meta.c.id == 1)).one()
    seq = 0
    if since:
        epoch, seq = decode_cursor(since)
        if epoch != meta.epoch or seq > meta.seq or seq < meta.min_seq:
            raise ProtocolError(ErrorCode.CURSOR_EXPIRED,
                                "Kursor katalog sudah tidak berlaku (epoch baru); unduh ulang snapshot katalog.")
    merged: list[tuple[int, str, Any]] = []
    upper: int | None = None  # once one kind fills the page, the other is only needed below its last seq
    for kind, (table, _) in TABLES.items():
        q = _select(kind).where(table.c.seq > seq)
        if upper is not None:
            q = q.where(table.c.seq < upper)
        rows = [(row.seq, kind, row) for row in conn.execute(q.order_by(table.c.seq).limit(limit + 1))]
        if len(rows) > limit:
            upper = rows[limit][0] if upper is None else min(upper, rows[limit][0])
        merged.extend(rows)
    merged.sort(key=lambda x: x[0])
    has_more = len(merged) > limit
    page = merged[:limit]
    last = page[-1][0] if has_more else meta.seq
    return {
        "rows": [row_dict(kind, row) for _, kind, row in page],
        "next": encode_cursor(meta.epoch, last),
        "has_more": has_more,
        "checkpoint": {"seq": meta.seq, "count": meta.active_count, "checksum": meta.checksum},
    }


_CURRENT = {kind: _select(kind).where(table.c.id.in_(bindparam("ids", expanding=True)))
            for kind, (table, _) in TABLES.items()}


def current_rows(conn: Connection, kind: str, ids: Iterable[int]) -> dict[int, Any]:
    return {r.id: r for r in conn.execute(_CURRENT[kind], {"ids": list(ids)})}


_ORDER_PRODUCTS = HotIn(lambda ids: _select("product").where(m.product.c.id.in_(ids)))


def order_products(conn: Connection, ids: Iterable[int]) -> dict[int, Any]:
    """`current_rows(conn, "product", ids)` for the few products of one order (the order-command path)."""
    return {r.id: r for r in _ORDER_PRODUCTS.records(conn, sorted(ids))}
