"""Login behaviour: pick a server (or start the local demo one), log in on the I/O lane, report the result.

Online login when the server answers; when it cannot be reached, AuthService falls back to the offline verifier
of a user who logged in here before. The local demo server is given as a port so the UI never imports the
application layer that starts processes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from desktop.services.session import LoginResult
from desktop.ui.i18n import message_of
from desktop.ui.login.view import LoginView
from desktop.ui.screen import UiContext
from desktop.ui.widgets.roles import role_label
from sync.protocol.states import Role

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role
    full_name: str = ""
    opd_name: str = ""


class LocalServerPort(Protocol):
    """The embedded demo server (desktop/app/local_server.py)."""

    def ensure_started(self, progress: Callable[[str], None] | None = None) -> str:
        """Start it if needed (creating demo data on first run); return its base URL. Blocks: I/O lane only."""

    def demo_accounts(self) -> list[DemoAccount]: ...


@dataclass(frozen=True)
class ServerChoice:
    use_local: bool
    url: str


class LoginController(QObject):
    logged_in = Signal(object)  # LoginResult

    def __init__(self, ctx: UiContext, view: LoginView, local_server: LocalServerPort | None = None,
                 *, last_username: str = "", forced_server: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.local = local_server
        self._forced_server = forced_server
        view.login_button.clicked.connect(self.submit)
        view.password_edit.returnPressed.connect(self.submit)
        view.username_edit.returnPressed.connect(view.password_edit.setFocus)
        view.local_radio.toggled.connect(self._on_server_mode)
        view.demo_list.itemActivated.connect(self._fill_from_demo)
        view.demo_list.itemDoubleClicked.connect(self._fill_from_demo)
        view.local_radio.setEnabled(local_server is not None)
        if not view.username_edit.text():  # a name typed while the app was loading is kept
            view.username_edit.setText(last_username)
        self._load_settings()
        self._check_keyring()

    def _check_keyring(self) -> None:
        """Say before login, not after, when sessions cannot be remembered (keyring calls may block: I/O lane)."""
        credentials = self.ctx.services.credentials
        if credentials is None:
            return
        self.ctx.tasks.run_io(credentials.available, on_done=lambda ok: self.view.keyring_note.setVisible(not ok),
                              on_error=lambda exc: self.view.keyring_note.show())

    # --- initial state ------------------------------------------------------------------------------------------
    def _load_settings(self) -> None:
        if self._forced_server:  # `blangkon --server URL`: nothing to look up
            self._apply_settings((self._forced_server, False))
            return
        self.view.login_button.setEnabled(False)  # until the saved server choice is shown
        address = self.ctx.services.server
        if address is None:
            self._apply_settings(("", True))
            return

        def read() -> tuple[str, bool]:
            choice = address.choice()
            return choice.url, choice.use_local

        self.ctx.tasks.run_read(read, on_done=self._apply_settings, on_error=lambda exc: self._apply_settings(("", True)))

    def _apply_settings(self, values: tuple[str, bool]) -> None:
        url, use_local = values
        self.view.login_button.setEnabled(True)
        if self._forced_server:
            url, use_local = self._forced_server, False
        elif not url:
            use_local = True  # first run: offer the demo server
        use_local = use_local and self.local is not None
        self.view.server_edit.setText("" if use_local else url)
        self.view.local_radio.setChecked(use_local)
        self.view.remote_radio.setChecked(not use_local)
        self._on_server_mode(use_local)
        self.refresh_demo_accounts()
        (self.view.password_edit if self.view.username_edit.text() else self.view.username_edit).setFocus()
        if use_local:
            self.prepare_local_server()

    def prepare_local_server(self) -> None:
        """Start the demo server (and its demo data on first run) in the background while the officer reads
        the login screen, so the demo accounts can be offered."""
        local = self.local
        if local is None:
            return
        self.view.show_message(self.tr("Menyiapkan server demo lokal (pertama kali bisa memakan waktu)…"), "info")
        self.ctx.tasks.run_io(lambda report: local.ensure_started(report), on_done=self._on_local_ready,
                              on_error=self._on_local_failed, on_progress=self._on_progress)

    def _on_local_ready(self, _url: str) -> None:
        self.refresh_demo_accounts()
        if self.view.login_button.isEnabled():  # not in the middle of a login
            self.view.show_message(self.tr("Server demo lokal siap. Klik dua kali akun demo di sebelah kanan, "
                                           "lalu tekan Masuk."), "info")

    def _on_local_failed(self, exc: BaseException) -> None:
        message = message_of(exc) or self.tr(
            "Server demo lokal tidak dapat dijalankan (%1). Isi alamat server provinsi, atau tutup lalu buka "
            "kembali aplikasi.").replace("%1", type(exc).__name__)
        self.view.show_message(message)

    def refresh_demo_accounts(self) -> None:
        self.view.demo_list.clear()
        accounts = self.local.demo_accounts() if self.local is not None else []
        for acc in accounts:
            # role first (what the officer looks for), then the user name to type
            code = acc.role.value.replace("_", "/")
            label = f"{role_label(acc.role)} ({code})\n{acc.username}"
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("Kata sandi: %1").replace("%1", acc.password))
            item.setData(ACCOUNT_ROLE, acc)
            self.view.demo_list.addItem(item)
        self.view.demo_panel.setVisible(self.view.local_radio.isChecked())
        passwords = {acc.password for acc in accounts}
        if len(passwords) == 1:
            self.view.demo_hint.setText(self.tr(
                "Klik dua kali sebuah akun untuk mengisinya. Kata sandi semua akun demo: %1").replace(
                "%1", passwords.pop()))
        if not accounts and self.view.local_radio.isChecked():
            self.view.demo_hint.setText(self.tr(
                "Akun demo akan muncul setelah server demo lokal pertama kali dijalankan. Tekan Masuk dengan nama "
                "pengguna demo, misalnya pp.33.00-disdikbud, atau tunggu sebentar."))

    def _on_server_mode(self, use_local: bool) -> None:
        self.view.server_edit.setEnabled(not use_local)
        self.view.demo_panel.setVisible(use_local)

    def _fill_from_demo(self, item: QListWidgetItem) -> None:
        acc: DemoAccount = item.data(ACCOUNT_ROLE)
        self.view.username_edit.setText(acc.username)
        self.view.password_edit.setText(acc.password)
        self.view.login_button.setFocus()

    # --- login --------------------------------------------------------------------------------------------------
    def server_choice(self) -> ServerChoice:
        return ServerChoice(self.view.local_radio.isChecked(), self.view.server_edit.text().strip())

    def submit(self) -> None:
        username = self.view.username_edit.text().strip()
        password = self.view.password_edit.text()
        if not username or not password:
            self.view.show_message(self.tr("Isi nama pengguna dan kata sandi, lalu tekan Masuk."))
            (self.view.username_edit if not username else self.view.password_edit).setFocus()
            return
        choice = self.server_choice()
        if not choice.use_local and not choice.url.startswith(("http://", "https://")):
            self.view.show_message(self.tr("Alamat server harus diawali http:// atau https://. "
                                           "Perbaiki alamatnya, atau pilih server demo lokal."))
            self.view.server_edit.setFocus()
            return
        self.view.set_busy(True)
        self.view.show_message(self.tr("Menghubungkan ke server…") if not choice.use_local else
                               self.tr("Menyiapkan server demo lokal (pertama kali bisa memakan waktu)…"), "info")
        auth, local, address = self.ctx.services.auth, self.local, self.ctx.services.server

        def work(report: Callable[[Any], None]) -> tuple[LoginResult, str]:
            url = choice.url
            if choice.use_local and local is not None:
                try:
                    url = local.ensure_started(report)
                except Exception:  # the demo server failed: still allow an offline login
                    url = ""
            result = auth.login(url, username, password)
            if address is not None and (url or choice.use_local):
                # the address the officer logged in with is the one sync uses from now on, reachable or not
                # (#13.2): a wrong one shows as "server tidak terjangkau", never as another server's data
                address.choose(url, use_local=choice.use_local)
            return result, url

        self.ctx.tasks.run_io(work, on_done=self._on_done, on_error=self._on_error, on_progress=self._on_progress)

    def _on_progress(self, value: object) -> None:
        if isinstance(value, str) and value:
            self.view.show_message(value, "info")

    def _on_done(self, value: tuple[LoginResult, str]) -> None:
        result, _url = value
        self.view.set_busy(False)
        self.view.password_edit.clear()
        self.view.show_message("")
        self.refresh_demo_accounts()
        self.logged_in.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self.view.set_busy(False)
        message = message_of(exc) or self.tr(
            "Tidak dapat masuk (%1). Periksa alamat server dan jaringan, lalu coba lagi.").replace(
            "%1", type(exc).__name__)
        self.view.show_message(message)
        self.view.password_edit.selectAll()
        self.view.password_edit.setFocus()
