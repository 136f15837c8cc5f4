"""What this PC knows of its clock, for acts recorded offline (sync.protocol.deadline, #17).

Each sync measures the offset between the server's Date header and the PC's clock (engine._meta) and keeps it,
with the server's time of that measurement, in the sync state. An approval or rejection carries both as
`payload.clock`; the server believes the act's recorded time only when they show a verified clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sync.protocol.deadline import ClockEvidence

CLOCK_OFFSET_KEY = "clock_offset_ms"
CLOCK_VERIFIED_KEY = "clock_verified_at"


def server_stamp(seconds: float) -> str:
    """Epoch seconds as the server writes its stamps (ISO-8601 UTC, milliseconds, Z)."""
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def last_evidence(get: Callable[[str], str | None]) -> ClockEvidence | None:
    """The evidence of the last sync that measured the clock, from the sync state; None before any."""
    offset, verified = get(CLOCK_OFFSET_KEY), get(CLOCK_VERIFIED_KEY)
    if not offset or not verified:
        return None
    try:
        return ClockEvidence(int(offset), verified)
    except ValueError:
        return None
