"""Reusable flowables: paragraph styles, key/value and data tables, signature blocks, meterai box, QR block."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape as escape  # re-exported: builders compose markup

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents import fonts
from desktop.documents.qr import QrFlowable


class DocTable(Table):
    """A Table whose string cells use our embedded font (reportlab's default cell font is Helvetica)."""

    def __init__(self, data: object, *args: object, **kwargs: object) -> None:
        super().__init__(data, *args, **kwargs)
        if "cellStyles" not in kwargs:  # a split half inherits its parent's cell styles; keep them
            self.setStyle([("FONT", (0, 0), (-1, -1), fonts.body_fonts(False)[0], 8.5)])


@lru_cache(maxsize=2)
def styles(serif: bool) -> dict[str, ParagraphStyle]:
    font, bold = fonts.body_fonts(serif)
    sans, sans_bold = fonts.body_fonts(False)
    # bulletFontName too: its default is (unembedded) Helvetica, which the numbered terms would otherwise use.
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5, bulletFontName=font, bulletFontSize=9.5)
    return {
        "body": base,
        "justify": ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName=bold, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "heading_plain": ParagraphStyle("heading_plain", parent=base, fontName=bold, spaceBefore=5, spaceAfter=2),
        "numbered": ParagraphStyle("numbered", parent=base, alignment=TA_JUSTIFY, leftIndent=14, bulletIndent=0),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontName=sans, fontSize=8.5, leading=10.5),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontName=sans, fontSize=7.5, leading=9),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=sans_bold, fontSize=8.5, leading=10.5),
        "cell_bold_right": ParagraphStyle("cell_bold_right", fontName=sans_bold, fontSize=8.5, leading=10.5,
                                          alignment=TA_RIGHT),
        "cell_right": ParagraphStyle("cell_right", fontName=sans, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", fontName=sans, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        "head": ParagraphStyle("head", fontName=sans_bold, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        "head_small": ParagraphStyle("head_small", fontName=sans_bold, fontSize=7, leading=8.5, alignment=TA_CENTER),
        "sig": ParagraphStyle("sig", parent=base, alignment=TA_CENTER, fontSize=9.5, leading=12),
        "kv": ParagraphStyle("kv", parent=base, fontSize=9, leading=11),
        "numbered_small": ParagraphStyle("numbered_small", parent=base, fontSize=8.5, leading=10.5,
                                         alignment=TA_JUSTIFY, leftIndent=14, bulletIndent=0, bulletFontSize=8.5),
    }




def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names like "CV Maju & Jaya" must not break the markup)."""
    return Paragraph(escape(text), style)


def numbered(items: list[str], style: ParagraphStyle) -> list[Paragraph]:
    """1., 2., 3. with a hanging indent."""
    return [Paragraph(escape(item), style, bulletText=f"{i}.") for i, item in enumerate(items, start=1)]


def markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose text already holds reportlab markup (<b>, <br/>) from a template."""
    return Paragraph(text, style)


def kv_table(pairs: list[tuple[str, str]], width: float, label_ratio: float = 0.3,
             style: ParagraphStyle | None = None) -> Table:
    """"Label : value" rows without rules, as in Indonesian letters."""
    st = style or styles(True)["body"]
    label_w = width * label_ratio
    rows = [[para(k, st), para(":", st), para(v, st)] for k, v in pairs]
    table = DocTable(rows, colWidths=[label_w, 3 * mm, width - label_w - 3 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def side_by_side(columns: list[tuple[str, list[tuple[str, str]]]], width: float, style: ParagraphStyle,
                 heading: ParagraphStyle, *, shares: list[float] | None = None, gap: float = 6 * mm,
                 label_widths: list[float] | None = None) -> Table:
    """Titled "label : value" blocks next to each other (e.g. PEMESAN | PENYEDIA), `shares` of the width each,
    each block's labels `label_widths` wide."""
    parts_of = shares or [1.0] * len(columns)
    room = width - gap * (len(columns) - 1)
    widths_of = [room * share / sum(parts_of) for share in parts_of]
    row: list[object] = []
    widths: list[float] = []
    labels = label_widths or [25 * mm] * len(columns)
    for i, ((title, pairs), column_w, label_w) in enumerate(zip(columns, widths_of, labels, strict=True)):
        if i:
            row.append("")
            widths.append(gap)
        row.append([para(title, heading), kv_table(pairs, column_w, label_w / column_w, style)])
        widths.append(column_w)
    table = DocTable([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def data_table(header: list[str], rows: list[list[Flowable | str]], col_widths: list[float],
               footer_rows: int = 0, serif: bool = True, head_style: str = "head") -> Table:
    """A ruled table whose header row repeats on every page it spills onto."""
    st = styles(serif)
    data: list[list[Flowable | str]] = [[para(h, st[head_style]) for h in header], *rows]
    table = DocTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), st["cell"].fontName, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if footer_rows:
        commands.append(("BACKGROUND", (0, -footer_rows), (-1, -1), colors.Color(0.95, 0.95, 0.95)))
    table.setStyle(TableStyle(commands))
    return table


def scale_widths(fractions: list[float], width: float) -> list[float]:
    total = sum(fractions)
    return [width * f / total for f in fractions]


class MeteraiBox(Flowable):
    """Dashed box where the seller sticks the Rp10.000 meterai and signs across it."""

    def __init__(self, lines: list[str], font: str, width: float = 30 * mm, height: float = 18 * mm) -> None:
        super().__init__()
        self.lines = lines
        self.font = font
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(3, 2)
        c.setStrokeGray(0.35)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setFillGray(0.35)
        c.setFont(self.font, 7)
        step = 9
        y = self.height / 2 + (len(self.lines) - 1) * step / 2 - 2.5
        for line in self.lines:
            c.drawCentredString(self.width / 2, y, line)
            y -= step
        c.restoreState()


@dataclass(frozen=True)
class SigBlock:
    heading: list[str]  # e.g. ["Setuju dibayar", "Pengguna Anggaran"]
    name: str
    nip_line: str  # "NIP. 19860926 201505 1 001" or "" for a seller
    meterai: list[str] | None = None  # text lines of the meterai box when one is due
    space: float = 18 * mm  # room to sign


def signature_grid(blocks: list[SigBlock], width: float, serif: bool = True, columns: int = 2,
                   middle: list[Flowable] | None = None) -> Table:
    """Signature blocks side by side; space to sign (or a meterai box) between heading and name.

    With exactly two blocks, `middle` (the QR) sits between them so a one-page letter stays one page.
    """
    st = styles(serif)
    cells: list[list[Flowable]] = []
    for block in blocks:
        cell: list[Flowable] = [para(line, st["sig"]) for line in block.heading]
        if block.meterai:
            box = MeteraiBox(block.meterai, fonts.body_fonts(False)[0])
            holder = DocTable([[box]], colWidths=[width / columns - 6])
            holder.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            cell.append(holder)
        else:
            cell.append(Spacer(1, block.space))
        cell.append(markup(f"<b><u>{escape(block.name)}</u></b>", st["sig"]))
        if block.nip_line:
            cell.append(para(block.nip_line, st["sig"]))
        cells.append(cell)
    if middle is not None and len(cells) == 2:
        table = DocTable([[cells[0], middle, cells[1]]], colWidths=[width * 0.38, width * 0.24, width * 0.38],
                      hAlign="CENTER")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        return table
    rows: list[list[object]] = []
    for start in range(0, len(cells), columns):
        row: list[object] = list(cells[start:start + columns])
        row += [""] * (columns - len(row))
        rows.append(row)
    table = DocTable(rows, colWidths=[width / columns] * columns, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def qr_drawing(text: str, size: float = 30 * mm) -> Flowable:
    return QrFlowable(text, size)


def qr_compact(text: str, caption_lines: list[str], serif: bool = True, size: float = 30 * mm) -> list[Flowable]:
    """QR with a short caption underneath, to sit between two signature blocks."""
    st = styles(serif)
    small = ParagraphStyle("qr_caption", parent=st["small"], fontSize=6.5, leading=8, alignment=TA_CENTER)
    holder = DocTable([[qr_drawing(text, size)]], colWidths=[size + 2 * mm])
    holder.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [holder, *(para(line, small) for line in caption_lines)]


def qr_block(text: str, caption_lines: list[str], width: float, serif: bool = True) -> Table:
    """QR on the left, how-to-verify caption on the right."""
    st = styles(serif)
    size = 32 * mm
    caption = [para(line, st["small"]) for line in caption_lines]
    table = DocTable([[qr_drawing(text, size), caption]], colWidths=[size + 4 * mm, width - size - 4 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
