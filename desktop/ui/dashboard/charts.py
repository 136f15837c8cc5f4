"""Qt Charts for the dashboard: bar by kab/kota (clickable: drill-down), line by month, donuts by category and
marketplace. Builders take the server's rows and return a ready QChartView; they never fetch anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from desktop.ui.dashboard.tables import MARKET_NAMES, month_label, tr, translate

PALETTE = ["#1f6f8b", "#e07a1f", "#3c9d5d", "#b23a48", "#7a5195", "#c9a227", "#4e79a7", "#8c6d31", "#9c755f"]
TOP_KABKOTA = 10


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    return chart


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def short_kab(name: str) -> str:
    return name.replace("Kabupaten ", "Kab. ").replace("Pemerintah Provinsi Jawa Tengah", "Pemprov")


def billions(value: int) -> float:
    return value / 1e9


def kabkota_bar(rows: Sequence[dict[str, Any]], on_click: Callable[[dict[str, Any]], None],
                parent: QWidget | None = None) -> QChartView:
    """Top kab/kota by value (Rp miliar) as horizontal bars, largest on top, with the UMKM part beside it;
    clicking a bar drills into the orders behind it."""
    top = list(rows[:TOP_KABKOTA])[::-1]  # a horizontal bar axis lists bottom-up
    chart = _chart(translate("Dashboard", "Peringkat kab/kota: nilai transaksi (Rp miliar)"))
    umkm = QBarSet(translate("Dashboard", "Ke UMKM"))
    total = QBarSet(translate("Dashboard", "Nilai transaksi"))
    total.setColor(QColor(PALETTE[0]))
    umkm.setColor(QColor(PALETTE[2]))
    for r in top:
        total.append(billions(int(r["value"])))
        umkm.append(billions(int(r.get("umkm_value", 0))))
    series = QHorizontalBarSeries()
    series.append(umkm)
    series.append(total)
    series.setBarWidth(0.85)
    for bar_set in (total, umkm):
        bar_set.clicked.connect(lambda i, _s=bar_set: on_click(top[i]) if 0 <= i < len(top) else None)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([short_kab(str(r["name"])) for r in top] or [""])
    axis_y.setLabelsFont(QFont(axis_y.labelsFont().family(), 8))
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%.1f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    axis_x.setRange(0, max([billions(int(r["value"])) for r in top] or [1]) * 1.08)
    axis_x.applyNiceNumbers()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setReverseMarkers(True)
    view = _view(chart, parent)
    view.setToolTip(translate("Dashboard", "Klik batang untuk melihat transaksi di baliknya."))
    return view


def month_line(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> QChartView:
    chart = _chart(translate("Dashboard", "Nilai transaksi per bulan (Rp miliar)"))
    series = QLineSeries()
    series.setName(translate("Dashboard", "Nilai transaksi"))
    series.setPointsVisible(True)
    series.setColor(QColor(PALETTE[1]))
    labels = []
    for i, r in enumerate(rows):
        series.append(QPointF(i, billions(int(r["value"]))))
        labels.append(month_label(str(r["month"]), short=True))
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels or [""])
    axis_x.setLabelsAngle(-45)
    axis_x.setLabelsFont(QFont(axis_x.labelsFont().family(), 7))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.1f")
    axis_y.setMin(0)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    axis_y.setRange(0, max([billions(int(r["value"])) for r in rows] or [1]) * 1.1)
    axis_y.applyNiceNumbers()
    chart.legend().hide()
    return _view(chart, parent)


def share_donut(title: str, rows: Sequence[dict[str, Any]], label: Callable[[dict[str, Any]], str],
                parent: QWidget | None = None, limit: int = 7) -> QChartView:
    """Share of value; beyond `limit` slices the rest is grouped as 'Lainnya'."""
    chart = _chart(title)
    series = QPieSeries()
    series.setHoleSize(0.45)
    ordered = sorted(rows, key=lambda r: -int(r["value"]))
    total = sum(int(r["value"]) for r in ordered) or 1
    parts = [(label(r), int(r["value"])) for r in ordered[:limit]]
    rest = sum(int(r["value"]) for r in ordered[limit:])
    if rest:
        parts.append((translate("Dashboard", "Lainnya"), rest))
    for i, (name, value) in enumerate(parts):
        pct = f"{value * 100 / total:.1f}".replace(".", ",")
        piece = series.append(f"{pct}%  {name}", value)
        piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setFont(QFont(chart.legend().font().family(), 8))
    return _view(chart, parent)


def category_donut(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> QChartView:
    return share_donut(translate("Dashboard", "Pangsa nilai per kategori"), rows, category_name, parent)


def category_name(row: dict[str, Any]) -> str:
    """The server names categories in Indonesian; the catalog screen's translations of them apply."""
    return translate("CatalogController", str(row.get("name") or row["category"]))


def marketplace_donut(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> QChartView:
    return share_donut(translate("Dashboard", "Pangsa nilai per marketplace"), rows,
                       lambda r: tr(MARKET_NAMES.get(str(r["marketplace"]), str(r["marketplace"]))), parent)
