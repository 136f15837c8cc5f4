"""Login window layout only; texts are set in retranslate(), behaviour in the controller."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class LoginView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        self.title = QLabel(self)
        self.title.setObjectName("loginTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.server_box = QGroupBox(self)
        self.local_radio = QRadioButton(self.server_box)
        self.local_radio.setObjectName("useLocalServer")
        self.remote_radio = QRadioButton(self.server_box)
        self.server_group = QButtonGroup(self)
        self.server_group.addButton(self.local_radio)
        self.server_group.addButton(self.remote_radio)
        self.server_edit = QLineEdit(self.server_box)
        self.server_edit.setObjectName("serverAddress")
        self.server_edit.setPlaceholderText("https://blangkon.jatengprov.go.id")
        server_layout = QVBoxLayout(self.server_box)
        server_layout.addWidget(self.local_radio)
        server_layout.addWidget(self.remote_radio)
        server_layout.addWidget(self.server_edit)
        # never squashed below its natural height: the radio texts and the address stay readable
        self.server_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.username_label = QLabel(self)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.password_label = QLabel(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)

        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.keyring_note.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.login_button = QPushButton(self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setAutoDefault(True)

        # the left column scrolls instead of clipping when the window is small or the system font is large
        self.left_panel = QWidget(self)
        self.left_panel.setObjectName("loginForm")
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(0, 0, 8, 0)
        left.setSpacing(10)
        left.addWidget(self.title)
        left.addWidget(self.subtitle)
        left.addSpacing(8)
        left.addWidget(self.server_box)
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.keyring_note)
        left.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        left.addLayout(buttons)
        left.addStretch(1)
        self.left_scroll = QScrollArea(self)
        self.left_scroll.setObjectName("loginScroll")
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setWidget(self.left_panel)

        self.demo_panel = QFrame(self)
        self.demo_panel.setObjectName("demoPanel")
        self.demo_title = QLabel(self.demo_panel)
        self.demo_title.setObjectName("demoTitle")
        self.demo_hint = QLabel(self.demo_panel)
        self.demo_hint.setWordWrap(True)
        self.demo_list = QListWidget(self.demo_panel)
        self.demo_list.setObjectName("demoAccounts")
        self.demo_list.setSpacing(2)
        self.demo_list.setWordWrap(True)
        self.demo_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demo_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        demo_layout = QVBoxLayout(self.demo_panel)
        demo_layout.addWidget(self.demo_title)
        demo_layout.addWidget(self.demo_hint)
        demo_layout.addWidget(self.demo_list, 1)

        root = QHBoxLayout(self)
        root.setContentsMargins(24, 24, 24, 24)
        root.setSpacing(24)
        root.addWidget(self.left_scroll, 3)
        root.addWidget(self.demo_panel, 2)
        self.setTabOrder(self.local_radio, self.remote_radio)
        self.setTabOrder(self.remote_radio, self.server_edit)
        self.setTabOrder(self.server_edit, self.username_edit)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.login_button)
        self.setTabOrder(self.login_button, self.demo_list)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Masuk — Blangkon Desktop"))
        self.title.setText(self.tr("Blangkon Desktop"))
        self.subtitle.setText(self.tr("Belanja langsung UMKM Jawa Tengah. Masuk dengan akun pengadaan Anda; "
                                      "setelah pernah masuk, Anda dapat bekerja tanpa koneksi."))
        self.server_box.setTitle(self.tr("Server"))
        self.local_radio.setText(self.tr("Gunakan server demo lokal"))
        self.remote_radio.setText(self.tr("Server provinsi:"))
        self.username_label.setText(self.tr("&Nama pengguna"))
        self.password_label.setText(self.tr("&Kata sandi"))
        self.login_button.setText(self.tr("&Masuk"))
        self.keyring_note.setText(self.tr(
            "Brankas kata sandi sistem tidak tersedia di komputer ini: sesi tidak dapat diingat, jadi Anda perlu "
            "masuk lagi setiap membuka aplikasi. Minta admin TI memasang atau membuka kunci brankas."))
        self.demo_title.setText(self.tr("Akun demo"))
        self.demo_hint.setText(self.tr("Klik dua kali sebuah akun untuk mengisi nama pengguna dan kata sandinya."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_message(self, text: str, kind: str = "error") -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.login_button, self.username_edit, self.password_edit, self.server_box, self.demo_list):
            w.setEnabled(not busy)
