"""The data keys' holders on this PC (migration 0007): which keys exist, each officer's key pair (public in clear,
private wrapped under the password), and each key wrapped to each officer. No secret is ever stored in clear
here; the cryptography lives in desktop.services.data_protection (the store stays free of crypto libraries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store._util import iso
from desktop.store.tables import data_key, data_key_wrap, officer_key


@dataclass(frozen=True, slots=True)
class DataKeyInfo:
    id: str
    created_at: str
    created_by: str  # the officer whose session made it; "" = made on this PC without a login (keyring)


@dataclass(frozen=True, slots=True)
class OfficerKey:
    public_key: bytes  # X25519, raw 32 bytes
    user_id: str
    wrapped_private: bytes  # nonce ‖ AES-GCM(password-derived key, private key)
    kdf: str  # JSON: algorithm, salt, cost — what derives the wrapping key from the password
    created_at: str = ""
    retired_at: str | None = None


class KeyRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- data keys (ids only) ----------------------------------------------------------------------------------
    def data_keys(self) -> list[DataKeyInfo]:
        """Oldest first."""
        rows = self._s.execute(select(data_key).order_by(data_key.c.created_at, data_key.c.id))
        return [DataKeyInfo(r.id, r.created_at, r.created_by or "") for r in rows]

    def add_data_key(self, key_id: str, created_by: str = "", now: datetime | None = None) -> None:
        stmt = insert(data_key).values(id=key_id, created_at=iso(now), created_by=created_by)
        self._s.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))

    # -- officers' key pairs -----------------------------------------------------------------------------------
    def officer_key(self, user_id: str) -> OfficerKey | None:
        """The officer's current pair (None when they never logged in here since keys existed)."""
        row = self._s.execute(select(officer_key).where(officer_key.c.user_id == user_id,
                                                        officer_key.c.retired_at.is_(None))).first()
        return _officer(row) if row is not None else None

    def officer_keys(self, *, retired: bool = False) -> list[OfficerKey]:
        """Every current pair (the recipients of new wraps); with `retired`, the retired ones too."""
        query = select(officer_key).order_by(officer_key.c.created_at)
        if not retired:
            query = query.where(officer_key.c.retired_at.is_(None))
        return [_officer(r) for r in self._s.execute(query)]

    def retired_keys(self, user_id: str) -> list[OfficerKey]:
        """Pairs the officer had before a password change, newest first (they open with an old password only)."""
        rows = self._s.execute(select(officer_key).where(officer_key.c.user_id == user_id,
                                                         officer_key.c.retired_at.is_not(None))
                               .order_by(officer_key.c.created_at.desc()))
        return [_officer(r) for r in rows]

    def add_officer_key(self, key: OfficerKey, now: datetime | None = None) -> None:
        """The officer's new current pair; a previous current one is retired in the same transaction."""
        when = iso(now)
        self._s.execute(update(officer_key).where(officer_key.c.user_id == key.user_id,
                                                  officer_key.c.retired_at.is_(None)).values(retired_at=when))
        self._s.execute(insert(officer_key).values(public_key=key.public_key, user_id=key.user_id,
                                                   wrapped_private=key.wrapped_private, kdf=key.kdf,
                                                   created_at=when, retired_at=None))

    # -- data keys wrapped to officers -------------------------------------------------------------------------
    def wraps_for(self, public_key: bytes) -> dict[str, bytes]:
        """key id → the data key wrapped to this officer public key."""
        rows = self._s.execute(select(data_key_wrap.c.key_id, data_key_wrap.c.wrapped)
                               .where(data_key_wrap.c.public_key == public_key))
        return {r.key_id: r.wrapped for r in rows}

    def wrapped(self) -> set[tuple[str, bytes]]:
        """Every (key id, officer public key) that has a wrap."""
        rows = self._s.execute(select(data_key_wrap.c.key_id, data_key_wrap.c.public_key))
        return {(r.key_id, bytes(r.public_key)) for r in rows}

    def add_wrap(self, key_id: str, public_key: bytes, wrapped: bytes, now: datetime | None = None) -> None:
        stmt = insert(data_key_wrap).values(key_id=key_id, public_key=public_key, wrapped=wrapped,
                                            created_at=iso(now))
        self._s.execute(stmt.on_conflict_do_nothing(index_elements=["key_id", "public_key"]))


def _officer(row: object) -> OfficerKey:
    r = row._mapping  # type: ignore[attr-defined]
    return OfficerKey(public_key=bytes(r["public_key"]), user_id=r["user_id"],
                      wrapped_private=bytes(r["wrapped_private"]), kdf=r["kdf"], created_at=r["created_at"],
                      retired_at=r["retired_at"])
