"""The bendahara's month as rows: Buku Kas Umum, Buku Pembantu Pajak per tax type, register of paid orders.

Pure computation (no PDF), shared by the PDF books and the CSV/XLSX exports so they always agree. Each tax the
bendahara withholds gives two BKU lines: its collection (penerimaan) on the payment date and its deposit
(pengeluaran, with the NTPN) on the deposit date (DOMAIN.md §4).

No. BKU: a payment's line carries the number the Bendahara recorded with the payment (the kuitansi's Nomor Bukti),
and so do the collection and deposit of the taxes withheld on it — one bukti, one number. Lines with no recorded
number (an SP2D receipt without one, an old payment) are numbered on from `first_bku_number`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from desktop.documents import templates
from desktop.documents.model import BookMonth
from desktop.documents.taxbridge import tax_name

LineKind = Literal["receipt", "payment", "tax_in", "tax_out", "return"]


@dataclass(frozen=True)
class BkuLine:
    date: dt.date
    number: str  # No. BKU, as recorded ("457" for "0457")
    kode_rekening: str
    uraian: str
    penerimaan: int
    pengeluaran: int
    saldo: int
    kind: LineKind
    tax_code: str = ""
    reference: str = ""  # SP number, SP2D reference or NTPN


@dataclass(frozen=True)
class TaxBookLine:
    date: dt.date
    bku_number: str
    uraian: str
    pungutan: int
    setoran: int
    saldo: int
    reference: str


@dataclass(frozen=True)
class RegisterRow:
    number: int
    date: dt.date
    sp_number: str
    bast_number: str
    seller: str
    uraian: str
    amount: int
    withheld: int
    net: int
    method: str
    bku_number: str


def bku_number_text(recorded: str) -> str:
    """A recorded BKU number as the book's column shows it: "0457" → "457"; other forms as typed."""
    text = recorded.strip()
    return str(int(text)) if text.isdigit() else text


def bku_lines(month: BookMonth) -> list[BkuLine]:
    t = templates.load("books")
    events: list[tuple[dt.date, int, LineKind, str, str, int, str, str, str]] = []
    seq = 0
    for receipt in month.receipts:
        events.append((receipt.date, seq, "receipt", "", receipt.uraian, receipt.amount, "", receipt.reference,
                       bku_number_text(receipt.number)))
        seq += 1
    for paid in month.payments:
        number = bku_number_text(paid.bku_number)
        uraian = t.text("bku_payment", uraian=paid.uraian, seller=paid.seller, sp=paid.order_number)
        if paid.bank_confirmed:
            uraian = t.text("bku_bank_confirmed", uraian=uraian)
        events.append((paid.date, seq, "payment", paid.kode_rekening, uraian, paid.amount, "", paid.order_number,
                       number))
        seq += 1
        deposits = {d.code: d for d in paid.deposits}
        for tax in paid.taxes:
            events.append((paid.date, seq, "tax_in", "", t.text("bku_tax_in", tax=tax_name(tax.code),
                                                                  sp=paid.order_number), tax.amount, tax.code,
                           paid.order_number, number))
            seq += 1
            deposit = deposits.get(tax.code)
            if deposit is not None:  # a tax not yet deposited stays as a balance in the Buku Pembantu Pajak
                events.append((deposit.date, seq, "tax_out", "", t.text(
                    "bku_tax_out", tax=tax_name(tax.code), sp=paid.order_number, ntpn=deposit.ntpn),
                    tax.amount, tax.code, deposit.ntpn, number))
                seq += 1
    for back in month.returns:  # pengembalian sisa UP: cash out, no order; last of its day
        events.append((back.date, seq, "return", "", back.uraian, back.amount, "", back.reference,
                       bku_number_text(back.number)))
        seq += 1
    events.sort(key=lambda e: (e[0], e[1]))
    lines: list[BkuLine] = []
    saldo = month.opening_balance
    for index, (day, _seq, kind, rekening, uraian, amount, code, ref, number) in enumerate(events):
        incoming = kind in ("receipt", "tax_in")
        saldo += amount if incoming else -amount
        lines.append(BkuLine(day, number or str(month.first_bku_number + index), rekening, uraian,
                             amount if incoming else 0, 0 if incoming else amount, saldo, kind, code, ref))
    return lines


def tax_books(lines: list[BkuLine]) -> dict[str, list[TaxBookLine]]:
    """Buku Pembantu Pajak, one per tax code, in BKU order with a running balance still to deposit."""
    books: dict[str, list[TaxBookLine]] = {}
    for line in lines:
        if line.kind not in ("tax_in", "tax_out"):
            continue
        book = books.setdefault(line.tax_code, [])
        previous = book[-1].saldo if book else 0
        pungutan = line.penerimaan if line.kind == "tax_in" else 0
        setoran = line.pengeluaran if line.kind == "tax_out" else 0
        book.append(TaxBookLine(line.date, line.number, line.uraian, pungutan, setoran,
                                previous + pungutan - setoran, line.reference))
    return dict(sorted(books.items()))


def register_rows(month: BookMonth, lines: list[BkuLine]) -> list[RegisterRow]:
    numbers = {line.reference: line.number for line in lines if line.kind == "payment"}
    ordered = sorted(month.payments, key=lambda p: p.date)  # stable: the order the BKU lists them
    return [RegisterRow(i, p.date, p.order_number, p.bast_number, p.seller, p.uraian, p.amount, p.withheld, p.net,
                        p.method, numbers.get(p.order_number, "")) for i, p in enumerate(ordered, start=1)]


@dataclass(frozen=True)
class Totals:
    penerimaan: int
    pengeluaran: int
    opening: int
    closing: int


def totals(month: BookMonth, lines: list[BkuLine]) -> Totals:
    received = sum(x.penerimaan for x in lines)
    spent = sum(x.pengeluaran for x in lines)
    return Totals(received, spent, month.opening_balance, month.opening_balance + received - spent)
