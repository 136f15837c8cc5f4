"""Layout of the status bar strip (no logic): four labels and the "Sinkronkan sekarang" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class StatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_label = QLabel(self)
        self.connection_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("syncNowButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(16)
        for w in (self.user_label, self.connection_label, self.pending_label, self.last_sync_label):
            w.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.sync_button)
