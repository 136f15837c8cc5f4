"""Small helpers shared by the repositories: UTC timestamps and canonical JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so text comparison = time comparison


def iso(dt: datetime | None = None) -> str:
    """UTC ISO-8601 with a Z. Naive datetimes are taken as UTC (device clocks are informational only)."""
    if dt is None:
        dt = datetime.now(UTC)
    elif dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime(ISO_FORMAT)


def parse_iso(text: str) -> datetime:
    return datetime.strptime(text, ISO_FORMAT).replace(tzinfo=UTC)


def dumps(value: Any) -> str:
    """Canonical JSON: stable key order and separators, so equal values give equal bytes (and hashes)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def loads(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


def rowcount(result: Any) -> int:
    """Rows touched by an UPDATE/DELETE run through Session.execute (a CursorResult at runtime)."""
    return int(result.rowcount)


def inserted_id(result: Any) -> int:
    """Primary key of the row an INSERT created."""
    return int(result.inserted_primary_key[0])
