"""Delivery against the SP's deadline (#12.6): late in calendar and working days."""

from __future__ import annotations

import datetime as dt

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.delivery import sp_deadline, timeliness

CAL = WorkingCalendar.from_resources()


def test_deadline_is_the_orders_delivery_date_else_sp_date_plus_seven():
    assert sp_deadline(dt.date(2026, 11, 30), dt.date(2026, 11, 16)) == dt.date(2026, 11, 30)
    assert sp_deadline(None, dt.date(2026, 11, 16)) == dt.date(2026, 11, 23)


def test_on_time_and_late():
    deadline = dt.date(2026, 11, 20)  # a Friday
    on_time = timeliness(dt.date(2026, 11, 20), deadline, CAL)
    assert not on_time.late and on_time.late_days == 0 and on_time.late_working_days == 0
    monday = timeliness(dt.date(2026, 11, 23), deadline, CAL)
    assert monday.late and monday.late_days == 3 and monday.late_working_days == 1
    saturday = timeliness(dt.date(2026, 11, 21), deadline, CAL)
    assert saturday.late and saturday.late_days == 1 and saturday.late_working_days == 0  # late, even on a weekend


def test_missing_holiday_year_still_gives_calendar_days():
    empty = WorkingCalendar.from_years({})
    late = timeliness(dt.date(2031, 1, 10), dt.date(2031, 1, 5), empty)
    assert late.late and late.late_days == 5 and late.late_working_days is None
