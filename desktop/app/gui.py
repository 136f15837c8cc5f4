"""The Qt half of the composition root: application object, translations, login window, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import paths
from desktop.app.bootstrap import Core, build_core
from desktop.app.first_window import (  # noqa: F401 (callers and tests import them from here)
    application,
    fit_to_screen,
    load_style,
    setup_logging,
    startup_language,
)
from desktop.app.provisioning import Provisioning, ProvisioningError
from desktop.app.screens import screen_registry
from desktop.services.local_data import LocalDataService, daily_backup_in_background
from desktop.services.session import LoginResult
from desktop.services.unsent import UnsentWork
from desktop.store.errors import StoreError
from desktop.store.health import StoreDamagedError
from desktop.ui import settings as ui_options
from desktop.ui.dashboard.alerts_dialog import show_login_alerts
from desktop.ui.first_run import show_first_run_setup
from desktop.ui.i18n import I18n, render
from desktop.ui.login import LoginController, LoginView
from desktop.ui.main_window import MainWindow
from desktop.ui.screen import UiContext
from desktop.ui.settings import UiSettings
from desktop.ui.store_recovery import ask_recovery, audit_warning
from desktop.ui.tasks import TaskRunner
from desktop.ui.unsent import LOG_OUT, SYNC_FIRST, confirm_logout, others_notice

log = logging.getLogger(__name__)
# longer than the sync transport's stall timeout (30 s read): a cancelled sync stops at its next checkpoint well
# before this, so the wait only matters for a step that cannot be interrupted
SHUTDOWN_WAIT_MS = 35_000


class AppController(QObject):
    """Owns the two top-level windows and switches between them on login, logout and user switch."""

    def __init__(self, core: Core, ui_settings: UiSettings, i18n: I18n, *, forced_server: str = "",
                 login_view: LoginView | None = None) -> None:
        super().__init__()
        self.core = core
        self.ui_settings = ui_settings
        self.i18n = i18n
        self.tasks = TaskRunner(self)
        self.ctx = UiContext(services=core.services, tasks=self.tasks, session=core.session,
                             navigate=lambda key, **params: None, ui_settings=ui_settings, i18n=i18n,
                             data_dir=core.data_dir, language_changed=self.set_language)
        if login_view is None:
            login_view = LoginView()
            login_view.resize(fit_to_screen(login_view, 920, 620))
        else:  # the window first_window showed while the app loaded: ready now, what was typed is kept
            login_view.login_button.setEnabled(True)
            login_view.server_box.setEnabled(True)
            login_view.show_message("")
        self.login_view = login_view
        self.login = LoginController(self.ctx, self.login_view, core.local_server,
                                     last_username=ui_settings.get(ui_options.LAST_USERNAME),
                                     forced_server=forced_server, parent=self)
        self.login.logged_in.connect(self.on_logged_in)
        self.window: MainWindow | None = None

    def start(self) -> None:
        self.login_view.show()

    def main_window(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.ctx, screen_registry(), language=self.i18n.language)
            self.window.resize(fit_to_screen(self.window, 1280, 800))
            geometry = self.ui_settings.get(ui_options.GEOMETRY)
            if not geometry.isEmpty():
                self.window.restoreGeometry(geometry)
            self.window.logout_requested.connect(self.request_logout)
            self.window.language_requested.connect(self.set_language)
        return self.window

    def on_logged_in(self, result: LoginResult) -> None:
        self.ui_settings.set(ui_options.LAST_USERNAME, result.user.username)
        self.seed_master_data()
        window = self.main_window()
        window.rebuild_navigation()
        self.login_view.hide()
        window.show()
        self.keep_on_screen(window)
        window.status.start()
        window.show_home()
        if result.online:
            window.status.sync_now()  # first run: fills the catalog replica; later: sends what waited offline
        if not result.online:
            window.notify(self.tr("Masuk tanpa koneksi: pekerjaan disimpan di komputer ini dan dikirim saat "
                                    "Anda menyinkronkan."))
        if result.warning:
            window.show_message(self.tr("Sesi tidak diingat"), render(result.warning))
        if result.notice:  # e.g. part of the data stays locked until an officer holding its key logs in here
            window.show_message(self.tr("Sebagian data terkunci"), render(result.notice))
        self.tell_about_others_work()
        show_first_run_setup(self.ctx, window)  # a PC without kop surat and signatories asks for them once
        self.show_alerts()

    @staticmethod
    def keep_on_screen(window: QWidget) -> None:
        """A geometry saved on a bigger monitor comes back clipped or oddly shrunk: start from a size that fits."""
        size = window.size()
        if (fit_to_screen(window, size.width(), size.height()) != size or size.width() < 900
                or size.height() < 560):
            window.resize(fit_to_screen(window, 1280, 800))

    def seed_master_data(self) -> None:
        """Empty sub-kegiatan/kode rekening lists are filled from the bundled reference data (DB lane, once)."""
        orders = self.core.services.orders
        if orders is not None:
            self.tasks.run_db(orders.ensure_master_data, on_done=lambda r: log.info("master data seeded: %s", r),
                              on_error=lambda exc: log.warning("master data not seeded: %s", exc))

    def show_alerts(self) -> None:
        """Deadline reminders for the officer who just logged in (PPK approvals, unpaid BASTs): the dashboard's
        alerts dialog, opened only when there is something to act on; "Buka" goes to the right screen."""
        if self.window is not None:
            show_login_alerts(self.ctx, self.window)

    def request_logout(self) -> None:
        """"Ganti pengguna": ask first when the officer still has unsent work (#21.8), then log out."""
        conflicts = self.core.services.conflicts
        if self.window is None or conflicts is None or self.core.session.current_user is None:
            self.on_logout()
            return
        try:  # one indexed count on the outbox: read here so the choice comes before anything changes
            work = conflicts.unsent_work()
        except Exception as exc:  # an unreadable store must not trap the officer in the session
            log.warning("unsent work not counted at logout: %s", exc)
            self.on_logout()
            return
        self._confirm_logout(work)

    def _confirm_logout(self, work: UnsentWork) -> None:
        assert self.window is not None
        choice = confirm_logout(self.window, work)
        if choice == SYNC_FIRST:
            self.window.status.sync_now()
        elif choice == LOG_OUT:
            self.on_logout()

    def tell_about_others_work(self) -> None:
        """After a login: other officers' unsent work on this PC is sent under their names, not this one's."""
        conflicts = self.core.services.conflicts
        if conflicts is None or self.window is None:
            return
        window = self.window

        def show(work: UnsentWork) -> None:
            text = others_notice(work)
            if text:  # a box, not a status-bar line a finishing sync would overwrite
                window.show_message(self.tr("Pekerjaan petugas lain belum terkirim"), text)

        self.tasks.run_read(conflicts.unsent_work, show, lambda exc: None)

    def on_logout(self) -> None:
        """Switch user now (the officer confirmed, or had nothing unsent)."""
        if self.window is not None:
            self.ui_settings.set(ui_options.GEOMETRY, self.window.saveGeometry())
            self.window.status.stop()
            self.window.hide()
        self.core.services.auth.logout()
        self.login.refresh_demo_accounts()
        self.login_view.show()

    def set_language(self, code: str) -> None:
        ok = self.i18n.set_language(code)
        self.ui_settings.set(ui_options.LANGUAGE, self.i18n.language)
        if self.window is not None:
            self.window.set_language_checked(self.i18n.language)
            if not ok:
                self.window.notify(self.tr("Terjemahan tidak dapat dimuat; tetap memakai Bahasa Indonesia."))

    def shutdown(self) -> None:
        """Quit (#13.4): cancel a running sync first, take the windows away at once, let the workers reach a
        checkpoint, and close the store only when none is running — never under a live sync thread."""
        if self.window is not None:
            self.ui_settings.set(ui_options.GEOMETRY, self.window.saveGeometry())
            self.window.status.stop()  # sets the running sync's cancel event
            self.window.hide()
        self.login_view.hide()
        self.ui_settings.sync()
        if self.tasks.shutdown(SHUTDOWN_WAIT_MS):
            self.core.close()
            return
        # a step that cannot be interrupted is still running: the store stays open for it (SQLite's journal
        # keeps it consistent at process exit), only the demo server is stopped
        log.warning("quit: a background task still runs after %s ms; the store is left open for it",
                    SHUTDOWN_WAIT_MS)
        self.core.close(keep_store=True)


def finish_start(app: QApplication, args: argparse.Namespace, ui_settings: UiSettings, i18n: I18n, view: LoginView,
                 provisioning: Provisioning | None, provisioning_error: ProvisioningError | None) -> int | None:
    """The second step of the start (desktop.app.first_window): open the store (WAL recovery after a kill -9,
    health check, the newest good backup offered when damaged), build the services and give the login window
    its controller. Returns an exit code when the app cannot go on, None when the login is ready."""
    if provisioning_error is not None:
        show_provisioning_error(provisioning_error, view)
    data_dir = paths.data_dir(args.data_dir or ui_settings.get(ui_options.DATA_DIR) or None)
    try:
        try:
            core = build_core(data_dir, demo_products=args.demo_products, provisioning=provisioning)
        except StoreDamagedError as exc:  # offer the newest good backup (issue 15), then open it
            if not ask_recovery(LocalDataService(data_dir / paths.DB_FILE), exc):
                return 1
            core = build_core(data_dir, demo_products=args.demo_products, provisioning=provisioning)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(view, "Blangkon Desktop", _store_error_text(exc, data_dir))
        return 1
    if core.store.health.audit_broken_at is not None:
        _keep.append(audit_warning(core.store.health.audit_broken_at))
    daily_backup_in_background(core.store)
    forced = ""
    if args.server:
        try:
            server = core.services.server
            forced = server.choose(args.server, use_local=False) if server is not None else args.server
        except ValueError as exc:
            print(getattr(exc, "message", str(exc)), file=sys.stderr)
            core.close()
            return 2
    controller = AppController(core, ui_settings, i18n, forced_server=forced, login_view=view)
    _keep_controller.append(controller)
    app.aboutToQuit.connect(controller.shutdown)
    _quit_on_signals(app)
    controller.start()
    log.info("data folder %s", data_dir)
    return None


def run_gui(args: argparse.Namespace) -> int:
    """The desktop app (kept for callers of the old entry point): see desktop.app.first_window.run."""
    from desktop.app.first_window import run

    return run(args)


_keep_controller: list[AppController] = []  # the running app's controller lives as long as the application


def provisioning_error_text(exc: ProvisioningError) -> str:
    return QCoreApplication.translate(
        "Provisioning", "Pengaturan dari bagian TI (berkas provisioning) tidak dipakai:\n\n%1\n\nAplikasi tetap "
        "berjalan; isi alamat server di layar masuk atau di Pengaturan, lalu minta bagian TI memperbaiki "
        "berkasnya.").replace("%1", exc.message)


def show_provisioning_error(exc: ProvisioningError, parent: QWidget | None = None) -> QMessageBox:
    """Non-blocking: the message stays up while the login window comes."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Blangkon Desktop", provisioning_error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    _keep.append(box)  # a parentless box lives as long as its Python reference: keep it until answered
    box.finished.connect(lambda _result: _keep.remove(box) if box in _keep else None)
    box.show()
    return box


_keep: list[QMessageBox] = []


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or SIGTERM quits cleanly (stopping the demo server and the task lanes). Python only runs signal
    handlers between bytecodes, so a light timer gives the interpreter a turn while Qt waits for events."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()


def _store_error_text(exc: BaseException, data_dir: Path) -> str:
    detail = getattr(exc, "message", "") or str(exc)
    return (f"Basis data di {data_dir} tidak dapat dibuka: {detail}\n\nPastikan folder itu ada dan dapat ditulisi, "
            "atau jalankan `blangkon --data-dir FOLDER_LAIN`. Cadangan otomatis ada di folder yang sama.")
