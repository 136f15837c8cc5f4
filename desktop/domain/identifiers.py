"""Indonesian identifiers: NIP, NIK, NPWP, kode rekening, sub-kegiatan and Kode RUP.

Each `parse_*` strips what officers add for readability (spaces, dots, dashes where harmless), checks the
structure (real dates, plausible codes) and returns a frozen dataclass, or raises IdentifierError in Indonesian.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.errors import IdentifierError

_SEPARATORS = re.compile(r"[\s.\-]")


def _text(value: object, what: str, code: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise IdentifierError(f"{code}_empty", f"{what} kosong. Isi {what} dengan lengkap.")
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
    digits = re.sub(r"\s", "", _text(nip, "NIP", "nip"))
    if not re.fullmatch(r"\d{18}", digits):
        raise IdentifierError(
            "nip_length", f"NIP harus 18 angka (terisi {len(digits)}). Periksa kembali NIP-nya."
        )
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def nip_digits(text: str) -> str:
    """Only the 18-digit shape: the admin override for PPPK numbers, which are structured differently."""
    digits = re.sub(r"\s", "", _text(text, "NIP", "nip"))
    if not digits.isdigit():
        raise IdentifierError(
            "nip_not_digits", "NIP hanya berisi angka (spasi boleh). Hapus huruf atau tanda baca."
        )
    if len(digits) != 18:
        raise IdentifierError(
            "nip_length", f"NIP harus 18 angka (terisi {len(digits)}). Periksa kembali NIP-nya."
        )
    return digits


def parse_nip(text: str, today: dt.date | None = None) -> Nip:
    """Parse a PNS NIP: real birth date, real TMT month (17 to 60 years after birth, not in the future), sex
    digit 1/2, sequence 001-999. `today` defaults to the system date."""
    digits = nip_digits(text)
    now = today or dt.date.today()
    birth = _real_date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    if birth is None:
        raise IdentifierError(
            "nip_birth_date",
            f"Delapan angka pertama NIP ({digits[:8]}) bukan tanggal lahir yang sah (TTTTBBHH).",
        )
    if birth.year > now.year - 17:
        raise IdentifierError(
            "nip_too_young",
            f"Tahun lahir pada NIP ({birth.year}) berarti pegawai ini belum berumur 17 tahun pada "
            f"{now.year}; tidak mungkin sudah diangkat CPNS. Periksa delapan angka pertama NIP (tanggal lahir "
            "TTTTBBHH), mungkin tertukar dengan tahun pengangkatan.",
        )
    if birth.year < 1940:
        raise IdentifierError(
            "nip_too_old",
            f"Tahun lahir pada NIP ({birth.year}) terlalu tua untuk pegawai aktif. Periksa delapan angka "
            "pertama NIP (tanggal lahir TTTTBBHH).",
        )
    tmt = _real_date(int(digits[8:12]), int(digits[12:14]), 1)
    if tmt is None:
        raise IdentifierError(
            "nip_tmt", f"Angka 9-14 NIP ({digits[8:14]}) bukan bulan TMT CPNS yang sah (TTTTBB)."
        )
    if not birth.year + 17 <= tmt.year <= birth.year + 60 or tmt > now:
        raise IdentifierError(
            "nip_tmt",
            f"TMT CPNS {digits[8:14]} tidak masuk akal untuk kelahiran {digits[:8]}. Periksa angka 9-14 NIP.",
        )
    if digits[14] not in "12":
        raise IdentifierError(
            "nip_sex_digit", f"Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digits[14]}."
        )
    if digits[15:] == "000":
        raise IdentifierError("nip_sequence", "Tiga angka terakhir NIP (nomor urut) tidak boleh 000.")
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
    digits = _SEPARATORS.sub("", _text(text, "NIK", "nik"))
    if not digits.isdigit():
        raise IdentifierError("nik_not_digits", "NIK hanya berisi angka. Hapus huruf atau tanda baca.")
    if len(digits) != 16:
        raise IdentifierError("nik_length", f"NIK harus 16 angka (terisi {len(digits)}). Salin dari KTP.")
    province, kab, kec = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    if not 11 <= province <= 99 or kab == 0 or kec == 0:
        raise IdentifierError(
            "nik_region",
            f"Kode wilayah NIK ({digits[:6]}) tidak sah. Enam angka pertama adalah provinsi, "
            "kabupaten/kota dan kecamatan.",
        )
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "P" if day > 40 else "L"
    real_day = day - 40 if day > 40 else day
    # Two-digit year: valid if the date exists in either century (29 Feb needs a leap year in one of them).
    if not any(_real_date(century + yy, month, real_day) for century in (1900, 2000)):
        raise IdentifierError(
            "nik_birth_date",
            f"Angka 7-12 NIK ({digits[6:12]}) bukan tanggal lahir yang sah (HHBBTT; perempuan +40).",
        )
    if digits[12:] == "0000":
        raise IdentifierError("nik_sequence", "Empat angka terakhir NIK (nomor urut) tidak boleh 0000.")
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
    raw = _text(text, "NPWP", "npwp")
    digits = _SEPARATORS.sub("", raw)
    if not digits.isdigit():
        raise IdentifierError(
            "npwp_not_digits", "NPWP hanya berisi angka, titik dan tanda hubung. Hapus huruf."
        )
    legacy = len(digits) == 15
    if legacy:
        digits = "0" + digits
    if len(digits) != 16:
        raise IdentifierError(
            "npwp_length", f"NPWP harus 16 angka (atau format lama 15 angka); terisi {len(digits)} angka."
        )
    if len(set(digits.lstrip("0") or "0")) == 1:
        raise IdentifierError(
            "npwp_zero" if set(digits) == {"0"} else "npwp_placeholder",
            f"NPWP {raw} adalah angka isian (semua angka sama), bukan NPWP yang sah. Kosongkan bila penyedia "
            "tidak ber-NPWP, atau salin NPWP dari kartu/surat keterangan terdaftarnya.",
        )
    if digits[0] != "0":
        # A 16-digit NPWP not starting with 0 is a resident's NIK (PMK 112/2022): it must be a valid NIK.
        try:
            parse_nik(digits)
        except IdentifierError as exc:
            raise IdentifierError(
                "npwp_nik_invalid",
                "NPWP 16 angka yang tidak diawali 0 adalah NIK orang pribadi, tetapi angka ini bukan NIK yang sah: "
                f"{exc.message} NPWP badan usaha diawali 0.",
            ) from exc
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
    code = re.sub(r"\s", "", _text(text, "Kode rekening", "kode_rekening"))
    parts = tuple(code.split("."))
    wanted = 6 if require_leaf else len(parts)
    if (
        not 1 <= len(parts) <= 6
        or len(parts) != wanted
        or not all(re.fullmatch(p, part) for p, part in zip(_REKENING_LEVELS, parts, strict=False))
    ):
        raise IdentifierError(
            "kode_rekening_format",
            f"Kode rekening '{code}' tidak sesuai format enam tingkat A.B.CC.DD.EE.FFFF, "
            "misalnya 5.1.02.01.01.0024.",
        )
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
    code = re.sub(r"\s", "", _text(text, "Kode sub-kegiatan", "sub_kegiatan"))
    found = re.fullmatch(r"([0-9X])\.(\d{2}|XX)\.(\d{2})\.([12])\.(\d{2})\.(\d{4})", code)
    if found is None:
        raise IdentifierError(
            "sub_kegiatan_format",
            f"Kode sub-kegiatan '{code}' tidak sesuai format U.BB.PP.L.KK.SSSS (L = 1 provinsi, 2 kabupaten/kota), "
            "misalnya 2.18.01.2.06.0004.",
        )
    return SubKegiatan(code, *found.groups())


def parse_kode_rup(text: str) -> str:
    """Kode RUP (SiRUP): digits only, at least 8."""
    code = re.sub(r"\s", "", _text(text, "Kode RUP", "kode_rup"))
    if not re.fullmatch(r"\d{8,12}", code):
        raise IdentifierError(
            "kode_rup_format", f"Kode RUP '{code}' tidak sah: harus 8 sampai 12 angka, sesuai SiRUP."
        )
    return code
