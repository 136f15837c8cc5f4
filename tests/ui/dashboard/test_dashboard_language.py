"""The dashboard speaks the UI's language (issue 13.11): tabs, chart titles and legends, table headers, state
names, months and dates in English when English is chosen — and Indonesian again when switched back."""

from __future__ import annotations

import re

from PySide6.QtCharts import QChartView, QPieSeries

from desktop.domain.alerts import Alert, AlertKind
from desktop.ui.dashboard.alerts_dialog import AlertsDialog
from sync.protocol import Role
from tests.ui.dashboard.test_dashboard import make

INDONESIAN = re.compile(r"\b(nilai|pangsa|peringkat|kategori|transaksi|bulan|penyedia|pesanan|belum|terjual|"
                        r"menunggu|dibayar|selesai|lainnya|miliar|juta|desember|oktober|agustus|mei)\b",
                        re.I)


def visible_texts(screen) -> list[str]:
    """What the officer reads: tab titles, card captions, chart titles, axis labels, legends, donut labels,
    every table header and cell, the "as of" line."""
    texts = [screen.tabs.tabText(i) for i in range(screen.tabs.count()) if screen.tabs.isTabVisible(i)]
    texts += [card.caption.text() for card in screen.cards.values()]
    texts += [screen.as_of.text(), screen.cards["total"].value.text()]
    for view in screen.chart_page.findChildren(QChartView):
        chart = view.chart()
        texts.append(chart.title())
        texts += [marker.label() for marker in chart.legend().markers()]
        for axis in chart.axes():
            texts += list(getattr(axis, "categories", lambda: [])())
        for series in chart.series():
            if isinstance(series, QPieSeries):
                texts += [piece.label() for piece in series.slices()]
    for model in screen.models.values():
        texts += [model.headerData(c, 1) for c in range(model.columnCount())]  # Qt.Orientation.Horizontal == 1
        texts += [model.data(model.index(r, c)) for r in range(min(model.rowCount(), 20))
                  for c in range(model.columnCount())]
    return [t for t in texts if t]


def test_english_dashboard_has_no_indonesian(qtbot, ui_context, i18n):
    assert i18n.set_language("en")
    screen, _svc, _ = make(qtbot, ui_context)
    screen.activate()
    texts = visible_texts(screen)
    leaks = [t for t in texts if INDONESIAN.search(t) and "Kabupaten" not in t and "Kota" not in t]
    assert leaks == []
    assert screen.tabs.tabText(1) == "Regency/city ranking"
    assert any(t.startswith("Regency/city ranking: transaction value") for t in texts)
    assert re.search(r"Data as of \d+ (January|February|March|April|May|June|July|August|September|October|"
                     r"November|December) \d{4} \d\d:\d\d WIB", screen.as_of.text())  # 01:51, not 01.51
    assert screen.cards["total"].value.text().endswith(("billion", "million", "trillion", ",00"))


def test_switching_back_reads_indonesian(qtbot, ui_context, i18n):
    assert i18n.set_language("en")
    screen, _svc, _ = make(qtbot, ui_context)
    screen.activate()
    assert i18n.set_language("id")
    qtbot.waitUntil(lambda: screen.tabs.tabText(1) == "Peringkat kab/kota", timeout=3000)
    texts = visible_texts(screen)
    assert any(t.startswith("Peringkat kab/kota: nilai transaksi") for t in texts)
    assert "Data per" in screen.as_of.text() and not re.search(r"December|November \d", screen.as_of.text())
    assert re.search(r" \d\d\.\d\d WIB", screen.as_of.text())  # Indonesian time keeps the dot


def test_month_axis_and_month_table_follow_the_language(qtbot, ui_context, i18n):
    screen, _svc, _ = make(qtbot, ui_context, Role.PPK, "33.25-DISDIK")
    screen.activate()
    month_model = screen.models["by-month"]
    months_id = [month_model.data(month_model.index(r, 0)) for r in range(month_model.rowCount())]
    assert months_id and all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", m) for m in months_id)
    assert i18n.set_language("en")
    months_en = [month_model.data(month_model.index(r, 0)) for r in range(month_model.rowCount())]
    english = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"}
    assert all(m.split()[0] in english for m in months_en)


def test_login_alerts_read_in_english(qtbot, i18n):
    import datetime as dt

    from desktop.domain.alerts import OrderClock, ppk_alerts
    from desktop.domain.calendar import WorkingCalendar
    from desktop.domain.thresholds import Thresholds

    orders = [OrderClock("o-1", None, "DIAJUKAN", 780_000, "CV Mitra Karya", submitted_on=dt.date(2026, 11, 16))]
    alerts = ppk_alerts(orders, dt.date(2026, 11, 23), WorkingCalendar.from_resources(), Thresholds.from_resources())
    assert alerts and isinstance(alerts[0], Alert) and alerts[0].kind is AlertKind.PPK_OVERDUE
    assert i18n.set_language("en")
    dialog = AlertsDialog(alerts, lambda *a, **k: None)
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert "is past its approval deadline of" in text and "November 2026" in text
    assert not INDONESIAN.search(text.replace("CV Mitra Karya", ""))
