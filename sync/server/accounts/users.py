"""User administration (CLI `users add|list|disable|reset-password`) shared by demo-data."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from sqlalchemy import Engine, insert, select, update

from sync.protocol.states import Role
from sync.server.accounts.auth import hash_password, parse_roles
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, write_txn


class UserError(ValueError):
    pass


def add_user(engine: Engine, username: str, full_name: str, role: str, opd_id: str | None,
             password: str | None = None, *, password_hash: str | None = None) -> tuple[str, str]:
    """Create a user; returns (user id, password). Non-provincial roles must belong to an existing OPD."""
    try:
        roles = parse_roles(role)
    except ValueError:
        raise UserError(f"Peran tidak dikenal: {role}. Pilih (boleh beberapa, dipisah koma): "
                        f"{', '.join(x.value for x in Role)}") from None
    if len(set(roles)) != len(roles):
        raise UserError("Peran tidak boleh diulang.")
    r = roles[0]
    if Role.ADMIN_PROVINSI in roles and len(roles) > 1:
        raise UserError("Admin provinsi tidak boleh merangkap peran OPD.")
    if r is not Role.ADMIN_PROVINSI and not opd_id:
        raise UserError("Peran ini wajib terikat pada satu OPD (--opd).")
    if not username or len(username) > 64:
        raise UserError("Nama pengguna wajib diisi, paling panjang 64 karakter.")
    password = password or secrets.token_urlsafe(9)
    uid = str(uuid.uuid4())
    with write_txn(engine) as conn:
        if opd_id and conn.execute(select(m.opd.c.id).where(m.opd.c.id == opd_id)).first() is None:
            raise UserError(f"OPD tidak ditemukan: {opd_id}")
        if conn.execute(select(m.app_user.c.id).where(m.app_user.c.username == username)).first():
            raise UserError(f"Nama pengguna sudah dipakai: {username}")
        conn.execute(insert(m.app_user).values(
            id=uid, username=username, full_name=full_name or username, role=",".join(x.value for x in roles), opd_id=opd_id,
            password_hash=password_hash or hash_password(password), disabled=False, created_at=now_iso()))
    return uid, password


def list_users(engine: Engine, opd_id: str | None = None) -> list[Any]:
    q = select(m.app_user.c.username, m.app_user.c.full_name, m.app_user.c.role, m.app_user.c.opd_id,
               m.app_user.c.disabled).order_by(m.app_user.c.opd_id, m.app_user.c.username)
    if opd_id:
        q = q.where(m.app_user.c.opd_id == opd_id)
    with engine.connect() as conn:
        return list(conn.execute(q))


def set_disabled(engine: Engine, username: str, disabled: bool = True) -> None:
    with write_txn(engine) as conn:
        n = conn.execute(update(m.app_user).where(m.app_user.c.username == username)
                         .values(disabled=disabled)).rowcount
        if disabled:
            uid = select(m.app_user.c.id).where(m.app_user.c.username == username).scalar_subquery()
            conn.execute(update(m.refresh_token).where(m.refresh_token.c.user_id == uid).values(revoked=True))
    if not n:
        raise UserError(f"Pengguna tidak ditemukan: {username}")


def reset_password(engine: Engine, username: str, password: str | None = None) -> str:
    password = password or secrets.token_urlsafe(9)
    with write_txn(engine) as conn:
        n = conn.execute(update(m.app_user).where(m.app_user.c.username == username)
                         .values(password_hash=hash_password(password))).rowcount
        uid = select(m.app_user.c.id).where(m.app_user.c.username == username).scalar_subquery()
        conn.execute(update(m.refresh_token).where(m.refresh_token.c.user_id == uid).values(revoked=True))
    if not n:
        raise UserError(f"Pengguna tidak ditemukan: {username}")
    return password
