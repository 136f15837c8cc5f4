"""Typed domain errors.

Every error carries a stable snake_case `code` (for logs, tests and program logic) and a `message` that tells
the officer what to do next: a `Message` (Indonesian text that the UI renders again in the user's language)
made from the package's catalog and the named parameters. They subclass ValueError so callers that only know
"bad value" still catch them.

    raise TaxRuleError("tax_rate_missing", rate="PPh 22", day=day)   # message from the catalog, same code
    raise MoneyError("money_not_decimal", DOMAIN_TEXTS("percent_not_decimal", value=v))  # another template
    raise DomainError("x", "plain Indonesian text")                   # older form, still accepted
"""

from __future__ import annotations

from typing import ClassVar

from desktop.domain.messages import Catalog, CodedError
from desktop.domain.texts import DOMAIN_TEXTS


class DomainError(CodedError, ValueError):
    """Base of every rule violation raised by `desktop.domain`."""

    texts: ClassVar[Catalog] = DOMAIN_TEXTS  # where `code` finds its template when no message is given

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


class UsbRefused(DomainError):
    """A file carried on a USB stick (commands, receipt, catalog) that is refused as a whole: nothing applied."""


class ClosingError(DomainError):
    """A year-end closing (tutup buku) decision or amount the rules refuse."""
