"""Login alerts (PPK deadlines, bendahara overdue payments) in a small dialog the shell opens after login.

`show_login_alerts(ctx, parent)` fetches on the read lane and opens the dialog only when there is something to
say; "Buka" navigates to the screen where the officer acts (PPK inbox / bendahara desk).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.alerts import Alert, AlertKind
from desktop.ui.i18n import render
from desktop.ui.screen import Navigate, UiContext

TARGET = {AlertKind.PPK_DEADLINE_NEAR: "ppk_inbox", AlertKind.PPK_OVERDUE: "ppk_inbox",
          AlertKind.UNPAID_OVERDUE: "bendahara"}


class AlertsDialog(QDialog):
    def __init__(self, alerts: Sequence[Alert], navigate: Navigate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts = list(alerts)
        self._navigate = navigate
        self.setWindowTitle(self.tr("Perlu tindakan Anda"))
        self.resize(720, 360)
        urgent = sum(1 for a in self.alerts if a.urgent)
        self.summary = QLabel(self.tr("%1 pesanan perlu ditindaklanjuti (%2 mendesak). Pilih salah satu lalu "
                                      "tekan Buka.").replace("%1", str(len(self.alerts))).replace("%2", str(urgent)),
                              self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        for alert in self.alerts:
            item = QListWidgetItem(("⚠ " if alert.urgent else "• ") + render(alert.message))
            item.setData(256, alert.order_id)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("&Buka"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Nanti saja"))
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.alerts:
            self.list.setCurrentRow(0)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.alerts):
            alert = self.alerts[row]
            self._navigate(TARGET[alert.kind], order_id=alert.order_id)
        self.accept()


def show_login_alerts(ctx: UiContext, parent: QWidget | None = None) -> None:
    """Call after a successful login: fetches alerts off the UI thread, opens the dialog if there are any."""
    service = ctx.services.alerts
    if service is None:
        return

    def done(alerts: list[Alert]) -> None:
        if alerts:
            dialog = AlertsDialog(alerts, ctx.navigate, parent)
            ctx.extras["alerts_dialog"] = dialog
            dialog.show()

    ctx.tasks.run_read(service.for_current_user, on_done=done,
                       on_error=lambda exc: ctx.notify(QCoreApplication.translate(
                           "AlertsDialog", "Peringatan tidak dapat dimuat; buka menu Persetujuan atau Pembayaran "
                                           "untuk memeriksa pesanan Anda.")))
