"""A date the officer may leave empty: typed as dd/mm/yyyy, or picked from a calendar that opens at today.

QDateEdit cannot be empty: the editor used its minimum date (1 Januari 2000) with a "— belum diisi —" text, so
the calendar opened in January 2000 and typing appended to that text (#13.5). Here the text box is plain: an
empty box is "not set", and the calendar (the button, Alt+↓ or F4) starts at the date shown or at today.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.ui.screen import today_of

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also with - or . and one-digit day or month); None when it is not a real date."""
    found = _DATE.match(text or "")
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value is not None else ""


def calendar_icon(size: int = 16) -> QIcon:
    """A small calendar page (binding rings, a coloured header, a grid of days), drawn so it shows on every PC."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#37474f")
    p.setPen(QPen(ink, 1))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 4), 1.5, 1.5)
    p.fillRect(QRectF(2, 3, size - 4, 3.5), QColor("#c62828"))
    p.setPen(QPen(ink, 1.5))
    for x in (size * 0.3, size * 0.7):
        p.drawLine(QPointF(x, 1), QPointF(x, 4.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    for row in range(3):
        for col in range(4):
            p.drawRect(QRectF(3.5 + col * (size - 7) / 3.5, 8 + row * 2.3, 1.6, 1.4))
    p.end()
    return QIcon(pixmap)


class DateField(QWidget):
    """`dateChanged(date | None)` when the officer finished an entry (Enter, Tab, a calendar pick, a cleared
    box) and it differs from before; `invalid(message)` when the typed text is not a date.

    "Today" (where the calendar opens, the example in the error) is the WIB day of the session's clock, read
    from the screen the field sits on (desktop.ui.screen.today_of) or from `today` when given — never the PC's
    own date, which may be a day off (time zone) or more (a wrong clock)."""

    dateChanged = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self._today = today
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setMaxLength(10)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendarButton")
        self.button.setIcon(calendar_icon())  # drawn: an emoji glyph is missing from many office PCs' fonts
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+↓ / F4 from the text box; Tab skips it
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._picked)  # Enter or double click
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # a label's Alt+letter only focuses a buddy whose policy takes focus: the proxy alone is not enough
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.clicked.connect(self.open_calendar)
        self.edit.editingFinished.connect(self.commit_text)
        self.edit.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("hh/bb/tttt"))
        self.button.setToolTip(self.tr("Pilih dari kalender (Alt+↓)"))
        self.button.setAccessibleName(self.tr("Pilih tanggal dari kalender"))

    # --- value ----------------------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        return self._value

    def today(self) -> dt.date:
        return self._today() if self._today is not None else today_of(self)

    def setDate(self, value: dt.date | None) -> None:
        """Show a stored value (no signal)."""
        self._value = value
        self.edit.setText(format_date(value))

    def is_dirty(self) -> bool:
        """Typed text not committed yet."""
        return self.edit.text().strip() != format_date(self._value)

    def commit_text(self) -> bool:
        """Take what is typed; False (and `invalid`) when it is not a date."""
        text = self.edit.text().strip()
        value = parse_date(text) if text else None
        if text and value is None:
            self.invalid.emit(self.tr("Tanggal \"%1\" tidak dikenali. Ketik hh/bb/tttt, misalnya %2, atau pilih "
                                      "dari kalender.").replace("%1", text).replace("%2", format_date(self.today())))
            return False
        self._set(value)
        return True

    def _set(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    # --- calendar -------------------------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        start = parse_date(self.edit.text()) or self._value or self.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setCurrentPage(start.year, start.month)
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        self._set(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
