"""Working-day ages for the orders-by-state report, on the domain's calendar and thresholds (#14: one copy).

`desktop.domain.calendar.WorkingCalendar` counts the days (resources/calendar/holidays_<year>.csv) and
`desktop.domain.thresholds` gives `ppk_approval_working_days` / `bendahara_unpaid_alert_working_days`. The one
server-side choice: a dashboard must still answer for a year without a holiday file, so such a year counts
weekdays only and the answer says so (`calendar_complete: false`) — the desktop, which sets deadlines, refuses.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from desktop.domain.calendar import HolidayYear, WorkingCalendar, load_holiday_year
from desktop.domain.errors import CalendarError
from desktop.domain.thresholds import default_thresholds

_MAX_SPAN = dt.timedelta(days=3 * 366)  # the domain's own limit for one count


class ReportCalendar:
    """The domain calendar, lenient about missing years (recorded in `missing_years`)."""

    def __init__(self) -> None:
        self.missing_years: set[int] = set()
        self.days = WorkingCalendar(self._load)

    def _load(self, year: int) -> HolidayYear:
        try:
            return load_holiday_year(year)
        except CalendarError as err:
            if err.code != "calendar_year_missing":
                raise
            self.missing_years.add(year)
            return HolidayYear(year, {}, provisional=True)

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; 0 when end <= start; spans beyond three years count three years."""
        if end <= start:
            return 0
        return self.days.working_days_between(start, min(end, start + _MAX_SPAN))

    def counter(self, first: dt.date, last: dt.date) -> WorkingDayCounter:
        """O(1) working-day differences for any two dates in [first, last] (one pass over the span)."""
        return WorkingDayCounter(self, first, last)


class WorkingDayCounter:
    """Prefix sums of working days: a report asks the same question for thousands of dates."""

    def __init__(self, cal: ReportCalendar, first: dt.date, last: dt.date) -> None:
        self.first = first
        self.cal = cal
        self._cum = [0]
        day = first
        while day < last:
            day += dt.timedelta(days=1)
            self._cum.append(self._cum[-1] + (1 if cal.days.is_working_day(day) else 0))

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; 0 when end <= start; outside the span falls back to counting."""
        if end <= start:
            return 0
        i, j = (start - self.first).days, (end - self.first).days
        if 0 <= i < len(self._cum) and 0 <= j < len(self._cum):
            return self._cum[j] - self._cum[i]
        return self.cal.between(start, end)


@cache
def shared_calendar() -> ReportCalendar:
    """One per process, like the desktop's: holiday files are read once (a new file needs a restart)."""
    return ReportCalendar()


def rule_value(name: str, day: dt.date) -> int:
    return default_thresholds().value(name, day)


@cache
def _paid_late(bast: str, paid: str) -> bool:
    start, end = dt.date.fromisoformat(bast), dt.date.fromisoformat(paid)
    limit = rule_value("bendahara_unpaid_alert_working_days", start)
    return shared_calendar().between(start, end) > limit


def paid_late(bast_day: str | None, paid_day: str | None) -> bool:
    """Paid more working days after the BAST than the limit in force on the BAST date."""
    if not bast_day or not paid_day:
        return False
    return _paid_late(bast_day, paid_day)
