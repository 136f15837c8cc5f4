"""`GET /v1/stats/...`: province dashboard figures (issue 8, DOMAIN.md §8).

Scope: admin provinsi sees every OPD (and may narrow with `opd_id`); every other role sees only its own OPD —
asking for another OPD is refused with 403. Catalog reports (`/sellers`, `/never-sold`) describe the public
catalog and are the same for every role. Every answer carries `as_of` (server time, the legal time), the scope and
the filters applied, so an offline client can show what its cached figures mean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import Connection, Engine

from sync.protocol import ErrorCode, ProtocolError
from sync.server.accounts.auth import Principal
from sync.server.api.web import ctx, principal
from sync.server.stats import catalog_reports as stats_catalog
from sync.server.stats import queries as stats
from sync.server.stats.ingest import WIB
from sync.server.stats.queries import Filters
from sync.server.stats.refresh import refresh
from sync.server.storage.db import now_iso

router = APIRouter(prefix="/v1/stats", tags=["stats"])

DATE = r"^\d{4}-\d{2}-\d{2}$"
KAB = r"^\d{2}\.\d{2}$"
MAX_OFFSET = 10**9  # far past any real page; larger values (≥ 2^63) overflowed the database driver (issue 15)


def _engine(request: Request) -> Engine:
    return ctx(request).engine


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR,
                            f"Parameter '{name}' harus tanggal TTTT-BB-HH yang sah, misalnya 2026-01-31.") from None


def scoped_filters(
    who: Annotated[Principal, Depends(principal)],
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
    kabkota: Annotated[str | None, Query(pattern=KAB)] = None,
    opd_id: Annotated[str | None, Query(max_length=64)] = None,
) -> tuple[Principal, Filters]:
    start, end = _date(date_from, "date_from"), _date(date_to, "date_to")
    if start and end and end < start:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Tanggal akhir lebih awal dari tanggal awal; tukar keduanya.")
    if not who.reads_all:
        if who.opd_id is None:
            raise ProtocolError(ErrorCode.FORBIDDEN, "Akun Anda tidak terikat pada OPD; hubungi admin provinsi.")
        if opd_id is not None and opd_id != who.opd_id:
            raise ProtocolError(ErrorCode.FORBIDDEN,
                                "Anda hanya dapat melihat statistik OPD Anda sendiri; hapus filter OPD lain.")
        opd_id = who.opd_id
    return who, Filters(start, end, kabkota, opd_id)


Scoped = Annotated[tuple[Principal, Filters], Depends(scoped_filters)]


def _answer(request: Request, scoped: tuple[Principal, Filters], fn: Callable[[Connection, Filters], dict[str, Any]],
            *, catalog: bool = False) -> dict[str, Any]:
    who, f = scoped
    engine = _engine(request)
    refresh(engine)
    with engine.connect() as conn:
        body = fn(conn, f)
    scope = {"all": who.reads_all or catalog, "opd_id": None if catalog else f.opd_id, "role": who.role.value}
    return {"as_of": now_iso(), "scope": scope, "filters": f.to_dict(), **body}


@router.get("/summary", summary="Nilai dan jumlah transaksi, pangsa UMKM dan PDN")
def get_summary(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.summary)


@router.get("/by-kabkota", summary="Peringkat kab/kota pembeli menurut nilai transaksi")
def get_by_kabkota(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.by_kabkota)


@router.get("/by-opd", summary="Nilai transaksi per OPD")
def get_by_opd(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.by_opd)


@router.get("/by-category", summary="Nilai transaksi per kategori produk")
def get_by_category(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.by_category)


@router.get("/by-marketplace", summary="Nilai transaksi per marketplace")
def get_by_marketplace(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.by_marketplace)


@router.get("/by-month", summary="Nilai transaksi per bulan (tanggal persetujuan, WIB)")
def get_by_month(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.by_month)


@router.get("/shares", summary="Pangsa nilai UMKM, PDN dan TKDN, serta per bentuk usaha")
def get_shares(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats.shares)


@router.get("/orders-by-state", summary="Pesanan per status dan umur (hari kerja)")
def get_orders_by_state(request: Request, scoped: Scoped) -> dict[str, Any]:
    today = (dt.datetime.now(dt.UTC) + WIB).date()
    return _answer(request, scoped, lambda conn, f: stats.orders_by_state(conn, f, today))


@router.get("/orders", summary="Transaksi di balik satu batang grafik (drill-down), berhalaman")
def get_orders(request: Request, scoped: Scoped,
               bar_kabkota: Annotated[str | None, Query(pattern=KAB)] = None,
               month: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] = None,
               category: Annotated[str | None, Query(max_length=32)] = None,
               marketplace: Annotated[str | None, Query(max_length=16)] = None,
               bar_opd: Annotated[str | None, Query(max_length=64)] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 50,
               offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
    return _answer(request, scoped, lambda conn, f: stats.orders_behind(
        conn, f, kabkota=bar_kabkota, month=month, category=category, marketplace=marketplace, opd=bar_opd,
        limit=limit, offset=offset))


@router.get("/sellers", summary="Penyedia dan produk per bentuk usaha dan kab/kota penyedia")
def get_sellers(request: Request, scoped: Scoped) -> dict[str, Any]:
    return _answer(request, scoped, stats_catalog.sellers, catalog=True)


@router.get("/never-sold", summary="Penyedia dan produk yang belum pernah terjual, per kab/kota (berhalaman)")
def get_never_sold(request: Request, scoped: Scoped,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50,
                   offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
    return _answer(request, scoped, lambda conn, f: stats_catalog.never_sold(conn, f, limit, offset), catalog=True)
