from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.calendar import HolidayKind, WorkingCalendar, load_holiday_year, parse_holiday_csv
from desktop.domain.errors import CalendarError


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar.from_resources()


def test_holidays_and_weekends(cal: WorkingCalendar) -> None:
    assert cal.is_working_day(dt.date(2026, 11, 23))
    assert not cal.is_working_day(dt.date(2026, 11, 21))  # Saturday
    assert not cal.is_working_day(dt.date(2026, 8, 17))
    natal = cal.holiday(dt.date(2025, 12, 25))
    assert natal is not None and natal.kind is HolidayKind.LIBUR_NASIONAL and "Natal" in natal.name
    cuti = cal.holiday(dt.date(2025, 4, 2))
    assert cuti is not None and cuti.kind is HolidayKind.CUTI_BERSAMA
    assert cal.holiday(dt.date(2026, 11, 23)) is None


def test_every_year_file_is_consistent(cal: WorkingCalendar) -> None:
    for year in (2025, 2026, 2027):
        data = cal.year(year)
        assert len(data.holidays) >= 15
        assert all(day.year == year for day in data.holidays)
    assert not cal.is_provisional(dt.date(2026, 1, 2)) and cal.is_provisional(dt.date(2027, 1, 2))


def test_add_working_days(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(dt.date(2026, 11, 23), 0) == dt.date(2026, 11, 23)
    assert cal.add_working_days(dt.date(2026, 11, 27), 1) == dt.date(2026, 11, 30)  # Fri → Mon
    # Lebaran 2026: Thu 19 Mar (Nyepi) ... Tue 24 Mar are all off.
    assert cal.add_working_days(dt.date(2026, 3, 17), 1) == dt.date(2026, 3, 25)
    assert cal.add_working_days(dt.date(2026, 3, 25), -1) == dt.date(2026, 3, 17)
    # Crosses into the provisional 2027 file (1 Jan 2027 holiday).
    assert cal.add_working_days(dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 4)


def test_working_days_between(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(dt.date(2026, 11, 23), dt.date(2026, 11, 30)) == 5
    assert cal.working_days_between(dt.date(2026, 11, 30), dt.date(2026, 11, 23)) == -5
    assert cal.working_days_between(dt.date(2026, 11, 23), dt.date(2026, 11, 23)) == 0
    a = dt.date(2026, 3, 2)
    for n in range(0, 40, 7):
        assert cal.working_days_between(a, cal.add_working_days(a, n)) == n


def test_missing_year_tells_admin(cal: WorkingCalendar) -> None:
    with pytest.raises(CalendarError) as err:
        cal.is_working_day(dt.date(2031, 1, 2))
    assert err.value.code == "calendar_year_missing"
    assert "holidays_2031.csv" in err.value.message and "admin" in err.value.message.lower()
    with pytest.raises(CalendarError):
        WorkingCalendar.from_years({}).is_working_day(dt.date(2026, 1, 2))


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((dt.date(2026, 1, 5), 1.5), "working_days_invalid"),
        ((dt.date(2026, 1, 5), 10_000), "working_days_invalid"),
        (("2026-01-05", 1), "date_invalid"),
    ],
)
def test_bad_input(cal: WorkingCalendar, args: tuple[object, object], code: str) -> None:
    with pytest.raises(CalendarError) as err:
        cal.add_working_days(*args)  # type: ignore[arg-type]
    assert err.value.code == code and err.value.message
    with pytest.raises(CalendarError) as err:
        cal.working_days_between(dt.date(2025, 1, 1), dt.date(2030, 1, 1))
    assert err.value.code == "working_days_span_too_long"


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("tanggal,nama\n2026-01-01,x\n", "kepala kolom"),
        ("tanggal,jenis,nama\n2026-13-01,libur_nasional,x\n", "tidak sah"),
        ("tanggal,jenis,nama\n2025-01-01,libur_nasional,x\n", "bukan tahun 2026"),
        ("tanggal,jenis,nama\n2026-01-01,libur,x\n", "libur_nasional atau cuti_bersama"),
        ("tanggal,jenis,nama\n2026-01-01,libur_nasional,x\n2026-01-01,cuti_bersama,y\n", "dua kali"),
    ],
)
def test_malformed_file(body: str, phrase: str) -> None:
    with pytest.raises(CalendarError) as err:
        parse_holiday_csv(body, 2026, "holidays_2026.csv")
    assert err.value.code == "calendar_file_invalid" and phrase in err.value.message


def test_custom_folder(tmp_path: Path) -> None:
    (tmp_path / "holidays_2030.csv").write_text(
        "# status: provisional\ntanggal,jenis,nama\n2030-01-01,libur_nasional,Tahun Baru\n", encoding="utf-8"
    )
    year = load_holiday_year(2030, tmp_path)
    assert year.provisional and dt.date(2030, 1, 1) in year.holidays
    assert not WorkingCalendar.from_resources(tmp_path).is_working_day(dt.date(2030, 1, 1))


def test_datetime_is_treated_as_its_date(cal: WorkingCalendar) -> None:
    assert cal.holiday(dt.datetime(2026, 8, 17, 9, 0)) is not None
    assert not cal.is_working_day(dt.datetime(2026, 8, 17, 9, 0))


def test_is_working_day_rejects_text(cal: WorkingCalendar) -> None:
    with pytest.raises(CalendarError) as err:
        cal.is_working_day("2026-08-17")  # type: ignore[arg-type]
    assert err.value.code == "date_invalid" and "bukan tanggal" in err.value.message
