"""An item delegate for lists of multi-line messages: wraps at the view's width and sizes each item to exactly
what it paints (Qt's default delegate measures and paints wrapped text differently and elides the last line)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PAD = 4
FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 4 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, self._text_width(), 100_000), FLAGS, text)
        return QSize(self._text_width() + 2 * PAD, rect.height() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.brush(QPalette.ColorRole.Highlight))
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText))
        elif isinstance(brush, QBrush):
            painter.setPen(brush.color())
        elif brush is not None:
            painter.setPen(brush)
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        text_rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.drawText(text_rect, FLAGS, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()
