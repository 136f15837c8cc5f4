"""Table columns that fit their content and remember the officer's own widths and order.

Until the officer drags a column edge (or moves a column), every column is sized to what it shows — the header
and the rows on screen, measured with the current font — and the stretch column (the product or seller name)
takes the room left. When the room is short, the columns named shrinkable (badges, place, seller — never
amounts or dates) give up width first, least needed first and down to their header, so the name people choose
by stays readable; beyond that the table scrolls. Once the officer resizes or reorders, their layout is kept as is and saved
through UiSettings (QHeaderView.saveState) for the next start; "Lebar kolom otomatis" in the header's context
menu forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop.ui.settings import Option, UiSettings, table_header_option

PAD = 18  # cell margins plus a little air
MAX_CHARS = 48  # no column grows wider than this many average characters by fitting


class FittedColumns(QObject):
    """Attach to a QTableView once its model is set. `key` names the table in the settings (None: not kept)."""

    def __init__(self, table: QTableView, *, stretch: int | None, shrinkable: tuple[int, ...] = (),
                 key: str | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.shrinkable = shrinkable  # columns that may elide when room is short, least needed first
        self._option: Option[QByteArray] | None = None
        self._settings: UiSettings | None = None
        self._fitting = False
        self.customized = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("M") * 3)
        # "The rows on screen": sizeHintForColumn measures as many rows as the horizontal header's
        # resizeContentsPrecision (Qt's default: 1000), so every fit walked up to 1000 rows of a lazy model — the
        # catalog asked for and formatted up to ten pages on the main thread after each keystroke (8 roles x 916 rows:
        # 150-300 ms per fit on 50k products). 0 = the visible rows only.
        header.setResizeContentsPrecision(0)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        header.sectionResized.connect(self._user_changed)
        header.sectionMoved.connect(self._user_changed)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged,
                       model.dataChanged, model.headerDataChanged):
            signal.connect(self._schedule)
        table.viewport().installEventFilter(self)
        if key:
            self.remember(key, settings)

    def remember(self, key: str, settings: UiSettings | None) -> None:
        """Keep this table's layout under `key` in the UI settings; the saved one (if any) applies now."""
        self._option, self._settings = table_header_option(key), settings
        self._restore()
        self.fit()

    # --- fitting ------------------------------------------------------------------------------------------------
    def _schedule(self, *_args: object) -> None:
        if not self.customized:
            self._refit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.customized:
            self._refit.start()
        return False

    def wanted_widths(self) -> list[int]:
        """Each column's content width: the header and the rows on screen, capped at MAX_CHARS characters."""
        header = self.table.horizontalHeader()
        cap = self.table.fontMetrics().averageCharWidth() * MAX_CHARS
        model = self.table.model()
        widths = []
        for col in range(model.columnCount()):
            title = model.headerData(col, Qt.Orientation.Horizontal)
            head = header.fontMetrics().horizontalAdvance(str(title or "")) + PAD + 8
            content = self.table.sizeHintForColumn(col) + PAD // 2 if model.rowCount() else 0
            widths.append(max(head, min(cap, content)))
        return widths

    def fit(self) -> None:
        if self.customized or not self.table.isVisible():
            return  # hidden, Qt would measure every row (and a lazy model would fetch them all)
        header = self.table.horizontalHeader()
        wanted = self.wanted_widths()
        if not wanted:
            return
        mins = [header.fontMetrics().horizontalAdvance(str(self.table.model().headerData(
            c, Qt.Orientation.Horizontal) or "")) + PAD for c in range(len(wanted))]
        room = self.table.viewport().width()
        widths = list(wanted)
        if self.stretch is not None and 0 <= self.stretch < len(widths):
            others = [c for c in range(len(widths)) if c != self.stretch]
            short = sum(widths) - room
            for c in self.shrinkable:  # the shrinkable columns give up width first, in the order given
                if short <= 0:
                    break
                take = min(short, max(0, widths[c] - mins[c]))
                widths[c] -= take
                short -= take
            # the name column takes whatever is left, never less than what it shows
            widths[self.stretch] = max(widths[self.stretch], room - sum(widths[c] for c in others))
        elif sum(widths) < room:
            widths[-1] += room - sum(widths)
        self._fitting = True
        try:
            for col, width in enumerate(widths):
                header.resizeSection(col, width)
        finally:
            self._fitting = False

    # --- the officer's own layout -------------------------------------------------------------------------------
    def _user_changed(self, *_args: object) -> None:
        if self._fitting:
            return
        self.customized = True
        if self._option is not None and self._settings is not None:
            self._settings.set(self._option, self.table.horizontalHeader().saveState())

    def _restore(self) -> None:
        if self._option is None or self._settings is None:
            return
        state = self._settings.get(self._option)
        if state.isEmpty():
            return
        self._fitting = True
        try:
            self.customized = bool(self.table.horizontalHeader().restoreState(state))
        finally:
            self._fitting = False
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def reset(self) -> None:
        """Back to fitted widths and the original order; the saved layout is forgotten."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for logical in range(header.count()):
                header.moveSection(header.visualIndex(logical), logical)
        finally:
            self._fitting = False
        self.customized = False
        if self._option is not None and self._settings is not None:
            self._settings.set(self._option, QByteArray())
        self.fit()

    def _menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(header)
        action = menu.addAction(self.tr("Lebar kolom otomatis"))
        action.setEnabled(self.customized)
        action.triggered.connect(self.reset)
        menu.exec(header.mapToGlobal(pos))
