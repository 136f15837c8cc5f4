"""Working days and age limits for the orders-by-state report (server side; sync never imports desktop).

Reads the same data files as the desktop: `resources/calendar/holidays_<year>.csv` (SKB 3 Menteri) and
`resources/rules/thresholds.json` (`ppk_approval_working_days`, `bendahara_unpaid_alert_working_days`).
`BLANGKON_RESOURCES` points elsewhere (frozen build). A year without a holiday file counts weekdays only and the
answer says so (`calendar_complete: false`), so the admin knows to add the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("BLANGKON_RESOURCES")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "resources"


@cache
def _holidays(year: int, folder: str) -> frozenset[dt.date] | None:
    path = Path(folder) / "calendar" / f"holidays_{year}.csv"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    body = "\n".join(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    return frozenset(dt.date.fromisoformat(r["tanggal"].strip()) for r in csv.DictReader(io.StringIO(body)))


@cache
def _rule_periods(name: str, folder: str) -> tuple[tuple[str, str | None, int], ...]:
    data = json.loads((Path(folder) / "rules" / "thresholds.json").read_text(encoding="utf-8"))
    return tuple((p["effective_from"], p.get("effective_to"), int(p["value"]))
                 for p in data["rules"][name]["periods"])


def rule_value(name: str, day: dt.date, folder: Path | None = None) -> int:
    iso = day.isoformat()
    for start, end, value in _rule_periods(name, str(folder or resources_dir())):
        if start <= iso and (end is None or iso <= end):
            return value
    raise LookupError(f"no {name} rule in force on {iso}")


@dataclass
class ServerCalendar:
    folder: Path = field(default_factory=resources_dir)
    missing_years: set[int] = field(default_factory=set)

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= 5:
            return False
        holidays = _holidays(day.year, str(self.folder))
        if holidays is None:
            self.missing_years.add(day.year)
            return True
        return day not in holidays

    def counter(self, first: dt.date, last: dt.date) -> WorkingDayCounter:
        """O(1) working-day differences for any two dates in [first, last] (one pass over the span)."""
        return WorkingDayCounter(self, first, last)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; 0 when end <= start."""
        count = 0
        current = start
        limit = min(end, start + dt.timedelta(days=3 * 366))
        while current < limit:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


class WorkingDayCounter:
    def __init__(self, cal: ServerCalendar, first: dt.date, last: dt.date) -> None:
        self.first = first
        self.cal = cal
        self._cum = [0]
        day = first
        while day < last:
            day += dt.timedelta(days=1)
            self._cum.append(self._cum[-1] + (1 if cal.is_working_day(day) else 0))

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; 0 when end <= start; outside the span falls back to counting."""
        if end <= start:
            return 0
        i, j = (start - self.first).days, (end - self.first).days
        if 0 <= i < len(self._cum) and 0 <= j < len(self._cum):
            return self._cum[j] - self._cum[i]
        return self.cal.working_days_between(start, end)


@cache
def _paid_late(bast: str, paid: str, folder: str) -> bool:
    start, end = dt.date.fromisoformat(bast), dt.date.fromisoformat(paid)
    limit = rule_value("bendahara_unpaid_alert_working_days", start, Path(folder))
    return ServerCalendar(Path(folder)).working_days_between(start, end) > limit


def paid_late(bast_day: str | None, paid_day: str | None, folder: Path | None = None) -> bool:
    """Paid more working days after the BAST than the limit in force on the BAST date."""
    if not bast_day or not paid_day:
        return False
    return _paid_late(bast_day, paid_day, str(folder or resources_dir()))
