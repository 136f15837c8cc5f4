"""Drill-down dialog: the transactions behind one chart bar or ranking row (online only), exportable to CSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.stats_service import export_csv
from desktop.ui.dashboard.tables import RowsModel, count_text, export_rows
from desktop.ui.settings import UiSettings
from desktop.ui.widgets.save_location import ask_save_path


class DrillDialog(QDialog):
    def __init__(self, name: str, body: dict[str, Any], parent: QWidget | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Transaksi: %1").replace("%1", name))
        self.resize(1120, 520)
        self.model = RowsModel("drill", self)
        self.model.set_rows(body.get("rows", []))
        shown, total = len(self.model.rows), int(body.get("total", 0))
        self.summary = QLabel(self.tr("%1 transaksi; ditampilkan %2 terbaru. Ekspor untuk diolah lebih lanjut.")
                              .replace("%1", count_text(total)).replace("%2", str(shown)), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # OPD names are long: elide, not scroll
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.export_button = QPushButton(self.tr("Ekspor (&CSV)"), self)
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def export(self, path: str | None = None) -> str | None:
        if path is None:
            path = ask_save_path(self, self.tr("Ekspor transaksi ke CSV"), "transaksi.csv", "CSV (*.csv)",
                                 self.settings, "csv")
        if not path:
            return None
        headers, rows = export_rows("drill", self.model.rows)
        export_csv(path, headers, rows)
        return path
