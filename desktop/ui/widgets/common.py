"""Small widget factories the screens share, so a heading, an error line or a record table looks the same
everywhere and a change of style is made once."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QTableView, QWidget

from desktop.ui.widgets.table_columns import FittedColumns

ERROR_STYLE = "color: #a61b1b;"


def heading_label(parent: QWidget) -> QLabel:
    """A screen title: bold, 1.3× the system font (scales with the user's font settings)."""
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label(parent: QWidget) -> QLabel:
    """A wrapped red line for what went wrong and what to do next."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class RecordTable(QTableView):
    """A QTableView whose columns fit their content; `columns.remember(key, settings)` keeps the officer's."""

    columns: FittedColumns


def record_table(parent: QWidget, model: QAbstractItemModel, stretch_column: int | None = 1) -> RecordTable:
    """A read-only, single-row-selection table over `model`; Tab leaves the table (keyboard-only use)."""
    table = RecordTable(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    # columns fit their content, `stretch_column` takes the room left (None: the last one);
    # a screen keeps the officer's widths with table.columns.remember(key, ctx.ui_settings)
    table.columns = FittedColumns(table, stretch=stretch_column)
    return table


def figure_rows(grid: QGridLayout, parent: QWidget, keys: Iterable[str]) -> dict[str, tuple[QLabel, QLabel]]:
    """One row per figure in `grid`: its name on the left, its amount right-aligned and selectable (officers copy
    amounts into SIPD). Returns key → (name label, value label); the caller sets the texts."""
    rows: dict[str, tuple[QLabel, QLabel]] = {}
    for row, key in enumerate(keys):
        name, value = QLabel(parent), QLabel(parent)
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
        rows[key] = (name, value)
    return rows
