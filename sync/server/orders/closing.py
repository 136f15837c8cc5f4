"""Closed fiscal years per OPD (tutup buku, #17): the Bendahara's closing, and the guard every order command
passes. The rules — which date a command is dated on, the refusal's words — are `sync.protocol.closing`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.closing import ClosedYear, YearClosingRequest, year_closed
from sync.protocol.states import Role
from sync.server import clock
from sync.server.accounts.auth import Principal
from sync.server.storage import models as m
from sync.server.storage.db import Hot

CLOSING_ROLES = frozenset({Role.BENDAHARA})
_c = m.closed_year.c
_IS_CLOSED = Hot(select(_c.year).where(_c.opd_id == bindparam("opd"), _c.year == bindparam("year")))


def is_closed(conn: Connection, opd_id: str, year: int) -> bool:
    return _IS_CLOSED.first(conn, {"opd": opd_id, "year": year}) is not None


def check_open(conn: Connection, opd_id: str, day: dt.date, order_id: str | None = None) -> None:
    """Refuse (409 year_closed) a command dated `day` when the OPD has closed that year."""
    if is_closed(conn, opd_id, day.year):
        raise year_closed(day.year, order_id=order_id)


def _full_name(conn: Connection, principal: Principal) -> str:
    name = conn.execute(select(m.app_user.c.full_name).where(m.app_user.c.id == principal.user_id)).scalar()
    return str(name or principal.username)


def _stored(row: Any) -> dict[str, Any]:
    return ClosedYear.from_dict(json.loads(row.doc)).to_dict()


def close_year(conn: Connection, principal: Principal, req: YearClosingRequest) -> tuple[int, dict[str, Any]]:
    """Record the closing (201), or answer the year's closing again when it is already closed (200): a resend
    of the same closing, or a second PC of the OPD, must not fail — the year stays closed either way."""
    if not (principal.all_roles & CLOSING_ROLES) or principal.opd_id != req.opd_id:
        raise ProtocolError(ErrorCode.FORBIDDEN, "Tutup buku hanya oleh Bendahara OPD itu sendiri.")
    if req.year > clock.legal_today().year:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR,
                            f"Tahun anggaran {req.year} belum berjalan, jadi belum dapat ditutup.")
    row = conn.execute(select(m.closed_year).where(_c.opd_id == req.opd_id, _c.year == req.year)).first()
    if row is not None:
        return 200, _stored(row)
    from sync.server.orders.service import cancel_for_closing  # the service imports this module's guard

    for order_id in req.cancelled:  # with the closing, in its transaction: all or nothing
        cancel_for_closing(conn, principal, order_id, req.cancel_reasons[order_id], req.year)
    doc = ClosedYear(**{**req.to_dict(), "carried": req.carried, "cancelled": req.cancelled},
                     closed_by=principal.user_id, closed_by_name=_full_name(conn, principal),
                     closed_at=clock.now_iso()).to_dict()
    try:
        with conn.begin_nested():
            conn.execute(insert(m.closed_year).values(
                opd_id=req.opd_id, year=req.year, closed_on=req.closed_on, closed_by=principal.user_id,
                closed_at=doc["closed_at"], doc=json.dumps(doc, ensure_ascii=False)))
    except IntegrityError:  # a concurrent closing of the same year won: answer with it
        row = conn.execute(select(m.closed_year).where(_c.opd_id == req.opd_id, _c.year == req.year)).one()
        return 200, _stored(row)
    return 201, doc


def closed_years(conn: Connection, opd_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(m.closed_year).where(_c.opd_id == opd_id).order_by(_c.year))
    return [_stored(r) for r in rows]
