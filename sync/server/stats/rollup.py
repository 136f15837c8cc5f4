"""Monthly rollups kept in step with `stats_order` / `stats_order_cat`, and the aggregate reader over them.

A province-wide answer over 200k orders would scan every order row; the rollups hold one row per
(month, OPD, marketplace, legal form, UMKM) — a few tens of thousands at most — and `fold` adds/subtracts each
order's contribution as it changes. A date range is answered from whole months in the rollup plus the partial
months at its edges from the order rows (indexed by day), so any day-precise filter stays exact.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, Connection, String, Table, and_, case, func, select, true
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from sync.server.stats.models import stats_order, stats_order_cat
from sync.server.storage.models import metadata

ORDER_DIMS = ("month", "opd_id", "buyer_kab", "marketplace", "legal_form", "umkm")
ORDER_MEASURES = ("total", "goods_value", "pdn_value", "tkdn_value")
CAT_DIMS = ("month", "opd_id", "buyer_kab", "category", "umkm")
CAT_MEASURES = ("value", "pdn_value")
STATE_DIMS = ("month", "opd_id", "buyer_kab", "state", "paid_late")  # month of creation; every order
STATE_MEASURES = ("total",)

stats_month = Table(
    "stats_month", metadata,
    Column("month", String(7), primary_key=True),
    Column("opd_id", String(64), primary_key=True),
    Column("buyer_kab", String(8), primary_key=True),
    Column("marketplace", String(16), primary_key=True),
    Column("legal_form", String(16), primary_key=True),
    Column("umkm", Boolean, primary_key=True),
    *(Column(m, BigInteger, nullable=False) for m in ORDER_MEASURES),
    Column("n", BigInteger, nullable=False),
)

stats_month_cat = Table(
    "stats_month_cat", metadata,
    Column("month", String(7), primary_key=True),
    Column("opd_id", String(64), primary_key=True),
    Column("buyer_kab", String(8), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("umkm", Boolean, primary_key=True),
    *(Column(m, BigInteger, nullable=False) for m in CAT_MEASURES),
    Column("n", BigInteger, nullable=False),
)

stats_month_state = Table(
    "stats_month_state", metadata,
    Column("month", String(7), primary_key=True),
    Column("opd_id", String(64), primary_key=True),
    Column("buyer_kab", String(8), primary_key=True),
    Column("state", String(32), primary_key=True),
    Column("paid_late", Boolean, primary_key=True),
    Column("total", BigInteger, nullable=False),
    Column("n", BigInteger, nullable=False),
)

Key = tuple[Any, ...]


def add_rows(acc: dict[Key, list[int]], rows: Iterable[Mapping[str, Any]], dims: Sequence[str],
             measures: Sequence[str], sign: int, *, counted_only: bool = True, day_key: str = "day") -> None:
    """Fold rows (order, category) into per-key deltas: measures then n. Transactions (counted rows) are dated
    by approval day; the state rollup takes every order, dated by creation day."""
    for r in rows:
        if (counted_only and not r["counted"]) or not r.get(day_key):
            continue
        row = {**r, "month": str(r[day_key])[:7]}
        slot = acc.setdefault(tuple(row[d] for d in dims), [0] * (len(measures) + 1))
        for i, m in enumerate(measures):
            slot[i] += sign * int(row[m])
        slot[-1] += sign


def apply(conn: Connection, table: Table, dims: Sequence[str], measures: Sequence[str],
          acc: Mapping[Key, list[int]]) -> None:
    rows = [{**dict(zip(dims, k, strict=True)), **dict(zip((*measures, "n"), v, strict=True))}
            for k, v in acc.items() if any(v)]
    if not rows:
        return
    ins = (sqlite_insert if conn.dialect.name == "sqlite" else pg_insert)(table)
    stmt = ins.on_conflict_do_update(index_elements=list(dims),
                                     set_={c: table.c[c] + ins.excluded[c] for c in (*measures, "n")})
    conn.execute(stmt, rows)


# --- reading ------------------------------------------------------------------------------------------------


def _month_end(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def _next_month(day: str) -> str:
    d = dt.date.fromisoformat(day[:7] + "-01") + dt.timedelta(days=32)
    return d.strftime("%Y-%m")


def split_range(date_from: str | None, date_to: str | None
                ) -> tuple[bool, str | None, str | None, list[tuple[str, str]]]:
    """(any whole months?, first whole month, last whole month, [edge day ranges]) for an inclusive day range
    (None = open end)."""
    first = None if date_from is None else (date_from[:7] if date_from.endswith("-01") else _next_month(date_from))
    last = None if date_to is None else (
        date_to[:7] if date_to == _month_end(date_to[:7]) else
        (dt.date.fromisoformat(date_to[:7] + "-01") - dt.timedelta(days=1)).strftime("%Y-%m"))
    if first is not None and last is not None and first > last:
        return False, None, None, [(date_from or "", date_to or "")]
    edges = []
    if date_from is not None and first is not None and date_from < first + "-01":
        edges.append((date_from, (dt.date.fromisoformat(first + "-01") - dt.timedelta(days=1)).isoformat()))
    if date_to is not None and last is not None and date_to > _month_end(last):
        edges.append((_next_month(last) + "-01", date_to))
    return True, first, last, edges


KINDS = {  # kind -> (rollup, order rows, measures, day column, transactions only, has umkm)
    "order": (stats_month, stats_order, ORDER_MEASURES, "day", True, True),
    "cat": (stats_month_cat, stats_order_cat, CAT_MEASURES, "day", True, True),
    "state": (stats_month_state, stats_order, STATE_MEASURES, "created_day", False, False),
}


def aggregate(conn: Connection, f: Any, group: Sequence[str], *, kind: str = "order") -> dict[Key, dict[str, int]]:
    """Sum of measures (+ `n` orders, `umkm_<first measure>`) per `group` key over the orders matching `f`."""
    roll, base, measures, day_col, counted_only, has_umkm = KINDS[kind]
    scope = []
    if f.kabkota:
        scope.append(("buyer_kab", f.kabkota))
    if f.opd_id:
        scope.append(("opd_id", f.opd_id))
    whole, first, last, edges = split_range(f.date_from, f.date_to)
    out: dict[Key, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    head = measures[0]

    def run(table: Table, n_expr: Any, extra: list[Any]) -> None:
        cols = [table.c[g] for g in group]
        sums = [func.sum(table.c[m]) for m in measures]
        umkm = func.sum(case((table.c.umkm.is_(True), table.c[head]), else_=0)) if has_umkm else func.sum(0)
        conds = [table.c[k] == v for k, v in scope] + extra
        for row in conn.execute(select(*cols, *sums, umkm, n_expr).where(and_(true(), *conds)).group_by(*cols)):
            key = tuple(row[: len(group)])
            slot = out[key]
            for i, m in enumerate(measures):
                slot[m] += int(row[len(group) + i] or 0)
            if has_umkm:
                slot[f"umkm_{head}"] += int(row[-2] or 0)
            slot["n"] += int(row[-1] or 0)

    if whole:
        conds = []
        if first is not None:
            conds.append(roll.c.month >= first)
        if last is not None:
            conds.append(roll.c.month <= last)
        run(roll, func.sum(roll.c.n), [*conds, roll.c.n > 0])
    for start, end in edges:
        run(base, func.count(), [*([base.c.counted.is_(True)] if counted_only else []),
                                 base.c[day_col] >= start, base.c[day_col] <= end])
    return {k: dict(v) for k, v in out.items() if v.get("n")}
