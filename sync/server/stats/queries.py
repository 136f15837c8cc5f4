"""Aggregates over the stats tables (orders side). Every function takes a connection and `Filters` and returns
JSON-ready dicts with integer rupiah; shares are fractions rounded to 4 places (value / denominator)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, case, func, select, true

from sync.server.stats.age import rule_value, shared_calendar
from sync.server.stats.models import stats_order, stats_order_cat
from sync.server.stats.rollup import aggregate
from sync.server.storage import models as m

PEMPROV = "33.00"
PEMPROV_NAME = "Pemerintah Provinsi Jawa Tengah"


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # inclusive, YYYY-MM-DD (approval date for transactions)
    date_to: str | None = None  # inclusive
    kabkota: str | None = None  # buyer's kab/kota (the OPD's region); seller's for catalog reports
    opd_id: str | None = None  # forced to the caller's OPD unless admin provinsi

    def to_dict(self) -> dict[str, Any]:
        return {"date_from": self.date_from, "date_to": self.date_to, "kabkota": self.kabkota, "opd_id": self.opd_id}


def share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _i(value: Any) -> int:
    return int(value or 0)


def conditions(t: Table, f: Filters, *, counted: bool = True, day_col: str = "day") -> list[ColumnElement[bool]]:
    c = t.c
    out: list[ColumnElement[bool]] = []
    if counted:
        out.append(c.counted.is_(True))
    if f.date_from:
        out.append(c[day_col] >= f.date_from)
    if f.date_to:
        out.append(c[day_col] <= f.date_to)
    if f.kabkota:
        out.append(c.buyer_kab == f.kabkota)
    if f.opd_id:
        out.append(c.opd_id == f.opd_id)
    return out


def _umkm_sum(t: Table, col: str = "total") -> Any:
    return func.sum(case((t.c.umkm.is_(True), t.c[col]), else_=0))


def kabkota_names(conn: Connection) -> dict[str, str]:
    names = {r.code: f"{'Kota' if r.jenis == 'Kota' else 'Kabupaten'} {r.nama}" for r in conn.execute(
        select(m.kabkota.c.code, m.kabkota.c.jenis, m.kabkota.c.nama))}
    names[PEMPROV] = PEMPROV_NAME
    return names


def summary(conn: Connection, f: Filters) -> dict[str, Any]:
    row = aggregate(conn, f, ()).get((), {})
    total, goods, pdn, tkdn = (row.get(k, 0) for k in ("total", "goods_value", "pdn_value", "tkdn_value"))
    umkm = row.get("umkm_total", 0)
    return {"total_value": total, "order_count": row.get("n", 0), "umkm_value": umkm,
            "umkm_share": share(umkm, total), "goods_value": goods, "pdn_value": pdn, "pdn_share": share(pdn, goods),
            "tkdn_value": tkdn, "tkdn_share": share(tkdn, goods)}


def _grouped(conn: Connection, f: Filters, label: str) -> list[dict[str, Any]]:
    rows = [{label: k[0], "value": v.get("total", 0), "count": v.get("n", 0), "umkm_value": v.get("umkm_total", 0),
             "pdn_value": v.get("pdn_value", 0)} for k, v in aggregate(conn, f, (label,)).items()]
    rows.sort(key=lambda r: (-r["value"], str(r[label])))
    return rows


def by_kabkota(conn: Connection, f: Filters) -> dict[str, Any]:
    names = kabkota_names(conn)
    rows = _grouped(conn, f, "buyer_kab")
    for rank, r in enumerate(rows, start=1):
        r["kabkota"] = r.pop("buyer_kab")
        r["rank"] = rank
        r["name"] = names.get(r["kabkota"], r["kabkota"])
        r["umkm_share"] = share(r["umkm_value"], r["value"])
    return {"rows": rows}


def by_opd(conn: Connection, f: Filters) -> dict[str, Any]:
    rows = _grouped(conn, f, "opd_id")
    ids = [r["opd_id"] for r in rows]
    names = dict(conn.execute(select(m.opd.c.id, m.opd.c.name).where(m.opd.c.id.in_(ids))).all()) if ids else {}
    for r in rows:
        r["name"] = names.get(r["opd_id"], r["opd_id"])
    return {"rows": rows}


def by_marketplace(conn: Connection, f: Filters) -> dict[str, Any]:
    return {"rows": _grouped(conn, f, "marketplace")}


def by_month(conn: Connection, f: Filters) -> dict[str, Any]:
    rows = _grouped(conn, f, "month")
    rows.sort(key=lambda r: r["month"])
    return {"rows": rows}


def by_category(conn: Connection, f: Filters) -> dict[str, Any]:
    names = dict(conn.execute(select(m.category.c.code, m.category.c.name)).all())
    rows = [{"category": k[0], "name": names.get(k[0], k[0]), "value": v.get("value", 0), "count": v.get("n", 0),
             "umkm_value": v.get("umkm_value", 0), "pdn_value": v.get("pdn_value", 0)}
            for k, v in aggregate(conn, f, ("category",), kind="cat").items()]
    rows.sort(key=lambda r: (-r["value"], r["category"]))
    return {"rows": rows}


def shares(conn: Connection, f: Filters) -> dict[str, Any]:
    head = summary(conn, f)
    legal = _grouped(conn, f, "legal_form")
    for r in legal:
        r["share"] = share(r["value"], head["total_value"])
    return {"total_value": head["total_value"], "goods_value": head["goods_value"],
            "umkm": {"value": head["umkm_value"], "share": head["umkm_share"]},
            "non_umkm": {"value": head["total_value"] - head["umkm_value"],
                         "share": share(head["total_value"] - head["umkm_value"], head["total_value"])},
            "pdn": {"value": head["pdn_value"], "share": head["pdn_share"]},
            "tkdn": {"value": head["tkdn_value"], "share": head["tkdn_share"]},
            "by_legal_form": legal,
            "definitions": {"umkm": "penyedia bukan PKP atau memiliki Suket PP 55",
                            "pdn": "nilai baris produk bertanda PDN / nilai barang (tanpa ongkir)",
                            "tkdn": "nilai baris x persentase TKDN / nilai barang"}}


def orders_by_state(conn: Connection, f: Filters, today: dt.date) -> dict[str, Any]:
    """Every order in scope by state (created in the date range), plus age buckets in working days."""
    o = stats_order.c
    by_state: dict[str, list[int]] = {}
    late = {"n": 0, "total": 0}
    for (state, paid_late), v in aggregate(conn, f, ("state", "paid_late"), kind="state").items():
        slot = by_state.setdefault(state, [0, 0])
        slot[0] += v["n"]
        slot[1] += v["total"]
        if paid_late:
            late["n"] += v["n"]
            late["total"] += v["total"]
    rows = [{"state": s, "count": n, "value": v} for s, (n, v) in sorted(by_state.items())]
    where = and_(true(), *conditions(stats_order, f, counted=False, day_col="created_day"))
    ppk_limit = rule_value("ppk_approval_working_days", today)
    pay_limit = rule_value("bendahara_unpaid_alert_working_days", today)
    submitted = conn.execute(select(o.submitted_day, func.count(), func.sum(o.total))
                             .where(where, o.state == "DIAJUKAN").group_by(o.submitted_day)).all()
    unpaid_rows = conn.execute(select(o.bast_day, func.count(), func.sum(o.total))
                               .where(where, o.state.in_(("BAST", "MENUNGGU_BAYAR")), o.bast_day.is_not(None))
                               .group_by(o.bast_day)).all()
    seen = [dt.date.fromisoformat(r[0]) for r in (*submitted, *unpaid_rows) if r[0]]
    first, last = min(seen, default=today), max(today, *seen) if seen else today
    cal = shared_calendar()
    days = cal.counter(first, last)
    waiting = {"overdue": [0, 0], "due_today": [0, 0], "on_time": [0, 0]}
    for day, n, v in submitted:
        age = days.between(dt.date.fromisoformat(day), today) if day else 0
        key = "overdue" if age > ppk_limit else "due_today" if age == ppk_limit else "on_time"
        waiting[key][0] += _i(n)
        waiting[key][1] += _i(v)
    unpaid = [0, 0]
    for day, n, v in unpaid_rows:
        if days.between(dt.date.fromisoformat(day), today) > pay_limit:
            unpaid[0] += _i(n)
            unpaid[1] += _i(v)
    return {"rows": rows, "today": today.isoformat(),
            "limits": {"ppk_approval_working_days": ppk_limit, "unpaid_alert_working_days": pay_limit},
            "waiting_ppk": {k: {"count": n, "value": v} for k, (n, v) in waiting.items()},
            "unpaid_overdue": {"count": unpaid[0], "value": unpaid[1]},
            "paid_late": {"count": late.get("n", 0), "value": late.get("total", 0),
                          "rule": "hari kerja BAST→bayar melebihi batas yang berlaku pada tanggal BAST"},
            "calendar_complete": not cal.missing_years & set(range(first.year, last.year + 1))}


def orders_behind(conn: Connection, f: Filters, *, kabkota: str | None = None, month: str | None = None,
                  category: str | None = None, marketplace: str | None = None, opd: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Drill-down: the transactions behind one bar (newest first), paged."""
    o = stats_order.c
    conds = conditions(stats_order, f)
    if kabkota:
        conds.append(o.buyer_kab == kabkota)
    if month:
        conds.append(o.month == month)
    if marketplace:
        conds.append(o.marketplace == marketplace)
    if opd:
        conds.append(o.opd_id == opd)
    if category:
        cc = stats_order_cat.c
        conds.append(o.id.in_(select(cc.order_id).where(cc.category == category, cc.counted.is_(True))))
    where = and_(true(), *conds)
    total = _i(conn.execute(select(func.count()).where(where).select_from(stats_order)).scalar())
    q = (select(o.id, o.opd_id, o.buyer_kab, o.provider_id, o.marketplace, o.state, o.day, o.total, o.umkm)
         .where(where).order_by(o.day.desc(), o.id).limit(limit).offset(offset))
    rows = [dict(r._mapping) for r in conn.execute(q)]
    providers = {r.id: r.name for r in conn.execute(select(m.provider.c.id, m.provider.c.name).where(
        m.provider.c.id.in_({r["provider_id"] for r in rows})))} if rows else {}
    opds = {r.id: r.name for r in conn.execute(select(m.opd.c.id, m.opd.c.name).where(
        m.opd.c.id.in_({r["opd_id"] for r in rows})))} if rows else {}
    for r in rows:
        r["provider_name"] = providers.get(r["provider_id"], "")
        r["opd_name"] = opds.get(r["opd_id"], r["opd_id"])
    return {"rows": rows, "total": total, "limit": limit, "offset": offset}
