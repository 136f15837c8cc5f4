"""The bendahara's books for a month as PDF: Buku Kas Umum, Buku Pembantu Pajak, register of paid orders.

Rows come from `ledger` (shared with the CSV/XLSX exports). Numeric cells are plain strings, not Paragraphs:
a 2,000-line BKU must lay out in a few seconds.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from desktop.documents import layout, ledger, parts, templates
from desktop.documents.common import nip_line, verification_block
from desktop.documents.model import BookMonth, DocumentOptions
from desktop.documents.taxbridge import tax_name
from desktop.documents.verification import DocumentSigner
from desktop.domain.dates import dateline, format_tanggal, nama_bulan
from desktop.domain.money import format_number
from desktop.domain.terbilang import terbilang_rupiah

_OPENING_ORDER_ID = "-"  # books are not tied to one order


def _d(day: dt.date) -> str:
    """Compact numeric date for table cells (dd-mm-yyyy; no month names, so no locale involved)."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _n(value: int) -> str:
    return format_number(value) if value else ""


def book_number(month: BookMonth, kind: str) -> str:
    return templates.load("books").text("number", kind=kind, month=month.month, year=month.year)


def _header(month: BookMonth, title_key: str, opts: DocumentOptions, extra: str = "") -> list[Flowable]:
    t = templates.load("books")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    story: list[Flowable] = [
        parts.para(t.text(title_key), st["title"]),
        parts.para(t.text("period", month=nama_bulan(month.month), year=month.year), st["subtitle"]),
    ]
    if extra:
        story.append(parts.para(extra, st["subtitle"]))
    story.append(parts.kv_table([
        (t.text("header_opd"), month.kop.opd_name),
        (t.text("header_bendahara"), f"{month.bendahara.name} ({nip_line(month.bendahara)})"),
    ], width, label_ratio=0.22, style=st["small"]))
    story.append(Spacer(1, 2 * mm))
    return story


def _signatures(month: BookMonth, opts: DocumentOptions, doc_type: str, label: str, number: str, amount: int,
                signer: DocumentSigner | None, note: str = "") -> Flowable:
    t = templates.load("books")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    grid = parts.signature_grid([
        parts.SigBlock(t.lines("sig_pa", jabatan=month.pa_kpa.jabatan), month.pa_kpa.name, nip_line(month.pa_kpa)),
        parts.SigBlock(t.lines("sig_bendahara", dateline=dateline(month.kop.city, month.signed_on),
                               jabatan=month.bendahara.jabatan), month.bendahara.name, nip_line(month.bendahara)),
    ], width, opts.serif)
    items: list[Flowable] = [Spacer(1, 3 * mm)]
    if note:
        items.append(parts.para(note, st["small"]))
    items += [grid, verification_block(doc_type, label, number, _OPENING_ORDER_ID, amount, month.signed_on, signer,
                                       width, opts.serif)]
    return KeepTogether(items)


def build_bku(month: BookMonth, options: DocumentOptions | None = None, signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions()
    t = templates.load("books")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    lines = ledger.bku_lines(month)
    sums = ledger.totals(month, lines)
    rows: list[list[object]] = [["", "", "", parts.para(t.text("row_opening"), st["cell_bold"]), "", "",
                                 format_number(month.opening_balance)]]
    rows += [[_d(x.date), str(x.number), x.kode_rekening,
              parts.para(x.uraian, st["cell_small"]), _n(x.penerimaan), _n(x.pengeluaran), format_number(x.saldo)]
             for x in lines]
    rows += [["", "", "", parts.para(t.text("row_total"), st["cell_bold"]), format_number(sums.penerimaan),
              format_number(sums.pengeluaran), ""],
             ["", "", "", parts.para(t.text("row_closing"), st["cell_bold"]), "", "", format_number(sums.closing)]]
    header = [t.text(k) for k in ("col_date", "col_bku", "col_rekening", "col_uraian", "col_in", "col_out",
                                  "col_saldo")]
    table = _numeric_table(header, rows, parts.scale_widths([18, 10, 26, 52, 20, 21, 23], width), (4, 5, 6),
                           opts.serif)
    number = book_number(month, t.text("bku_label"))
    note = t.text("closing_note" if sums.closing >= 0 else "closing_note_deficit",
                  date=format_tanggal(month.signed_on), closing_plain=format_number(abs(sums.closing)),
                  terbilang=terbilang_rupiah(abs(sums.closing)))
    story = [*_header(month, "bku_title", opts), table,
             _signatures(month, opts, "BKU", t.text("bku_label"), number, sums.pengeluaran, signer, note)]
    return layout.build_pdf(story, options=opts, kop=month.kop, title=t.text("bku_label"), number=number)


def build_tax_book(month: BookMonth, options: DocumentOptions | None = None,
                   signer: DocumentSigner | None = None, tax_code: str | None = None) -> bytes:
    """One section per tax type (PPN, PPh 22, PPh 23, …), each starting on its own page; or only `tax_code`."""
    opts = options or DocumentOptions()
    t = templates.load("books")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    books = ledger.tax_books(ledger.bku_lines(month))
    if tax_code is not None:
        books = {code: book for code, book in books.items() if code == tax_code}
    number = book_number(month, "BPP" if tax_code is None else f"BPP-{tax_code}")
    story: list[Flowable] = []
    for index, (code, book) in enumerate(books.items()):
        if index:
            story.append(PageBreak())
        story += _header(month, "tax_title", opts, t.text("tax_subtitle", tax=tax_name(code)))
        rows: list[list[object]] = [[_d(x.date), str(x.bku_number), parts.para(x.uraian, st["cell_small"]),
                                     _n(x.pungutan), _n(x.setoran), format_number(x.saldo)] for x in book]
        rows.append(["", "", parts.para(t.text("row_total"), st["cell_bold"]),
                     format_number(sum(x.pungutan for x in book)), format_number(sum(x.setoran for x in book)),
                     format_number(book[-1].saldo)])
        header = [t.text(k) for k in ("col_date", "col_bku", "col_uraian", "col_pungutan", "col_setoran", "col_saldo")]
        story.append(_numeric_table(header, rows, parts.scale_widths([16, 9, 67, 27, 25, 26], width), (3, 4, 5),
                                    opts.serif))
    if not books:
        story = [*_header(month, "tax_title", opts), parts.para(t.text("empty"), st["body"])]
    withheld = sum(x.pungutan for book in books.values() for x in book)
    story.append(_signatures(month, opts, "BPP", t.text("tax_label"), number, withheld, signer))
    return layout.build_pdf(story, options=opts, kop=month.kop, title=t.text("tax_label"), number=number)


def build_register(month: BookMonth, options: DocumentOptions | None = None,
                   signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions()
    t = templates.load("books")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts, landscape=True)
    rows_data = ledger.register_rows(month, ledger.bku_lines(month))
    rows: list[list[object]] = [
        [str(r.number), _d(r.date), parts.para(r.sp_number, st["cell_small"]), parts.para(r.bast_number, st["cell_small"]),
         parts.para(r.seller, st["cell_small"]), parts.para(r.uraian, st["cell_small"]), format_number(r.amount),
         format_number(r.withheld), format_number(r.net), r.method, str(r.bku_number)]
        for r in rows_data
    ]
    rows.append(["", "", "", "", "", parts.para(t.text("row_total"), st["cell_bold"]),
                 format_number(sum(r.amount for r in rows_data)), format_number(sum(r.withheld for r in rows_data)),
                 format_number(sum(r.net for r in rows_data)), "", ""])
    header = [t.text(k) for k in ("col_no", "col_date", "col_sp", "col_bast", "col_seller", "col_uraian", "col_amount",
                                  "col_withheld", "col_net", "col_method", "col_bku")]
    # SP and BAST numbers whole on one line, even with a long OPD code (…/DINKOPUKM/XII/2026); "Transfer" fits
    table = _numeric_table(header, rows, parts.scale_widths([3, 9, 27, 30, 12, 17, 10, 8, 10, 8, 5], width),
                           (6, 7, 8), opts.serif)
    number = book_number(month, "REG")
    story = [*_header(month, "register_title", opts), table,
             _signatures(month, opts, "REG", t.text("register_label"), number, sum(r.amount for r in rows_data),
                         signer)]
    return layout.build_pdf(story, options=opts, kop=month.kop, title=t.text("register_label"), number=number,
                            landscape=True)


def _numeric_table(header: list[str], rows: list[list[object]], widths: list[float], numeric: tuple[int, ...],
                   serif: bool) -> Flowable:
    table = parts.data_table(header, rows, widths, serif=serif, head_style="head_small")
    sans = parts.styles(serif)["cell"].fontName
    table.setStyle([("FONT", (0, 1), (-1, -1), sans, 7), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2), *(("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric)])
    return table
