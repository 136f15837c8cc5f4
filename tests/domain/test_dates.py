from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.dates import (
    bulan_romawi,
    dateline,
    format_tanggal,
    format_tanggal_hari,
    kalimat_bast,
    nama_bulan,
    nama_hari,
    parse_iso_date,
    tahun_terbilang,
)
from desktop.domain.errors import DateError

MONDAY = dt.date(2026, 11, 23)


def test_domain_examples() -> None:
    assert format_tanggal(MONDAY) == "23 November 2026"
    assert dateline("Semarang", MONDAY) == "Semarang, 23 November 2026"
    assert dateline("  Batang ", MONDAY) == "Batang, 23 November 2026"
    assert kalimat_bast(MONDAY) == (
        "Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam"
    )
    assert format_tanggal_hari(MONDAY) == "Senin, 23 November 2026"


def test_every_weekday_and_month() -> None:
    names = [nama_hari(MONDAY + dt.timedelta(days=i)) for i in range(7)]
    assert names == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    assert [nama_bulan(m) for m in (1, 2, 8, 12)] == ["Januari", "Februari", "Agustus", "Desember"]
    assert [bulan_romawi(m) for m in range(1, 13)] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
    ]


def test_datetime_is_a_date() -> None:
    assert format_tanggal(dt.datetime(2025, 1, 1, 8, 30)) == "1 Januari 2025"


def test_tahun_and_first_of_month() -> None:
    assert tahun_terbilang(2025) == "dua ribu dua puluh lima"
    assert kalimat_bast(dt.date(2025, 1, 1)) == (
        "Pada hari ini Rabu tanggal satu bulan Januari tahun dua ribu dua puluh lima"
    )


@pytest.mark.parametrize("month", [0, 13, True, "11"])
def test_bad_month(month: object) -> None:
    for fn in (nama_bulan, bulan_romawi):
        with pytest.raises(DateError) as err:
            fn(month)  # type: ignore[operator]
        assert err.value.code == "month_invalid"
        assert "1 sampai 12" in err.value.message


@pytest.mark.parametrize("value", ["2026-11-23", None, 20261123])
def test_bad_date(value: object) -> None:
    for fn in (nama_hari, format_tanggal, kalimat_bast):
        with pytest.raises(DateError) as err:
            fn(value)  # type: ignore[operator]
        assert err.value.code == "date_invalid"
        assert "bukan tanggal" in err.value.message


def test_bad_place_and_year() -> None:
    with pytest.raises(DateError) as err:
        dateline(" ", MONDAY)
    assert err.value.code == "dateline_place_empty" and "nama kota" in err.value.message
    with pytest.raises(DateError) as err:
        tahun_terbilang(0)
    assert err.value.code == "year_invalid"


def test_parse_iso_date() -> None:
    assert parse_iso_date("2026-11-23") == MONDAY
    with pytest.raises(DateError) as err:
        parse_iso_date("23/11/2026")
    assert "TTTT-BB-HH" in err.value.message


def test_bad_date_in_dateline_and_day_form() -> None:
    with pytest.raises(DateError) as err:
        dateline("Semarang", "23-11-2026")  # type: ignore[arg-type]
    assert err.value.code == "date_invalid"
    with pytest.raises(DateError) as err:
        format_tanggal_hari(None)  # type: ignore[arg-type]
    assert err.value.code == "date_invalid" and "TTTT-BB-HH" in err.value.message
