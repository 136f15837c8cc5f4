"""Page furniture shared by every document: paper, kop surat, "Halaman x dari n", DRAF/SALINAN marks, QR.

Page numbers need the page count, which is known only at the end, so `_MarkedCanvas` keeps each page's state
and paints the footer and marks in `save()` (the usual reportlab two-phase canvas).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from desktop.documents import fonts, templates
from desktop.documents.model import DocumentOptions, Kop

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "F4": (215 * mm, 330 * mm)}
MARGIN_X: float = 20 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
KOP_GAP = 5 * mm  # between the kop's double rule and the document's first line
RUNNING_HEAD = 10 * mm


@dataclass(frozen=True)
class Marks:
    page_label: str  # "Halaman {page} dari {pages}"
    footer_left: str
    watermark: str | None
    reprint: str | None
    font: str
    font_bold: str


class _MarkedCanvas(Canvas):
    def __init__(self, *args: Any, marks: Marks, **kwargs: Any) -> None:
        # Our own font from the start: otherwise reportlab references (unembedded) Helvetica.
        kwargs["initialFontName"] = marks.font
        super().__init__(*args, **kwargs)
        self._marks = marks
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._paint_marks(number, total)
            super().showPage()
        super().save()

    def _paint_marks(self, page: int, pages: int) -> None:
        m = self._marks
        width, height = self._pagesize
        self.saveState()
        self.setFont(m.font, 8)
        self.setFillGray(0.25)
        self.drawRightString(width - MARGIN_X, 9 * mm, m.page_label.format(page=page, pages=pages))
        self.drawString(MARGIN_X, 9 * mm, m.footer_left)
        if m.watermark:
            # Light and translucent: the content under it must stay readable.
            self.setFillColorRGB(0.75, 0.1, 0.1, alpha=0.14)
            self.setFont(m.font_bold, 110)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, -35, m.watermark)
        self.restoreState()
        if m.reprint:
            self.saveState()
            self.setStrokeColorRGB(0.7, 0.1, 0.1)
            self.setFillColorRGB(0.7, 0.1, 0.1)
            self.setLineWidth(1.5)
            self.setFont(m.font_bold, 14)
            text_w = self.stringWidth(m.reprint, m.font_bold, 14)
            x = width - MARGIN_X - text_w - 8
            y = height - 12 * mm
            self.rect(x, y - 4, text_w + 8, 19, stroke=1, fill=0)
            self.drawString(x + 4, y + 1, m.reprint)
            self.restoreState()


def draw_kop(canvas: Canvas, kop: Kop, page_width: float, page_height: float, font: str, bold: str) -> None:
    """Letterhead: logo left, pemda/OPD/address centred, double rule under it."""
    top = page_height - MARGIN_TOP
    logo_h = 24 * mm
    if kop.logo_path and Path(kop.logo_path).is_file():
        canvas.drawImage(
            kop.logo_path, MARGIN_X, top - logo_h, width=logo_h, height=logo_h,
            preserveAspectRatio=True, mask="auto",
        )
    cx = page_width / 2 + 10 * mm  # centre of the space right of the logo
    canvas.setFont(bold, 12.5)
    canvas.drawCentredString(cx, top - 6 * mm, kop.pemda.upper())
    size, lines = _opd_lines(kop.opd_name.upper(), bold, _kop_text_width(page_width))
    y = top - 12.5 * mm
    for line in lines:
        canvas.setFont(bold, size)
        canvas.drawCentredString(cx, y, line)
        y -= size * 1.15
    y -= 5.5 * mm - size * 1.15
    canvas.setFont(font, 8.5)
    canvas.drawCentredString(cx, y, kop.address)
    if _kop_contact(kop):
        y -= 4 * mm
        canvas.drawCentredString(cx, y, _kop_contact(kop))
    rule_y = top - kop_rule_drop(kop, page_width, bold)
    canvas.setLineWidth(2)
    canvas.line(MARGIN_X, rule_y, page_width - MARGIN_X, rule_y)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, rule_y - 2.2, page_width - MARGIN_X, rule_y - 2.2)


def _kop_text_width(page_width: float) -> float:
    return page_width - 2 * MARGIN_X - 22 * mm  # the logo takes the left 24 mm


def _kop_contact(kop: Kop) -> str:
    return "  ".join(part for part in (kop.phone, kop.email) if part)


def kop_rule_drop(kop: Kop, page_width: float, bold: str) -> float:
    """How far below the top margin the kop's double rule lies: lower only when the OPD name takes two lines."""
    size, lines = _opd_lines(kop.opd_name.upper(), bold, _kop_text_width(page_width))
    below_name = 12.5 * mm + size * 1.15 * (len(lines) - 1) + 5.5 * mm - size * 1.15
    address = below_name + (4 * mm if _kop_contact(kop) else 0)
    return max(27 * mm, address + 4.5 * mm)


def kop_height(kop: Kop, page_width: float, bold: str) -> float:
    """The room the kop takes above the first page's frame: its rules plus a gap before the text (an OPD name
    on two lines gets the room it needs, a one-line name leaves no dead space: a one-line order's SP fits one
    page)."""
    return kop_rule_drop(kop, page_width, bold) + 2.2 + KOP_GAP


def _opd_lines(text: str, font: str, width: float) -> tuple[float, list[str]]:
    """The OPD name on one line (14.5 pt, down to 12.5), else on two lines, shrinking only if still too wide."""
    for single in (14.5, 14.0, 13.5, 13.0, 12.5):
        if stringWidth(text, font, single) <= width:
            return single, [text]
    size = 13.0
    while size > 7:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= 2:
            return size, lines
        size -= 0.5
    return size, simpleSplit(text, font, size, width)[:2]


def build_pdf(
    story: list[Flowable],
    *,
    options: DocumentOptions,
    kop: Kop | None,
    title: str,
    number: str,
    landscape: bool = False,
) -> bytes:
    """Lay out `story` on the chosen paper; kop on page 1, a running head on later pages."""
    font, bold = fonts.body_fonts(options.serif)
    common = templates.load("common")
    width, height = PAGE_SIZES[options.paper]
    if landscape:
        width, height = height, width
    marks = Marks(
        page_label=str(common.raw("page_label")),
        footer_left=common.text("footer_left", title=title, number=number),
        watermark={"draft": common.text("watermark_draft"), "void": common.text("watermark_void")}
        .get(options.status),
        reprint=common.text("mark_reprint") if options.reprint else None,
        font=font,
        font_bold=bold,
    )
    first_top = kop_height(kop, width, bold) if kop else 0
    frame_w = width - 2 * MARGIN_X

    def first(canvas: Canvas, _doc: Any) -> None:
        if kop:
            draw_kop(canvas, kop, width, height, font, bold)

    def later(canvas: Canvas, _doc: Any) -> None:
        canvas.setFont(font, 8)
        canvas.setFillGray(0.3)
        canvas.drawString(MARGIN_X, height - MARGIN_TOP, f"{title} · {number}")

    first_frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_w, height - MARGIN_TOP - MARGIN_BOTTOM - first_top,
                        id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later_frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_w, height - MARGIN_TOP - MARGIN_BOTTOM - RUNNING_HEAD,
                        id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(width, height), title=f"{title} {number}", author=kop.opd_name if kop else "",
        creator="Blangkon Desktop", subject=title, invariant=1,
    )
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first_frame], onPage=first),
        PageTemplate(id="later", frames=[later_frame], onPage=later),
    ])
    doc.build([NextPageTemplate("later"), *story], canvasmaker=partial(_MarkedCanvas, marks=marks))
    return buffer.getvalue()


def content_width(options: DocumentOptions, landscape: bool = False) -> float:
    width, height = PAGE_SIZES[options.paper]
    return float(height if landscape else width) - 2 * MARGIN_X
