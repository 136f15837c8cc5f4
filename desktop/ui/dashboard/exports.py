"""Exports of the dashboard: the current table to CSV, every table to XLSX, the page to PDF. Files are written
on the I/O lane (CSV/XLSX); the PDF is painted on the UI thread (it renders widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from desktop.services.stats_service import export_csv, export_xlsx
from desktop.ui.dashboard.pdf import write_pdf
from desktop.ui.dashboard.tables import SECTIONS, RowsModel, export_rows, tr
from desktop.ui.screen import UiContext
from desktop.ui.widgets.save_location import ask_save_path

TABLE_TABS = ("by-kabkota", "by-category", "by-marketplace", "by-month", "by-opd", "orders-by-state", "never-sold",
              "sellers")


if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class ExportsMixin(_Base):
    """Mixed into DashboardScreen (needs its models, tabs, page, labels, ctx and _say)."""

    models: dict[str, RowsModel]
    tabs: QTabWidget
    ctx: UiContext
    page: QWidget
    heading: QLabel
    as_of: QLabel
    offline: QLabel

    if TYPE_CHECKING:  # provided by DashboardScreen; never defined here (they would shadow it at runtime)
        def _say(self, text: str) -> None: ...
        def show_error(self, exc: BaseException) -> None: ...
        def is_province(self) -> bool: ...

    def _current_section(self) -> str | None:
        index = self.tabs.currentIndex()
        return TABLE_TABS[index - 1] if index >= 1 else None

    def _ask(self, caption: str, pattern: str, suggested: str) -> str:
        return ask_save_path(self, caption, suggested, pattern, self.ctx.ui_settings)

    def export_csv(self, path: str | None = None, section: str | None = None) -> str | None:
        section = section or self._current_section() or "by-kabkota"
        path = path or self._ask(self.tr("Ekspor tabel ke CSV"), "CSV (*.csv)", f"dasbor-{section}.csv")
        if not path:
            return None
        headers, rows = export_rows(section, self.models[section].rows)
        self.ctx.tasks.run_io(lambda: export_csv(path, headers, rows),
                              on_done=lambda _r: self._say(self.tr("Tabel disimpan: %1").replace("%1", path)),
                              on_error=self.show_error)
        return path

    def export_tables(self) -> list[tuple[str, list[str], list[list[Any]]]]:
        sections = [s for s in (*TABLE_TABS, "never-sold-providers") if s != "sellers" or self.is_province()]
        return [(tr(SECTIONS[s][0]), *export_rows(s, self.models[s].rows)) for s in sections]

    def export_xlsx(self, path: str | None = None) -> str | None:
        path = path or self._ask(self.tr("Ekspor semua tabel ke XLSX"), "Excel (*.xlsx)", "dasbor-blangkon.xlsx")
        if not path:
            return None
        sheets = self.export_tables()
        note = self.tr("Data per %1").replace("%1", self.as_of.text() or "-")
        self.ctx.tasks.run_io(lambda: export_xlsx(path, sheets, note=note),
                              on_done=lambda _r: self._say(self.tr("Buku kerja disimpan: %1")
                                                                      .replace("%1", path)),
                              on_error=self.show_error)
        return path

    def export_pdf(self, path: str | None = None) -> str | None:
        path = path or self._ask(self.tr("Ekspor halaman ke PDF"), "PDF (*.pdf)", "dasbor-blangkon.pdf")
        if not path:
            return None
        subtitle = " — ".join(t for t in (self.as_of.text(), self.offline.text()) if t)
        write_pdf(path, self.heading.text(), subtitle, self.page, self.export_tables())
        self._say(self.tr("PDF disimpan: %1").replace("%1", path))
        return path
