"""Dashboard screen: role-aware figures from the real stats server, drill-down, offline cache, exports."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.services.session import CurrentUser
from desktop.ui.dashboard import DashboardScreen
from desktop.ui.dashboard.drill import DrillDialog
from desktop.ui.dashboard.screen import TABLE_TABS, as_of_text
from desktop.ui.dashboard.tables import short_rupiah
from sync.protocol import Role
from tests.ui.dashboard.fakes import demo_server


def make(qtbot, ui_context, role: Role = Role.ADMIN_PROVINSI, opd: str | None = None):
    svc, send = demo_server().service(role.value, opd)
    ui_context.session.set_user(CurrentUser("u-1", "user", "Pengguna", role, opd, opd_name="Dinas Kesehatan"))
    ui_context.services.stats = svc
    screen = DashboardScreen(ui_context)
    qtbot.addWidget(screen)
    screen.resize(1280, 860)
    return screen, svc, send


def test_admin_sees_province_figures_charts_and_every_table(qtbot, ui_context):
    screen, _svc, _ = make(qtbot, ui_context)
    screen.activate()
    board = screen.board
    assert board is not None and not board.offline
    head = board.sections["summary"]
    assert screen.cards["total"].value.text() == short_rupiah(head["total_value"])
    assert screen.cards["count"].value.text() == f"{head['order_count']:,}".replace(",", ".")
    assert screen.cards["umkm"].value.text().endswith("%")
    assert screen.models["by-kabkota"].rows == board.rows("by-kabkota")
    assert screen.models["never-sold-providers"].rowCount() > 0
    assert screen.chart_grid.count() == 4
    assert screen.tabs.count() == len(TABLE_TABS) + 1 and screen.tabs.isTabVisible(len(TABLE_TABS))
    assert screen.kab.isVisibleTo(screen) and "seluruh provinsi" in screen.heading.text()
    assert screen.as_of.text().startswith("Data per ") and screen.as_of.text().endswith("WIB (waktu server)")
    first = screen.models["by-kabkota"].index(0, 2)
    assert screen.models["by-kabkota"].data(first).startswith("Rp")
    view = screen.views["by-kabkota"]
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # "Nilai ke UMKM": who bought most from UMKM
    shown = [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole)["umkm_value"]
             for r in range(view.model().rowCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) == len(board.rows("by-kabkota"))


def test_drill_down_from_a_bar_opens_the_orders_behind_it(qtbot, ui_context, tmp_path):
    screen, _, _ = make(qtbot, ui_context)
    screen.activate()
    view = screen.views["by-kabkota"]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name: the double-clicked row is still the right one
    view.doubleClicked.emit(view.model().index(0, 1))
    first_by_name = min(screen.models["by-kabkota"].rows, key=lambda r: r["name"])
    assert screen.drill_dialog.windowTitle().endswith(first_by_name["name"])
    screen.drill_dialog.close()
    bar = screen.models["by-kabkota"].rows[0]
    screen.drill(bar)
    dialog = screen.drill_dialog
    assert isinstance(dialog, DrillDialog)
    assert dialog.model.rowCount() == min(200, bar["count"])
    assert f"{bar['count']:,}".replace(",", ".") in dialog.summary.text()
    out = dialog.export(str(tmp_path / "drill.csv"))
    with open(out, encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh, delimiter=";"))) == dialog.model.rowCount() + 1
    dialog.close()


def test_offline_shows_last_synced_figures_with_their_time(qtbot, ui_context):
    screen, _, send = make(qtbot, ui_context)
    screen.activate()
    online_as_of, total = screen.as_of.text(), screen.cards["total"].value.text()
    send.online = False
    screen.reload()
    assert screen.board is not None and screen.board.offline
    assert screen.offline.text().startswith("LURING") and screen.as_of.text() == online_as_of
    assert screen.cards["total"].value.text() == total
    screen.drill(screen.models["by-kabkota"].rows[0])
    assert "hanya tersedia saat terhubung" in screen.message.text()
    screen.kab.setCurrentIndex(screen.kab.findData("33.25"))
    screen.reload()  # never fetched with this filter: says what to do
    assert "Muat ulang" in screen.message.text()


def test_officer_sees_only_their_opd(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context, Role.PPK, "33.00-DINKES")
    screen.activate()
    assert screen.heading.text() == "Dasbor OPD Dinas Kesehatan"
    assert not screen.kab.isVisibleTo(screen) and screen.filters().kabkota is None
    assert not screen.tabs.isTabVisible(len(TABLE_TABS))  # sellers table: province only
    assert screen.board is not None and screen.board.sections["summary"]["scope"]["opd_id"] == "33.00-DINKES"
    assert all(r["opd_id"] == "33.00-DINKES" for r in screen.models["by-opd"].rows)
    assert screen.ages.text().startswith("Menunggu PPK melewati 3 hari kerja:")
    assert "setelah BAST" in screen.ages.text() and "dibayar terlambat" in screen.ages.text()
    states = [r["state"] for r in screen.models["orders-by-state"].rows]
    assert states.index("DIAJUKAN") < states.index("DIBAYAR")  # lifecycle order, not alphabetical


def test_period_presets(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context)
    today = dt.date(2026, 11, 23)
    screen.preset.setCurrentIndex(screen.preset.findData("year"))
    assert screen.filters(today).date_from == "2026-01-01" and screen.filters(today).date_to is None
    screen.preset.setCurrentIndex(screen.preset.findData("last12"))
    assert screen.filters(today).date_from == "2025-12-01"
    screen.preset.setCurrentIndex(screen.preset.findData("custom"))
    assert screen.date_from.isVisibleTo(screen)
    screen.date_from.setDate(dt.date(2026, 6, 30))
    screen.date_to.setDate(dt.date(2026, 6, 1))
    assert (screen.filters(today).date_from, screen.filters(today).date_to) == ("2026-06-01", "2026-06-30")


def test_exports_csv_xlsx_pdf(qtbot, ui_context, tmp_path):
    screen, _, _ = make(qtbot, ui_context)
    screen.activate()
    screen.tabs.setCurrentIndex(1)
    path = screen.export_csv(str(tmp_path / "rank.csv"))
    with open(path, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Peringkat", "Kab/kota pembeli", "Nilai transaksi"]
    assert int(rows[1][2]) == screen.models["by-kabkota"].rows[0]["value"]
    screen.export_xlsx(str(tmp_path / "all.xlsx"))
    book = load_workbook(tmp_path / "all.xlsx")
    assert "Peringkat kabkota" in book.sheetnames and "Belum pernah terjual" in book.sheetnames
    assert "Penyedia per bentuk usaha" in book.sheetnames
    screen.export_pdf(str(tmp_path / "page.pdf"))
    pdf = PdfReader(tmp_path / "page.pdf")
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert len(pdf.pages) >= 8 and "Dasbor Blangkon Jateng" in text and "Peringkat kab/kota" in text


def test_missing_service_and_as_of_format(qtbot, ui_context):
    ui_context.session.set_user(CurrentUser("u", "x", "X", Role.PPK, "33.00-DINKES"))
    screen = DashboardScreen(ui_context)
    qtbot.addWidget(screen)
    screen.activate()
    assert "Perbarui aplikasi" in screen.message.text()
    assert as_of_text("2026-11-23T11:42:41.551Z") == "23 November 2026 18.42 WIB"
    assert as_of_text(None) == ""


@pytest.fixture(autouse=True, scope="module")
def _close_demo_server():
    yield
    demo_server().close()
    demo_server.cache_clear()
