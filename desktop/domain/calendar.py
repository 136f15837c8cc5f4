"""Working-day calendar for deadlines (PPK approval within 3 working days, payment alerts).

Saturdays and Sundays are off; national holidays (libur nasional) and cuti bersama come from
`resources/calendar/holidays_<year>.csv`, one file per year (SKB 3 Menteri). A year without a file is an
error the admin can fix, never a silent "every weekday works".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.domain.errors import CalendarError
from desktop.domain.resources import resource_path
from desktop.domain.texts import DOMAIN_TEXTS

_WEEKEND = (5, 6)  # Saturday, Sunday: ASN five-day week
_MAX_SPAN_DAYS = 3 * 366  # guards against a runaway loop on absurd inputs


class HolidayKind(StrEnum):
    LIBUR_NASIONAL = "libur_nasional"
    CUTI_BERSAMA = "cuti_bersama"


@dataclass(frozen=True)
class Holiday:
    day: dt.date
    kind: HolidayKind
    name: str


@dataclass(frozen=True)
class HolidayYear:
    year: int
    holidays: Mapping[dt.date, Holiday]
    provisional: bool


def parse_holiday_csv(text: str, year: int, source: str) -> HolidayYear:
    """Parse one year's file: `#` comment header (with `# status: official|provisional`), then CSV rows."""
    provisional = False
    body: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if stripped.lower().replace(" ", "").startswith("#status:"):
                provisional = stripped.split(":", 1)[1].strip().lower() == "provisional"
            continue
        if stripped:
            body.append(line)
    reader = csv.DictReader(io.StringIO("\n".join(body)))
    if reader.fieldnames is None or not {"tanggal", "jenis", "nama"} <= set(reader.fieldnames):
        raise CalendarError("calendar_file_invalid", DOMAIN_TEXTS("calendar_header_invalid", source=source))
    holidays: dict[dt.date, Holiday] = {}
    for line_no, row in enumerate(reader, start=2):
        where = DOMAIN_TEXTS("where_data_line", source=source, line=line_no)
        try:
            day = dt.date.fromisoformat((row["tanggal"] or "").strip())
        except ValueError as exc:
            raise CalendarError("calendar_file_invalid",
                                DOMAIN_TEXTS("calendar_date_invalid", where=where, value=row["tanggal"])) from exc
        if day.year != year:
            raise CalendarError("calendar_file_invalid", DOMAIN_TEXTS(
                "calendar_date_other_year", where=where, day=day.isoformat(), year=year))
        try:
            kind = HolidayKind((row["jenis"] or "").strip())
        except ValueError as exc:
            raise CalendarError("calendar_file_invalid",
                                DOMAIN_TEXTS("calendar_kind_invalid", where=where, value=row["jenis"])) from exc
        if day in holidays:
            raise CalendarError("calendar_file_invalid",
                                DOMAIN_TEXTS("calendar_date_twice", where=where, day=day.isoformat()))
        holidays[day] = Holiday(day, kind, (row["nama"] or "").strip())
    return HolidayYear(year, holidays, provisional)


def load_holiday_year(year: int, folder: Path | None = None) -> HolidayYear:
    path = (folder or resource_path("calendar")) / f"holidays_{year}.csv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CalendarError("calendar_year_missing", year=year, file=path.name) from exc
    return parse_holiday_csv(text, year, path.name)


class WorkingCalendar:
    """Answers working-day questions; years are loaded on first use through `loader`."""

    def __init__(self, loader: Callable[[int], HolidayYear]) -> None:
        self._loader = loader
        self._years: dict[int, HolidayYear] = {}

    @classmethod
    def from_resources(cls, folder: Path | None = None) -> WorkingCalendar:
        return cls(lambda year: load_holiday_year(year, folder))

    @classmethod
    def from_years(cls, years: Mapping[int, HolidayYear]) -> WorkingCalendar:
        def loader(year: int) -> HolidayYear:
            if year not in years:
                raise CalendarError("calendar_year_missing", DOMAIN_TEXTS("calendar_year_unknown", year=year))
            return years[year]

        return cls(loader)

    def year(self, year: int) -> HolidayYear:
        if year not in self._years:
            self._years[year] = self._loader(year)
        return self._years[year]

    def holiday(self, day: dt.date) -> Holiday | None:
        checked = _require_date(day)
        return self.year(checked.year).holidays.get(checked)

    def is_provisional(self, day: dt.date) -> bool:
        return self.year(_require_date(day).year).provisional

    def is_working_day(self, day: dt.date) -> bool:
        checked = _require_date(day)
        return checked.weekday() not in _WEEKEND and self.holiday(checked) is None

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The date n working days after `day` (before it when n < 0); `day` itself is not counted, so
        n = 0 returns `day` unchanged."""
        current = _require_date(day)
        if isinstance(n, bool) or not isinstance(n, int) or abs(n) > 500:
            raise CalendarError("working_days_invalid", value=repr(n))
        step = dt.timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]: after `start`, up to and including `end`; negative when end < start."""
        a, b = _require_date(start), _require_date(end)
        if b < a:
            return -self.working_days_between(b, a)
        if (b - a).days > _MAX_SPAN_DAYS:
            raise CalendarError("working_days_span_too_long", start=a, end=b)
        count = 0
        current = a
        while current < b:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


def _require_date(value: object) -> dt.date:
    if not isinstance(value, dt.date):
        raise CalendarError("date_invalid", DOMAIN_TEXTS("calendar_not_a_date", value=repr(value)))
    if isinstance(value, dt.datetime):
        return value.date()
    return value
