"""Reload a table without losing the officer's place: the selected order stays selected (found again by its id,
wherever the new rows put it) and the scroll position stays where it was. After a sync every screen reloads;
without this the selection jumped to the first row and the list scrolled away from what the officer was reading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTableView


def reload_keeping_place(table: QTableView, reset: Callable[[], None], row_of: Callable[[str], int],
                         selected_id: str | None, *, prefer: str | None = None) -> None:
    """Run `reset` (the model's set_… call), then select `prefer` or else `selected_id` again. When that order
    left the list (approved, paid…), the row at the same position is selected, so the officer goes on with the
    next one; an empty selection stays empty only when the list is empty."""
    old_row = table.currentIndex().row()
    vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
    scroll = (vertical.value(), horizontal.value())
    reset()
    rows = table.model().rowCount()
    if rows == 0:
        return
    wanted = prefer or selected_id
    row = row_of(wanted) if wanted else -1
    if row < 0:
        row = min(max(old_row, 0), rows - 1)
    table.selectRow(row)
    vertical.setValue(scroll[0])
    horizontal.setValue(scroll[1])
    if prefer or not _visible(table, row):  # asked for by id (e.g. "open this order"): make sure it is in view
        table.scrollTo(table.model().index(row, 0))


def _visible(table: QTableView, row: int) -> bool:
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return top <= row and (bottom < 0 or row <= bottom)
