"""Statement line identity (the same statement twice adds nothing), bank amounts as whole rupiah, and CSV
exports read through the mappings under resources/bank/mappings."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.domain.bank.csv_mapping import decode, mapping_from_dict, matches, read_csv
from desktop.domain.bank.statement import BankError, StatementLine, parse_bank_amount, with_identities
from desktop.domain.resources import resource_path
from tests.domain.bank.statements import ACCOUNT, Tx, csv_text

D = dt.date(2026, 11, 3)
TXS = [Tx(D, -11_100_000, "TRF KE CV MAJU JAYA 0011223344", "TRX1"), Tx(D, -6_500, "BIAYA ADM", ""),
       Tx(D, -6_500, "BIAYA ADM", ""), Tx(D + dt.timedelta(days=2), 25_000_000, "SP2D GU 0091", "SP2D0091")]


def mapping(name: str):  # type: ignore[no-untyped-def]
    path = resource_path("bank", "mappings", f"{name}.json")
    return mapping_from_dict(json.loads(path.read_text(encoding="utf-8")), path.name)


@pytest.mark.parametrize(("text", "value"), [("1.234.567,00", 1_234_567), ("1.234.567,50", 1_234_568),
                                             ("1.234.567,49", 1_234_567), ("-6.500,00", -6_500),
                                             ("(6.500)", -6_500), ("Rp 250.000", 250_000), ("0,00", 0)])
def test_bank_amounts_are_whole_rupiah(text: str, value: int) -> None:
    assert parse_bank_amount(text) == value


def test_bank_amounts_in_english_notation_with_their_mapping() -> None:
    assert parse_bank_amount("1,234,567.00", decimal_sep=".", thousands_sep=",") == 1_234_567


@pytest.mark.parametrize("text", ["1,234,567.00", "12a", "", "1.2.3,4,5"])
def test_bad_amounts_say_where(text: str) -> None:
    with pytest.raises(BankError) as err:
        parse_bank_amount(text, where="mutasi.csv baris 7, kolom debet")
    assert err.value.code in ("bank_amount_invalid", "bank_amount_empty")
    assert "mutasi.csv baris 7" in err.value.message


def test_identical_lines_of_one_file_are_two_lines_and_rereading_gives_the_same_ids() -> None:
    first = read_csv(csv_text(TXS, 50_000_000), mapping("generic"), account=ACCOUNT, file_name="a.csv")
    again = read_csv(csv_text(TXS, 50_000_000), mapping("generic"), account=ACCOUNT, file_name="b.csv")
    ids = [x.line_id for x in first.lines]
    assert len(set(ids)) == 4 and ids == [x.line_id for x in again.lines]


def test_identity_without_balance_uses_the_rank_in_the_day() -> None:
    fee = StatementLine(ACCOUNT, D, -6_500, "", "BIAYA ADM")
    one = with_identities([fee, fee])
    assert one[0].line_id != one[1].line_id
    # an export of a longer period that covers the same day gives the same two ids
    longer = with_identities([StatementLine(ACCOUNT, D - dt.timedelta(days=1), -1, "", "X"), fee, fee])
    assert [x.line_id for x in longer[1:]] == [x.line_id for x in one]


def test_generic_csv_reads_debits_credits_and_balances() -> None:
    st = read_csv(csv_text(TXS, 50_000_000), mapping("generic"), account="123-456-7890", file_name="a.csv")
    assert st.account == ACCOUNT
    assert [x.amount for x in st.lines] == [-11_100_000, -6_500, -6_500, 25_000_000]
    assert st.lines[-1].balance == 50_000_000 - 11_113_000 + 25_000_000
    assert st.lines[0].reference == "TRX1" and st.lines[0].date == D


def test_bank_jateng_csv_with_stated_balances() -> None:
    text = csv_text(TXS, 50_000_000, style="bank_jateng")
    assert matches(mapping("bank_jateng"), text) and not matches(mapping("generic"), text)
    st = read_csv(text, mapping("bank_jateng"), account=ACCOUNT, file_name="jateng.csv")
    assert [x.amount for x in st.lines] == [-11_100_000, -6_500, -6_500, 25_000_000]
    kinds = {b.kind: b for b in st.balances}
    assert kinds["opening"].amount == 50_000_000 and kinds["opening"].date == D
    assert kinds["closing"].amount == 63_887_000 and kinds["closing"].date == D + dt.timedelta(days=2)


def test_a_file_without_the_columns_names_them() -> None:
    with pytest.raises(BankError) as err:
        read_csv("Foo,Bar\n1,2\n", mapping("generic"), account=ACCOUNT, file_name="x.csv")
    assert err.value.code == "bank_csv_columns_missing" and "Tanggal" in err.value.message


def test_a_bad_date_names_the_row() -> None:
    text = csv_text(TXS, 0).replace("03/11/2026", "31/02/2026", 1)
    with pytest.raises(BankError) as err:
        read_csv(text, mapping("generic"), account=ACCOUNT, file_name="x.csv")
    assert err.value.code == "bank_date_invalid" and "x.csv baris 2" in err.value.message


def test_debit_and_credit_on_one_row_is_refused() -> None:
    text = 'Tanggal,Keterangan,Debet,Kredit\n03/11/2026,X,"1.000,00","2.000,00"\n'
    with pytest.raises(BankError) as err:
        read_csv(text, mapping("generic"), account=ACCOUNT, file_name="x.csv")
    assert err.value.code == "bank_debit_and_credit"


def test_no_account_no_import() -> None:
    with pytest.raises(BankError) as err:
        read_csv(csv_text(TXS, 0), mapping("generic"), file_name="x.csv")
    assert err.value.code == "bank_account_missing"


def test_binary_and_empty_files() -> None:
    with pytest.raises(BankError) as err:
        decode(b"PK\x03\x04\x00\x00", "mutasi.xlsx")
    assert err.value.code == "bank_file_not_text" and "mutasi.xlsx" in err.value.message
    with pytest.raises(BankError) as err:
        read_csv("\n\n", mapping("generic"), account=ACCOUNT, file_name="kosong.csv")
    assert err.value.code == "bank_file_empty"
    with pytest.raises(BankError) as err:
        read_csv("Tanggal,Keterangan,Debet,Kredit\n", mapping("generic"), account=ACCOUNT, file_name="h.csv")
    assert err.value.code == "bank_file_no_lines"


def test_a_mapping_round_trips_and_bad_ones_are_refused() -> None:
    m = mapping("generic")
    assert mapping_from_dict(m.to_dict(), "copy") == m
    with pytest.raises(BankError) as err:
        mapping_from_dict({"id": "x", "name": "x", "columns": {"date": "Tgl"}}, "mine.json")
    assert err.value.code == "bank_mapping_incomplete"
    with pytest.raises(BankError):
        mapping_from_dict({"id": "x", "name": "x", "columns": {"date": "T", "amount": "J", "colour": "W"}}, "m")
    with pytest.raises(BankError):
        mapping_from_dict({"id": "x", "name": "x", "decimal": ".", "thousands": ".",
                           "columns": {"date": "T", "amount": "J"}}, "m")


def test_signed_amount_column() -> None:
    text = "Tanggal;Keterangan;Jumlah;Saldo\n03/11/2026;TRF;-1.000,00;9.000,00\n04/11/2026;SETOR;500,00;9.500,00\n"
    st = read_csv(text, mapping("generic_signed"), account=ACCOUNT, file_name="s.csv")
    assert [x.amount for x in st.lines] == [-1000, 500]


def test_cp1252_export_is_read() -> None:
    text = decode("Tanggal,Keterangan,Debet,Kredit\n03/11/2026,Pembayaran café,\"1.000,00\",\n".encode("cp1252"), "x")
    st = read_csv(text, mapping("generic"), account=ACCOUNT, file_name="x.csv")
    assert st.lines[0].description == "Pembayaran café"
