"""Bendahara books: two BKU lines per withholding, running balances, tax books, register, CSV/XLSX exports."""

from __future__ import annotations

import csv
import io

import openpyxl

from desktop.documents import demo, exports, ledger
from desktop.documents.books import build_bku, build_register, build_tax_book
from desktop.documents.model import DocumentOptions
from tests.documents.conftest import pdf_pages, pdf_text


def test_each_withholding_gives_a_collection_and_a_deposit_line() -> None:
    month = demo.book_month()
    lines = ledger.bku_lines(month)
    withheld = [t for p in month.payments for t in p.taxes]
    # A: PPN + PPh 22; B: PPN; C: PPh 22; D: PPh 23; F: PPh 21 (E: the marketplace collects)
    assert len([x for x in lines if x.kind == "tax_in"]) == len(withheld) == 6
    assert len([x for x in lines if x.kind == "tax_out"]) == len(withheld)
    assert len([x for x in lines if x.kind == "payment"]) == 6
    # No. BKU: each payment line carries the number recorded with it (the kuitansi's Nomor Bukti), and the taxes
    # withheld on it are collected and deposited under the same number; the SP2D receipt has its own.
    by_sp = {p.order_number: p.bku_number.lstrip("0") for p in month.payments}
    assert [x.number for x in lines if x.kind == "receipt"] == ["456"]
    assert all(x.number == by_sp[x.reference] for x in lines if x.kind in ("payment", "tax_in"))
    assert sorted(x.number for x in lines if x.kind == "payment") == ["457", "458", "459", "460", "461", "463"]
    assert [x.date for x in lines] == sorted(x.date for x in lines)
    saldo = month.opening_balance
    for x in lines:
        saldo += x.penerimaan - x.pengeluaran
        assert x.saldo == saldo
    totals = ledger.totals(month, lines)
    assert totals.closing == 50_000_000 + 40_000_000 - (11_100_000 * 2 + 2_100_000 + 2_500_000 * 3)


def test_tax_books_balance_to_zero_once_deposited() -> None:
    books = ledger.tax_books(ledger.bku_lines(demo.book_month()))
    assert set(books) == {"PPN", "PPH21", "PPH22", "PPH23"}
    assert sum(x.pungutan for x in books["PPH21"]) == 62_500  # example F
    assert sum(x.pungutan for x in books["PPN"]) == 1_100_000 + 208_108
    assert sum(x.pungutan for x in books["PPH22"]) == 150_000 + 37_500
    assert sum(x.pungutan for x in books["PPH23"]) == 50_000
    assert all(book[-1].saldo == 0 for book in books.values())


def test_marketplace_collected_taxes_stay_out_of_the_books() -> None:
    month = demo.book_month()
    example_e = [p for p in month.payments if p.order_number.startswith("000.3/021/")]
    assert example_e and example_e[0].taxes == () and example_e[0].net == 11_100_000


def test_bku_pdf_content_and_signatures() -> None:
    text = pdf_text(build_bku(demo.book_month(), DocumentOptions(status="official")))
    for expected in ["BUKU KAS UMUM", "Bulan November 2026", "Saldo awal bulan", "50.000.000", "Saldo akhir bulan",
                     "Diterima PPN atas SP", "Disetor PPh Pasal 23", "NTPN", "Dr. Sri Wahyuni, M.Si.",
                     "Dewi Lestari, A.Md.", "Semarang, 30 November 2026", "11.100.000", "208.108"]:
        assert expected in text, expected


def test_big_bku_repeats_its_header() -> None:
    pages = pdf_pages(build_bku(demo.book_month(extra_payments=60), DocumentOptions()))
    assert len(pages) >= 3
    assert all("Uraian" in page and "No. BKU" in page for page in pages[:-1])
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]


def test_tax_book_and_register_pdfs() -> None:
    month = demo.book_month()
    tax_pages = pdf_pages(build_tax_book(month))
    joined = " ".join(tax_pages)
    for name in ["Jenis pajak: PPN", "Jenis pajak: PPh Pasal 21", "Jenis pajak: PPh Pasal 22", "Jenis pajak: PPh Pasal 23"]:
        assert name in joined
    register = pdf_text(build_register(month))
    for expected in ["REGISTER PESANAN YANG TELAH DIBAYAR", "000.3/017/SP/DINKOP/XI/2026", "Toko Berkah Jaya",
                     "9.850.000", "2.462.500", "2.437.500", "31.800.000"]:
        assert expected in register, expected


def test_csv_export_matches_ledger() -> None:
    month = demo.book_month()
    files = exports.books_csv(month)
    assert set(files) == {"bku_2026_11.csv", "pajak_ppn_2026_11.csv", "pajak_pph22_2026_11.csv",
                          "pajak_pph23_2026_11.csv", "pajak_pph21_2026_11.csv", "register_2026_11.csv"}
    raw = files["bku_2026_11.csv"]
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    lines = ledger.bku_lines(month)
    assert rows[0][0] == "Tanggal" and len(rows) == len(lines) + 1
    assert sum(int(r[4]) for r in rows[1:]) == sum(x.penerimaan for x in lines)
    assert rows[1][0] == "2026-11-02"


def test_xlsx_export_has_numbers_and_dates() -> None:
    month = demo.book_month()
    data = exports.books_xlsx(month)
    assert data == exports.books_xlsx(month)  # deterministic bytes
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["BKU", "PPh Pasal 21", "PPh Pasal 22", "PPh Pasal 23", "PPN", "Register"]
    bku = workbook["BKU"]
    assert bku["E2"].value == 40_000_000 and bku["E2"].number_format == "#,##0"
    assert bku["A2"].value.year == 2026
    register = workbook["Register"]
    assert [c.value for c in register[2]][6:9] == [11_100_000, 1_250_000, 9_850_000]


def test_tax_book_for_one_tax_type() -> None:
    text = pdf_text(build_tax_book(demo.book_month(), tax_code="PPH23"))
    assert "Jenis pajak: PPh Pasal 23" in text and "Jenis pajak: PPN" not in text
    assert "BPP-PPH23/11/2026" in text and "50.000" in text


def test_register_keeps_long_numbers_and_methods_whole() -> None:
    """An OPD code like DINKOPUKM in December: the SP and BAST numbers are not broken mid-number and 'Transfer'
    stays in its column (journeys' #12.10 finding), so the register can be searched for a number."""
    import dataclasses

    month = demo.book_month()
    longer = tuple(dataclasses.replace(p, order_number=p.order_number.replace("DINKOP/XI", "DINKOPUKM/XII"),
                                       bast_number=p.bast_number.replace("DINKOP/XI", "DINKOPUKM/XII"),
                                       method="Transfer") for p in month.payments)
    text = pdf_text(build_register(dataclasses.replace(month, payments=longer)))
    for p in longer:
        assert p.order_number in text and p.bast_number in text, p.order_number
    assert text.count("Transfer ") >= len(longer)
