"""The year-end closing set (berkas tutup buku, #17) as one PDF: a summary of the year's Buku Kas Umum with its
closing balance in words, the whole year's BKU, the Buku Pembantu Pajak totals per tax type, the payment
register, and the orders and taxes carried over (and orders cancelled) — signed by the PA/KPA and the Bendahara.

Every figure is read from its owner: BKU lines, totals and tax books from `ledger` (over the stored payment
records), order totals from the orders. Nothing here computes an amount of its own.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from desktop.documents import layout, ledger, parts, templates
from desktop.documents.books import _d, _n, _numeric_table
from desktop.documents.common import nip_line, verification_block
from desktop.documents.model import ClosingOrder, ClosingSet, DocumentOptions
from desktop.documents.taxbridge import tax_name
from desktop.documents.verification import DocumentSigner
from desktop.domain.dates import dateline, format_tanggal
from desktop.domain.money import format_number
from desktop.domain.terbilang import terbilang_rupiah


def closing_number(year: int) -> str:
    return templates.load("closing").text("number", year=year)


def build_closing_set(data: ClosingSet, options: DocumentOptions | None = None,
                      signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions(status="official" if data.closed_on else "draft")
    t = templates.load("closing")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    book = data.book
    lines = ledger.bku_lines(book)
    sums = ledger.totals(book, lines)
    taxes = ledger.tax_books(lines)
    next_year = book.year + 1
    number = closing_number(book.year)

    story: list[Flowable] = [
        parts.para(t.text("title"), st["title"]),
        parts.para(t.text("subtitle", year=book.year), st["subtitle"]),
        parts.kv_table([(templates.load("books").text("header_opd"), book.kop.opd_name),
                        (templates.load("books").text("header_bendahara"),
                         f"{book.bendahara.name} ({nip_line(book.bendahara)})")], width, 0.22, st["small"]),
        Spacer(1, 2 * mm),
        parts.para(t.text("closed_note", year=book.year, date=format_tanggal(data.closed_on), by=data.closed_by)
                   if data.closed_on else t.text("draft_note", year=book.year), st["body"]),
        Spacer(1, 2 * mm),
        parts.para(t.text("summary_title"), st["heading"]),
    ]
    held = sum(x.amount for x in data.taxes)
    up_row = (t.text("row_up_return", date=format_tanggal(data.up_return_date), reference=data.up_return_reference)
              if data.up_return_date else t.text("row_up_return_none"))
    summary = [[t.text("row_opening"), format_number(sums.opening)],
               [t.text("row_received"), format_number(sums.penerimaan)],
               [t.text("row_spent"), format_number(sums.pengeluaran)],
               [up_row, format_number(data.up_returned) if data.up_return_date else "—"],
               [t.text("row_closing"), format_number(sums.closing)],
               [t.text("row_taxes_held"), format_number(held)]]
    story.append(_numeric_table([t.text("col_item"), "Rp"], [[parts.para(a, st["cell_small"]), b] for a, b in summary],
                                parts.scale_widths([80, 20], width), (1,), opts.serif))
    story.append(Spacer(1, 1.5 * mm))
    story.append(parts.para(t.text("closing_words", amount=format_number(abs(sums.closing)),
                                   terbilang=terbilang_rupiah(abs(sums.closing))), st["small"]))

    # II. the year's BKU
    story += [PageBreak(), parts.para(t.text("bku_title", year=book.year), st["heading"])]
    rows: list[list[object]] = [["", "", "", parts.para(t.text("bku_opening"), st["cell_bold"]), "", "",
                                 format_number(book.opening_balance)]]
    rows += [[_d(x.date), str(x.number), x.kode_rekening, parts.para(x.uraian, st["cell_small"]), _n(x.penerimaan),
              _n(x.pengeluaran), format_number(x.saldo)] for x in lines]
    rows += [["", "", "", parts.para(t.text("bku_total"), st["cell_bold"]), format_number(sums.penerimaan),
              format_number(sums.pengeluaran), ""],
             ["", "", "", parts.para(t.text("bku_closing"), st["cell_bold"]), "", "", format_number(sums.closing)]]
    b = templates.load("books")
    header = [b.text(k) for k in ("col_date", "col_bku", "col_rekening", "col_uraian", "col_in", "col_out",
                                  "col_saldo")]
    story.append(_numeric_table(header, rows, parts.scale_widths([18, 10, 26, 52, 20, 21, 23], width), (4, 5, 6),
                                opts.serif))

    # III. tax book totals
    story += [Spacer(1, 4 * mm), parts.para(t.text("tax_title"), st["heading"])]
    tax_rows: list[list[object]] = []
    for code, tax_book in taxes.items():
        withheld = sum(x.pungutan for x in tax_book)
        deposited = sum(x.setoran for x in tax_book)
        tax_rows.append([tax_name(code), format_number(withheld), format_number(deposited),
                         format_number(tax_book[-1].saldo)])
    tax_rows.append([parts.para(t.text("row_total"), st["cell_bold"]),
                     format_number(sum(x.pungutan for bk in taxes.values() for x in bk)),
                     format_number(sum(x.setoran for bk in taxes.values() for x in bk)),
                     format_number(sum(bk[-1].saldo for bk in taxes.values()))])
    story.append(_numeric_table([t.text(k) for k in ("col_tax", "col_withheld", "col_deposited", "col_owed")],
                                tax_rows, parts.scale_widths([40, 20, 20, 20], width), (1, 2, 3), opts.serif))

    # IV. payment register
    register = ledger.register_rows(book, lines)
    story += [Spacer(1, 4 * mm), parts.para(t.text("register_title", year=book.year), st["heading"])]
    reg_rows: list[list[object]] = [
        [str(r.number), _d(r.date), parts.para(r.sp_number, st["cell_small"]), parts.para(r.seller, st["cell_small"]),
         format_number(r.amount), format_number(r.withheld), format_number(r.net), r.method, str(r.bku_number)]
        for r in register]
    reg_rows.append(["", "", "", parts.para(t.text("row_total"), st["cell_bold"]),
                     format_number(sum(r.amount for r in register)), format_number(sum(r.withheld for r in register)),
                     format_number(sum(r.net for r in register)), "", ""])
    story.append(_numeric_table([b.text(k) for k in ("col_no", "col_date", "col_sp", "col_seller", "col_amount",
                                                     "col_withheld", "col_net", "col_method", "col_bku")],
                                reg_rows, parts.scale_widths([4, 11, 34, 17, 13, 11, 13, 9, 7], width), (4, 5, 6),
                                opts.serif))

    # V–VII. what goes on next year
    story += _orders(t.text("carried_title", next_year=next_year), data.carried, opts, width)
    story += _orders(t.text("cancelled_title"), data.cancelled, opts, width)
    story += [Spacer(1, 4 * mm), parts.para(t.text("taxes_title", next_year=next_year), st["heading"])]
    if data.taxes:
        rows = [[str(i), tax_name(x.code), parts.para(x.sp_number, st["cell_small"]), _d(x.paid_on),
                 format_number(x.amount)] for i, x in enumerate(data.taxes, start=1)]
        rows.append(["", "", parts.para(t.text("row_total"), st["cell_bold"]), "", format_number(held)])
        story.append(_numeric_table([t.text(k) for k in ("col_no", "col_tax", "col_sp", "col_paid_on", "col_amount")],
                                    rows, parts.scale_widths([5, 22, 43, 14, 16], width), (4,), opts.serif))
    else:
        story.append(parts.para(t.text("none"), st["body"]))

    story.append(_signatures(data, opts, number, sums.closing, signer))
    return layout.build_pdf(story, options=opts, kop=book.kop, title=t.text("label"), number=number)


def _orders(title: str, orders: tuple[ClosingOrder, ...], opts: DocumentOptions, width: float) -> list[Flowable]:
    t = templates.load("closing")
    st = parts.styles(opts.serif)
    out: list[Flowable] = [Spacer(1, 4 * mm), parts.para(title, st["heading"])]
    if not orders:
        return [*out, parts.para(t.text("none"), st["body"])]
    rows: list[list[object]] = [
        [str(i), parts.para(o.sp_number, st["cell_small"]), _d(o.sp_date) if o.sp_date else "",
         parts.para(o.seller, st["cell_small"]), parts.para(o.state, st["cell_small"]), format_number(o.amount),
         parts.para(o.reason, st["cell_small"])] for i, o in enumerate(orders, start=1)]
    rows.append(["", "", "", "", parts.para(t.text("row_total"), st["cell_bold"]),
                 format_number(sum(o.amount for o in orders)), ""])
    header = [t.text(k) for k in ("col_no", "col_sp", "col_sp_date", "col_seller", "col_state", "col_amount",
                                  "col_reason")]
    return [*out, _numeric_table(header, rows, parts.scale_widths([4, 34, 11, 16, 13, 11, 17], width), (5,),
                                 opts.serif)]


def _signatures(data: ClosingSet, opts: DocumentOptions, number: str, closing: int,
                signer: DocumentSigner | None) -> Flowable:
    t = templates.load("closing")
    book = data.book
    width = layout.content_width(opts)
    signed_on = data.closed_on or book.signed_on
    grid = parts.signature_grid([
        parts.SigBlock(t.lines("sig_pa", jabatan=book.pa_kpa.jabatan), book.pa_kpa.name, nip_line(book.pa_kpa)),
        parts.SigBlock(t.lines("sig_bendahara", dateline=dateline(book.kop.city, signed_on),
                               jabatan=book.bendahara.jabatan), book.bendahara.name, nip_line(book.bendahara)),
    ], width, opts.serif)
    return KeepTogether([Spacer(1, 4 * mm), grid,
                         verification_block("BKU", t.text("label"), number, "-", closing, signed_on, signer, width,
                                            opts.serif)])
