"""Acting officials (Plt / Plh): dated delegations of a role, a rule both ends share (issue #17).

When the PPK, PA/KPA or Bendahara is on leave (Plh, pelaksana harian) or the post is vacant (Plt, pelaksana
tugas), a letter (nomor and date) names another officer to act. An ADMIN_OPD records it on the server; it syncs
down to every PC of the OPD. From `starts_on` to `ends_on` (Jakarta dates, both included) the delegate may do
what the role may: `effective_actor` adds the role to the delegate's own for the lifecycle's check, on the server
and offline alike. Segregation of duties still holds, since it is about the person (a delegate never approves an
order they made). Documents print the acting title ("Plh. Pejabat Pembuat Komitmen") with the delegate's own
name and NIP, and the audit trail records the delegation an act was taken under (`acting_stamp`).

A new delegation is refused when it ends before it starts, has already ended, or overlaps another delegation
of the same role for the same official (or the same vacant post) in the OPD.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from ._codec import Message
from .errors import ErrorCode, ProtocolError
from .lifecycle import Actor
from .rows import is_calendar_date
from .states import ROLE_LABELS, Role


class ActingKind(StrEnum):
    PLT = "PLT"  # pelaksana tugas: the post is vacant (or its holder cannot act for long)
    PLH = "PLH"  # pelaksana harian: the holder is away (leave, duty travel)


ACTING_PREFIX = {ActingKind.PLT: "Plt.", ActingKind.PLH: "Plh."}
DELEGABLE_ROLES = frozenset({Role.PPK, Role.PA_KPA, Role.BENDAHARA})
_LETTER = re.compile(r"^[\w./\-() ]{3,80}$")
_NIP = re.compile(r"^[0-9]{18}$")


@dataclass(frozen=True, slots=True)
class Delegation:
    """One letter: `delegate_id` acts as `role` for `for_user_id` (None: the post is vacant) in `opd_id`."""

    id: str
    opd_id: str
    role: Role
    kind: ActingKind
    delegate_id: str
    delegate_name: str
    for_user_id: str | None
    for_name: str
    starts_on: str  # ISO date, included
    ends_on: str  # ISO date, included
    letter_number: str
    letter_date: str  # ISO date
    delegate_nip: str = ""  # the delegate's NIP as the letter names it (18 digits), printed under the signature
    revoked: bool = False
    created_by: str = ""
    created_at: str = ""
    revoked_at: str | None = None

    def covers(self, day: dt.date) -> bool:
        return not self.revoked and self.starts_on <= day.isoformat() <= self.ends_on

    def overlaps(self, other: Delegation) -> bool:
        return (not self.revoked and not other.revoked and self.id != other.id and self.opd_id == other.opd_id
                and self.role is other.role and self.for_user_id == other.for_user_id
                and self.starts_on <= other.ends_on and other.starts_on <= self.ends_on)

    @property
    def title(self) -> str:
        """The acting title printed under the signature: "Plh. Pejabat Pembuat Komitmen"."""
        return acting_title(self.kind, self.role)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "opd_id": self.opd_id, "role": self.role.value, "kind": self.kind.value,
                "delegate_id": self.delegate_id, "delegate_name": self.delegate_name,
                "delegate_nip": self.delegate_nip, "for_user_id": self.for_user_id, "for_name": self.for_name,
                "starts_on": self.starts_on,
                "ends_on": self.ends_on, "letter_number": self.letter_number, "letter_date": self.letter_date,
                "revoked": self.revoked, "created_by": self.created_by, "created_at": self.created_at,
                "revoked_at": self.revoked_at}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Delegation:
        return cls(id=str(data["id"]), opd_id=str(data["opd_id"]), role=Role(data["role"]),
                   kind=ActingKind(data["kind"]), delegate_id=str(data["delegate_id"]),
                   delegate_name=str(data.get("delegate_name") or ""),
                   delegate_nip=str(data.get("delegate_nip") or ""),
                   for_user_id=None if data.get("for_user_id") is None else str(data["for_user_id"]),
                   for_name=str(data.get("for_name") or ""), starts_on=str(data["starts_on"]),
                   ends_on=str(data["ends_on"]), letter_number=str(data["letter_number"]),
                   letter_date=str(data["letter_date"]), revoked=bool(data.get("revoked", False)),
                   created_by=str(data.get("created_by") or ""), created_at=str(data.get("created_at") or ""),
                   revoked_at=data.get("revoked_at"))


def acting_title(kind: ActingKind | str, role: Role | str) -> str:
    return f"{ACTING_PREFIX[ActingKind(kind)]} {ROLE_LABELS[Role(role)]}"


def _bad(detail: str) -> ProtocolError:
    return ProtocolError(ErrorCode.VALIDATION_ERROR, detail)


@dataclass(frozen=True, slots=True)
class DelegationRequest(Message):
    """What an ADMIN_OPD sends to record a delegation (POST /v1/delegations); users are named by username."""

    role: Role
    kind: ActingKind
    delegate: str  # username of the officer who acts
    starts_on: str
    ends_on: str
    letter_number: str
    letter_date: str
    for_user: str | None = None  # username of the official replaced; None: the post is vacant
    delegate_nip: str = ""  # the delegate's NIP from the letter (18 digits; spaces allowed)

    def __post_init__(self) -> None:
        if self.role not in DELEGABLE_ROLES:
            raise _bad("Peran yang dilimpahkan harus PPK, PA_KPA atau BENDAHARA.")
        if not self.delegate.strip() or len(self.delegate) > 64:
            raise _bad("Sebutkan pegawai yang ditunjuk (kolom 'delegate': nama pengguna).")
        if self.for_user is not None and (not self.for_user.strip() or len(self.for_user) > 64):
            raise _bad("Kolom 'for_user' harus nama pengguna pejabat yang digantikan, atau kosong bila jabatan "
                       "lowong.")
        if self.delegate_nip and not _NIP.match(self.delegate_nip.replace(" ", "")):
            raise _bad("NIP pegawai yang ditunjuk harus 18 angka (mis. 19800101 200501 1 001).")
        if not _LETTER.match(self.letter_number.strip()):
            raise _bad("Nomor surat perintah Plt/Plh wajib diisi (3–80 karakter: huruf, angka, / . - ( )).")
        for name, label in (("starts_on", "Tanggal mulai"), ("ends_on", "Tanggal selesai"),
                            ("letter_date", "Tanggal surat")):
            if not is_calendar_date(getattr(self, name)):
                raise _bad(f"{label} harus tanggal YYYY-MM-DD yang ada (kolom '{name}').")


def _tanggal(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def check_new(new: Delegation, existing: Iterable[Delegation], today: dt.date) -> None:
    """Refuse a delegation that ends before it starts, has already ended, names the official as their own
    acting official, or overlaps another of the same role for the same official (or vacant post)."""
    if new.ends_on < new.starts_on:
        raise _bad(f"Tanggal selesai ({_tanggal(new.ends_on)}) sebelum tanggal mulai ({_tanggal(new.starts_on)}).")
    if new.ends_on < today.isoformat():
        raise _bad(f"Pelimpahan ini sudah berakhir pada {_tanggal(new.ends_on)}; pelimpahan yang sudah lewat "
                   "tidak dapat dicatat.")
    if new.for_user_id is not None and new.for_user_id == new.delegate_id:
        raise _bad("Pejabat tidak dapat ditunjuk sebagai Plt/Plh untuk dirinya sendiri.")
    if (new.ends_on > new.starts_on and
            (dt.date.fromisoformat(new.ends_on) - dt.date.fromisoformat(new.starts_on)).days > 366):
        raise _bad("Pelimpahan Plt/Plh paling lama satu tahun; catat surat perpanjangan sebagai pelimpahan baru.")
    for other in existing:
        if new.overlaps(other):
            whom = f"menggantikan {other.for_name}" if other.for_user_id else "untuk jabatan yang lowong"
            raise ProtocolError(
                ErrorCode.DELEGATION_CONFLICT,
                f"Tumpang tindih dengan {other.title} {other.delegate_name} {whom}, "
                f"{_tanggal(other.starts_on)} s.d. {_tanggal(other.ends_on)} (surat {other.letter_number}). "
                "Cabut pelimpahan itu dulu atau pilih tanggal lain.")


def acting_under(delegations: Iterable[Delegation], user_id: str, role: Role, day: dt.date) -> Delegation | None:
    """The delegation `user_id` holds for `role` on `day`, if any."""
    for d in delegations:
        if d.delegate_id == user_id and d.role is role and d.covers(day):
            return d
    return None


def effective_actor(actor: Actor, delegations: Iterable[Delegation], day: dt.date) -> Actor:
    """The actor with the roles delegated to them on `day` added to their own (for `lifecycle.check`)."""
    extra = {d.role for d in delegations if d.delegate_id == actor.user_id and d.covers(day)}
    return actor if extra <= actor.roles else replace(actor, roles=actor.roles | frozenset(extra))


def acting_stamp(delegation: Delegation) -> dict[str, Any]:
    """What an act's record (approval, receipt, BAST, payment, audit event) says about the delegation."""
    return {"delegation_id": delegation.id, "kind": delegation.kind.value, "role": delegation.role.value,
            "title": delegation.title, "nip": delegation.delegate_nip, "letter_number": delegation.letter_number,
            "letter_date": delegation.letter_date, "for_user_id": delegation.for_user_id,
            "for_name": delegation.for_name}


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember")
