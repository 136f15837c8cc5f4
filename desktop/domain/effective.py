"""Effective-dated records: every rate, threshold and template in resources/ carries `effective_from` and an
optional `effective_to` (inclusive). This module validates such periods and picks the one in force on a date."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.domain.errors import DomainError
from desktop.domain.texts import DOMAIN_TEXTS

T = TypeVar("T")
ErrorFactory = Callable[[str, str], DomainError]


@dataclass(frozen=True)
class Period(Generic[T]):
    """One version of a rule: its value, when it applies, why (legal basis) and how sure we are."""

    effective_from: dt.date
    effective_to: dt.date | None
    value: T
    legal_basis: str
    uncertain: bool
    notes: str

    def covers(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)


def parse_date_field(raw: object, field: str, where: str, error: ErrorFactory) -> dt.date:
    if not isinstance(raw, str):
        raise error("rule_file_invalid", DOMAIN_TEXTS("rule_date_not_text", where=where, field=field))
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise error("rule_file_invalid",
                    DOMAIN_TEXTS("rule_date_invalid", where=where, value=raw, field=field)) from exc


def parse_period_meta(
    record: Mapping[str, Any], where: str, error: ErrorFactory
) -> tuple[dt.date, dt.date | None, str, bool, str]:
    """Read the common fields of a dated record; `legal_basis` is mandatory so every figure can be explained."""
    start = parse_date_field(record.get("effective_from"), "effective_from", where, error)
    raw_end = record.get("effective_to")
    end = None if raw_end is None else parse_date_field(raw_end, "effective_to", where, error)
    if end is not None and end < start:
        raise error("rule_file_invalid",
                    DOMAIN_TEXTS("rule_period_reversed", where=where, end=end.isoformat(), start=start.isoformat()))
    legal_basis = record.get("legal_basis")
    if not isinstance(legal_basis, str) or not legal_basis.strip():
        raise error("rule_file_invalid", DOMAIN_TEXTS("rule_legal_basis_missing", where=where))
    uncertain = record.get("uncertain", False)
    if not isinstance(uncertain, bool):
        raise error("rule_file_invalid", DOMAIN_TEXTS("rule_uncertain_not_bool", where=where))
    notes = record.get("notes", "")
    if not isinstance(notes, str):
        raise error("rule_file_invalid", DOMAIN_TEXTS("rule_notes_not_text", where=where))
    return start, end, legal_basis.strip(), uncertain, notes


def check_no_overlap(periods: Sequence[Period[Any]], where: str, error: ErrorFactory) -> None:
    ordered = sorted(periods, key=lambda p: p.effective_from)
    for earlier, later in itertools.pairwise(ordered):
        if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
            raise error("rule_file_overlap", DOMAIN_TEXTS(
                "rule_file_overlap", where=where, first=earlier.effective_from.isoformat(),
                second=later.effective_from.isoformat()))


def pick_period(periods: Sequence[Period[T]], day: dt.date, what: str, error: ErrorFactory) -> Period[T]:
    """The single period covering `day`; a date no rule covers is an error, never a silent default."""
    if not isinstance(day, dt.date):
        raise error("date_invalid", DOMAIN_TEXTS("rule_day_invalid", value=repr(day), what=what))
    for period in periods:
        if period.covers(day):
            return period
    raise error("no_rule_for_date", DOMAIN_TEXTS("no_rule_for_date", what=what, day=day))
