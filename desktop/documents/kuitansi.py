"""Kuitansi "A2" (pemda): amount in words and figures, SP/BAST references, the seller's signature (over a
meterai when the domain rules say one is due) and the PA/KPA, Bendahara, PPTK and PPK signatures."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from desktop.documents import layout, parts, templates
from desktop.documents.common import nip_line, verification_block, words
from desktop.documents.model import DocumentOptions, PaymentDoc
from desktop.documents.taxbridge import tax_name
from desktop.documents.verification import DocumentSigner
from desktop.domain.dates import dateline, format_tanggal
from desktop.domain.money import format_rupiah
from desktop.domain.rules import meterai_due
from desktop.domain.thresholds import default_thresholds


def meterai_amount(payment: PaymentDoc) -> int:
    """Rupiah of meterai the seller affixes, 0 when none: domain decision unless the officer overrode it."""
    decision = meterai_due(payment.amount, payment.payment_date, toko_daring=payment.toko_daring)
    if payment.meterai_override is None:
        return decision.amount
    if not payment.meterai_override:
        return 0
    return decision.amount or default_thresholds().value("meterai_amount", payment.payment_date)


def build_kuitansi(payment: PaymentDoc, options: DocumentOptions | None = None,
                   signer: DocumentSigner | None = None) -> bytes:
    opts = options or DocumentOptions()
    return layout.build_pdf(kuitansi_story(payment, opts, signer), options=opts, kop=payment.order.kop,
                            title=templates.load("kuitansi").text("doc_label"), number=payment.nomor_bukti)


def kuitansi_story(payment: PaymentDoc, opts: DocumentOptions, signer: DocumentSigner | None) -> list[Flowable]:
    t = templates.load("kuitansi")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    order = payment.order
    amount = words(payment.amount)
    head = parts.kv_table([
        (t.text("tahun_anggaran"), str(order.tahun_anggaran)),
        (t.text("kode_rekening"), order.kode_rekening.code),
        (t.text("nomor_bukti"), payment.nomor_bukti),
    ], 85 * mm, label_ratio=0.4, style=st["small"])
    head.hAlign = "RIGHT"
    body = parts.DocTable([
        [parts.para(t.text("received_from"), st["body"]), ":",
         parts.para(t.text("received_from_value", opd=order.kop.opd_name), st["body"])],
        [parts.para(t.text("amount_words"), st["body"]), ":",
         parts.markup(t.text("amount_words_value", **amount), st["body"])],
        [parts.para(t.text("purpose"), st["body"]), ":",
         parts.para(t.text("purpose_value", purpose=payment.purpose, sp_number=order.sp_number,
                           sp_date=format_tanggal(order.sp_date), bast_number=payment.bast_number,
                           bast_date=format_tanggal(payment.bast_date)), st["body"])],
    ], colWidths=[34 * mm, 4 * mm, width - 38 * mm])
    body.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BACKGROUND", (2, 1), (2, 1), colors.Color(0.93, 0.93, 0.93)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story: list[Flowable] = [
        head, Spacer(1, 3 * mm),
        parts.para(t.text("title"), st["title"]), Spacer(1, 4 * mm),
        body, Spacer(1, 3 * mm),
        _figures_and_seller(payment, width, opts.serif),
        Spacer(1, 2 * mm),
    ]
    people = [
        (payment.pa_kpa, "sig_pa", {}), (payment.bendahara, "sig_bendahara",
                                         {"date": format_tanggal(payment.payment_date)}),
        (payment.pptk, "sig_pptk", {}), (payment.receiver, "sig_receiver", {}),
    ]
    grid = parts.signature_grid([
        parts.SigBlock(t.lines(key, jabatan=person.jabatan, **extra), person.name, nip_line(person),
                       space=15 * mm)
        for person, key, extra in people
    ], width, opts.serif)
    story.append(KeepTogether([grid, verification_block(
        "KW", t.text("doc_label"), payment.nomor_bukti, order.order_id, payment.amount, payment.payment_date,
        signer, width, opts.serif, order.content_hash)]))
    return story


def _figures_and_seller(payment: PaymentDoc, width: float, serif: bool) -> Flowable:
    """Left: "Terbilang Rp…" in a box and the tax breakdown; right: dateline and the seller's signature,
    over a meterai if due. Side by side so the kuitansi stays on one page."""
    t = templates.load("kuitansi")
    st = parts.styles(serif)
    order = payment.order
    figures = parts.DocTable([[parts.para(t.text("figures_label"), st["body"]),
                      parts.markup(f"<b>{parts.escape(format_rupiah(payment.amount))}</b>", st["body"])]],
                    colWidths=[24 * mm, 52 * mm])
    figures.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 1.2, colors.black),
                                 ("BACKGROUND", (1, 0), (1, 0), colors.Color(0.93, 0.93, 0.93)),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    stamp = meterai_amount(payment)
    block = parts.SigBlock(
        [dateline(order.kop.city, payment.payment_date), *t.lines("sig_seller", business=order.seller.business_name)],
        order.seller.owner_name, order.seller.owner_title,
        meterai=t.lines("meterai_box", amount=format_rupiah(stamp)) if stamp else None,
    )
    seller = parts.signature_grid([block], width * 0.4, serif, columns=1)
    left = [figures, Spacer(1, 3 * mm), *_tax_section(payment, width * 0.6 - 4 * mm, serif)]
    table = parts.DocTable([[left, seller]], colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _tax_section(payment: PaymentDoc, width: float, serif: bool) -> list[Flowable]:
    """The payment record as paid: gross (= order total), each tax the Bendahara withheld, the total withheld and
    the amount transferred; then the taxes the seller or a marketplace deposits, named so no one books them."""
    t = templates.load("kuitansi")
    st = parts.styles(serif)
    taxes = payment.taxes
    withheld = taxes.withheld_lines if taxes is not None else ()
    rows: list[tuple[str, int, bool]] = [(t.text("tax_gross"), payment.amount, False)]
    if withheld:
        rows.append((t.text("tax_dpp"), taxes.dpp if taxes is not None else payment.amount, False))
        rows += [(tax.label, tax.amount, False) for tax in withheld]
        rows.append((t.text("tax_total"), sum(tax.amount for tax in withheld), True))
    rows.append((t.text("tax_net"), payment.net, True))
    data = [[parts.para(label, st["cell_bold"] if bold else st["cell"]),
             parts.para(format_rupiah(value), st["cell_bold_right"] if bold else st["cell_right"])]
            for label, value, bold in rows]
    table = parts.DocTable(data, colWidths=[width * 0.66, width * 0.34], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    out: list[Flowable] = [parts.para(t.text("tax_heading" if withheld else "tax_none"), st["small"]), table]
    for tax in taxes.other_lines if taxes is not None else ():
        key = "tax_by_marketplace" if tax.collector == "PIHAK_LAIN" else "tax_by_seller"
        out.append(parts.para(t.text(key, tax=tax_name(tax.code), amount=format_rupiah(tax.amount)), st["small"]))
    return out
