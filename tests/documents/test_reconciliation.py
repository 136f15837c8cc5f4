"""Rekonsiliasi bank PDF and CSV rows: both closing balances side by side, every difference under its heading,
the unexplained remainder stated (nihil when reconciled), and no float anywhere (amounts are integers)."""

from __future__ import annotations

import dataclasses

from desktop.documents.demo_reconciliation import reconciliation_doc
from desktop.documents.reconciliation import build_reconciliation, csv_rows, rows
from desktop.domain.money import format_number
from tests.documents.conftest import pdf_text


def test_the_sample_month_is_reconciled_and_says_so() -> None:
    doc = reconciliation_doc()
    rec = doc.rec
    assert rec.unexplained_difference == 0 and rec.confirmed == 3 and rec.proposed > 0
    text = pdf_text(build_reconciliation(doc))
    for expected in ("REKONSILIASI BANK", "Bulan November 2026", "Menurut BKU", "Menurut rekening koran",
                     format_number(rec.bku_closing), format_number(rec.bank_closing or 0),
                     "belum tampil di rekening koran", "biaya bank", "dikembalikan bank", "kredit bank yang tidak dikenal",
                     "nihil", "telah direkonsiliasi", "Bendahara Pengeluaran", "Pengguna Anggaran"):
        assert expected in text, expected


def test_rows_add_up_from_the_bku_to_the_statement() -> None:
    rec = reconciliation_doc().rec
    table = rows(rec)
    subtotals = sum(r.amount or 0 for r in table if r.kind == "subtotal")
    assert table[0].amount == rec.bku_closing and rec.bku_closing + subtotals == rec.expected_bank_closing
    assert all(isinstance(r.amount, int) for r in table if r.amount is not None)
    for r in table:  # each item sits under a heading whose subtotal is the sum of its items
        assert r.kind in ("start", "heading", "item", "subtotal", "result")


def test_a_difference_nothing_explains_is_printed_with_its_amount() -> None:
    doc = reconciliation_doc()
    off = dataclasses.replace(doc, rec=dataclasses.replace(doc.rec, bank_closing=(doc.rec.bank_closing or 0) - 25_000))
    text = pdf_text(build_reconciliation(off))
    assert "Masih ada selisih Rp25.000" in text and "nihil" not in text


def test_an_unknown_statement_balance_asks_for_the_statement() -> None:
    doc = reconciliation_doc()
    blind = dataclasses.replace(doc, rec=dataclasses.replace(doc.rec, bank_closing=None, bank_opening=None))
    text = pdf_text(build_reconciliation(blind))
    assert "tidak diketahui" in text and "impor rekening koran" in text


def test_csv_rows_carry_plain_integers() -> None:
    rec = reconciliation_doc().rec
    out = csv_rows(rec)
    assert out[2][1] == str(rec.bku_closing) and out[2][2] == str(rec.bank_closing)
    amounts = [r[3] for r in out[5:] if len(r) > 3 and r[3]]
    assert all(a.lstrip("-").isdigit() for a in amounts)
