"""A bank statement line and its identity.

The identity makes a re-import harmless: the same line read again — from the same file, from an overlapping
export, from CSV one month and MT940 the next — gets the same id, so it is stored once. It hashes the account,
the booking date, the signed amount, the bank's reference and, to tell apart two identical transfers on one day,
the running balance after the line when the bank gives one, else the line's rank among identical lines of the
same day in the file (1st, 2nd …), which is the same in every export that covers that whole day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import DomainError


class BankError(DomainError):
    """A statement file, a column mapping or a matching rule that cannot be used (message says what to do)."""


@dataclass(frozen=True)
class StatementLine:
    account: str  # the Bendahara's account number, digits only
    date: dt.date  # booking date
    amount: int  # signed rupiah: negative = money out (debit), positive = money in (credit)
    reference: str = ""  # the bank's or the sender's reference
    description: str = ""  # the narrative as the bank prints it
    counterparty_account: str = ""
    counterparty_name: str = ""
    balance: int | None = None  # running balance after this line, when the statement has one
    code: str = ""  # the bank's transaction type code (MT940 "NCHG", "NTRF"), when given
    occurrence: int = 1  # rank among identical (account, date, amount, reference) lines of the file
    line_id: str = ""  # the identity; set by `with_identities`

    @property
    def is_debit(self) -> bool:
        return self.amount < 0


def digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def line_identity(line: StatementLine) -> str:
    """sha256 over account, date, amount, reference and the balance (or the occurrence when no balance)."""
    tail = f"b{line.balance}" if line.balance is not None else f"n{line.occurrence}"
    key = "|".join((digits(line.account), line.date.isoformat(), str(line.amount),
                    " ".join(line.reference.split()).upper(), tail))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def with_identities(lines: Iterable[StatementLine]) -> list[StatementLine]:
    """The lines of one file with their occurrence rank and identity set."""
    seen: Counter[tuple[str, dt.date, int, str]] = Counter()
    out = []
    for line in lines:
        key = (digits(line.account), line.date, line.amount, " ".join(line.reference.split()).upper())
        seen[key] += 1
        ranked = replace(line, account=digits(line.account), occurrence=seen[key])
        out.append(replace(ranked, line_id=line_identity(ranked)))
    return out


@dataclass(frozen=True)
class Balance:
    """A balance the bank states (opening or closing) at the end of a day."""

    account: str
    date: dt.date
    amount: int
    kind: str  # "opening" | "closing"


@dataclass(frozen=True)
class Statement:
    """What one file holds: its lines (identities set) and the balances it states."""

    account: str
    lines: tuple[StatementLine, ...]
    balances: tuple[Balance, ...] = ()
    source: str = ""  # "csv:<mapping>" or "mt940"

    @property
    def first_date(self) -> dt.date | None:
        return min((x.date for x in self.lines), default=None)

    @property
    def last_date(self) -> dt.date | None:
        return max((x.date for x in self.lines), default=None)


def parse_bank_amount(text: str, decimal_sep: str = ",", thousands_sep: str = ".", *, where: str = "") -> int:
    """Bank text to whole rupiah: "1.234.567,50" → 1234568 (sen rounded half up), "(6.500)" and "-6.500" →
    -6500. Decimal all the way (never float). Raises BankError naming `where` (file, row, column)."""
    raw = (text or "").strip()
    if not raw:
        raise BankError("bank_amount_empty", where=where)
    negative = raw.startswith("-") or (raw.startswith("(") and raw.endswith(")")) or raw.endswith("-")
    body = raw.strip("()-+ ").replace("Rp", "").replace("IDR", "").replace(" ", "").replace("\u00a0", "")
    if thousands_sep:
        body = body.replace(thousands_sep, "")
    if decimal_sep != ".":
        if "." in body:  # a '.' left over is neither our thousands separator nor the decimal one
            raise BankError("bank_amount_invalid", text=raw, where=where)
        body = body.replace(decimal_sep, ".")
    if not re.fullmatch(r"\d+(\.\d+)?", body):
        raise BankError("bank_amount_invalid", text=raw, where=where)
    try:
        value = Decimal(body).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:
        raise BankError("bank_amount_invalid", text=raw, where=where) from exc
    return -int(value) if negative else int(value)


def decimal_to_rupiah(value: Decimal) -> int:
    """A Decimal amount (as a parser library returns it) to whole rupiah, half up."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


__all__ = ["Balance", "BankError", "Statement", "StatementLine", "decimal_to_rupiah", "digits",
           "line_identity", "parse_bank_amount", "with_identities"]
