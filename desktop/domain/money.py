"""Integer rupiah: PUEBI formatting and a tolerant-but-strict parser for what officers type.

PUEBI writes `Rp1.234.567,00`: no space and no dot after "Rp", "." groups thousands, "," marks sen. The app
keeps whole rupiah only, so the sen part is always ",00" on output and must be zero on input.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.errors import MoneyError
from desktop.domain.texts import DOMAIN_TEXTS

# The largest amount terbilang can spell (999 triliun ...); anything above is a typing accident.
MAX_RUPIAH = 999_999_999_999_999

_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_SEN = re.compile(r"^(?P<body>.*?),(?P<sen>\d{1,2}|-{1,2})$")


def _require_int(n: object, what: str) -> int:
    """`what` is the catalog code of the word naming the value (built only when refusing: this is hot)."""
    # bool is an int subclass and float is a money bug; both are refused explicitly.
    if isinstance(n, bool) or not isinstance(n, int):
        raise MoneyError("money_not_integer", what=DOMAIN_TEXTS(what), type=type(n).__name__)
    return n


def format_number(n: int) -> str:
    """`1234567` → `1.234.567` (negatives keep a leading minus)."""
    value = _require_int(n, "term_number")
    grouped = f"{abs(value):,}".replace(",", ".")
    return f"-{grouped}" if value < 0 else grouped


def format_rupiah(n: int) -> str:
    """`1234567` → `Rp1.234.567,00`; `-1000` → `-Rp1.000,00`."""
    value = _require_int(n, "term_money_amount")
    text = f"Rp{format_number(abs(value))},00"
    return f"-{text}" if value < 0 else text


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Intermediate tax figures in Indonesian notation: `Decimal("9166666.666")` → `9.166.666,67`."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise MoneyError("money_not_decimal", value=repr(value))
    quantum = Decimal(1).scaleb(-places)
    text = f"{abs(value.quantize(quantum, rounding=ROUND_HALF_UP)):,.{places}f}"
    text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"-{text}" if value < 0 else text


def format_percent(value: Decimal) -> str:
    """Rates for display: `Decimal("1.5")` → `1,5%`, `Decimal("12")` → `12%`."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise MoneyError("money_not_decimal", DOMAIN_TEXTS("percent_not_decimal", value=repr(value)))
    text = format(value.normalize(), "f") if value != 0 else "0"
    return text.replace(".", ",") + "%"


def parse_rupiah(text: str) -> int:
    """Parse `Rp 1.234.567,-`, `Rp. 1.234.567`, `1234567`, `1.234.567,00` ... into whole rupiah.

    Raises MoneyError (Indonesian message) for anything else: letters, misplaced dots, non-zero sen,
    negative, empty or absurdly large amounts.
    """
    if not isinstance(text, str):
        raise MoneyError("money_not_text")
    cleaned = text.replace("\u00a0", " ").strip()
    if not cleaned:
        raise MoneyError("money_empty")
    if cleaned.startswith("-") or cleaned.startswith("(") or "-Rp" in cleaned:
        raise MoneyError("money_negative")
    cleaned = _PREFIX.sub("", cleaned).strip()
    if cleaned.startswith("-"):
        raise MoneyError("money_negative")
    body = cleaned
    sen_match = _SEN.match(cleaned)
    if sen_match:
        body = sen_match.group("body").strip()
        sen = sen_match.group("sen")
        if not sen.startswith("-") and int(sen) != 0:
            raise MoneyError("money_sen_not_zero", sen=sen)
    if not body:
        raise MoneyError("money_empty")
    if re.search(r"[^\d.,\s]", body):
        raise MoneyError("money_invalid_characters", text=text.strip())
    if "," in body:
        raise MoneyError("money_comma_grouping", text=text.strip())
    if _PLAIN.match(body):
        digits = body
    elif _GROUPED.match(body):
        digits = body.replace(".", "")
    else:
        raise MoneyError("money_bad_grouping", text=text.strip())
    if len(digits) > 15 or int(digits) > MAX_RUPIAH:
        raise MoneyError("money_too_large", text=text.strip(), limit=format_rupiah(MAX_RUPIAH))
    return int(digits)
