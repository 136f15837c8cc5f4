"""Qt Charts for the dashboard: bar by kab/kota (clickable: drill-down), line by month, donuts by category and
marketplace. Builders take the server's rows and return a ready QChartView; they never fetch anything."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop.ui.dashboard.tables import (
    MARKET_NAMES,
    QT_TRANSLATE_NOOP,
    decimal_sign,
    month_label,
    tr,
    translate,
)

PALETTE = ["#1f6f8b", "#e07a1f", "#3c9d5d", "#b23a48", "#7a5195", "#c9a227", "#4e79a7", "#8c6d31", "#9c755f"]
TOP_KABKOTA = 8  # the rest are in the "Peringkat kab/kota" tab; ten bars do not fit a 1366x768 page


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setLocalizeNumbers(True)  # axis labels in the UI's language: "2,5" in Indonesian, "2.5" in English
    chart.setLocale(QLocale())
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


# An axis counts in the unit that suits its largest value (a Rp 40 juta OPD and a Rp 20 miliar province both
# read in whole numbers); the words are the headline cards' (tables.short_rupiah).
UNITS = ((10**12, QT_TRANSLATE_NOOP("Dashboard", "triliun")), (10**9, QT_TRANSLATE_NOOP("Dashboard", "miliar")),
         (10**6, QT_TRANSLATE_NOOP("Dashboard", "juta")), (10**3, QT_TRANSLATE_NOOP("Dashboard", "ribu")))


@dataclass(frozen=True)
class MoneyAxis:
    size: int  # rupiah per axis unit
    unit: str  # its word in the UI's language ("miliar" / "billion")
    top: float  # the axis maximum, in units
    ticks: int  # labelled ticks (intervals + 1)
    decimals: int  # digits after the decimal sign that every tick label needs

    def scaled(self, value: int) -> float:
        """A rupiah amount as a point on this axis (drawing only: amounts stay int rupiah everywhere else)."""
        return value / self.size

    def label_format(self) -> str:
        return f"%.{self.decimals}f"


def money_axis(peak: int, intervals: int = 4) -> MoneyAxis:
    """The unit and round ticks (1-2-2,5-5 × 10ⁿ steps, at most `intervals` of them) for values up to `peak`."""
    size, word = next(((s, w) for s, w in UNITS if peak >= s), UNITS[-1])
    top = peak / size if peak > 0 else 1.0
    raw = top / intervals
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    count = max(1, math.ceil(top / step - 1e-9))
    decimals = 0
    while decimals < 3 and abs(round(step, decimals) - step) > 1e-9:
        decimals += 1
    return MoneyAxis(size, translate("Dashboard", word), step * count, count + 1, decimals)


def _apply(axis: QValueAxis, scale: MoneyAxis) -> None:
    axis.setRange(0, scale.top)
    axis.setTickCount(scale.ticks)
    axis.setLabelFormat(scale.label_format())


def kabkota_bar(rows: Sequence[dict[str, Any]], on_click: Callable[[dict[str, Any]], None],
                parent: QWidget | None = None) -> QChartView:
    """Top kab/kota by value (Rp miliar) as horizontal bars, largest on top, with the UMKM part beside it;
    clicking a bar drills into the orders behind it."""
    top = list(rows[:TOP_KABKOTA])[::-1]  # a horizontal bar axis lists bottom-up
    scale = money_axis(max([int(r["value"]) for r in top] or [0]))
    chart = _chart(translate("Dashboard", "Peringkat kab/kota: nilai transaksi (Rp %1)").replace("%1", scale.unit))
    umkm = QBarSet(translate("Dashboard", "Ke UMKM"))
    total = QBarSet(translate("Dashboard", "Nilai transaksi"))
    total.setColor(QColor(PALETTE[0]))
    umkm.setColor(QColor(PALETTE[2]))
    for r in top:
        total.append(scale.scaled(int(r["value"])))
        umkm.append(scale.scaled(int(r.get("umkm_value", 0))))
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
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    _apply(axis_x, scale)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setReverseMarkers(True)
    view = _view(chart, parent)
    view.setToolTip(translate("Dashboard", "Klik batang untuk melihat transaksi di baliknya."))
    return view


def month_line(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> QChartView:
    scale = money_axis(max([int(r["value"]) for r in rows] or [0]))
    chart = _chart(translate("Dashboard", "Nilai transaksi per bulan (Rp %1)").replace("%1", scale.unit))
    series = QLineSeries()
    series.setName(translate("Dashboard", "Nilai transaksi"))
    series.setPointsVisible(True)
    series.setColor(QColor(PALETTE[1]))
    labels = []
    for i, r in enumerate(rows):
        series.append(QPointF(i, scale.scaled(int(r["value"]))))
        labels.append(month_label(str(r["month"]), short=True))
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels or [""])
    axis_x.setLabelsAngle(-45)
    axis_x.setLabelsFont(QFont(axis_x.labelsFont().family(), 7))
    axis_y = QValueAxis()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    _apply(axis_y, scale)
    chart.legend().hide()
    return _view(chart, parent)


class ShareChart(QFrame):
    """A donut with its legend beside it as wrapped text: Qt's own legend gets a fixed share of the chart and
    elides long category names ("Alat tulis dan perlengkapan ka…") at the default window size."""

    def __init__(self, view: QChartView, series: QPieSeries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("shareChart")
        self.setStyleSheet("#shareChart { background: white; border-radius: 4px; margin: 9px; }")
        view.chart().legend().hide()
        view.chart().setBackgroundVisible(False)
        view.setStyleSheet("background: transparent;")
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setFont(QFont(self.legend.font().family(), 8))
        rows = "".join(f'<tr><td style="color:{piece.color().name()}; padding-right:4px">■</td>'
                       f'<td style="padding-bottom:3px">{html.escape(piece.label())}</td></tr>'
                       for piece in series.slices())
        self.legend.setText(f"<table>{rows}</table>")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(view, 3)
        layout.addWidget(self.legend, 2)

    def labels(self) -> list[str]:
        return [piece.label() for s in self.view.chart().series() if isinstance(s, QPieSeries) for piece in s.slices()]


def share_donut(title: str, rows: Sequence[dict[str, Any]], label: Callable[[dict[str, Any]], str],
                parent: QWidget | None = None, limit: int = 7) -> ShareChart:
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
        pct = decimal_sign(f"{value * 100 / total:.1f}")
        piece = series.append(f"{pct}%  {name}", value)
        piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
    chart.addSeries(series)
    return ShareChart(_view(chart, None), series, parent)


def category_donut(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> ShareChart:
    return share_donut(translate("Dashboard", "Pangsa nilai per kategori"), rows, category_name, parent)


def category_name(row: dict[str, Any]) -> str:
    """The server names categories in Indonesian; the catalog screen's translations of them apply."""
    return translate("CatalogController", str(row.get("name") or row["category"]))


def marketplace_donut(rows: Sequence[dict[str, Any]], parent: QWidget | None = None) -> ShareChart:
    return share_donut(translate("Dashboard", "Pangsa nilai per marketplace"), rows,
                       lambda r: tr(MARKET_NAMES.get(str(r["marketplace"]), str(r["marketplace"]))), parent)
