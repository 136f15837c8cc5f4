from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import DomainError, MoneyError
from desktop.domain.money import (
    MAX_RUPIAH,
    format_decimal,
    format_number,
    format_percent,
    format_rupiah,
    parse_rupiah,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "Rp0,00"),
        (5, "Rp5,00"),
        (1000, "Rp1.000,00"),
        (1_234_567, "Rp1.234.567,00"),
        (11_100_000, "Rp11.100.000,00"),
        (-1000, "-Rp1.000,00"),
    ],
)
def test_format_rupiah_puebi(value: int, expected: str) -> None:
    assert format_rupiah(value) == expected


def test_format_number() -> None:
    assert format_number(1_234_567) == "1.234.567"
    assert format_number(999) == "999"
    assert format_number(-50_000) == "-50.000"


@pytest.mark.parametrize("bad", [1.5, True, "1000", None])
def test_format_rejects_non_integers(bad: object) -> None:
    with pytest.raises(MoneyError) as err:
        format_rupiah(bad)  # type: ignore[arg-type]
    assert err.value.code == "money_not_integer"
    assert "bilangan bulat rupiah" in err.value.message
    assert isinstance(err.value, DomainError) and isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.234.567,-", 1_234_567),
        ("Rp. 1.234.567", 1_234_567),
        ("1234567", 1_234_567),
        ("1.234.567,00", 1_234_567),
        ("Rp1.234.567,00", 1_234_567),
        ("  Rp  1.234.567  ", 1_234_567),
        ("rp500", 500),
        ("IDR 2.000.000", 2_000_000),
        ("1.000,0", 1000),
        ("Rp\u00a01.500", 1500),
        ("0", 0),
        ("Rp2.500.000,--", 2_500_000),
    ],
)
def test_parse_accepts_what_officers_type(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("", "money_empty", "kosong"),
        ("   ", "money_empty", "kosong"),
        ("Rp", "money_empty", "kosong"),
        ("satu juta", "money_invalid_characters", "bukan jumlah rupiah"),
        ("12a45", "money_invalid_characters", "bukan jumlah rupiah"),
        ("1.23.4", "money_bad_grouping", "tidak pada tempatnya"),
        ("1.2345", "money_bad_grouping", "tidak pada tempatnya"),
        (".500", "money_bad_grouping", "tidak pada tempatnya"),
        ("1.000,50", "money_sen_not_zero", "rupiah utuh"),
        ("-1.000", "money_negative", "negatif"),
        ("Rp -1.000", "money_negative", "negatif"),
        ("1,000,000", "money_comma_grouping", "titik"),
        ("1.000.000.000.000.000", "money_too_large", "terlalu besar"),
        ("99999999999999999999", "money_too_large", "terlalu besar"),
    ],
)
def test_parse_rejects_the_rest(text: str, code: str, phrase: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_rupiah(text)
    assert err.value.code == code
    assert phrase in err.value.message


def test_parse_rejects_non_text() -> None:
    with pytest.raises(MoneyError) as err:
        parse_rupiah(1000)  # type: ignore[arg-type]
    assert err.value.code == "money_not_text"


@settings(derandomize=True)
@given(st.integers(min_value=0, max_value=MAX_RUPIAH))
def test_round_trip_format_parse(n: int) -> None:
    assert parse_rupiah(format_rupiah(n)) == n
    assert parse_rupiah(format_number(n)) == n
    assert parse_rupiah(str(n)) == n


@settings(derandomize=True)
@given(st.integers(min_value=0, max_value=MAX_RUPIAH))
def test_format_shape(n: int) -> None:
    text = format_rupiah(n)
    assert text.startswith("Rp") and text.endswith(",00") and " " not in text
    assert all(len(group) == 3 for group in text[2:-3].split(".")[1:])


def test_format_decimal_and_percent() -> None:
    assert format_decimal(Decimal("9166666.666")) == "9.166.666,67"
    assert format_decimal(Decimal("0.005")) == "0,01"  # half-up
    assert format_decimal(Decimal("-1234.5"), places=0) == "-1.235"
    assert [format_percent(Decimal(x)) for x in ("1.5", "12", "0.5", "100", "0", "3.0")] == [
        "1,5%",
        "12%",
        "0,5%",
        "100%",
        "0%",
        "3%",
    ]
    for bad in (1.5, Decimal("NaN")):
        with pytest.raises(MoneyError) as err:
            format_decimal(bad)  # type: ignore[arg-type]
        assert err.value.code == "money_not_decimal"
        with pytest.raises(MoneyError):
            format_percent(bad)  # type: ignore[arg-type]


def test_format_number_rejects_non_integers() -> None:
    with pytest.raises(MoneyError) as err:
        format_number(2.5)  # type: ignore[arg-type]
    assert err.value.code == "money_not_integer" and "Angka" in err.value.message


@settings(derandomize=True, max_examples=500)
@given(st.text(alphabet="Rrp. ,-0123456789IDRabc\u00a0()", max_size=25))
def test_parse_never_crashes(text: str) -> None:
    try:
        value = parse_rupiah(text)
    except MoneyError as err:
        assert err.code.startswith("money_") and err.message
    else:
        assert 0 <= value <= MAX_RUPIAH
