"""Plt / Plh delegations on the server (#17): recorded by an ADMIN_OPD (API) or the server's admin (CLI), read by
the lifecycle for every command, pulled by the desktops. The rules are sync.protocol.delegation's.

Every change is written to the account security log (security_event) with who made it; rows are never deleted,
a revoked delegation keeps its row (revoked, revoked_by, revoked_at).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import aliased

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.delegation import ActingKind, Delegation, DelegationRequest, check_new
from sync.protocol.states import Role
from sync.server import clock
from sync.server.accounts.auth import parse_roles
from sync.server.accounts.throttle import security_event
from sync.server.storage import models as m
from sync.server.storage.db import Hot

ADMIN_ROLES = frozenset({Role.ADMIN_OPD})

_d = m.delegation.c
_delegate = aliased(m.app_user)
_official = aliased(m.app_user)
_SELECT = (select(m.delegation, _delegate.c.full_name.label("delegate_name"),
                  _official.c.full_name.label("for_name"))
           .join(_delegate, _delegate.c.id == _d.delegate_id)
           .outerjoin(_official, _official.c.id == _d.for_user_id))


def _row(r: Any) -> Delegation:
    return Delegation(id=r.id, opd_id=r.opd_id, role=Role(r.role), kind=ActingKind(r.kind), delegate_id=r.delegate_id,
                      delegate_name=r.delegate_name or "", delegate_nip=r.delegate_nip or "", for_user_id=r.for_user_id, for_name=r.for_name or "",
                      starts_on=r.starts_on, ends_on=r.ends_on, letter_number=r.letter_number,
                      letter_date=r.letter_date, revoked=bool(r.revoked), created_by=r.created_by,
                      created_at=r.created_at, revoked_at=r.revoked_at)


def list_for_opd(conn: Connection, opd_id: str, *, include_revoked: bool = True) -> list[Delegation]:
    q = _SELECT.where(_d.opd_id == opd_id)
    if not include_revoked:
        q = q.where(_d.revoked.is_(False))
    return [_row(r) for r in conn.execute(q.order_by(_d.starts_on, _d.id))]


_HELD_BY = Hot(_SELECT.where(_d.delegate_id == bindparam("uid"), _d.revoked.is_(False)))  # every transition reads it


def held_by(conn: Connection, user_id: str) -> list[Delegation]:
    """The delegations naming `user_id` as the acting official (not revoked), for the lifecycle's role check."""
    return [_row(r) for r in _HELD_BY.records(conn, {"uid": user_id})]


def _user(conn: Connection, username: str, opd_id: str, what: str) -> Any:
    u = m.app_user.c
    row = conn.execute(select(u.id, u.full_name, u.role, u.opd_id, u.disabled).where(u.username == username)).first()
    if row is None or row.opd_id != opd_id:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"{what} '{username}' tidak ditemukan di OPD {opd_id}.")
    if row.disabled:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"{what} '{username}' nonaktif.")
    return row


def add(conn: Connection, opd_id: str, req: DelegationRequest, actor: str, today: dt.date | None = None) -> Delegation:
    """Record a delegation; refused (clear Indonesian message) when expired, inverted or overlapping."""
    delegate = _user(conn, req.delegate, opd_id, "Pegawai yang ditunjuk")
    official = _user(conn, req.for_user, opd_id, "Pejabat yang digantikan") if req.for_user else None
    if official is not None and req.role not in parse_roles(official.role):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR,
                            f"{official.full_name} tidak memegang peran {req.role.value}; periksa pejabat yang "
                            "digantikan.")
    new = Delegation(id=str(uuid.uuid4()), opd_id=opd_id, role=req.role, kind=req.kind, delegate_id=delegate.id,
                     delegate_name=delegate.full_name, delegate_nip=req.delegate_nip.replace(" ", ""),
                     for_user_id=official.id if official else None,
                     for_name=official.full_name if official else "", starts_on=req.starts_on, ends_on=req.ends_on,
                     letter_number=req.letter_number.strip(), letter_date=req.letter_date, created_by=actor,
                     created_at=clock.now_iso())
    # the OPD's delegations, locked: two admins adding overlapping letters at once cannot both pass the check
    conn.execute(select(m.opd.c.id).where(m.opd.c.id == opd_id).with_for_update())
    check_new(new, list_for_opd(conn, opd_id, include_revoked=False), today or clock.legal_today())
    values = new.to_dict()
    for name in ("delegate_name", "for_name"):
        values.pop(name)
    conn.execute(m.delegation.insert().values(**values, revoked_by=None))
    security_event(conn, "delegation_added", username=req.delegate, address=None, actor=actor,
                   detail=f"{new.title} {new.starts_on}..{new.ends_on} surat {new.letter_number} "
                          f"({new.letter_date}) id {new.id}")
    return new


def revoke(conn: Connection, delegation_id: str, opd_id: str | None, actor: str) -> Delegation:
    """Revoke (the letter was withdrawn or the official came back early). `opd_id` None: any OPD (CLI)."""
    row = conn.execute(_SELECT.where(_d.id == delegation_id).with_for_update(of=m.delegation)).first()
    if row is None or (opd_id is not None and row.opd_id != opd_id):
        raise ProtocolError(ErrorCode.NOT_FOUND, "Pelimpahan Plt/Plh tidak ditemukan.")
    if row.revoked:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Pelimpahan ini sudah dicabut.")
    now = clock.now_iso()
    conn.execute(update(m.delegation).where(_d.id == delegation_id).values(revoked=True, revoked_by=actor,
                                                                           revoked_at=now))
    found = _row(row)
    security_event(conn, "delegation_revoked", username=None, address=None, actor=actor,
                   detail=f"{found.title} {found.delegate_name} {found.starts_on}..{found.ends_on} id {found.id}")
    return dataclasses.replace(found, revoked=True, revoked_at=now)


def to_wire(items: Iterable[Delegation]) -> list[dict[str, Any]]:
    return [d.to_dict() for d in items]
