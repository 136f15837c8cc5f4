"""Master data (OPD, sub-kegiatan, kode rekening, marketplaces) and cached users with offline verifiers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store._util import dumps, iso, loads, parse_iso
from desktop.store.records import KodeRekening, Marketplace, Opd, SubKegiatan, TaxCollector, User
from desktop.store.tables import app_user, kode_rekening, marketplace, opd, sub_kegiatan


def _upsert(session: Session, table: Table, keys: list[str], rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    stmt = insert(table)
    update_cols = {c: stmt.excluded[c] for c in rows[0] if c not in keys}
    session.execute(stmt.on_conflict_do_update(index_elements=keys, set_=update_cols), rows)
    return len(rows)


class MasterDataRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def upsert_opds(self, items: Iterable[Opd]) -> int:
        rows = [{"id": o.id, "code": o.code, "name": o.name, "address": o.address, "kabkota": o.kabkota,
                 "active": int(o.active)} for o in items]
        return _upsert(self._s, opd, ["id"], rows)

    def list_opds(self, *, include_inactive: bool = False) -> list[Opd]:
        q = select(opd).order_by(opd.c.name)
        if not include_inactive:
            q = q.where(opd.c.active == 1)
        return [Opd(r.id, r.code, r.name, r.address, r.kabkota, bool(r.active)) for r in self._s.execute(q)]

    def get_opd(self, opd_id: str) -> Opd | None:
        r = self._s.execute(select(opd).where(opd.c.id == opd_id)).one_or_none()
        return None if r is None else Opd(r.id, r.code, r.name, r.address, r.kabkota, bool(r.active))

    def upsert_sub_kegiatan(self, items: Iterable[SubKegiatan]) -> int:
        rows = [{"opd_id": s.opd_id, "kode": s.kode, "year": s.year, "name": s.name, "active": int(s.active)}
                for s in items]
        return _upsert(self._s, sub_kegiatan, ["opd_id", "kode", "year"], rows)

    def list_sub_kegiatan(self, opd_id: str, year: int) -> list[SubKegiatan]:
        q = (select(sub_kegiatan)
             .where(sub_kegiatan.c.opd_id == opd_id, sub_kegiatan.c.year == year, sub_kegiatan.c.active == 1)
             .order_by(sub_kegiatan.c.kode))
        return [SubKegiatan(r.opd_id, r.kode, r.year, r.name, bool(r.active)) for r in self._s.execute(q)]

    def upsert_kode_rekening(self, items: Iterable[KodeRekening]) -> int:
        rows = [{"kode": k.kode, "name": k.name, "active": int(k.active)} for k in items]
        return _upsert(self._s, kode_rekening, ["kode"], rows)

    def list_kode_rekening(self, prefix: str = "") -> list[KodeRekening]:
        q = select(kode_rekening).where(kode_rekening.c.active == 1).order_by(kode_rekening.c.kode)
        if prefix:
            q = q.where(kode_rekening.c.kode.startswith(prefix, autoescape=True))
        return [KodeRekening(r.kode, r.name, bool(r.active)) for r in self._s.execute(q)]

    def upsert_marketplaces(self, items: Iterable[Marketplace]) -> int:
        rows = [{"code": m.code, "name": m.name, "tax_collector": TaxCollector(m.tax_collector).value,
                 "active": int(m.active)} for m in items]
        return _upsert(self._s, marketplace, ["code"], rows)

    def list_marketplaces(self) -> list[Marketplace]:
        q = select(marketplace).where(marketplace.c.active == 1).order_by(marketplace.c.code)
        return [Marketplace(r.code, r.name, TaxCollector(r.tax_collector), bool(r.active))
                for r in self._s.execute(q)]

    def get_marketplace(self, code: str) -> Marketplace | None:
        r = self._s.execute(select(marketplace).where(marketplace.c.code == code)).one_or_none()
        return None if r is None else Marketplace(r.code, r.name, TaxCollector(r.tax_collector), bool(r.active))


def _user(r: Any) -> User:
    return User(id=r.id, username=r.username, full_name=r.full_name, roles=tuple(loads(r.roles, [])),
                opd_id=r.opd_id, nip=r.nip, jabatan=r.jabatan, active=bool(r.active), updated_at=r.updated_at)


class UserRepository:
    """Users cached from the server so officers can log in offline. The verifier (a slow password hash made
    by the credentials service, e.g. argon2) is stored here but only handed out by `get_verifier`."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def cache(self, user: User, *, now: datetime | None = None) -> None:
        row = {"id": user.id, "username": user.username, "full_name": user.full_name, "nip": user.nip,
               "opd_id": user.opd_id, "jabatan": user.jabatan, "roles": dumps(list(user.roles)),
               "active": int(user.active), "updated_at": user.updated_at or iso(now)}
        _upsert(self._s, app_user, ["id"], [row])  # keeps login_verifier: not in the update set

    def get(self, user_id: str) -> User | None:
        r = self._s.execute(select(app_user).where(app_user.c.id == user_id)).one_or_none()
        return None if r is None else _user(r)

    def by_username(self, username: str) -> User | None:
        # the column is COLLATE NOCASE, so "PPK.Budi" finds "ppk.budi"
        r = self._s.execute(select(app_user).where(app_user.c.username == username)).one_or_none()
        return None if r is None else _user(r)

    def list(self, *, opd_id: str | None = None, role: str | None = None) -> list[User]:
        q = select(app_user).where(app_user.c.active == 1).order_by(app_user.c.full_name)
        if opd_id is not None:
            q = q.where(app_user.c.opd_id == opd_id)
        users = [_user(r) for r in self._s.execute(q)]
        return [u for u in users if role is None or role in u.roles]

    def set_verifier(self, user_id: str, verifier: str | None, *, now: datetime | None = None) -> None:
        self._s.execute(update(app_user).where(app_user.c.id == user_id)
                        .values(login_verifier=verifier, verifier_updated_at=iso(now)))

    def get_verifier(self, username: str) -> tuple[str, str] | None:
        """(user id, verifier) for an active user who has logged in online at least once here."""
        r = self._s.execute(select(app_user.c.id, app_user.c.login_verifier)
                            .where(app_user.c.username == username, app_user.c.active == 1)).one_or_none()
        return None if r is None or r.login_verifier is None else (r.id, r.login_verifier)

    # -- offline login throttling (policy numbers belong to the auth service; these are the primitives) ---
    def note_failed_login(self, username: str, *, now: datetime | None = None, lock_after: int = 5,
                          lock_for: timedelta = timedelta(minutes=15)) -> str | None:
        """Count a wrong offline password; after `lock_after` in a row the account is locked until the
        returned time (None: not locked). Unknown usernames are ignored (nothing to lock)."""
        r = self._s.execute(select(app_user.c.id, app_user.c.failed_logins)
                            .where(app_user.c.username == username)).one_or_none()
        if r is None:
            return None
        failed = r.failed_logins + 1
        locked = iso(parse_iso(iso(now)) + lock_for) if failed >= lock_after else None
        self._s.execute(update(app_user).where(app_user.c.id == r.id)
                        .values(failed_logins=0 if locked else failed, locked_until=locked))
        return locked

    def locked_until(self, username: str, *, now: datetime | None = None) -> str | None:
        """When the lock ends, if this user is locked out of offline login right now."""
        until = self._s.execute(select(app_user.c.locked_until).where(app_user.c.username == username)
                                ).scalar_one_or_none()
        return until if until is not None and until > iso(now) else None

    def clear_failed_logins(self, user_id: str) -> None:
        self._s.execute(update(app_user).where(app_user.c.id == user_id).values(failed_logins=0, locked_until=None))
