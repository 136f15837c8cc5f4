"""Indonesian date wording from fixed tables (never the OS locale).

`format_tanggal` → "23 November 2026"; `dateline` → "Semarang, 23 November 2026" (no final period);
`kalimat_bast` → "Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam".
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.errors import DateError
from desktop.domain.terbilang import terbilang
from desktop.domain.texts import DOMAIN_TEXTS

_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order
_BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _require_date(d: object) -> dt.date:
    if not isinstance(d, dt.date):
        raise DateError("date_invalid", value=repr(d))
    return d


def _require_month(m: object) -> int:
    if isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12:
        raise DateError("month_invalid", value=repr(m))
    return m


def nama_hari(d: dt.date) -> str:
    """Day name: Senin … Minggu."""
    return _HARI[_require_date(d).weekday()]


def nama_bulan(m: int) -> str:
    """Month name: 1 → Januari … 12 → Desember."""
    return _BULAN[_require_month(m) - 1]


def bulan_romawi(m: int) -> str:
    """Month in Roman numerals for document numbers: 11 → XI."""
    return _ROMAWI[_require_month(m) - 1]


def format_tanggal(d: dt.date) -> str:
    """`date(2026, 11, 23)` → "23 November 2026"."""
    day = _require_date(d)
    return f"{day.day} {nama_bulan(day.month)} {day.year}"


def format_tanggal_hari(d: dt.date) -> str:
    """`date(2026, 11, 23)` → "Senin, 23 November 2026"."""
    return f"{nama_hari(d)}, {format_tanggal(d)}"


def dateline(place: str, d: dt.date) -> str:
    """Letter dateline: "Semarang, 23 November 2026"."""
    if not isinstance(place, str) or not place.strip():
        raise DateError("dateline_place_empty")
    return f"{place.strip()}, {format_tanggal(d)}"


def tahun_terbilang(year: int) -> str:
    """2026 → "dua ribu dua puluh enam"."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999:
        raise DateError("year_invalid", value=repr(year))
    return terbilang(year)


def kalimat_bast(d: dt.date) -> str:
    """BAST opening, every number in words."""
    day = _require_date(d)
    return (
        f"Pada hari ini {nama_hari(day)} tanggal {terbilang(day.day)} bulan {nama_bulan(day.month)} "
        f"tahun {tahun_terbilang(day.year)}"
    )


def parse_iso_date(text: str) -> dt.date:
    """Wire dates are ISO `YYYY-MM-DD`; a bad one gets a typed error instead of a bare ValueError."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise DateError("date_invalid", DOMAIN_TEXTS("date_text_invalid", text=text)) from exc
