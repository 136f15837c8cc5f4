"""Typed domain errors.

Every error carries a stable snake_case `code` (for logs, tests and UI mapping) and an Indonesian `message`
that tells the officer what to do next. They subclass ValueError so callers that only know "bad value" still
catch them.
"""

from __future__ import annotations


class DomainError(ValueError):
    """Base of every rule violation raised by `desktop.domain`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class ResourceError(DomainError):
    """A data file under resources/ is missing or malformed."""


class MoneyError(DomainError):
    """A rupiah amount that cannot be formatted or parsed."""


class TerbilangError(DomainError):
    """A number that cannot be spelled out."""


class DateError(DomainError):
    """A date part (month, weekday) outside the Indonesian tables."""


class TaxRuleError(DomainError):
    """A purchase the tax engine cannot compute, or a malformed tax table."""


class IdentifierError(DomainError):
    """A malformed NIP, NIK, NPWP, kode rekening, sub-kegiatan or Kode RUP."""


class RuleError(DomainError):
    """A procurement threshold that cannot be applied (bad amount, no rule for the date)."""


class CalendarError(DomainError):
    """A working-day question the holiday calendar cannot answer."""


class NumberingError(DomainError):
    """A document number that cannot be produced (bad template, exhausted block)."""
