"""Berita Acara Serah Terima: PIHAK PERTAMA the seller hands over, PIHAK KEDUA the PPK receives and inspects.

The PPK checks the goods since Perpres 12/2021 abolished the PPHP role, so no PPHP wording appears anywhere.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from desktop.documents import fonts, layout, parts, templates
from desktop.documents.common import format_nip, verification_compact, words
from desktop.documents.model import BastDoc, DocumentOptions
from desktop.documents.verification import DocumentSigner
from desktop.domain.dates import format_tanggal, kalimat_bast
from desktop.domain.money import format_number


def build_bast(bast: BastDoc, options: DocumentOptions | None = None, signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions()
    t = templates.load("bast")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    order = bast.order
    seller, ppk = order.seller, order.ppk
    story: list[Flowable] = [
        parts.para(t.text("title"), st["title"]),
        parts.para(t.text("number_line", number=bast.bast_number), st["subtitle"]),
        parts.para(t.text("opening", kalimat_bast=kalimat_bast(bast.bast_date), place=order.kop.city),
                   st["justify"]),
        Spacer(1, 2 * mm),
        parts.kv_table([
            (t.text("first_name"), seller.owner_name),
            (t.text("first_title"), seller.owner_title),
            (t.text("first_business"), seller.business_name),
            (t.text("first_address"), seller.address),
        ], width, style=st["body"]),
        parts.markup(t.text("first_role"), st["body"]),
        Spacer(1, 2 * mm),
        parts.kv_table([
            (t.text("second_name"), ppk.name),
            (t.text("second_nip"), format_nip(ppk.nip)),
            (t.text("second_jabatan"), ppk.jabatan),
            (t.text("second_instansi"), order.kop.opd_name),
        ], width, style=st["body"]),
        parts.markup(t.text("second_role"), st["body"]),
        Spacer(1, 2 * mm),
        parts.para(t.text("handover", sp_number=order.sp_number, sp_date=format_tanggal(order.sp_date)),
                   st["justify"]),
        Spacer(1, 2 * mm),
        _received_table(bast, width, opts.serif),
        parts.para(t.text("inspection_heading"), st["heading"]),
        parts.para(t.text("inspection_intro", date=format_tanggal(bast.inspection_date)), st["justify"]),
        _checklist(bast, width, opts.serif),
    ]
    if bast.notes:
        story.append(parts.para(t.text("notes", notes=bast.notes), st["body"]))
    amount = words(order.total)
    story += [
        Spacer(1, 2 * mm),
        parts.markup(t.text("value_line", amount=amount["amount"], terbilang=amount["terbilang"]), st["justify"]),
        Spacer(1, 1 * mm),
        parts.para(t.text("closing"), st["justify"]),
    ]
    signatures = parts.signature_grid([
        parts.SigBlock(t.lines("sig_first", business=seller.business_name), seller.owner_name, seller.owner_title),
        parts.SigBlock(t.lines("sig_second"), ppk.name, f"NIP. {format_nip(ppk.nip)}"),
    ], width, opts.serif, middle=verification_compact(
        "BAST", t.text("doc_label"), bast.bast_number, order.order_id, order.total, bast.bast_date, signer,
        opts.serif, order.content_hash))
    story.append(KeepTogether([Spacer(1, 4 * mm), signatures]))
    return layout.build_pdf(story, options=opts, kop=order.kop, title=t.text("doc_label"), number=bast.bast_number)


def _received_table(bast: BastDoc, width: float, serif: bool) -> Flowable:
    t = templates.load("bast")
    st = parts.styles(serif)
    rows: list[list[object]] = [
        [parts.para(str(i), st["cell_center"]), parts.para(line.name, st["cell"]),
         parts.para(format_number(line.qty_ordered), st["cell_right"]),
         parts.para(format_number(line.qty_received), st["cell_right"]),
         parts.para(line.unit, st["cell"]), parts.para(line.condition, st["cell"])]
        for i, line in enumerate(bast.received, start=1)
    ]
    header = [t.text(k) for k in ("col_no", "col_item", "col_ordered", "col_received", "col_unit", "col_condition")]
    return parts.data_table(header, rows, parts.scale_widths([6, 46, 11, 11, 11, 15], width), serif=serif)


def _timing(bast: BastDoc) -> tuple[str, str]:
    """(mark, words) of "Waktu penyerahan": sesuai only with an arrival date on or before the SP's deadline;
    late says by how much; no arrival date recorded says so and ticks nothing (#12.6)."""
    t = templates.load("bast")
    deadline = format_tanggal(bast.order.delivery_deadline)
    if bast.arrived_on is None:
        return "☐", t.text("time_unknown", deadline=deadline)
    arrived = format_tanggal(bast.arrived_on)
    if bast.late_days:
        working = (t.text("time_late_working", days=bast.late_working_days)
                   if bast.late_working_days is not None else "")
        return "☒", t.text("time_late", days=bast.late_days, working=working, arrived=arrived, deadline=deadline)
    if not bast.waktu_ok:
        return "☒", t.text("check_no")
    return "☑", t.text("time_ok", arrived=arrived, deadline=deadline)


def _checklist(bast: BastDoc, width: float, serif: bool) -> Flowable:
    t = templates.load("bast")
    st = parts.styles(serif)
    checks = [(key, "☑" if ok else "☒", t.text("check_yes" if ok else "check_no"))
              for key, ok in (("check_fungsi", bast.fungsi_ok), ("check_jumlah", bast.jumlah_ok))]
    checks.append(("check_waktu", *_timing(bast)))
    rows = [[parts.para(t.text(key), st["body"]), parts.para(":", st["body"]),
             parts.markup(f'<font name="{fonts.SANS}">{mark}</font> ' + parts.escape(words), st["body"])]
            for key, mark, words in checks]
    table = parts.DocTable(rows, colWidths=[width * 0.42, 3 * mm, width * 0.58 - 3 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
