"""The year-end closing set (#17): its figures are the ledger's, the return of unspent UP is a BKU pengeluaran,
and every part prints (summary in words, BKU, tax totals, register, carried-over and cancelled orders)."""

from __future__ import annotations

from dataclasses import replace

from desktop.documents import demo, ledger
from desktop.documents.closing_set import build_closing_set
from desktop.documents.model import DocumentOptions
from desktop.domain.money import format_number
from desktop.domain.terbilang import terbilang_rupiah
from tests.documents.conftest import pdf_text


def test_the_up_return_is_the_last_bku_line_of_its_day() -> None:
    data = demo.closing_set()
    lines = ledger.bku_lines(data.book)
    back = lines[-1]
    assert back.kind == "return" and back.pengeluaran == data.up_returned and back.number == "512"
    assert back.saldo == sum(t.amount for t in data.taxes)  # only the taxes still owed stay in hand


def test_the_closing_set_prints_the_ledgers_figures() -> None:
    data = demo.closing_set()
    sums = ledger.totals(data.book, ledger.bku_lines(data.book))
    text = pdf_text(build_closing_set(data, DocumentOptions(status="official")))
    assert "BERKAS TUTUP BUKU" in text and "Tahun Anggaran 2026" in text
    assert format_number(sums.penerimaan) in text and format_number(sums.pengeluaran) in text
    assert terbilang_rupiah(sums.closing) in text
    assert "Pesanan Dibawa ke Tahun 2027" in text and data.carried[1].reason in text
    assert data.cancelled[0].reason in text and "STS 900/0099/2026" in text
    assert "ditutup pada 31 Desember 2026" in text


def test_before_closing_the_set_is_a_draft() -> None:
    data = replace(demo.closing_set(), closed_on=None)
    text = pdf_text(build_closing_set(data))
    assert "Belum ditutup" in text and "DRAF" in text


def test_sp_numbers_with_a_long_opd_code_print_whole() -> None:
    data = demo.closing_set()
    long_sp = "000.3/017/SP/DINKOPUKM/XII/2026"
    book = replace(data.book, payments=(replace(data.book.payments[0], order_number=long_sp),
                                        *data.book.payments[1:]))
    data = replace(data, book=book, carried=tuple(replace(c, sp_number=long_sp) for c in data.carried))
    text = pdf_text(build_closing_set(data, DocumentOptions(status="official")))
    register, carried = text.split("IV. Register")[1].split("V. Pesanan")
    assert long_sp in register and long_sp in carried
