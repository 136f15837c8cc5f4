"""Login alerts dialog: shown only when there is something to act on; "Buka" goes to the right screen."""

from __future__ import annotations

import datetime as dt

from desktop.domain.alerts import Alert, AlertKind
from desktop.ui.dashboard.alerts_dialog import AlertsDialog, show_login_alerts


class FakeAlerts:
    def __init__(self, alerts: list[Alert]) -> None:
        self.alerts = alerts

    def for_current_user(self) -> list[Alert]:
        return self.alerts


ALERTS = [Alert(AlertKind.PPK_OVERDUE, "o-1", dt.date(2026, 11, 19), -2, "Pesanan A melewati batas."),
          Alert(AlertKind.PPK_DEADLINE_NEAR, "o-2", dt.date(2026, 11, 24), 1, "Pesanan B: sisa 1 hari kerja.")]


def test_dialog_lists_alerts_and_opens_the_inbox(qtbot, ui_context):
    ui_context.services.alerts = FakeAlerts(ALERTS)
    show_login_alerts(ui_context)
    dialog = ui_context.extras["alerts_dialog"]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AlertsDialog) and dialog.list.count() == 2
    assert dialog.list.item(0).text().startswith("⚠ Pesanan A") and dialog.list.item(1).text().startswith("• ")
    assert "2 pesanan" in dialog.summary.text() and "1 mendesak" in dialog.summary.text()
    dialog.list.setCurrentRow(1)
    dialog.open_selected()
    assert ui_context.extras["navigations"] == [("ppk_inbox", {"order_id": "o-2"})]


def test_no_alerts_no_dialog(qtbot, ui_context):
    ui_context.services.alerts = FakeAlerts([])
    show_login_alerts(ui_context)
    assert "alerts_dialog" not in ui_context.extras
    bendahara = [Alert(AlertKind.UNPAID_OVERDUE, "o-9", None, 7, "Belum dibayar.")]
    dialog = AlertsDialog(bendahara, ui_context.navigate)
    qtbot.addWidget(dialog)
    dialog.open_selected()
    assert ui_context.extras["navigations"] == [("bendahara", {"order_id": "o-9"})]
