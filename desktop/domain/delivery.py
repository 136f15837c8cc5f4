"""Was the delivery on time? The day goods arrived against the deadline the Surat Pesanan printed (#12.6).

A delivery after the deadline is late however the PPK ticks it: the BAST never says "sesuai" then, and prints how
late — in calendar days and in working days (desktop.domain.calendar, the province's holiday list).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import DomainError

# An SP without a delivery date prints the approval date + this many days as its deadline (kept from the first
# release of the documents; the order editor warns when the date is missing).
DEFAULT_DELIVERY_DAYS = 7


def sp_deadline(delivery_date: dt.date | None, sp_date: dt.date) -> dt.date:
    """The "Batas waktu penyerahan" the SP prints: the order's delivery date, else SP date + 7 days."""
    return delivery_date or sp_date + dt.timedelta(days=DEFAULT_DELIVERY_DAYS)


@dataclass(frozen=True)
class Timeliness:
    arrived_on: dt.date
    deadline: dt.date
    late_working_days: int | None  # None when the holiday calendar of those years is missing

    @property
    def late(self) -> bool:
        return self.arrived_on > self.deadline

    @property
    def late_days(self) -> int:
        """Calendar days after the deadline (0 when on time)."""
        return max(0, (self.arrived_on - self.deadline).days)


def timeliness(arrived_on: dt.date, deadline: dt.date, calendar: WorkingCalendar | None = None) -> Timeliness:
    if not arrived_on > deadline:
        return Timeliness(arrived_on, deadline, 0)
    try:
        working = (calendar or WorkingCalendar.from_resources()).working_days_between(deadline, arrived_on)
    except DomainError:
        working = None  # the calendar days are still known and printed
    return Timeliness(arrived_on, deadline, working)
