from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from desktop.domain.errors import NumberingError
from desktop.domain.numbering import (
    NumberBlock,
    NumberBlockCursor,
    NumberingRules,
    NumberTemplate,
    default_numbering,
    format_document_number,
)
from desktop.domain.resources import resource_path

DAY = dt.date(2026, 11, 23)


def test_domain_example() -> None:
    assert format_document_number("SP", 17, "DINKOP", DAY) == "000.3/017/SP/DINKOP/XI/2026"
    assert (
        format_document_number("BAST", 1, "BIRO-PBJ", dt.date(2026, 1, 5)) == "000.3/001/BAST/BIRO-PBJ/I/2026"
    )
    assert format_document_number("SP", 1234, "DINKOP", DAY) == "000.3/1234/SP/DINKOP/XI/2026"
    assert format_document_number("KUITANSI", 17, "DINKOP", DAY) == "900.1.3/0017/KW/DINKOP/2026"


def test_template_fields_and_parse() -> None:
    template = NumberTemplate("{jenis}-{seq:05}/{kode_opd}/{bulan}.{tahun}")
    number = template.render(seq=42, day=DAY, kode_opd="33.74", jenis="NPD")
    assert number == "NPD-00042/33.74/11.2026"
    assert template.parse(number) == {
        "jenis": "NPD",
        "seq": "00042",
        "kode_opd": "33.74",
        "bulan": "11",
        "tahun": "2026",
    }
    sp = default_numbering().for_doc("SP", DAY)
    assert sp.template.parse(" 000.3/017/SP/DINKOP/XI/2026 ")["seq"] == "017"
    with pytest.raises(NumberingError) as err:
        sp.template.parse("017/SP/DINKOP/2026")
    assert err.value.code == "number_format_invalid" and "tidak sesuai format" in err.value.message


@pytest.mark.parametrize(
    ("template", "phrase"),
    [
        ("", "kosong"),
        ("{seq}/{nomor_ajaib}", "tak dikenal"),
        ("SP/{tahun}", "tepat satu {seq}"),
        ("{seq}/{seq}", "tepat satu {seq}"),
        ("{seq}/{tahun", "kurung kurawal"),
        ("{seq}/{0}", "kurung kurawal"),
    ],
)
def test_bad_templates(template: str, phrase: str) -> None:
    with pytest.raises(NumberingError) as err:
        NumberTemplate(template)
    assert err.value.code == "template_invalid" and phrase in err.value.message


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"seq": 0}, "sequence_invalid"),
        ({"seq": True}, "sequence_invalid"),
        ({"kode_opd": "DIN KOP"}, "numbering_code_invalid"),
        ({"kode_opd": "A/B"}, "numbering_code_invalid"),
        ({"day": "2026-11-23"}, "date_invalid"),
    ],
)
def test_bad_render(kwargs: dict[str, Any], code: str) -> None:
    args: dict[str, Any] = {"seq": 1, "day": DAY, "kode_opd": "DINKOP", "kode_klas": "000.3", "jenis": "SP"}
    args.update(kwargs)
    with pytest.raises(NumberingError) as err:
        NumberTemplate("{kode_klas}/{seq:03}/{jenis}/{kode_opd}/{tahun}").render(**args)
    assert err.value.code == code and err.value.message


def test_unknown_doc_type_and_date() -> None:
    with pytest.raises(NumberingError) as err:
        format_document_number("SPK", 1, "DINKOP", DAY)
    assert err.value.code == "doc_type_unknown" and "SP" in err.value.message
    with pytest.raises(NumberingError) as err:
        format_document_number("SP", 1, "DINKOP", dt.date(2019, 1, 1))
    assert err.value.code == "no_rule_for_date"


def test_block_cursor_is_gap_free_and_exhausts() -> None:
    block = NumberBlock(2026, "DINKOP", "SP", 11, 13)
    cursor = NumberBlockCursor(block)
    assert [cursor.next(DAY), cursor.next(), cursor.next()] == [11, 12, 13]
    assert cursor.remaining == 0
    with pytest.raises(NumberingError) as err:
        cursor.next()
    assert err.value.code == "number_block_exhausted" and "Sinkronkan" in err.value.message
    resumed = NumberBlockCursor(block, last_used=11)
    assert resumed.peek() == 12 and resumed.remaining == 2 and block.size == 3


def test_block_cursor_rejects_other_year() -> None:
    cursor = NumberBlockCursor(NumberBlock(2026, "DINKOP", "SP", 1, 100))
    with pytest.raises(NumberingError) as err:
        cursor.next(dt.date(2027, 1, 4))
    assert err.value.code == "number_block_wrong_year" and "direset setiap tahun" in err.value.message
    assert cursor.peek() == 1  # nothing consumed


@pytest.mark.parametrize(
    "args",
    [
        (1999, "DINKOP", "SP", 1, 5),
        (2026, "", "SP", 1, 5),
        (2026, "DINKOP", "SP", 0, 5),
        (2026, "DINKOP", "SP", 5, 4),
        (2026, "DINKOP", "S/P", 1, 5),
    ],
)
def test_bad_blocks(args: tuple[Any, ...]) -> None:
    with pytest.raises(NumberingError) as err:
        NumberBlock(*args)
    assert err.value.code in {"block_invalid", "numbering_code_invalid"} and err.value.message


def test_bad_cursor_position() -> None:
    with pytest.raises(NumberingError) as err:
        NumberBlockCursor(NumberBlock(2026, "DINKOP", "SP", 10, 20), last_used=25)
    assert err.value.code == "cursor_invalid"


def test_effective_dated_template_change() -> None:
    data: dict[str, Any] = copy.deepcopy(
        json.loads(resource_path("rules", "numbering.json").read_text(encoding="utf-8"))
    )
    periods = data["doc_types"]["SP"]["periods"]
    periods[0]["effective_to"] = "2026-12-31"
    periods.append(
        dict(
            periods[0],
            effective_from="2027-01-01",
            effective_to=None,
            template="{kode_klas}/{seq:04}/{jenis}/{kode_opd}/{tahun}",
            kode_klas="000.3.2",
        )
    )
    rules = NumberingRules.from_dict(data)
    assert rules.for_doc("SP", DAY).format(5, DAY, "DINKOP") == "000.3/005/SP/DINKOP/XI/2026"
    assert rules.for_doc("SP", dt.date(2027, 2, 1)).format(5, dt.date(2027, 2, 1), "DINKOP") == (
        "000.3.2/0005/SP/DINKOP/2027"
    )
    periods[1]["effective_from"] = "2026-06-01"
    with pytest.raises(NumberingError) as err:
        NumberingRules.from_dict(data)
    assert err.value.code == "rule_file_overlap"
    with pytest.raises(NumberingError):
        NumberingRules.from_dict({"doc_types": {}})


def test_one_formatter_for_client_and_server_reads_back_only_its_own_numbers() -> None:
    """#12.1: the number printed offline is exactly the text the server checks; anything else is refused."""
    from desktop.domain.numbering import document_number, read_document_number

    assert document_number("33.00-DISDIKBUD", "SP", 1, dt.date(2026, 12, 3)) == "000.3/001/SP/DISDIKBUD/XII/2026"
    assert read_document_number("33.00-DISDIKBUD", "SP", "000.3/001/SP/DISDIKBUD/XII/2026", dt.date(2026, 12, 3)) == 1
    for wrong in ("0051/SP/33.00-DISDIKBUD/2026",      # the server's old format
                  "000.3/1/SP/DISDIKBUD/XII/2026",      # not zero-padded as the template says
                  "000.3/001/SP/DINKES/XII/2026",       # another OPD's code
                  "000.3/001/SP/DISDIKBUD/XI/2026",     # another month than the document date
                  "000.3/001/BAST/DISDIKBUD/XII/2026"):  # another document type
        with pytest.raises(NumberingError):
            read_document_number("33.00-DISDIKBUD", "SP", wrong, dt.date(2026, 12, 3))


def test_an_opd_may_have_its_own_code_and_template() -> None:
    data = json.loads(resource_path("rules", "numbering.json").read_text(encoding="utf-8"))
    data["opds"] = {"33.00-DISDIKBUD": {"kode_opd": "DIKBUD", "doc_types": {"SP": {"periods": [{
        "effective_from": "2026-07-01", "template": "{seq:04}/{jenis}/{kode_opd}/{tahun}", "jenis": "SP",
        "legal_basis": "Pergub tata naskah (contoh)"}]}}}}
    rules = NumberingRules.from_dict(data)
    assert rules.number("33.00-DISDIKBUD", "SP", 51, DAY) == "0051/SP/DIKBUD/2026"
    assert rules.read("33.00-DISDIKBUD", "SP", "0051/SP/DIKBUD/2026", DAY) == 51
    assert rules.number("33.00-DISDIKBUD", "BAST", 2, DAY) == "000.3/002/BAST/DIKBUD/XI/2026"  # default template
    assert rules.number("33.00-DINKES", "SP", 2, DAY) == "000.3/002/SP/DINKES/XI/2026"
    with pytest.raises(NumberingError):
        rules.number("33.00-DISDIKBUD", "SP", 1, dt.date(2026, 1, 5))  # before the OPD's own period
    bad = copy.deepcopy(data)
    bad["opds"]["33.00-DISDIKBUD"]["doc_types"] = {"MEMO": {"periods": []}}
    with pytest.raises(NumberingError):
        NumberingRules.from_dict(bad)
