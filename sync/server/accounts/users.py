"""User administration (CLI `users add|list|disable|enable|roles|nip|reset-password|unlock|events`).

Every change that must end a session at once bumps the user's `auth_gen` (access tokens carry it) and is
written to the security log with the OS account that ran the command."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from desktop.domain.errors import IdentifierError
from desktop.domain.identifiers import parse_nip
from sync.protocol.states import Role
from sync.server.accounts.auth import hash_password, parse_roles
from sync.server.accounts.passwords import WeakPassword, check_password
from sync.server.accounts.throttle import os_user, security_event
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, write_txn


class UserError(ValueError):
    pass


def _roles(role: str | None, opd_id: str | None) -> tuple[Role, ...]:
    try:
        roles = parse_roles(role or "")
    except ValueError:
        raise UserError(f"Peran tidak dikenal: {role}. Pilih (boleh beberapa, dipisah koma): "
                        f"{', '.join(x.value for x in Role)}") from None
    if len(set(roles)) != len(roles):
        raise UserError("Peran tidak boleh diulang.")
    if Role.ADMIN_PROVINSI in roles and len(roles) > 1:
        raise UserError("Admin provinsi tidak boleh merangkap peran OPD.")
    if roles[0] is not Role.ADMIN_PROVINSI and not opd_id:
        raise UserError("Peran ini wajib terikat pada satu OPD (--opd).")
    return roles


def _policy(conn: Connection, password: str, username: str, full_name: str | None, opd_id: str | None) -> None:
    opd_name = conn.execute(select(m.opd.c.name).where(m.opd.c.id == opd_id)).scalar() if opd_id else None
    try:
        check_password(password, username, full_name=full_name, opd_id=opd_id, opd_name=opd_name)
    except WeakPassword as exc:
        raise UserError(str(exc)) from None


def checked_nip(nip: str | None) -> str | None:
    """The NIP as 18 digits (spaces allowed in the input), or None when none is given; a NIP that cannot be
    real (birth date, TMT, sex digit, sequence) is refused with desktop.domain's own message."""
    if not (nip or "").strip():
        return None
    try:
        return parse_nip(nip or "").digits
    except IdentifierError as exc:
        raise UserError(str(exc)) from None


def new_password() -> str:
    return secrets.token_urlsafe(12)  # 16 random characters: always passes the policy


def add_user(engine: Engine, username: str, full_name: str, role: str, opd_id: str | None,
             password: str | None = None, *, password_hash: str | None = None, nip: str | None = None
             ) -> tuple[str, str]:
    """Create a user; returns (user id, password). Non-provincial roles must belong to an existing OPD.
    A chosen password must pass the policy (accounts/passwords.py); without one a random one is made.
    `nip`: the officer's NIP, printed under their signature on official documents (#13.19)."""
    roles = _roles(role, opd_id)
    nip = checked_nip(nip)
    if not username or len(username) > 64:
        raise UserError("Nama pengguna wajib diisi, paling panjang 64 karakter.")
    password = password or new_password()
    uid = str(uuid.uuid4())
    with write_txn(engine) as conn:
        if opd_id and conn.execute(select(m.opd.c.id).where(m.opd.c.id == opd_id)).first() is None:
            raise UserError(f"OPD tidak ditemukan: {opd_id}")
        if password_hash is None:
            _policy(conn, password, username, full_name, opd_id)
        if conn.execute(select(m.app_user.c.id).where(m.app_user.c.username == username)).first():
            raise UserError(f"Nama pengguna sudah dipakai: {username}")
        conn.execute(insert(m.app_user).values(
            id=uid, username=username, full_name=full_name or username, role=",".join(x.value for x in roles), opd_id=opd_id,
            password_hash=password_hash or hash_password(password), disabled=False, created_at=now_iso(), nip=nip))
    return uid, password


def list_users(engine: Engine, opd_id: str | None = None) -> list[Any]:
    q = select(m.app_user.c.username, m.app_user.c.full_name, m.app_user.c.role, m.app_user.c.opd_id,
               m.app_user.c.disabled, m.app_user.c.nip).order_by(m.app_user.c.opd_id, m.app_user.c.username)
    if opd_id:
        q = q.where(m.app_user.c.opd_id == opd_id)
    with engine.connect() as conn:
        return list(conn.execute(q))


def _user(conn: Connection, username: str) -> Any:
    row = conn.execute(select(m.app_user).where(m.app_user.c.username == username)).first()
    if row is None:
        raise UserError(f"Pengguna tidak ditemukan: {username}")
    return row


def _end_sessions(conn: Connection, user: Any, *, revoke_refresh: bool) -> None:
    """Access tokens end at once (auth_gen); refresh tokens too when the person must sign in again."""
    conn.execute(update(m.app_user).where(m.app_user.c.id == user.id)
                 .values(auth_gen=m.app_user.c.auth_gen + 1))
    if revoke_refresh:
        conn.execute(update(m.refresh_token).where(m.refresh_token.c.user_id == user.id).values(revoked=True))


def set_disabled(engine: Engine, username: str, disabled: bool = True) -> None:
    with write_txn(engine) as conn:
        user = _user(conn, username)
        conn.execute(update(m.app_user).where(m.app_user.c.id == user.id).values(disabled=disabled))
        _end_sessions(conn, user, revoke_refresh=disabled)
        security_event(conn, "disabled" if disabled else "enabled", username=username, address=None,
                       actor=os_user(), detail="akun dinonaktifkan" if disabled else "akun diaktifkan")


def set_roles(engine: Engine, username: str, role: str) -> tuple[Role, ...]:
    """Replace the person's roles; tokens issued for the old roles stop working at once."""
    with write_txn(engine) as conn:
        user = _user(conn, username)
        roles = _roles(role, user.opd_id)
        text = ",".join(x.value for x in roles)
        conn.execute(update(m.app_user).where(m.app_user.c.id == user.id).values(role=text))
        _end_sessions(conn, user, revoke_refresh=False)  # a refresh gives a token with the new roles
        security_event(conn, "roles_changed", username=username, address=None, actor=os_user(),
                       detail=f"{user.role} → {text}")
    return roles


def set_nip(engine: Engine, username: str, nip: str | None) -> str | None:
    """Record (or clear, with "") the officer's NIP; the desktop receives it at the next login."""
    nip = checked_nip(nip)
    with write_txn(engine) as conn:
        user = _user(conn, username)
        conn.execute(update(m.app_user).where(m.app_user.c.id == user.id).values(nip=nip))
        security_event(conn, "nip_changed", username=username, address=None, actor=os_user(),
                       detail=f"{user.nip or '-'} → {nip or '-'}")
    return nip


def reset_password(engine: Engine, username: str, password: str | None = None) -> str:
    password = password or new_password()
    with write_txn(engine) as conn:
        user = _user(conn, username)
        _policy(conn, password, username, user.full_name, user.opd_id)
        conn.execute(update(m.app_user).where(m.app_user.c.id == user.id)
                     .values(password_hash=hash_password(password)))
        _end_sessions(conn, user, revoke_refresh=True)
        security_event(conn, "password_reset", username=username, address=None, actor=os_user(),
                       detail="kata sandi diganti oleh admin")
    return password


def security_log(engine: Engine, username: str | None = None, limit: int = 50) -> list[Any]:
    se = m.security_event.c
    q = select(m.security_event).order_by(se.id.desc()).limit(limit)
    if username:
        q = q.where(se.username == username)
    with engine.connect() as conn:
        return list(conn.execute(q))
