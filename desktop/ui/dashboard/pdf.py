"""The dashboard page to PDF: page 1 is the page as shown (headline, charts), then every table, paginated.
Drawn with QPainter on a QPdfWriter (A4 landscape), so fonts are embedded and text stays extractable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from desktop.ui.dashboard.tables import count_text, decimal_sign

Table = tuple[str, list[str], list[list[Any]]]


def _cell(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return count_text(value)  # 5.093 / 5,093: the reader's separators, as on screen
    if isinstance(value, float):
        return decimal_sign(f"{value:.2f}")
    return "" if value is None else str(value)


def write_pdf(path: str, title: str, subtitle: str, page: QWidget, tables: Sequence[Table]) -> int:
    """Write the PDF; returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(120)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Blangkon Desktop")
    painter = QPainter(writer)
    pages = 1
    try:
        area = QRectF(painter.viewport())
        head = QFont("DejaVu Sans", 14)
        head.setBold(True)
        body = QFont("DejaVu Sans", 8)
        painter.setFont(head)
        painter.drawText(QRectF(0, 0, area.width(), 30), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(body)
        painter.drawText(QRectF(0, 30, area.width(), 20), Qt.AlignmentFlag.AlignLeft, subtitle)
        shot = page.grab()
        room = QRectF(0, 56, area.width(), area.height() - 60)
        scale = min(room.width() / max(1, shot.width()), room.height() / max(1, shot.height()))
        painter.drawPixmap(QRectF(0, 56, shot.width() * scale, shot.height() * scale), shot, QRectF(shot.rect()))
        line = 16.0
        for name, headers, rows in tables:
            writer.newPage()
            pages += 1
            y = 0.0
            painter.setFont(head)
            painter.drawText(QRectF(0, y, area.width(), 26), Qt.AlignmentFlag.AlignLeft, name)
            y += 30
            painter.setFont(body)
            width = area.width() / max(1, len(headers))

            def draw_row(cells: Sequence[str], bold: bool, top: float, width: float = width) -> None:
                font = QFont(body)
                font.setBold(bold)
                painter.setFont(font)
                for i, text in enumerate(cells):
                    painter.drawText(QRectF(i * width + 2, top, width - 4, line),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                      int(width - 4)))

            draw_row(headers, True, y)
            y += line
            for row in rows:
                if y + line > area.height():
                    writer.newPage()
                    pages += 1
                    y = 0.0
                    draw_row(headers, True, y)
                    y += line
                draw_row([_cell(c) for c in row], False, y)
                y += line
    finally:
        painter.end()
    return pages
