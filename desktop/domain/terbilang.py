"""Spell whole numbers in Indonesian words (kuitansi "terbilang"), lowercase, from fixed tables.

Rules (DOMAIN.md §7): the prefix se- only for 10, 11, 100 and 1.000; "seribu" only when the thousands group is
exactly 1 (101.000 → "seratus satu ribu"; 1.001.000 → "satu juta seribu"); "miliar" not "milyar".
"""

from __future__ import annotations

from desktop.domain.errors import TerbilangError
from desktop.domain.texts import DOMAIN_TEXTS

MAX_TERBILANG = 999_999_999_999_999

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ("", "ribu", "juta", "miliar", "triliun")


def _below_hundred(n: int) -> str:
    if n < 10:
        return _DIGITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_DIGITS[n - 10]} belas"
    tens, units = divmod(n, 10)
    return f"{_DIGITS[tens]} puluh" + (f" {_DIGITS[units]}" if units else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds == 1:
        parts.append("seratus")
    elif hundreds > 1:
        parts.append(f"{_DIGITS[hundreds]} ratus")
    if rest:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def _check(n: object, what: str, upper: int) -> int:
    """`what`: catalog code of the word naming the number (the message is built only when refusing)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TerbilangError("terbilang_not_integer", what=DOMAIN_TEXTS(what), type=type(n).__name__)
    if n < 0:
        raise TerbilangError("terbilang_negative", what=DOMAIN_TEXTS(what), value=n)
    if n > upper:
        raise TerbilangError("terbilang_too_large", what=DOMAIN_TEXTS(what), value=n,
                             limit=f"{upper:,}".replace(",", "."))
    return n


def terbilang(n: int) -> str:
    """`11100000` → "sebelas juta seratus ribu"; `0` → "nol"."""
    value = _check(n, "term_number", MAX_TERBILANG)
    if value == 0:
        return "nol"
    words: list[str] = []
    for scale_index in range(len(_SCALES) - 1, -1, -1):
        group = (value // 1000**scale_index) % 1000
        if group == 0:
            continue
        if scale_index == 1 and group == 1:
            words.append("seribu")
        elif scale_index == 0:
            words.append(_below_thousand(group))
        else:
            words.append(f"{_below_thousand(group)} {_SCALES[scale_index]}")
    return " ".join(words)


def terbilang_rupiah(n: int, sen: int = 0) -> str:
    """Kuitansi form: "sebelas juta seratus ribu rupiah", "nol rupiah", "… rupiah lima puluh sen"."""
    text = f"{terbilang(n)} rupiah"
    sen_value = _check(sen, "term_sen", 99)
    if sen_value:
        text += f" {terbilang(sen_value)} sen"
    return text
