"""Layout of the status bar strip (no logic): its labels and the "Sinkronkan sekarang" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.ui.widgets.elided_label import ElidedLabel


class StatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the officer's name and the connection text give way first (shortened with "…", full text as tooltip);
        # the queue count, last sync and the button always stay whole
        self.user_label = ElidedLabel(self)
        self.connection_label = ElidedLabel(self)
        self.pending_label = QLabel(self)
        # commands the server refused: not "waiting", they need the officer (shown only when there are any)
        self.refused_label = QLabel(self)
        self.refused_label.setObjectName("refusedLabel")
        self.refused_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.refused_label.hide()
        self.last_sync_label = QLabel(self)
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("syncNowButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(16)
        for w in (self.user_label, self.connection_label, self.pending_label, self.refused_label,
                  self.last_sync_label):
            w.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(w)
        for w in (self.pending_label, self.refused_label, self.last_sync_label):
            w.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        layout.addStretch(1)
        layout.addWidget(self.sync_button)
