from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.errors import IdentifierError
from desktop.domain.identifiers import (
    format_nip,
    nip_digits,
    parse_kode_rekening,
    parse_kode_rup,
    parse_nik,
    parse_nip,
    parse_npwp,
    parse_sub_kegiatan,
)


def test_nip() -> None:
    nip = parse_nip("19860926 201505 1 001")
    assert nip.digits == "198609262015051001"
    assert nip.birth_date == dt.date(1986, 9, 26) and nip.tmt == dt.date(2015, 5, 1)
    assert nip.sex == "L" and nip.sequence == 1
    assert nip.formatted == "19860926 201505 1 001"
    assert parse_nip("199001152019032005").sex == "P"
    assert format_nip("198609262015051001") == "19860926 201505 1 001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "nip_empty"),
        ("19860926 201505 1 00", "nip_length"),
        ("19860926-201505-1-001", "nip_not_digits"),
        ("198613262015051001", "nip_birth_date"),  # month 13
        ("198602302015051001", "nip_birth_date"),  # 30 Feb
        ("193001012015051001", "nip_too_old"),  # born 1930
        ("198609262015131001", "nip_tmt"),  # TMT month 13
        ("198609261995051001", "nip_tmt"),  # CPNS at 8 years old
        ("198609262015053001", "nip_sex_digit"),
        ("198609262015051000", "nip_sequence"),
    ],
)
def test_bad_nip(text: str, code: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_nip(text)
    assert err.value.code == code and "NIP" in err.value.message


def test_pppk_override_checks_shape_only() -> None:
    assert nip_digits("2021 0101 2022 0110 01") == "202101012022011001"
    with pytest.raises(IdentifierError):
        nip_digits("12345")
    with pytest.raises(IdentifierError) as err:
        format_nip("123")
    assert err.value.code == "nip_length"


def test_nik() -> None:
    man = parse_nik("3374012609860001")
    assert man.kabkota_code == "33.74" and man.province_code == "33" and man.kecamatan_code == "01"
    assert (man.birth_day, man.birth_month, man.birth_year_2digit, man.sex) == (26, 9, 86, "L")
    woman = parse_nik("3325 0166 0995 0002")
    assert woman.sex == "P" and woman.birth_day == 26
    assert parse_nik("3374012902000001").birth_day == 29  # 29 Feb 2000 exists


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("337401260986000", "nik_length"),
        ("33740126098600A1", "nik_not_digits"),
        ("0974012609860001", "nik_region"),
        ("3300012609860001", "nik_region"),
        ("3374003209860001", "nik_region"),
        ("3374013209860001", "nik_birth_date"),  # day 32
        ("3374017209860001", "nik_birth_date"),  # day 72 (female 32)
        ("3374012913860001", "nik_birth_date"),  # month 13
        ("3374012902010001", "nik_birth_date"),  # 29 Feb in 1901 and 2001: neither leap
        ("3374012609860000", "nik_sequence"),
        ("   ", "nik_empty"),
    ],
)
def test_bad_nik(text: str, code: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_nik(text)
    assert err.value.code == code and "NIK" in err.value.message


def test_npwp() -> None:
    legacy = parse_npwp("01.234.567.8-912.345")
    assert legacy.digits == "0012345678912345" and legacy.from_legacy_15
    assert legacy.legacy_formatted == "01.234.567.8-912.345"
    modern = parse_npwp("3374 0126 0986 0001")
    assert modern.digits == "3374012609860001" and modern.legacy_formatted is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("01.234.567.8-912", "npwp_length"),
        ("NPWP0123456789123", "npwp_not_digits"),
        ("0000000000000000", "npwp_zero"),
        ("000000000000000", "npwp_zero"),  # the old 15-digit form of "no NPWP" (issue #20)
        ("00.000.000.0-000.000", "npwp_zero"),
        ("9999999999999999", "npwp_placeholder"),
        ("0111111111111111", "npwp_placeholder"),
        ("3374016213870001", "npwp_nik_invalid"),  # a NIK with month 13: not a NIK, not an entity NPWP
        ("1074012609860001", "npwp_nik_invalid"),  # province 10 does not exist
        ("", "npwp_empty"),
    ],
)
def test_bad_npwp(text: str, code: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_npwp(text)
    assert err.value.code == code and "NPWP" in err.value.message


def test_npwp_nik_message_says_what_is_wrong() -> None:
    with pytest.raises(IdentifierError) as err:
        parse_npwp("3374016213870001")
    assert "bukan NIK yang sah" in err.value.message and "tanggal lahir" in err.value.message


def test_nip_of_someone_under_seventeen_says_so() -> None:
    with pytest.raises(IdentifierError) as err:
        parse_nip("201501012035051001", today=dt.date(2026, 11, 23))
    assert err.value.code == "nip_too_young"
    assert "2015" in err.value.message and "belum berumur 17 tahun" in err.value.message
    assert "bukan tanggal lahir yang sah" not in err.value.message


def test_kode_rekening() -> None:
    leaf = parse_kode_rekening("5.1.02.01.01.0024")
    assert leaf.level == 6 and leaf.parent == "5.1.02.01.01" and leaf.parts[-1] == "0024"
    assert parse_kode_rekening("5.1.02", require_leaf=False).level == 3
    assert parse_kode_rekening("5", require_leaf=False).parent is None


@pytest.mark.parametrize(
    "text",
    ["5.1.02.01.01", "5.1.2.01.01.0024", "5.1.02.01.01.24", "5-1-02-01-01-0024", "5.1.02.01.01.0024.1"],
)
def test_bad_kode_rekening(text: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_kode_rekening(text)
    assert err.value.code == "kode_rekening_format" and "5.1.02.01.01.0024" in err.value.message


def test_sub_kegiatan() -> None:
    sub = parse_sub_kegiatan("2.18.01.2.06.0004")
    assert (sub.urusan, sub.bidang, sub.program, sub.level, sub.kegiatan, sub.sub) == (
        "2",
        "18",
        "01",
        "2",
        "06",
        "0004",
    )
    assert sub.level_label == "kabupaten/kota"
    assert parse_sub_kegiatan("4.01.01.1.06.0003").level_label == "provinsi"
    assert parse_sub_kegiatan("X.XX.01.1.01.0001").urusan == "X"


@pytest.mark.parametrize(
    "text", ["2.18.01.3.06.0004", "2.18.01.2.06.004", "2.18.1.2.06.0004", "2.18.01.2.06", ""]
)
def test_bad_sub_kegiatan(text: str) -> None:
    with pytest.raises(IdentifierError) as err:
        parse_sub_kegiatan(text)
    assert (
        err.value.code in {"sub_kegiatan_format", "sub_kegiatan_empty"}
        and "sub-kegiatan" in err.value.message
    )


def test_kode_rup() -> None:
    assert parse_kode_rup(" 41234567 ") == "41234567"
    for bad in ("1234567", "RUP12345678", "1234567890123"):
        with pytest.raises(IdentifierError) as err:
            parse_kode_rup(bad)
        assert err.value.code == "kode_rup_format" and "SiRUP" in err.value.message


@pytest.mark.parametrize(
    ("parse", "code"),
    [
        (parse_nip, "nip_empty"),
        (parse_nik, "nik_empty"),
        (parse_npwp, "npwp_empty"),
        (parse_kode_rekening, "kode_rekening_empty"),
        (parse_sub_kegiatan, "sub_kegiatan_empty"),
        (parse_kode_rup, "kode_rup_empty"),
    ],
)
def test_none_and_blank(parse: object, code: str) -> None:
    assert callable(parse)
    for value in (None, "", "   ", 123):
        with pytest.raises(IdentifierError) as err:
            parse(value)
        assert err.value.code == code and "kosong" in err.value.message


def test_nip_today_is_injectable() -> None:
    with pytest.raises(IdentifierError) as err:
        parse_nip("199001152019032005", today=dt.date(2018, 1, 1))  # TMT in the future
    assert err.value.code == "nip_tmt"
