"""Rules about single order lines, checked on every draft write (and, for the catalog, at submit and approval).

- Line ids (#12.7): UUIDs unique across all orders. The first order to write an id owns it for good
  (`order_line_id`); another order using it is refused with 422 validation_error, the line in `details`, so one
  officer's draft can never break every replica of the OPD.
- Quoted lines (#12.9): a line's name, unit and unit price are those of the catalog product version it quotes
  (`product` for the current version, `product_version` for superseded ones), of the order's seller. Anything
  else — "Laptop Gaming" typed over a repair service — is refused per line with 422 validation_error. Whether the
  quoted version is still today's price is a different question, asked at submit (409 price_changed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.protocol import ErrorCode, LineCode, LineIssue, ProtocolError
from sync.server.catalog.feed import order_products
from sync.server.storage import models as m
from sync.server.storage.db import HotIn

_IDS = m.order_line_id.c
_OLD = m.product_version.c
# Built once: on this path statement construction costs more than the indexed reads themselves.
_HISTORY = select(_OLD.product_id, _OLD.version, _OLD.provider_id, _OLD.name, _OLD.unit, _OLD.price).where(
    _OLD.product_id.in_(bindparam("ids", expanding=True)))
_CLAIM = {"sqlite": sqlite_insert(m.order_line_id).on_conflict_do_nothing(index_elements=["line_id"])
          .returning(_IDS.line_id),
          "postgresql": pg_insert(m.order_line_id).on_conflict_do_nothing(index_elements=["line_id"])
          .returning(_IDS.line_id)}
_OWNERS = HotIn(lambda ids: select(_IDS.line_id, _IDS.order_id).where(_IDS.line_id.in_(ids)))
# the claim of n new line ids as one multi-row INSERT … ON CONFLICT DO NOTHING RETURNING (n up to 64; more: executemany)
_CLAIM_ROWS = {name: HotIn(lambda ids, ins=ins: ins(m.order_line_id).values(  # type: ignore[misc]
    [{"line_id": b, "order_id": bindparam("o")} for b in ids]).on_conflict_do_nothing(index_elements=["line_id"])
    .returning(_IDS.line_id)) for name, ins in (("sqlite", sqlite_insert), ("postgresql", pg_insert))}
_WHAT = {LineCode.NAME_MISMATCH: "nama", LineCode.UNIT_MISMATCH: "satuan", LineCode.PRICE_MISMATCH: "harga satuan"}


def check_seller(conn: Connection, provider_id: int) -> None:
    if conn.execute(select(m.provider.c.id).where(m.provider.c.id == provider_id)).first() is None:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Penyedia {provider_id} tidak ada di katalog.")


def quote_issues(conn: Connection, provider_id: int, lines: Sequence[Mapping[str, Any]],
                 current: Mapping[int, Any] | None = None) -> list[LineIssue]:
    """Every way the lines differ from the product versions they quote (empty: all as quoted). `current`: the
    lines' products as read by the caller (else read here)."""
    ids = {int(ln["product_id"]) for ln in lines}
    if current is None:
        current = order_products(conn, ids)
    # History only for lines quoting an older version (usually none: one statement saved per command)
    old_ids = [pid for pid in ids if pid in current and any(
        ln["product_id"] == pid and ln["product_version"] != current[pid].version for ln in lines)]
    older = {(r.product_id, r.version): r for r in conn.execute(_HISTORY, {"ids": old_ids})} if old_ids else {}
    issues: list[LineIssue] = []
    for ln in lines:
        row = current.get(ln["product_id"])
        if row is None or row.provider_id != provider_id:
            issues.append(LineIssue(ln["id"], LineCode.PRODUCT_UNKNOWN.value, None, None))
            continue
        version = ln["product_version"]
        quoted = row if version == row.version else older.get((row.id, version))
        price_known = quoted is not None
        if quoted is None and 1 <= version < row.version:
            # superseded before the server kept history (migration 0010): name and unit as today; its price is
            # not known here, and at submit it must equal today's anyway (409 price_changed)
            quoted = row
        if quoted is None:
            issues.append(LineIssue(ln["id"], LineCode.VERSION_UNKNOWN.value, None, None))
            continue
        if ln["name"] != quoted.name:
            issues.append(LineIssue(ln["id"], LineCode.NAME_MISMATCH.value, None, None))
        if ln["unit"] != quoted.unit:
            issues.append(LineIssue(ln["id"], LineCode.UNIT_MISMATCH.value, None, None))
        if price_known and ln["unit_price"] != quoted.price:
            issues.append(LineIssue(ln["id"], LineCode.PRICE_MISMATCH.value, ln["unit_price"], int(quoted.price)))
    return issues


def check_quotes(conn: Connection, order_id: str, provider_id: int, lines: Sequence[Mapping[str, Any]],
                 current: Mapping[int, Any] | None = None) -> None:
    """Refuse (422) unless every line says exactly what the catalog product version it quotes said."""
    issues = quote_issues(conn, provider_id, lines, current)
    if not issues:
        return
    codes = {LineCode(i.code) for i in issues}
    if LineCode.PRODUCT_UNKNOWN in codes:
        detail = ("Sebagian baris memuat produk yang tidak ada di katalog atau bukan milik penyedia pesanan ini; "
                  "satu pesanan hanya untuk satu penyedia. Hapus baris itu dan pilih produk dari katalog.")
    elif LineCode.VERSION_UNKNOWN in codes:
        detail = ("Sebagian baris mengutip versi katalog yang tidak dikenal server. Sinkronkan katalog, lalu "
                  "perbarui baris itu dari katalog.")
    else:
        what = ", ".join(_WHAT[c] for c in (LineCode.NAME_MISMATCH, LineCode.UNIT_MISMATCH, LineCode.PRICE_MISMATCH)
                         if c in codes)
        detail = (f"Isi baris ({what}) harus sama dengan produk katalog yang dikutip; teks bebas tidak diterima. "
                  "Perbarui baris itu dari katalog.")
    raise ProtocolError(ErrorCode.VALIDATION_ERROR, detail, order_id=order_id, details=tuple(issues))


def claim_line_ids(conn: Connection, order_id: str, line_ids: Sequence[str], known: Iterable[str] = ()) -> None:
    """Register the lines of `order_id`; refuse (and roll back) if another order already owns one of them.
    ON CONFLICT DO NOTHING RETURNING, then a read of the ids it did not insert: a concurrent writer of the same id
    waits on the key, then sees its owner. `known`: ids the order already had (usually all of a rewritten
    draft's lines), read first so that an unchanged draft costs one statement, not two."""
    if not line_ids:
        return
    ids = list(dict.fromkeys(line_ids))
    owners: dict[str, str] = {}
    if set(ids) <= set(known):
        owners = {r.line_id: r.order_id for r in _OWNERS.records(conn, ids)}
    missing = [lid for lid in ids if lid not in owners]
    if missing:
        claim = _CLAIM_ROWS[conn.dialect.name]
        if len(missing) <= claim.most:
            inserted = {r.line_id for r in claim.records(conn, missing, {"o": order_id})}
        else:
            inserted = set(conn.execute(_CLAIM[conn.dialect.name], [{"line_id": lid, "order_id": order_id}
                                                                    for lid in missing]).scalars())
        owners.update(dict.fromkeys(inserted, order_id))
        rest = [lid for lid in missing if lid not in inserted]
        if rest:
            owners.update({r.line_id: r.order_id for r in _OWNERS.records(conn, rest)})
    taken = [lid for lid in line_ids if owners.get(lid) != order_id]
    if taken:
        raise ProtocolError(
            ErrorCode.VALIDATION_ERROR,
            f"{len(taken)} baris memakai ID yang sudah dipakai pesanan lain (ID baris harus unik di semua pesanan). "
            "Hapus baris itu lalu tambahkan lagi produknya dari katalog.",
            order_id=order_id, details=tuple(LineIssue(lid, LineCode.LINE_ID_TAKEN.value, None, None) for lid in taken))
