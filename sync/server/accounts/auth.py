"""Passwords (argon2id), short-lived HMAC access tokens, rotating refresh tokens with a grace retry, throttling.

Refresh rotation (SYNC.md §7, FAPI): presenting token T returns a new T'. If the response was lost, the client
retries with T; since T' was never used, that retry succeeds (T' is revoked and T'' issued). If T' *was* used,
a replay of T means theft: the whole family is revoked.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, and_, bindparam, insert, select, update

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.states import Role
from sync.server.accounts.throttle import check_throttle, record_attempt
from sync.server.settings import Settings
from sync.server.storage import models as m
from sync.server.storage.db import Hot, now_s, write_txn
from sync.server.storage.state import get_state

# OWASP's argon2id minimum (19 MiB, t=2, p=1): memory-hard yet ~20 ms, so logins stay cheap on 2 cores.
HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    user_id: str
    username: str
    role: Role  # the primary (first) role
    opd_id: str | None
    roles: frozenset[Role] = frozenset()  # every role the person holds, e.g. PA/KPA acting as PPK
    role_claim: str = ""  # the roles as stored when the token was issued ("PA_KPA,PPK")
    gen: int = 0  # the user's auth generation when the token was issued
    full_name: str | None = None  # read with the account check of the request (None: not read)

    @property
    def all_roles(self) -> frozenset[Role]:
        return self.roles or frozenset({self.role})

    @property
    def reads_all(self) -> bool:
        return Role.ADMIN_PROVINSI in self.all_roles

    def acting_role(self, allowed: frozenset[Role]) -> Role:
        """Which of the person's roles an action is taken in (recorded in the audit trail)."""
        usable = sorted(r.value for r in self.all_roles & allowed)
        return Role(usable[0]) if usable else self.role


def parse_roles(text: str) -> tuple[Role, ...]:
    """Stored/claimed form "PPK" or "PA_KPA,PPK" → roles (first = primary)."""
    return tuple(Role(part) for part in text.split(","))


class TokenSigner:
    SEEN_MAX = 4096  # tokens whose signature was checked, kept to answer their next request without HMAC/JSON

    def __init__(self, secret: bytes, ttl_s: int) -> None:
        self._secret = secret
        self.ttl_s = ttl_s
        # token → (its caller, exp): a signature checked once holds for the token's life under this process's
        # key. Expiry is still checked on every request; disabled accounts, role and password changes are
        # checked against the database per request (check_current), never here.
        self._seen: dict[str, tuple[Principal, int]] = {}

    @classmethod
    def from_db(cls, conn: Connection, ttl_s: int) -> TokenSigner:
        secret = get_state(conn, "token_secret")
        if not secret:
            raise RuntimeError("database not initialised (run `blangkon-server init-db`)")
        return cls(bytes.fromhex(secret), ttl_s)

    def issue(self, user: Any, now: int) -> str:
        claims = {"sub": user.id, "usr": user.username, "role": user.role, "opd": user.opd_id,
                  "gen": int(getattr(user, "auth_gen", 0) or 0), "iat": now, "exp": now + self.ttl_s}
        body = _b64(json.dumps(claims, separators=(",", ":")).encode())
        sig = _b64(hmac.new(self._secret, body.encode(), hashlib.sha256).digest())
        return f"{body}.{sig}"

    def verify(self, token: str, now: int) -> Principal:
        seen = self._seen.get(token)
        if seen is not None:
            if seen[1] < now:
                raise ProtocolError(ErrorCode.UNAUTHORIZED, "Sesi berakhir; perbarui token lalu ulangi.")
            return seen[0]
        who, exp = self._verify(token, now)
        if len(self._seen) >= self.SEEN_MAX:
            self._seen.clear()  # crude but bounded: the next request of each live token checks it again
        self._seen[token] = (who, exp)
        return who

    def _verify(self, token: str, now: int) -> tuple[Principal, int]:
        try:
            body, sig = token.split(".")
            expected = _b64(hmac.new(self._secret, body.encode(), hashlib.sha256).digest())
            if not hmac.compare_digest(sig, expected):
                raise ValueError("bad signature")
            claims = json.loads(_unb64(body))
            if int(claims["exp"]) < now:
                raise ProtocolError(ErrorCode.UNAUTHORIZED, "Sesi berakhir; perbarui token lalu ulangi.")
            roles = parse_roles(claims["role"])
            return Principal(claims["sub"], claims["usr"], roles[0], claims["opd"], frozenset(roles),
                             claims["role"], int(claims.get("gen", 0))), int(claims["exp"])
        except ProtocolError:
            raise
        except (ValueError, KeyError, TypeError):
            raise ProtocolError(ErrorCode.UNAUTHORIZED, "Token akses tidak valid; silakan masuk ulang.") from None


_CURRENT = Hot(select(m.app_user.c.disabled, m.app_user.c.role, m.app_user.c.auth_gen, m.app_user.c.full_name)
               .where(m.app_user.c.id == bindparam("uid")))  # built once: only parameters are bound per request


def check_current(conn: Connection, who: Principal) -> Principal:
    """An access token ends at once when its user is disabled, loses or changes a role, or has the password
    reset (issue 15): the signature alone would keep it valid for its whole lifetime. Returns the caller with
    the account's full name (stamped on what a command records: one read fewer per transition)."""
    row = _CURRENT.first(conn, {"uid": who.user_id})
    if row is None or row[0]:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Akun ini dinonaktifkan; hubungi admin OPD.")
    _disabled, role, auth_gen, full_name = row
    if auth_gen != who.gen or role != who.role_claim:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Hak akses akun Anda berubah; silakan masuk ulang.")
    return dataclasses.replace(who, full_name=full_name)


def _invalid_grant(detail: str = "Nama pengguna atau kata sandi salah.") -> ProtocolError:
    return ProtocolError(ErrorCode.INVALID_GRANT, detail)


def _new_refresh(conn: Connection, settings: Settings, user_id: str, family: str, device: str | None,
                 now: int) -> str:
    raw = secrets.token_urlsafe(32)
    conn.execute(insert(m.refresh_token).values(
        token_hash=sha256_hex(raw), user_id=user_id, family_id=family, device_id=device, created_at=now,
        expires_at=now + settings.refresh_ttl_s, replaced_by=None, revoked=False))
    return raw


def _known_device(conn: Connection, user: Any, raw_refresh: str | None, now: int) -> bool:
    """A password grant that also presents a valid refresh token of the same user comes from a device that
    already signed in: throttling (aimed at guessers) never delays it."""
    if user is None or not raw_refresh:
        return False
    rt = m.refresh_token.c
    row = conn.execute(select(rt.user_id, rt.revoked, rt.expires_at).where(
        rt.token_hash == sha256_hex(raw_refresh))).first()
    return row is not None and row.user_id == user.id and not row.revoked and row.expires_at >= now


def login(engine: Engine, settings: Settings, username: str, password: str, device: str | None,
          address: str, known_refresh: str | None = None) -> tuple[Any, str]:
    """Password grant. Returns (user row, raw refresh token)."""
    now = now_s()
    with engine.connect() as conn:
        user = conn.execute(select(m.app_user).where(m.app_user.c.username == username)).first()
        if not _known_device(conn, user, known_refresh, now):
            check_throttle(conn, settings, username, address, now)
    # Verify even for unknown users so timing does not reveal which usernames exist.
    ok = verify_password(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    record_attempt(engine, username, address, ok, settings)
    if not ok or user is None:
        raise _invalid_grant()
    if user.disabled:
        raise _invalid_grant("Akun ini dinonaktifkan; hubungi admin OPD.")
    with write_txn(engine) as conn:
        raw = _new_refresh(conn, settings, user.id, str(uuid.uuid4()), device, now)
    return user, raw


def refresh(engine: Engine, settings: Settings, raw: str) -> tuple[Any, str]:
    now = now_s()
    rt = m.refresh_token.c
    stolen = False
    with write_txn(engine) as conn:
        row = conn.execute(select(m.refresh_token).where(rt.token_hash == sha256_hex(raw))
                           .with_for_update()).first()
        if row is None or row.revoked or row.expires_at < now:
            raise _invalid_grant("Token penyegaran tidak berlaku; silakan masuk ulang.")
        if row.replaced_by is not None:
            successor = conn.execute(select(m.refresh_token).where(rt.token_hash == row.replaced_by)).first()
            if successor is not None and successor.replaced_by is None and not successor.revoked:
                # Grace retry: the successor was never used, so the previous response was lost.
                conn.execute(update(m.refresh_token).where(rt.token_hash == successor.token_hash)
                             .values(revoked=True))
            else:
                conn.execute(update(m.refresh_token).where(rt.family_id == row.family_id).values(revoked=True))
                stolen = True
        if not stolen:
            user = conn.execute(select(m.app_user).where(m.app_user.c.id == row.user_id)).one()
            if user.disabled:
                raise _invalid_grant("Akun ini dinonaktifkan; hubungi admin OPD.")
            new_raw = _new_refresh(conn, settings, user.id, row.family_id, row.device_id, now)
            conn.execute(update(m.refresh_token).where(and_(rt.token_hash == row.token_hash))
                         .values(replaced_by=sha256_hex(new_raw)))
    if stolen:  # raised only after the family revocation has committed
        raise _invalid_grant("Token penyegaran sudah dipakai; silakan masuk ulang.")
    return user, new_raw


_DUMMY_HASH = hash_password("tidak-ada-pengguna")
