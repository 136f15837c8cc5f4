"""DashboardScreen ("dashboard"): province / OPD figures — headline numbers, charts, rankings, fairness report.

Role-aware: admin provinsi sees every kab/kota (and the sellers table, and may filter by kab/kota); every other
role sees its own OPD (the server scopes the answers). Figures are fetched on the I/O lane; offline, the last
synced figures are shown with their server "as of" time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reference import load_kabkota
from desktop.domain.thresholds import default_thresholds
from desktop.services.stats_service import Dashboard, StatsFilters, StatsService
from desktop.ui.dashboard import charts
from desktop.ui.dashboard.drill import DrillDialog
from desktop.ui.dashboard.exports import TABLE_TABS, ExportsMixin
from desktop.ui.dashboard.tables import (
    SECTIONS,
    SORT_ROLE,
    RowsModel,
    age_text,
    count_text,
    share_text,
    short_rupiah,
    tr,
)
from desktop.ui.i18n import long_stamp
from desktop.ui.orders.common import error_text
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.common import error_label, heading_label
from sync.protocol import Role

STATE_ORDER = ("DRAFT", "DIAJUKAN", "DITOLAK", "DISETUJUI", "DIKIRIM_KE_PENYEDIA", "DIKONFIRMASI_PENYEDIA",
               "DALAM_PENGIRIMAN", "DITERIMA", "KETIDAKSESUAIAN", "BAST", "MENUNGGU_BAYAR", "DIBAYAR", "SELESAI",
               "DIBATALKAN")
PRESETS = ("all", "year", "month", "last12", "custom")


def as_of_text(stamp: str | None) -> str:
    """'2026-11-23T11:42:41.551Z' -> '23 November 2026 18.42 WIB' ('2 December 2026 …' in English)."""
    return long_stamp(stamp)


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Card { background: #f4f8fa; border: 1px solid #c9d6de; border-radius: 6px; }")
        self.caption = QLabel(self)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #55656f;")
        layout = QVBoxLayout(self)
        for w in (self.caption, self.value, self.note):
            layout.addWidget(w)


class DashboardScreen(ExportsMixin, Screen):
    key = "dashboard"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stats: StatsService | None = ctx.services.stats
        self.thresholds = default_thresholds()
        self.board: Dashboard | None = None
        self.loaded = False
        self.heading = heading_label(self)
        self.as_of = QLabel(self)
        self.offline = QLabel(self)
        self.offline.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.message = error_label(self)
        self.message.setVisible(False)
        self.preset = QComboBox(self)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        today = ctx.today()  # the session's WIB day, not the PC's date
        self.date_from.setDate(QDate(today.year, 1, 1))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.kab = QComboBox(self)
        self.reload_button = QPushButton(self)
        self.xlsx_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.cards = {k: Card(self) for k in ("total", "count", "umkm", "pdn")}
        self.tabs = QTabWidget(self)
        self.chart_page = QWidget(self)
        self.chart_grid = QGridLayout(self.chart_page)
        # each chart keeps a readable height (eight bars with their names, a donut with its legend); on a small
        # screen the page scrolls instead of squeezing them
        self.chart_grid.setRowMinimumHeight(0, 300)
        self.chart_grid.setRowMinimumHeight(1, 240)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.chart_page)
        self.tabs.addTab(self.chart_scroll, "")
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        for section in (*TABLE_TABS, "never-sold-providers"):
            self.models[section] = RowsModel(section, self)
            self.views[section] = self._table(self.models[section])
        for section in TABLE_TABS:
            if section == "never-sold":
                split = QSplitter(Qt.Orientation.Vertical, self)
                split.addWidget(self.views["never-sold"])
                lower = QWidget(self)
                lower_layout = QVBoxLayout(lower)
                lower_layout.setContentsMargins(0, 4, 0, 0)
                self.never_sold_label = QLabel(lower)
                self.never_sold_label.setWordWrap(True)
                lower_layout.addWidget(self.never_sold_label)
                lower_layout.addWidget(self.views["never-sold-providers"], 1)
                split.addWidget(lower)
                self.tabs.addTab(split, "")
            elif section == "orders-by-state":
                holder = QWidget(self)
                holder_layout = QVBoxLayout(holder)
                holder_layout.setContentsMargins(0, 4, 0, 0)
                self.ages = QLabel(holder)
                self.ages.setWordWrap(True)
                holder_layout.addWidget(self.ages)
                holder_layout.addWidget(self.views[section], 1)
                self.tabs.addTab(holder, "")
            else:
                self.tabs.addTab(self.views[section], "")
        self.views["by-kabkota"].doubleClicked.connect(
            lambda i: self.drill(i.data(Qt.ItemDataRole.UserRole)))  # the row dict, whatever the sort order
        self._build_layout()
        self._wire()
        self.retranslate()

    # --- layout -------------------------------------------------------------------------------------------
    def _table(self, model: RowsModel) -> QTableView:
        view = QTableView(self)
        proxy = QSortFilterProxyModel(view)  # click a header to sort, e.g. by value to UMKM
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the server's order until a header is clicked
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keys = [c.key for c in model.cols]
        stretch = keys.index("name") if "name" in keys else 0
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        self.filter_label, self.kab_label = QLabel(self), QLabel(self)
        self.filter_label.setBuddy(self.preset)
        self.kab_label.setBuddy(self.kab)
        bar = QHBoxLayout()
        for w in (self.filter_label, self.preset, self.date_from, self.date_to, self.kab_label, self.kab):
            bar.addWidget(w)
        bar.addStretch(1)
        for b in (self.reload_button, self.csv_button, self.xlsx_button, self.pdf_button):
            bar.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.offline)
        top.addWidget(self.as_of)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.page = QWidget(self)  # what the PDF's first page shows
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(cards)
        page_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.page, 1)

    def _wire(self) -> None:
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.reload_button.clicked.connect(self.reload)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.kab.activated.connect(lambda _i: self.reload())
        self.preset.activated.connect(lambda _i: self.reload())
        self.date_from.editingFinished.connect(self.reload)
        self.date_to.editingFinished.connect(self.reload)

    def title(self) -> str:
        return self.tr("Dasbor")

    def is_province(self) -> bool:
        user = self.ctx.session.current_user
        return user is not None and user.role is Role.ADMIN_PROVINSI

    def retranslate(self) -> None:
        user = self.ctx.session.current_user
        self.heading.setText(self.tr("Dasbor Blangkon Jateng — seluruh provinsi") if self.is_province() else
                             self.tr("Dasbor OPD %1").replace("%1", (user.opd_name or user.opd_id or "")
                                                               if user else ""))
        self.filter_label.setText(self.tr("&Periode:"))
        self.kab_label.setText(self.tr("&Kab/kota:"))
        current = self.preset.currentIndex()
        self.preset.clear()
        for key, text in zip(PRESETS, (self.tr("Semua waktu"), self.tr("Tahun ini"), self.tr("Bulan ini"),
                                       self.tr("12 bulan terakhir"), self.tr("Rentang tanggal")), strict=True):
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(max(0, current))
        self._preset_changed()
        kab = self.kab.currentData()
        self.kab.clear()
        self.kab.addItem(self.tr("Semua kab/kota"), None)
        self.kab.addItem(self.tr("Pemerintah Provinsi Jawa Tengah"), "33.00")
        for k in load_kabkota():
            self.kab.addItem(k.nama_lengkap, k.kode)
        self.kab.setCurrentIndex(max(0, self.kab.findData(kab)))
        self.kab.setVisible(self.is_province())
        self.kab_label.setVisible(self.is_province())
        self.reload_button.setText(self.tr("&Muat ulang"))
        self.csv_button.setText(self.tr("Ekspor tabel (&CSV)"))
        self.xlsx_button.setText(self.tr("Ekspor semua tabel (&XLSX)"))
        self.pdf_button.setText(self.tr("Ekspor halaman (P&DF)"))
        self.tabs.setTabText(0, self.tr("Grafik"))
        self.never_sold_label.setText(self.tr(
            "Penyedia yang belum pernah terjual (urut kab/kota) — sasaran pelatihan dan pendampingan. "
            "Di katalog, filter \"belum pernah terjual\" menampilkan produk mereka."))
        for i, section in enumerate(TABLE_TABS, start=1):
            self.tabs.setTabText(i, tr(SECTIONS[section][0]))
        for section in ("sellers", "by-kabkota", "by-opd"):  # one OPD: a ranking of one row says nothing
            self.tabs.setTabVisible(TABLE_TABS.index(section) + 1, self.is_province())
        for key, text in (("total", self.tr("Nilai transaksi")), ("count", self.tr("Jumlah transaksi")),
                          ("umkm", self.tr("Pangsa UMKM")), ("pdn", self.tr("Pangsa produk dalam negeri (PDN)"))):
            self.cards[key].caption.setText(text)
        if self.board is not None:
            self.show_dashboard(self.board)

    def _preset_changed(self, _index: int = 0) -> None:
        custom = self.preset.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    # --- data ---------------------------------------------------------------------------------------------
    def filters(self, today: dt.date | None = None) -> StatsFilters:
        today = today or self.ctx.today()
        preset = self.preset.currentData() or "all"
        start: dt.date | None = None
        end: dt.date | None = None
        if preset == "year":
            start = today.replace(month=1, day=1)
        elif preset == "month":
            start = today.replace(day=1)
        elif preset == "last12":
            start = (today.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
        elif preset == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[assignment]
            if start and end and end < start:
                start, end = end, start
        kab = self.kab.currentData() if self.is_province() else None
        return StatsFilters(start.isoformat() if start else None, end.isoformat() if end else None, kab)

    def activate(self, **params: Any) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        stats = self.stats
        if stats is None:
            self._say(self.tr("Layanan statistik belum terpasang pada aplikasi ini. Perbarui aplikasi, "
                                         "lalu buka dasbor lagi."))
            return
        self._say(self.tr("Memuat angka terbaru…"))
        filters, province = self.filters(), self.is_province()
        self.reload_button.setEnabled(False)
        self.ctx.tasks.run_io(lambda: stats.dashboard(filters, province=province),
                              on_done=self.show_dashboard, on_error=self.show_error)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        self.reload_button.setEnabled(True)
        self._say(error_text(exc))

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.loaded = True
        self.reload_button.setEnabled(True)
        head = board.sections.get("summary", {})
        self.cards["total"].value.setText(short_rupiah(int(head.get("total_value", 0))))
        self.cards["total"].note.setText(self.tr("UMKM: %1").replace("%1", short_rupiah(int(head.get("umkm_value", 0)))))
        self.cards["count"].value.setText(count_text(int(head.get("order_count", 0))))
        self.cards["count"].note.setText(self.tr("pesanan disetujui (SP), tidak batal"))
        self.cards["umkm"].value.setText(share_text(head.get("umkm_share", 0.0)))
        self._umkm_target(float(head.get("umkm_share") or 0.0))
        self.cards["pdn"].value.setText(share_text(head.get("pdn_share", 0.0)))
        self.cards["pdn"].note.setText(self.tr("TKDN tertimbang: %1").replace("%1", share_text(head.get("tkdn_share", 0.0))))
        for section in TABLE_TABS:
            rows = board.rows(section)
            if section == "orders-by-state":
                rows.sort(key=lambda r: STATE_ORDER.index(r["state"]) if r["state"] in STATE_ORDER else 99)
            self.models[section].set_rows(rows)
        self.ages.setText(age_text(board.sections.get("orders-by-state", {})))
        self.models["never-sold-providers"].set_rows(
            board.sections.get("never-sold", {}).get("providers", {}).get("rows", []))
        self._charts(board)
        when = as_of_text(board.as_of)
        self.as_of.setText(self.tr("Data per %1 (waktu server)").replace("%1", when) if when else "")
        self.offline.setText(self.tr("LURING — menampilkan angka terakhir yang tersinkron") if board.offline else "")
        notes = list(board.problems)
        if board.missing:
            notes.append(self.tr("Sebagian angka belum pernah tersinkron untuk filter ini dan server tidak "
                                 "terjangkau. Sambungkan ke jaringan lalu tekan Muat ulang."))
        self._say(" ".join(notes))

    def _umkm_target(self, share: float) -> None:
        """The national target the UMKM share is measured against (effective-dated data in
        resources/rules/thresholds.json) and whether it is met."""
        day = self.filters().date_to
        target = self.thresholds.value("umk_share_target_percent",
                                       dt.date.fromisoformat(day) if day else self.ctx.today())
        met = share * 100 >= target
        card = self.cards["umkm"]
        card.note.setText((self.tr("Target nasional ≥ %1%: tercapai") if met else
                           self.tr("Target nasional ≥ %1%: belum tercapai")).replace("%1", str(target)))
        card.note.setStyleSheet("color: #1d6b36; font-weight: bold;" if met else "color: #a61b1b; font-weight: bold;")
        card.setToolTip(self.tr("Pangsa UMKM: nilai transaksi ke penyedia non-PKP atau ber-Suket PP 55. Target: "
                                "paling sedikit %1% belanja barang/jasa untuk produk usaha mikro, kecil dan "
                                "koperasi (PP 7/2021 Pasal 97; Perpres 12/2021 Pasal 65).").replace("%1", str(target)))

    def _charts(self, board: Dashboard) -> None:
        while self.chart_grid.count():
            item = self.chart_grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()  # deleteLater waits for the event loop; never let a stale chart show through
                old.deleteLater()
        views = (charts.kabkota_bar(board.rows("by-kabkota"), self.drill, self.chart_page),
                 charts.month_line(board.rows("by-month"), self.chart_page),
                 charts.category_donut(board.rows("by-category"), self.chart_page),
                 charts.marketplace_donut(board.rows("by-marketplace"), self.chart_page))
        for i, view in enumerate(views):
            self.chart_grid.addWidget(view, i // 2, i % 2)
            view.show()  # a layout shows new children only on the next event-loop pass; paint them now

    def drill(self, row: dict[str, Any]) -> None:
        stats = self.stats
        if stats is None:
            return
        filters = self.filters()
        kab, name = str(row.get("kabkota", "")), str(row.get("name", ""))
        self._say(self.tr("Memuat transaksi %1…").replace("%1", name))
        self.ctx.tasks.run_io(lambda: stats.orders_behind(filters, bar_kabkota=kab),
                              on_done=lambda body: self._open_drill(name, body), on_error=self._drill_error)

    def _drill_error(self, exc: BaseException) -> None:
        self._say(self.tr("Rincian transaksi hanya tersedia saat terhubung ke server: %1")
                             .replace("%1", error_text(exc)))

    def _open_drill(self, name: str, body: dict[str, Any]) -> None:
        self._say("")
        self.drill_dialog = DrillDialog(name, body, self, self.ctx.ui_settings)
        self.drill_dialog.show()
