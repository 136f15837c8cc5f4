"""The server's clock: the one owner of "now" for legal time (order stamps, document dates, the PPK's deadline).

Server time is the legal time (SYNC.md §7). Every part that stamps or compares a time reads it here, so a test
kit can move the whole server in time through `set_source` (tests/server/shifted_clock.py), as the crash hook
does for commits; production never calls it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

WIB = dt.timezone(dt.timedelta(hours=7))  # legal days are Jakarta calendar days

_source: Callable[[], float] = time.time


def set_source(source: Callable[[], float]) -> None:
    """Replace the time source (seconds since the epoch). For test kits only."""
    global _source
    _source = source


def now() -> dt.datetime:
    """The server's time, aware, UTC."""
    return dt.datetime.fromtimestamp(_source(), dt.UTC)


def iso(moment: dt.datetime) -> str:
    """ISO-8601 UTC with Z, millisecond precision: the one wire form of a server stamp."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def now_iso() -> str:
    return iso(now())


def legal_today() -> dt.date:
    """Today's Jakarta calendar day by the server's clock."""
    return now().astimezone(WIB).date()
