"""Dashboard charts readable at 1366x768 (#13.18): the axis unit follows the data (juta for an OPD, miliar for
the province) with round ticks that never all read "0,0", the charts keep a readable size in the main window's
page area (the page scrolls rather than squeezing them), donut legends show whole names, and the UMKM card says
the national target (effective-dated data in resources/rules) and whether it is met."""

from __future__ import annotations

import copy
import html
import json

import pytest
from PySide6.QtCharts import QChartView, QValueAxis

from desktop.domain.resources import resource_path
from desktop.domain.thresholds import Thresholds
from desktop.ui.dashboard import charts
from sync.protocol import Role
from tests.ui.dashboard.test_dashboard import make

PAGE = (1366 - 190, 768 - 46)  # the page area of the main window at 1366x768


@pytest.mark.parametrize(("peak", "unit", "top", "ticks", "decimals"), [
    (274_600_000, "juta", 300, 4, 0),  # one OPD
    (20_740_000_000, "miliar", 30, 4, 0),  # the province
    (2_020_000_000, "miliar", 3, 4, 0),
    (1_200_000_000, "miliar", 1.5, 4, 1),
    (48_500_000, "juta", 60, 4, 0),
    (900_000, "ribu", 1000, 5, 0),
    (0, "ribu", 1, 5, 2),  # no data yet: an empty axis, still readable
])
def test_the_axis_unit_and_ticks_follow_the_data(peak, unit, top, ticks, decimals):
    axis = charts.money_axis(peak)
    assert (axis.unit, axis.top, axis.ticks, axis.decimals) == (unit, top, ticks, decimals)
    assert axis.top >= axis.scaled(peak)


@pytest.mark.parametrize("peak", [7_000, 150_000, 3_300_000, 47_000_000, 880_000_000, 1_050_000_000,
                                  9_999_000_000, 48_000_000_000, 2_500_000_000_000])
def test_tick_labels_are_distinct_and_cover_the_data(peak):
    axis = charts.money_axis(peak)
    step = axis.top / (axis.ticks - 1)
    labels = [f"{i * step:.{axis.decimals}f}" for i in range(axis.ticks)]
    assert len(set(labels)) == axis.ticks and labels[0] != labels[-1]
    assert 1 <= axis.scaled(peak) <= axis.top and axis.ticks <= 6


def value_axes(screen):
    return [(view.chart().title(), axis) for view in screen.chart_page.findChildren(QChartView)
            for axis in view.chart().axes() if isinstance(axis, QValueAxis)]


def test_an_opd_dashboard_counts_in_juta(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context, role=Role.PPK, opd="33.25-DISDIK")
    screen.activate()
    axes = value_axes(screen)
    assert len(axes) == 2
    for title, axis in axes:
        assert "(Rp juta)" in title
        assert axis.labelFormat() == "%.0f" and axis.max() >= 10 and axis.tickCount() <= 6


def test_each_axis_counts_in_the_unit_of_its_own_data(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context)  # the province
    screen.activate()
    board = screen.board
    peaks = (max(int(r["value"]) for r in board.rows("by-kabkota")),
             max(int(r["value"]) for r in board.rows("by-month")))
    for (title, axis), peak in zip(value_axes(screen), peaks, strict=True):
        scale = charts.money_axis(peak)
        assert f"(Rp {scale.unit})" in title and axis.max() == scale.top and 1 <= scale.scaled(peak) <= axis.max()


def test_charts_keep_a_readable_size_at_the_default_window_size(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context)
    screen.resize(*PAGE)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.chart_page.height() > 0)
    views = screen.chart_page.findChildren(QChartView)
    assert len(views) == 4
    bar, line = views[0], views[1]
    assert bar.height() >= 270 and line.height() >= 270  # eight kab/kota with their names fit
    assert bar.width() >= 500 and line.width() >= 500 and all(v.width() >= 250 for v in views[2:])
    assert screen.chart_page.width() <= screen.chart_scroll.viewport().width()  # nothing cut on the right
    for donut in screen.chart_page.findChildren(charts.ShareChart):
        text = donut.legend.text()
        assert all(html.escape(label) in text for label in donut.labels()), text  # whole names


def test_umkm_card_says_the_national_target_and_whether_it_is_met(qtbot, ui_context):
    screen, _, _ = make(qtbot, ui_context)
    screen.activate()
    board = copy.deepcopy(screen.board)
    assert screen.cards["umkm"].note.text() == "Target nasional ≥ 40%: tercapai"  # demo data: about 80 %
    board.sections["summary"]["umkm_share"] = 0.312
    screen.show_dashboard(board)
    assert screen.cards["umkm"].value.text() == "31,2%"
    assert screen.cards["umkm"].note.text() == "Target nasional ≥ 40%: belum tercapai"
    assert "PP 7/2021" in screen.cards["umkm"].toolTip()


def test_the_target_is_data_not_code(qtbot, ui_context):
    data = json.loads(resource_path("rules", "thresholds.json").read_text(encoding="utf-8"))
    target = data["rules"]["umk_share_target_percent"]
    assert target["periods"][0]["value"] == 40 and "Pasal 97" in target["periods"][0]["legal_basis"]
    target["periods"][0]["effective_to"] = "2025-12-31"
    target["periods"].append({"effective_from": "2026-01-01", "value": 50, "legal_basis": "uji", "uncertain": True})
    screen, _, _ = make(qtbot, ui_context)
    screen.thresholds = Thresholds.from_dict(data)
    screen.activate()
    assert screen.cards["umkm"].note.text() == "Target nasional ≥ 50%: tercapai"
