"""Catalog search over the local replica: safe for any input, bounded cost, explainable ranking.

Why it is built this way (TOOLCHAIN §6): `ORDER BY bm25()` over every match of a broad term costs ~370 ms on
1M rows, while walking the FTS doclist in rowid order is ~1 ms per few thousand rows. So:
- FTS-first (the usual case): walk at most `SCAN_CAP` matches in rowid order, keep the first `CANDIDATES`
  that pass the filters, score those in Python (`catalog_rank`, every point explainable) and sort; pages past
  that pool continue in rowid order. A category filter is also pushed into the MATCH as a column filter.
- filter-first: when the structured filters alone leave ≤ `SMALL_SET` rows (a price band, one provider, or a
  mix FTS could not narrow), load those rows by index and match the words in Python — exact, and avoids
  walking a huge doclist for a few hits. A kabkota filter is pushed into the MATCH as the kabkota name(s).
Cost is therefore capped whatever the match count; `CatalogPage.exact` says when a total is extrapolated.

Safety: the user's text is never passed to MATCH as syntax. We pull word tokens out of it ourselves and emit
quoted prefix terms (`"kopi"* "arab"*`, implicit AND), so quotes, NEAR, `*`, `:`, parentheses, emoji or 10 KB
pastes cannot produce an FTS syntax error — unusable input just finds nothing.

Fairness (optional, bounded): `CatalogQuery.fairness_boost = b` (clamped to 0 ≤ b ≤ MAX_FAIRNESS_BOOST)
adds FAIRNESS_POINTS × b to products whose provider has no sales yet, inside their match tier only: it lifts
new sellers among equally good matches and never above a better match. Products so lifted are listed in
`CatalogPage.boosted`, so the UI can say "dinaikkan: penyedia baru".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.store import catalog_write
from desktop.store.catalog_rank import FAIRNESS_POINTS, may_match, score, words
from desktop.store.records import Product, Provider
from desktop.store.sealing import PLAINTEXT, SEALED_PROVIDER_FIELDS, Sealer, open_value, seal_provider

CANDIDATES = 1000  # ranked pool size
SCAN_CAP = 40_000  # FTS matches walked per query at most (~25 ms with filters on a 1M catalog)
SMALL_SET = 3000  # filtered rows at or below this go filter-first
MAX_FAIRNESS_BOOST = 0.5
MAX_TERMS = 6
MAX_TERM_CHARS = 40
MAX_INPUT_CHARS = 512  # longer pastes are truncated before tokenizing
COUNT_CAP = 10_000  # browse counts stop here; the UI shows "10.000+"
_GENERIC_KABKOTA = frozenset({"kabupaten", "kab", "kota", "kotamadya"})
_PRODUCT_COLS = ", ".join(catalog_write.PRODUCT_FIELDS)


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
    exact: bool = True  # False when total_estimate is extrapolated, capped or a lower bound
    boosted: frozenset[int] = frozenset()  # ids lifted by the fairness boost


EMPTY = CatalogPage((), 0)


def tokenize(text: str) -> list[tuple[str, bool]]:
    """(term, is_prefix) pairs from user text: normalised like the FTS tokenizer, deduplicated, bounded in
    number and length. One-letter terms (kept only when nothing longer was typed) match whole words: a
    1-char prefix would walk most of the index."""
    seen: list[str] = []
    for tok in words(text[:MAX_INPUT_CHARS].lower()):
        tok = tok[:MAX_TERM_CHARS]
        if tok not in seen:
            seen.append(tok)
        if len(seen) == MAX_TERMS:
            break
    longer = [t for t in seen if len(t) > 1]
    return [(t, len(t) > 1) for t in (longer or seen)]


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expression(text: str) -> str | None:
    """FTS5 MATCH string built only from quoted terms; None when the text has no searchable word."""
    terms = tokenize(text)
    if not terms:
        return None
    return " ".join(_quote(t) + ("*" if prefix else "") for t, prefix in terms)


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
        # EXISTS (not IN): the planner must not trade the id-order scan for a provider_id index + sort
        where.append("EXISTS (SELECT 1 FROM provider s WHERE s.id = p.provider_id AND s.has_sales = 0)")
    return where, args


def search(conn: sqlite3.Connection, q: CatalogQuery) -> CatalogPage:
    limit, offset = max(0, min(int(q.limit), 5000)), max(0, int(q.offset))
    where, args = _filters(q)
    if not q.text.strip():
        return _browse(conn, q, where, args, limit, offset)
    terms = tokenize(q.text)
    if not terms or limit == 0:
        return EMPTY
    try:
        structured = len(where) > (0 if q.include_delisted else 1)  # filters beyond "active"
        # A price band or one provider usually leaves few rows: try those first. Category and kabkota are
        # pushed into the MATCH instead, so FTS-first stays cheap and exact for them.
        if structured and _few_rows(conn, q):
            page = _filter_first(conn, q, terms, where, args, limit, offset)
            if page is not None:
                return page
        page, capped = _fts_first(conn, q, terms, where, args, limit, offset)
        if capped and structured:  # a selective mix FTS could not narrow: exact if the filters leave few
            return _filter_first(conn, q, terms, where, args, limit, offset) or page
        return page
    except sqlite3.OperationalError:
        # Last line of defence (e.g. a term the tokenizer drops entirely): bad input finds nothing.
        return EMPTY


def _where(where: list[str]) -> str:
    return f"WHERE {' AND '.join(where)}" if where else ""


def _browse(conn: sqlite3.Connection, q: CatalogQuery, where: list[str], args: list[Any],
            limit: int, offset: int) -> CatalogPage:
    order = {"price_asc": "p.price, p.id", "price_desc": "p.price DESC, p.id"}.get(q.sort)
    narrow = [] if order else _narrowing(conn, q)
    if narrow:  # id order straight from the FTS doclists: no 25k-row index walk + sort for one category
        source = "product_fts f CROSS JOIN product p ON p.id = f.rowid"
        where, args, order = ["product_fts MATCH ?", *where], [" AND ".join(narrow), *args], "f.rowid"
    else:
        source, order = "product p", order or "p.id"
    sql = f"SELECT p.id FROM {source} {_where(where)} ORDER BY {order} LIMIT ? OFFSET ?"
    if offset + limit <= COUNT_CAP:  # one pass gives the page and the (capped) count
        found = [r[0] for r in conn.execute(sql, [*args, COUNT_CAP + 1, 0])]
        total = len(found)
        ids = tuple(found[offset:offset + limit])
    else:
        ids = tuple(r[0] for r in conn.execute(sql, [*args, limit, offset]))
        total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} {_where(where)} LIMIT ?)",
                             [*args, COUNT_CAP + 1]).fetchone()[0]
    return CatalogPage(ids, min(total, COUNT_CAP), exact=total <= COUNT_CAP)


def _select(boost: float) -> tuple[str, str]:
    """Candidate columns, and the provider join needed only to know who has no sales yet."""
    if boost:
        return ("p.id, p.name, p.provider_name, p.kabkota, p.category, p.price, coalesce(pr.has_sales, 1)",
                " LEFT JOIN provider pr ON pr.id = p.provider_id")
    return "p.id, p.name, p.provider_name, p.kabkota, p.category, p.price, 1", ""


def _rank(q: CatalogQuery, terms: list[tuple[str, bool]], rows: list[tuple[Any, ...]], boost: float, *, require: bool
          ) -> tuple[list[int], set[int]]:
    scored, boosted = [], set()
    for pid, name, provider_name, kabkota, category, price, has_sales in rows:
        if require and not may_match(terms, name, provider_name, kabkota, category):
            continue
        rel = score(terms, name, provider_name, kabkota, category)
        if rel is None:
            if require:  # filter-first: the words must match here, as FTS would have required
                continue
            rel = (0, 0.0)  # FTS matched on a detail our normaliser reads differently: keep, rank last
        tier, points = rel
        if boost and not has_sales:  # within its tier only (see catalog_rank)
            points += FAIRNESS_POINTS * boost
            boosted.add(pid)
        scored.append((tier, points, pid, price))
    if q.sort == "price_asc":
        scored.sort(key=lambda s: (s[3], s[2]))
    elif q.sort == "price_desc":
        scored.sort(key=lambda s: (-s[3], s[2]))
    else:
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    return [s[2] for s in scored], boosted


def _filter_first(conn: sqlite3.Connection, q: CatalogQuery, terms: list[tuple[str, bool]], where: list[str],
                  args: list[Any], limit: int, offset: int) -> CatalogPage | None:
    """Exact search over the rows the filters leave, when they are few; None when there are too many."""
    boost = min(max(float(q.fairness_boost), 0.0), MAX_FAIRNESS_BOOST)
    cols, join = _select(boost)
    rows = conn.execute(f"SELECT {cols} FROM product p{join} {_where(where)} LIMIT ?", [*args, SMALL_SET + 1]
                        ).fetchall()
    if len(rows) > SMALL_SET:
        return None
    ranked, boosted = _rank(q, terms, rows, boost, require=True)
    ids = ranked[offset:offset + limit]
    return CatalogPage(tuple(ids), len(ranked), True, frozenset(boosted.intersection(ids)))


def _few_rows(conn: sqlite3.Connection, q: CatalogQuery) -> bool:
    """Does a price band or provider alone leave ≤ SMALL_SET rows? Index-only counts (no row reads)."""
    if q.provider_id is not None:
        sql, args = "SELECT 1 FROM product WHERE provider_id = ?", [q.provider_id]
    elif q.price_min is not None or q.price_max is not None:
        sql, args = "SELECT 1 FROM product WHERE price BETWEEN ? AND ?", [
            q.price_min if q.price_min is not None else -(2**62), q.price_max if q.price_max is not None else 2**62]
    else:
        return False
    return int(conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*args, SMALL_SET + 1]).fetchone()[0]
               ) <= SMALL_SET


def _narrowing(conn: sqlite3.Connection, q: CatalogQuery) -> list[str]:
    """FTS column filters implied by the category and kabkota filters. They only narrow (the SQL filters
    stay exact), but FTS intersects doclists far faster than we can test each candidate's row."""
    parts = [f"category : {_quote(' '.join(words(q.category)))}"] if _narrowable(q.category) else []
    names = _kabkota_names(conn, q.kabkota_code) if q.kabkota_code is not None else None
    if names:
        # "Kabupaten"/"Kota" is in almost every row: matching it costs a walk of a huge doclist and narrows
        # nothing, so only the distinctive words are used (still a superset; the SQL filter stays exact).
        phrases = {" ".join(w for w in words(n) if w not in _GENERIC_KABKOTA) or " ".join(words(n)) for n in names}
        parts.append(f"kabkota : ({' OR '.join(_quote(p) for p in sorted(phrases))})")
    return parts


def _narrowable(value: str | None) -> bool:
    """Only plain ASCII values with a word in them are pushed into MATCH: there our normaliser and SQLite's
    unicode61 tokenizer (Unicode 6.1 tables) agree exactly, so the column filter can never drop a row the
    SQL filter keeps. (An empty phrase would match nothing; "Ⱟ" is folded by Python but not by SQLite.)"""
    return value is not None and value.isascii() and bool(words(value))


def _kabkota_names(conn: sqlite3.Connection, code: str, most: int = 4) -> list[str] | None:
    """Every kabkota name stored with this code, found by seeks on the (kabkota_code, kabkota) index; None
    when narrowing by name could lose rows (a product without a name, a name without words, too many)."""
    names: list[str] = []
    sql = "SELECT kabkota FROM product WHERE kabkota_code = ? AND kabkota > ? ORDER BY kabkota LIMIT 1"
    row = conn.execute("SELECT kabkota FROM product WHERE kabkota_code = ? ORDER BY kabkota LIMIT 1",
                       [code]).fetchone()
    while row is not None:
        if not _narrowable(row[0]) or len(names) == most:
            return None
        names.append(row[0])
        row = conn.execute(sql, [code, row[0]]).fetchone()
    return names


def _fts_first(conn: sqlite3.Connection, q: CatalogQuery, terms: list[tuple[str, bool]], where: list[str],
               args: list[Any], limit: int, offset: int) -> tuple[CatalogPage, bool]:
    """The page, and whether the walk hit SCAN_CAP before filling the pool (total is then a lower bound)."""
    boost = min(max(float(q.fairness_boost), 0.0), MAX_FAIRNESS_BOOST)
    expr = " ".join(_quote(t) + ("*" if prefix else "") for t, prefix in terms)
    expr = " AND ".join([f"({expr})", *_narrowing(conn, q)])
    cols, join = _select(boost)

    def walk(after: int, n: int, skip: int = 0) -> list[tuple[Any, ...]]:
        # The inner LIMIT caps the doclist walk; CROSS JOIN keeps it the outer loop (rowid order).
        return conn.execute(
            f"SELECT {cols} FROM (SELECT rowid AS id FROM product_fts WHERE product_fts MATCH ? AND rowid > ? "
            f"LIMIT ?) m CROSS JOIN product p ON p.id = m.id{join} {_where(where)} LIMIT ? OFFSET ?",
            [expr, after, SCAN_CAP, *args, n, skip]).fetchall()

    rows = walk(0, CANDIDATES)
    ranked, boosted = _rank(q, terms, rows, boost, require=False)
    ids = ranked[offset:offset + limit]
    last = max((r[0] for r in rows), default=0)
    full = len(rows) == CANDIDATES
    capped = not full and conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM product_fts WHERE product_fts MATCH ? LIMIT ?)",
        [expr, SCAN_CAP]).fetchone()[0] >= SCAN_CAP
    if (full or capped) and len(ids) < limit:  # past the ranked pool: rowid order after its last candidate
        ids += [r[0] for r in walk(last, limit - len(ids), max(0, offset - len(ranked)))]
    if full:  # extrapolate over the id range the pool covered
        max_id = conn.execute("SELECT max(id) FROM product").fetchone()[0] or last
        total = max(len(rows), int(len(rows) * max_id / max(last, 1)))
    else:  # all matches seen (exact), or a capped walk (a lower bound)
        total = len(rows)
    return CatalogPage(tuple(ids), total, not (full or capped), frozenset(boosted.intersection(ids))), capped


def get_products(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Product]:
    """Rows for these ids in the same order (missing ids skipped): the lazy table model's page fetch."""
    found: dict[int, Product] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {_PRODUCT_COLS} FROM product WHERE id IN ({marks})", chunk):
            v = dict(zip(catalog_write.PRODUCT_FIELDS, r, strict=True))
            found[r[0]] = Product(**{**v, "pdn": None if v["pdn"] is None else bool(v["pdn"])})
    return [found[i] for i in ids if i in found]


def get_providers(conn: sqlite3.Connection, ids: Sequence[int], sealer: Sealer = PLAINTEXT) -> list[Provider]:
    """Provider rows for these ids in the same order (missing ids skipped); sealed fields opened."""
    cols = ", ".join(catalog_write.PROVIDER_FIELDS)
    found: dict[int, Provider] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for r in conn.execute(f"SELECT {cols} FROM provider WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            v = dict(zip(catalog_write.PROVIDER_FIELDS, r, strict=True))
            for field in SEALED_PROVIDER_FIELDS:
                v[field] = open_value(sealer, field, v[field])
            found[r[0]] = Provider(**{**v, "pkp": bool(v["pkp"]), "suket_pp55": bool(v["suket_pp55"]),
                                      "has_sales": bool(v["has_sales"])})
    return [found[i] for i in ids if i in found]


class CatalogSearch:
    """Catalog operations bound to a unit of work (`uow.catalog`); same transaction as its session."""

    def __init__(self, session: Session, sealer: Sealer = PLAINTEXT) -> None:
        self._s = session
        self._sealer = sealer

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

    def get_provider(self, provider_id: int) -> Provider | None:
        found = get_providers(self._conn, [provider_id], self._sealer)
        return found[0] if found else None

    def get_providers(self, ids: Sequence[int]) -> list[Provider]:
        return get_providers(self._conn, ids, self._sealer)

    def product_count(self, *, include_delisted: bool = False) -> int:
        return catalog_write.product_count(self._conn, include_delisted=include_delisted)

    def catalog_checksum(self) -> int:
        return catalog_write.catalog_checksum(self._conn)

    def rebuild_fts(self) -> None:
        catalog_write.rebuild_fts(self._conn)

    def upsert_products(self, rows: Sequence[dict[str, Any]]) -> int:
        return catalog_write.upsert_products(self._conn, rows)

    def upsert_providers(self, rows: Sequence[dict[str, Any]]) -> int:
        return catalog_write.upsert_providers(self._conn, [seal_provider(self._sealer, r) for r in rows])
