"""Rekonsiliasi bank for a month as PDF and as rows (CSV export): the BKU's and the statement's balances side by
side, then every difference explained section by section (desktop.domain.bank.reconciliation does the
arithmetic; this module only lays it out). Texts in resources/templates/reconciliation.json."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.documents import layout, parts, templates
from desktop.documents.common import nip_line
from desktop.documents.model import DocumentOptions, Kop, Signatory
from desktop.domain.bank.reconciliation import SECTIONS, MonthReconciliation
from desktop.domain.dates import dateline, nama_bulan
from desktop.domain.money import format_number


@dataclass(frozen=True)
class ReconciliationDoc:
    kop: Kop
    rec: MonthReconciliation
    bendahara: Signatory
    pa_kpa: Signatory
    signed_on: dt.date
    account_label: str  # "Bank Jateng 1234567890"


@dataclass(frozen=True)
class Row:
    """One row of part B as both the PDF and the CSV show it."""

    kind: str  # "start" | "heading" | "item" | "subtotal" | "result"
    text: str
    date: dt.date | None = None
    reference: str = ""
    amount: int | None = None
    note: str = ""


def _d(day: dt.date | None) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}" if day else ""


def _n(value: int | None) -> str:
    if value is None:
        return ""
    return ("-" if value < 0 else "") + format_number(abs(value))


def rows(rec: MonthReconciliation) -> list[Row]:
    """Part B: from the BKU's closing balance, each non-empty section, to the statement's closing balance."""
    t = templates.load("reconciliation")
    out = [Row("start", t.text("row_bku_closing"), amount=rec.bku_closing)]
    for code in SECTIONS:
        section = rec.section(code)
        if not section.items or (code == "opening_difference" and section.total == 0):
            continue
        out.append(Row("heading", t.text(f"section_{code}")))
        if code != "opening_difference":
            out += [Row("item", i.label + (f" — {i.note}" if i.note else ""), i.date, i.reference, i.amount)
                    for i in section.items]
        out.append(Row("subtotal", t.text("row_subtotal"), amount=section.total))
    out.append(Row("result", t.text("row_expected"), amount=rec.expected_bank_closing))
    out.append(Row("result", t.text("row_bank_closing"), amount=rec.bank_closing))
    out.append(Row("result", t.text("row_unexplained"), amount=rec.unexplained_difference))
    return out


def number(rec: MonthReconciliation) -> str:
    return templates.load("reconciliation").text("number", month=rec.month, year=rec.year)


def build_reconciliation(doc: ReconciliationDoc, options: DocumentOptions | None = None) -> bytes:
    opts = options or DocumentOptions(status="official")
    t = templates.load("reconciliation")
    st = parts.styles(opts.serif)
    width = layout.content_width(opts)
    rec = doc.rec
    story: list[Flowable] = [
        parts.para(t.text("title"), st["title"]),
        parts.para(t.text("period", month=nama_bulan(rec.month), year=rec.year), st["subtitle"]),
        parts.kv_table([(t.text("header_opd"), doc.kop.opd_name),
                        (t.text("header_bendahara"), f"{doc.bendahara.name} ({nip_line(doc.bendahara)})"),
                        (t.text("header_account"), doc.account_label)], width, label_ratio=0.22, style=st["small"]),
        Spacer(1, 3 * mm), parts.para(t.text("balances_title"), st["cell_bold"]), Spacer(1, 1 * mm)]
    unknown = t.text("unknown")

    def diff(bank: int | None, bku: int) -> str:
        return _n(bank - bku) if bank is not None else ""

    balance_rows: list[list[Flowable | str]] = [
        [t.text("row_opening"), _n(rec.bku_opening), _n(rec.bank_opening) if rec.bank_opening is not None
         else unknown, diff(rec.bank_opening, rec.bku_opening)],
        [t.text("row_closing"), _n(rec.bku_closing), _n(rec.bank_closing) if rec.bank_closing is not None
         else unknown, diff(rec.bank_closing, rec.bku_closing)]]
    table = parts.data_table([t.text(k) for k in ("col_item", "col_bku", "col_bank", "col_difference")],
                             balance_rows, parts.scale_widths([40, 22, 26, 20], width), serif=opts.serif,
                             head_style="head_small")
    table.setStyle([("ALIGN", (1, 1), (-1, -1), "RIGHT")])
    story += [table, Spacer(1, 4 * mm), parts.para(t.text("explain_title"), st["cell_bold"]), Spacer(1, 1 * mm)]
    body: list[list[Flowable | str]] = []
    shading: list[tuple[object, ...]] = []
    for index, r in enumerate(rows(rec), start=1):
        if r.kind == "item":
            body.append([_d(r.date), parts.para(r.text, st["cell_small"]), parts.para(r.reference, st["cell_small"]),
                         _n(r.amount)])
            continue
        text = parts.para(r.text, st["cell_bold"] if r.kind != "subtotal" else st["cell_small"])
        value = _n(r.amount) if r.amount is not None else (unknown if r.kind == "result" else "")
        if r.kind == "result" and r.text == t.text("row_unexplained") and r.amount == 0:
            value = t.text("nil")
        body.append(["", text, "", value])
        if r.kind in ("start", "result", "heading"):
            shading.append(("BACKGROUND", (0, index), (-1, index), colors.Color(0.95, 0.95, 0.95)))
        if r.kind in ("heading", "start", "result"):
            shading.append(("SPAN", (1, index), (2, index)))
    explain = parts.data_table([t.text(k) for k in ("col_date", "col_uraian", "col_reference", "col_amount")],
                               body, parts.scale_widths([16, 62, 30, 22], width), serif=opts.serif,
                               head_style="head_small")
    sans = parts.styles(opts.serif)["cell"].fontName
    explain.setStyle([("FONT", (0, 1), (-1, -1), sans, 7.5), ("ALIGN", (3, 1), (3, -1), "RIGHT"), *shading])
    story.append(explain)
    story.append(Spacer(1, 2 * mm))
    story.append(parts.para(t.text("summary", lines=rec.lines, confirmed=rec.confirmed, proposed=rec.proposed),
                            st["small"]))
    verdict = (t.text("no_statement") if rec.unexplained_difference is None else t.text("reconciled")
               if rec.unexplained_difference == 0 else
               t.text("not_reconciled", amount=format_number(abs(rec.unexplained_difference))))
    story.append(parts.para(verdict, st["small"]))
    grid = parts.signature_grid([
        parts.SigBlock(t.lines("sig_pa", jabatan=doc.pa_kpa.jabatan), doc.pa_kpa.name, nip_line(doc.pa_kpa)),
        parts.SigBlock(t.lines("sig_bendahara", dateline=dateline(doc.kop.city, doc.signed_on),
                               jabatan=doc.bendahara.jabatan), doc.bendahara.name, nip_line(doc.bendahara)),
    ], width, opts.serif)
    story.append(KeepTogether([Spacer(1, 4 * mm), grid]))
    return layout.build_pdf(story, options=opts, kop=doc.kop, title=t.text("label"), number=number(rec))


def csv_rows(rec: MonthReconciliation) -> list[list[str]]:
    """The same reconciliation as spreadsheet rows (plain integers, ISO dates) for the export."""
    t = templates.load("reconciliation")
    out = [[t.text("col_item"), t.text("col_bku"), t.text("col_bank")],
           [t.text("row_opening"), str(rec.bku_opening), "" if rec.bank_opening is None else str(rec.bank_opening)],
           [t.text("row_closing"), str(rec.bku_closing), "" if rec.bank_closing is None else str(rec.bank_closing)],
           [],
           [t.text("col_date"), t.text("col_uraian"), t.text("col_reference"), t.text("col_amount")]]
    for r in rows(rec):
        out.append([r.date.isoformat() if r.date else "", r.text, r.reference,
                    "" if r.amount is None else str(r.amount)])
    return out
