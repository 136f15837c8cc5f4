"""Surat Pesanan (SP): the order the PPK signs; frozen at approval (its PDF hash is stored with the order)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.documents import layout, parts, templates
from desktop.documents.common import nip_line, verification_compact, words
from desktop.documents.model import DocumentOptions, OrderDoc
from desktop.documents.verification import DocumentSigner
from desktop.domain.dates import dateline, format_tanggal
from desktop.domain.money import format_number, format_rupiah

# A little tighter than the other papers, so that an order of a few lines keeps its signatures on page 1.
SIGN_SPACE = 16 * mm
QR_SIZE = 26 * mm


def build_surat_pesanan(order: OrderDoc, options: DocumentOptions | None = None,
                        signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions()
    t = templates.load("surat_pesanan")
    st = parts.styles(opts.serif)
    st["heading"] = ParagraphStyle("sp_heading", parent=st["heading"], spaceBefore=4, spaceAfter=1)
    st["heading_plain"] = ParagraphStyle("sp_heading_plain", parent=st["heading_plain"], spaceBefore=4, spaceAfter=1)
    st["subtitle"] = ParagraphStyle("sp_subtitle", parent=st["subtitle"], spaceAfter=3)
    width = layout.content_width(opts)
    seller = order.seller
    story: list[Flowable] = [
        parts.para(t.text("title"), st["title"]),
        parts.para(t.text("number_line", number=order.sp_number), st["subtitle"]),
        parts.markup(t.text("parties_intro"), st["body"]),
        # The two parties side by side: a one-line order's SP keeps its signatures on page 1 (#12 journeys).
        parts.side_by_side([
            (t.text("party_buyer"), [
                (t.text("buyer_name"), order.ppk.name),
                (t.text("buyer_nip"), nip_line(order.ppk).removeprefix("NIP. ")),
                (t.text("buyer_jabatan"), order.ppk.jabatan),
                (t.text("buyer_instansi"), t.text("buyer_instansi_value", opd=order.kop.opd_name,
                                                  pemda=order.kop.pemda)),
            ]),
            (t.text("party_seller"), [
                (t.text("seller_business"), seller.business_name),
                (t.text("seller_owner"), seller.owner_name),
                (t.text("seller_nib"), seller.nib),
                (t.text("seller_tax_id"), seller.npwp or seller.nik or "-"),
                (t.text("seller_pkp"), t.text("seller_pkp_yes" if seller.pkp else "seller_pkp_no")),
                (t.text("seller_address"), seller.address),
                (t.text("seller_bank"), t.text("seller_bank_value", bank=seller.bank_name,
                                               account=seller.bank_account, business=seller.business_name)),
            ]),
        ], width, st["kv"], st["heading_plain"], shares=[0.44, 0.56],
                              label_widths=[17 * mm, 29 * mm]),
        parts.para(t.text("budget_heading"), st["heading"]),
        parts.kv_table([
            (t.text("kode_rup"), order.kode_rup),
            (t.text("sub_kegiatan"), f"{order.sub_kegiatan.code} {order.sub_kegiatan.name}"),
            (t.text("kode_rekening"), f"{order.kode_rekening.code} {order.kode_rekening.name}"),
            (t.text("tahun_anggaran"), str(order.tahun_anggaran)),
            *([(t.text("marketplace"), order.marketplace)] if order.marketplace else []),
        ], width, style=st["kv"]),
        # Not keep-with-next: a long table would drag the heading to a fresh page and leave a gap.
        parts.para(t.text("lines_heading"), st["heading_plain"] if len(order.lines) > 8 else st["heading"]),
        lines_table(order, width, opts.serif),
        Spacer(1, 1.5 * mm),
        parts.markup(t.text("terbilang_line", **words(order.total)), st["body"]),
        parts.para(t.text("delivery_heading"), st["heading"]),
        parts.kv_table([
            (t.text("delivery_address"), order.delivery_address),
            (t.text("delivery_deadline"), format_tanggal(order.delivery_deadline)),
        ], width, style=st["kv"]),
    ]
    terms = [*t.lines("terms"), *order.terms]
    signatures = parts.signature_grid([
        parts.SigBlock(t.lines("sig_seller", business=seller.business_name), seller.owner_name,
                       seller.owner_title, space=SIGN_SPACE),
        parts.SigBlock(["", *t.lines("sig_buyer")], order.ppk.name, nip_line(order.ppk), space=SIGN_SPACE),
    ], width, opts.serif, middle=verification_compact(
        "SP", t.text("doc_label"), order.sp_number, order.order_id, order.total, order.sp_date, signer, opts.serif,
        order.content_hash, size=QR_SIZE))
    # The signatures never stand alone on a page: the terms they sign go with them.
    story.append(KeepTogether([
        parts.para(t.text("terms_heading"), st["heading"]),
        *parts.numbered(terms, st["numbered_small"]),
        Spacer(1, 2 * mm),
        parts.para(dateline(order.kop.city, order.sp_date), st["center"]),
        signatures,
    ]))
    return layout.build_pdf(story, options=opts, kop=order.kop, title=t.text("doc_label"),
                            number=order.sp_number)


def lines_table(order: OrderDoc, width: float, serif: bool) -> Flowable:
    t = templates.load("surat_pesanan")
    st = parts.styles(serif)
    rows: list[list[object]] = []
    for i, line in enumerate(order.lines, start=1):
        item = parts.markup(
            parts.escape(line.name) + (f"<br/><font size=7.5>{parts.escape(line.spec)}</font>" if line.spec else ""),
            st["cell"])
        rows.append([parts.para(str(i), st["cell_center"]), item, parts.para(format_number(line.qty), st["cell_right"]),
                     parts.para(line.unit, st["cell"]), parts.para(format_number(line.unit_price), st["cell_right"]),
                     parts.para(format_number(line.subtotal), st["cell_right"])])
    totals = [(t.text("row_goods"), order.goods_total, False), (t.text("row_shipping"), order.shipping, False),
              (t.text("row_total"), order.total, True)]
    for label, amount, bold in totals:
        style = st["cell_bold"] if bold else st["cell"]
        rows.append(["", parts.para(label, style), "", "", "",
                     parts.para(format_number(amount), st["cell_bold_right"] if bold else st["cell_right"])])
    if order.taxes is not None:
        for tax in order.taxes.lines:
            if tax.code == "PPN":
                rows.append(["", parts.para(t.text("row_ppn", label=tax.label, amount=format_rupiah(tax.amount)),
                                            st["small"]), "", "", "", ""])
    footer = len(rows) - len(order.lines)
    table = parts.data_table(
        [t.text(k) for k in ("col_no", "col_item", "col_qty", "col_unit", "col_price", "col_subtotal")],
        rows, parts.scale_widths([6, 38, 9, 10, 21, 16], width), footer_rows=footer, serif=serif)
    n = len(order.lines) + 1
    # the totals never go to a page of their own: the last two lines travel with them
    table.setStyle([("SPAN", (1, r), (4, r)) for r in range(n, n + footer)]
                   + [("ALIGN", (5, n), (5, -1), "RIGHT"), ("NOSPLIT", (0, max(1, n - 2)), (-1, -1))])
    return table
