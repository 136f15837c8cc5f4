"""Settings screen layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SIGNATORY_KEYS = ("pa_kpa", "ppk", "pptk", "bendahara")


class SettingsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)

        self.general_box = QGroupBox(body)
        self.language_label = QLabel(body)
        self.language = QComboBox(body)
        self.language.setObjectName("language")
        self.language_label.setBuddy(self.language)
        self.server_label = QLabel(body)
        self.server = QLineEdit(body)
        self.server.setObjectName("serverUrl")
        self.server_label.setBuddy(self.server)
        self.use_local = QCheckBox(body)
        self.data_label = QLabel(body)
        self.data_dir = QLineEdit(body)
        self.data_dir.setReadOnly(True)
        self.data_button = QPushButton(body)
        self.data_note = QLabel(body)
        self.data_note.setWordWrap(True)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(self.data_button)
        general = QFormLayout(self.general_box)
        general.addRow(self.language_label, self.language)
        general.addRow(self.server_label, self.server)
        general.addRow("", self.use_local)
        general.addRow(self.data_label, data_row)
        general.addRow("", self.data_note)
        self.fairness = QCheckBox(body)
        self.fairness.setObjectName("catalogFairness")
        general.addRow("", self.fairness)

        self.header_box = QGroupBox(body)
        self.header_labels = {k: QLabel(body) for k in ("pemda", "opd_name", "address", "logo")}
        self.pemda = QLineEdit(body)
        self.opd_name = QLineEdit(body)
        self.address = QLineEdit(body)
        self.logo_path = QLineEdit(body)
        self.logo_button = QPushButton(body)
        self.logo_preview = QLabel(body)
        self.logo_preview.setFixedSize(72, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.logo_button)
        header = QFormLayout(self.header_box)
        for key, edit in (("pemda", self.pemda), ("opd_name", self.opd_name), ("address", self.address)):
            self.header_labels[key].setBuddy(edit)
            header.addRow(self.header_labels[key], edit)
        self.header_labels["logo"].setBuddy(self.logo_path)
        header.addRow(self.header_labels["logo"], logo_row)
        header.addRow("", self.logo_preview)

        self.sign_box = QGroupBox(body)
        grid = QGridLayout(self.sign_box)
        self.sign_head_name = QLabel(body)
        self.sign_head_nip = QLabel(body)
        grid.addWidget(self.sign_head_name, 0, 1)
        grid.addWidget(self.sign_head_nip, 0, 2)
        self.sign_labels: dict[str, QLabel] = {}
        self.sign_names: dict[str, QLineEdit] = {}
        self.sign_nips: dict[str, QLineEdit] = {}
        for row, key in enumerate(SIGNATORY_KEYS, start=1):
            label, name, nip = QLabel(body), QLineEdit(body), QLineEdit(body)
            nip.setObjectName(f"nip_{key}")
            nip.setInputMask("")
            nip.setMaxLength(24)
            label.setBuddy(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(nip, row, 2)
            self.sign_labels[key], self.sign_names[key], self.sign_nips[key] = label, name, nip
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)

        self.message = QLabel(body)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(body)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        root = QVBoxLayout(body)
        root.addWidget(self.general_box)
        root.addWidget(self.header_box)
        root.addWidget(self.sign_box)
        root.addLayout(buttons)
        root.addStretch(1)
