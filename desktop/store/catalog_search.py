"""Catalog search over the local replica: safe for any input, bounded cost, explainable ranking.

Why it is built this way (TOOLCHAIN §6): `ORDER BY bm25()` over every match of a broad term costs ~370 ms on
1M rows, while walking the FTS doclist in rowid order is ~1 ms. So we rank a bounded candidate set: the first
`CANDIDATES` matches that pass the filters (in rowid order) get bm25 scores (name weighs most) and are sorted;
results past that pool continue in rowid order. Cost is capped whatever the match count.

Safety: the user's text is never passed to MATCH as syntax. We pull word tokens out of it ourselves and
emit quoted prefix terms (`"kopi"* "arab"*`, implicit AND), so quotes, NEAR, `*`, `:` , parentheses, emoji or
10 KB pastes cannot produce an FTS syntax error — unusable input just finds nothing.

Fairness (optional, bounded): `CatalogQuery.fairness_boost = b` (0 ≤ b ≤ MAX_FAIRNESS_BOOST) multiplies the
relevance of products whose provider has no sales yet by (1 + b). Products so lifted are listed in
`CatalogPage.boosted`, so the UI can say "dinaikkan: penyedia baru".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.store import catalog_write
from desktop.store.records import Product

CANDIDATES = 1000  # ranked pool size; bounds the cost of bm25
MAX_FAIRNESS_BOOST = 0.5
MAX_TERMS = 6
MAX_TERM_CHARS = 40
MAX_INPUT_CHARS = 512  # longer pastes are truncated before tokenizing
COUNT_CAP = 10_000  # browse counts stop here; the UI shows "10.000+"
# bm25 column weights: name, provider_name, kabkota, category
BM25 = "bm25(product_fts, 10.0, 3.0, 2.0, 1.0)"
_TOKEN = re.compile(r"[^\W_]+")
_PRODUCT_COLS = ("id, version, seq, status, provider_id, name, description, category, unit, price, stock, tkdn, "
                 "pdn, kind, provider_name, kabkota_code, kabkota, marketplace, legal_form")


@dataclass(frozen=True, slots=True)
class CatalogQuery:
    text: str = ""
    category: str | None = None
    kabkota_code: str | None = None
    marketplace: str | None = None
    legal_form: str | None = None  # "perorangan" | "badan_usaha"
    provider_id: int | None = None
    price_min: int | None = None
    price_max: int | None = None
    never_sold_only: bool = False  # providers without any sale yet
    include_delisted: bool = False
    fairness_boost: float = 0.0
    sort: str = "relevance"  # "relevance" | "price_asc" | "price_desc" (text queries sort the ranked pool)
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class CatalogPage:
    ids: tuple[int, ...]
    total_estimate: int
    exact: bool = True  # False when total_estimate is extrapolated or capped
    boosted: frozenset[int] = frozenset()  # ids lifted by the fairness boost


EMPTY = CatalogPage((), 0)


def tokenize(text: str) -> list[str]:
    """Word tokens of user text, lowercased, deduplicated, bounded in number and length."""
    seen: list[str] = []
    for tok in _TOKEN.findall(text[:MAX_INPUT_CHARS].lower()):
        tok = tok[:MAX_TERM_CHARS]
        if tok not in seen:
            seen.append(tok)
        if len(seen) == MAX_TERMS:
            break
    longer = [t for t in seen if len(t) > 1]
    return longer or seen


def match_expression(text: str) -> str | None:
    """FTS5 MATCH string built only from quoted terms; None when the text has no searchable word.
    One-letter terms (only when nothing longer was typed) match whole words: a 1-char prefix would walk
    most of the index."""
    tokens = tokenize(text)
    if not tokens:
        return None
    return " ".join(f'"{t}"' if len(t) == 1 else f'"{t}"*' for t in tokens)


def _filters(q: CatalogQuery) -> tuple[list[str], list[Any]]:
    where, args = [], []
    if not q.include_delisted:
        where.append("p.status = 'active'")
    for col in ("category", "kabkota_code", "marketplace", "legal_form", "provider_id"):
        value = getattr(q, col)
        if value is not None:
            where.append(f"p.{col} = ?")
            args.append(value)
    if q.price_min is not None:
        where.append("p.price >= ?")
        args.append(int(q.price_min))
    if q.price_max is not None:
        where.append("p.price <= ?")
        args.append(int(q.price_max))
    if q.never_sold_only:
        where.append("p.provider_id IN (SELECT id FROM provider WHERE has_sales = 0)")
    return where, args


def search(conn: sqlite3.Connection, q: CatalogQuery) -> CatalogPage:
    limit, offset = max(0, min(int(q.limit), 5000)), max(0, int(q.offset))
    where, args = _filters(q)
    if not q.text.strip():
        return _browse(conn, q, where, args, limit, offset)
    expr = match_expression(q.text)
    if expr is None or limit == 0:
        return EMPTY
    try:
        return _ranked(conn, q, expr, where, args, limit, offset)
    except sqlite3.OperationalError:
        # Last line of defence (e.g. a term the tokenizer drops entirely): bad input finds nothing.
        return EMPTY


def _browse(conn: sqlite3.Connection, q: CatalogQuery, where: list[str], args: list[Any],
            limit: int, offset: int) -> CatalogPage:
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    order = {"price_asc": "p.price, p.id", "price_desc": "p.price DESC, p.id"}.get(q.sort, "p.id")
    ids = tuple(r[0] for r in conn.execute(
        f"SELECT p.id FROM product p {clause} ORDER BY {order} LIMIT ? OFFSET ?", [*args, limit, offset]))
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM product p {clause} LIMIT ?)",
                         [*args, COUNT_CAP + 1]).fetchone()[0]
    return CatalogPage(ids, min(total, COUNT_CAP), exact=total <= COUNT_CAP)


def _ranked(conn: sqlite3.Connection, q: CatalogQuery, expr: str, where: list[str], args: list[Any],
            limit: int, offset: int) -> CatalogPage:
    boost = min(max(float(q.fairness_boost), 0.0), MAX_FAIRNESS_BOOST)
    cond = " AND ".join(["product_fts MATCH ?", *where])
    # CROSS JOIN keeps the FTS doclist as the outer loop (rowid order), so LIMIT bounds the work.
    sales = ", coalesce(pr.has_sales, 1)" if boost else ", 1"
    join_pr = " LEFT JOIN provider pr ON pr.id = p.provider_id" if boost else ""
    rows = conn.execute(
        f"SELECT f.rowid, {BM25}, p.price{sales} FROM product_fts f CROSS JOIN product p ON p.id = f.rowid"
        f"{join_pr} WHERE {cond} LIMIT ?", [expr, *args, CANDIDATES]).fetchall()
    boosted = {r[0] for r in rows if boost and not r[3]}
    scored = [(r[1] * (1.0 + boost) if r[0] in boosted else r[1], r[0], r[2]) for r in rows]
    if q.sort == "price_asc":
        scored.sort(key=lambda s: (s[2], s[1]))
    elif q.sort == "price_desc":
        scored.sort(key=lambda s: (-s[2], s[1]))
    else:
        scored.sort()  # bm25 is negative: lower = better; ties by id
    ranked = [s[1] for s in scored]
    ids = ranked[offset:offset + limit]
    exhausted = len(rows) < CANDIDATES
    if not exhausted and len(ids) < limit:
        # Past the ranked pool, keep paging in rowid order after its last candidate.
        skip = max(0, offset - len(ranked))
        ids += [r[0] for r in conn.execute(
            f"SELECT f.rowid FROM product_fts f CROSS JOIN product p ON p.id = f.rowid"
            f" WHERE {cond} AND f.rowid > ? LIMIT ? OFFSET ?",
            [expr, *args, rows[-1][0], limit - len(ids), skip])]
    if exhausted:
        total, exact = len(rows), True
    else:  # extrapolate from how far into the id range the pool reached
        max_id = conn.execute("SELECT max(id) FROM product").fetchone()[0] or rows[-1][0]
        total, exact = max(len(rows), int(len(rows) * max_id / max(rows[-1][0], 1))), False
    return CatalogPage(tuple(ids), total, exact, frozenset(boosted.intersection(ids)))


def get_products(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Product]:
    """Rows for these ids in the same order (missing ids skipped): the lazy table model's page fetch."""
    found: dict[int, Product] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {_PRODUCT_COLS} FROM product WHERE id IN ({marks})", chunk):
            found[r[0]] = Product(*r[:12], None if r[12] is None else bool(r[12]), *r[13:])
    return [found[i] for i in ids if i in found]


class CatalogSearch:
    """Catalog operations bound to a unit of work (`uow.catalog`); same transaction as its session."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._s.connection().connection.driver_connection  # type: ignore[return-value]

    def search(self, query: CatalogQuery) -> CatalogPage:
        return search(self._conn, query)

    def get_products(self, ids: Sequence[int]) -> list[Product]:
        return get_products(self._conn, ids)

    def get_product(self, product_id: int) -> Product | None:
        found = get_products(self._conn, [product_id])
        return found[0] if found else None

    def product_count(self, *, include_delisted: bool = False) -> int:
        return catalog_write.product_count(self._conn, include_delisted=include_delisted)

    def catalog_checksum(self) -> int:
        return catalog_write.catalog_checksum(self._conn)

    def rebuild_fts(self) -> None:
        catalog_write.rebuild_fts(self._conn)

    def upsert_products(self, rows: Sequence[dict[str, Any]]) -> int:
        return catalog_write.upsert_products(self._conn, rows)

    def upsert_providers(self, rows: Sequence[dict[str, Any]]) -> int:
        return catalog_write.upsert_providers(self._conn, rows)
