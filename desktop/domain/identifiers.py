"""Indonesian identifiers: NIP, NIK, NPWP, kode rekening, sub-kegiatan and Kode RUP.

Each `parse_*` strips what officers add for readability (spaces, dots, dashes where harmless), checks the
structure (real dates, plausible codes) and returns a frozen dataclass, or raises IdentifierError in Indonesian.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.errors import IdentifierError
from desktop.domain.texts import DOMAIN_TEXTS

_SEPARATORS = re.compile(r"[\s.\-]")


def _text(value: object, what: str, code: str) -> str:
    """`what`: catalog code of the identifier's name (built only when refusing)."""
    if not isinstance(value, str) or not value.strip():
        raise IdentifierError(f"{code}_empty", DOMAIN_TEXTS("identifier_empty", what=DOMAIN_TEXTS(what)))
    return value.strip()


def _real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- NIP ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Nip:
    digits: str
    birth_date: dt.date
    tmt: dt.date  # CPNS start month (first day)
    sex: str  # "L" (digit 1) or "P" (digit 2)
    sequence: int

    @property
    def formatted(self) -> str:
        return format_nip(self.digits)


def format_nip(nip: str) -> str:
    """`198609262015051001` → `19860926 201505 1 001` (accepts an already spaced NIP)."""
    digits = re.sub(r"\s", "", _text(nip, "term_nip", "nip"))
    if not re.fullmatch(r"\d{18}", digits):
        raise IdentifierError("nip_length", count=len(digits))
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def nip_digits(text: str) -> str:
    """Only the 18-digit shape: the admin override for PPPK numbers, which are structured differently."""
    digits = re.sub(r"\s", "", _text(text, "term_nip", "nip"))
    if not digits.isdigit():
        raise IdentifierError("nip_not_digits")
    if len(digits) != 18:
        raise IdentifierError("nip_length", count=len(digits))
    return digits


def parse_nip(text: str, today: dt.date | None = None) -> Nip:
    """Parse a PNS NIP: real birth date, real TMT month (17 to 60 years after birth, not in the future), sex
    digit 1/2, sequence 001-999. `today` defaults to the system date."""
    digits = nip_digits(text)
    now = today or dt.date.today()
    birth = _real_date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None:
        raise IdentifierError("nip_birth_date", digits=digits[:8])
    if birth.year > now.year - 17:
        raise IdentifierError("nip_too_young", birth_year=birth.year, year=now.year)
    if birth.year < 1940:
        raise IdentifierError("nip_too_old", birth_year=birth.year)
    tmt = _real_date(int(digits[8:12]), int(digits[12:14]), 1)
    if tmt is None:
        raise IdentifierError("nip_tmt", digits=digits[8:14])
    if not birth.year + 17 <= tmt.year <= birth.year + 60 or tmt > now:
        raise IdentifierError("nip_tmt", DOMAIN_TEXTS("nip_tmt_implausible", tmt=digits[8:14], birth=digits[:8]))
    if digits[14] not in "12":
        raise IdentifierError("nip_sex_digit", digit=digits[14])
    if digits[15:] == "000":
        raise IdentifierError("nip_sequence")
    return Nip(digits, birth, tmt, "L" if digits[14] == "1" else "P", int(digits[15:]))


# --- NIK ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Nik:
    digits: str
    province_code: str  # "33"
    kabkota_code: str  # "33.74" (Kemendagri style, matches kabkota_jateng.csv)
    kecamatan_code: str
    birth_day: int
    birth_month: int
    birth_year_2digit: int
    sex: str  # "L" / "P" (women: day + 40)


def parse_nik(text: str) -> Nik:
    digits = _SEPARATORS.sub("", _text(text, "term_nik", "nik"))
    if not digits.isdigit():
        raise IdentifierError("nik_not_digits")
    if len(digits) != 16:
        raise IdentifierError("nik_length", count=len(digits))
    province, kab, kec = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if not 11 <= province <= 99 or kab == 0 or kec == 0:
        raise IdentifierError("nik_region", digits=digits[:6])
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "P" if day > 40 else "L"
    real_day = day - 40 if day > 40 else day
    # Two-digit year: valid if the date exists in either century (29 Feb needs a leap year in one of them).
    if not any(_real_date(century + yy, month, real_day) for century in (1900, 2000)):
        raise IdentifierError("nik_birth_date", digits=digits[6:12])
    if digits[12:] == "0000":
        raise IdentifierError("nik_sequence")
    return Nik(digits, digits[:2], f"{digits[:2]}.{digits[2:4]}", digits[4:6], real_day, month, yy, sex)


# --- NPWP --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Npwp:
    digits: str  # always 16 digits
    from_legacy_15: bool

    @property
    def legacy_formatted(self) -> str | None:
        """The old dotted form `01.234.567.8-912.345`, when the number came from one."""
        if not self.from_legacy_15:
            return None
        d = self.digits[1:]
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def parse_npwp(text: str) -> Npwp:
    """16-digit NPWP (or NIK for individuals); the old 15-digit format is converted with a leading 0."""
    raw = _text(text, "term_npwp", "npwp")
    digits = _SEPARATORS.sub("", raw)
    if not digits.isdigit():
        raise IdentifierError("npwp_not_digits")
    legacy = len(digits) == 15
    if legacy:
        digits = "0" + digits
    if len(digits) != 16:
        raise IdentifierError("npwp_length", count=len(digits))
    if len(set(digits.lstrip("0") or "0")) == 1:
        raise IdentifierError("npwp_zero" if set(digits) == {"0"} else "npwp_placeholder",
                              DOMAIN_TEXTS("npwp_placeholder", text=raw))
    if digits[0] != "0":
        # A 16-digit NPWP not starting with 0 is a resident's NIK (PMK 112/2022): it must be a valid NIK.
        try:
            parse_nik(digits)
        except IdentifierError as exc:
            raise IdentifierError("npwp_nik_invalid", problem=exc.message) from exc
    return Npwp(digits, legacy)


# --- Kode rekening, sub-kegiatan, Kode RUP ------------------------------------------------------------------

_REKENING_LEVELS = (r"\d", r"\d", r"\d{2}", r"\d{2}", r"\d{2}", r"\d{4}")


@dataclass(frozen=True)
class KodeRekening:
    code: str
    parts: tuple[str, ...]

    @property
    def level(self) -> int:
        return len(self.parts)

    @property
    def parent(self) -> str | None:
        return ".".join(self.parts[:-1]) or None


def parse_kode_rekening(text: str, *, require_leaf: bool = True) -> KodeRekening:
    """`5.1.02.01.01.0024` (six levels, Permendagri 90/2019). require_leaf=False accepts a level-1..5 prefix."""
    code = re.sub(r"\s", "", _text(text, "term_kode_rekening", "kode_rekening"))
    parts = tuple(code.split("."))
    wanted = 6 if require_leaf else len(parts)
    if (
        not 1 <= len(parts) <= 6
        or len(parts) != wanted
        or not all(re.fullmatch(p, part) for p, part in zip(_REKENING_LEVELS, parts, strict=False))
    ):
        raise IdentifierError("kode_rekening_format", code=code)
    return KodeRekening(code, parts)


@dataclass(frozen=True)
class SubKegiatan:
    code: str
    urusan: str
    bidang: str
    program: str
    level: str  # "1" provinsi, "2" kabupaten/kota
    kegiatan: str
    sub: str

    @property
    def level_label(self) -> str:
        return "provinsi" if self.level == "1" else "kabupaten/kota"


def parse_sub_kegiatan(text: str) -> SubKegiatan:
    """`2.18.01.2.06.0004` = U.BB.PP.L.KK.SSSS (urusan may be X, bidang XX for cross-cutting affairs)."""
    code = re.sub(r"\s", "", _text(text, "term_sub_kegiatan", "sub_kegiatan"))
    found = re.fullmatch(r"([0-9X])\.(\d{2}|XX)\.(\d{2})\.([12])\.(\d{2})\.(\d{4})", code)
    if found is None:
        raise IdentifierError("sub_kegiatan_format", code=code)
    return SubKegiatan(code, *found.groups())


def parse_kode_rup(text: str) -> str:
    """Kode RUP (SiRUP): digits only, at least 8."""
    code = re.sub(r"\s", "", _text(text, "term_kode_rup", "kode_rup"))
    if not re.fullmatch(r"\d{8,12}", code):
        raise IdentifierError("kode_rup_format", code=code)
    return code
