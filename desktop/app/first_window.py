"""Start-up in two steps (#13.20): the login window first, the rest of the app while the officer types.

Measured here (tests/bench/bench_startup.py): importing the whole app — SQLAlchemy, reportlab, requests, every
service, document and screen module — was nearly all of the time to the login window (3–10 s on a busy or cold
PC; Python compiles every source again where it cannot keep its bytecode cache). Opening the store, WAL
recovery after a kill -9 and the health check took a quarter of a second. The login window itself needs only Qt
and its own module, so this module (which imports nothing heavy) shows it at once; a worker thread imports the
rest (module code only: no widget is created off the main thread); then the main thread opens the store, builds
the services and hands the same window to the login controller (desktop.app.gui.finish_start). Until then the
window says it is getting ready and "Masuk" waits; the name and password can already be typed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import paths
from desktop.app.provisioning import load_startup_provisioning
from desktop.ui import settings as ui_options
from desktop.ui.i18n import I18n
from desktop.ui.login.view import LoginView
from desktop.ui.settings import UiSettings
from desktop.ui.widgets.qt_compat import protect_none

log = logging.getLogger(__name__)

NO_DISPLAY = ("Blangkon Desktop membutuhkan layar grafis, tetapi tidak ada yang ditemukan (DISPLAY/WAYLAND_DISPLAY "
              "kosong). Jalankan dari sesi desktop, atau lewat `xvfb-run -a blangkon` untuk pengujian. Perintah "
              "tanpa layar: `blangkon sync` dan `blangkon documents`.")
READY_SHOWN = "ready: login window shown"  # tests/bench/bench_startup.py times these two log lines
READY_USABLE = "ready: login usable"


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def application() -> QApplication:
    """The running QApplication, created on first use (a test or a tool may have made it already)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


def load_style(app: QApplication) -> None:
    qss = paths.resource_path("styles", "blangkon.qss")
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    icon = paths.resource_path("icons", "blangkon.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """The wanted size, shrunk to the screen's free area (a 1366×768 laptop keeps the status bar in view)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width()), min(height, free.height() - 40))


def setup_logging(folder: Path) -> Path:
    """Log to a rotating file in the user's log folder: error messages tell officers to send it to IT."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "blangkon.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def startup_language(ui_settings: UiSettings, provisioned: str | None) -> str:
    """The user's own choice wins; otherwise the language IT provisioned; otherwise Indonesian."""
    if provisioned and not ui_settings.has(ui_options.LANGUAGE):
        return provisioned
    return str(ui_settings.get(ui_options.LANGUAGE))


def preparing(view: LoginView, ui_settings: UiSettings) -> None:
    """The window as shown before the app behind it is loaded: the last user's name filled in, "Masuk" waiting."""
    view.resize(fit_to_screen(view, 920, 620))
    view.username_edit.setText(ui_settings.get(ui_options.LAST_USERNAME))
    view.login_button.setEnabled(False)
    view.server_box.setEnabled(False)
    view.show_message(QCoreApplication.translate("Startup", "Menyiapkan aplikasi…"), "info")
    (view.password_edit if view.username_edit.text() else view.username_edit).setFocus()


class _Loader:
    """Imports the rest of the app on a worker thread; the main thread polls `done` from a timer."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None
        threading.Thread(target=self._run, name="blangkon-import", daemon=True).start()

    def _run(self) -> None:
        try:
            import desktop.app.gui  # noqa: F401  (the composition root and every screen; no widget is built)
        except BaseException as exc:  # reported on the main thread
            self.error = exc
        finally:
            self.done.set()


def run(args: argparse.Namespace) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    protect_none()  # PySide6 6.12 / Python 3.11 refcount bug: see desktop/ui/widgets/qt_compat.py
    try:
        log.info("Blangkon Desktop starting; log file %s", setup_logging(paths.log_dir()))
    except OSError as exc:  # a read-only profile must not stop the app
        print(f"Berkas log tidak dapat dibuat ({exc}); aplikasi tetap berjalan.", file=sys.stderr)
    loader = _Loader()  # starts importing while Qt starts
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    app = application()
    app.setApplicationName("Blangkon Desktop")
    app.setOrganizationName(ui_options.ORGANIZATION)
    app.setDesktopFileName("blangkon-desktop")
    load_style(app)
    ui_settings = UiSettings()
    i18n = I18n(app, paths.translations_dir(), paths.cache_dir() / "translations")
    provisioning, provisioning_error = load_startup_provisioning()
    i18n.set_language(startup_language(ui_settings, provisioning.language if provisioning else None))
    view = LoginView()
    preparing(view, ui_settings)
    view.show()
    # logged from inside the event loop, so "shown" means painted and answering
    QTimer.singleShot(0, lambda: log.info(READY_SHOWN))
    state: dict[str, Any] = {}

    def continue_when_loaded() -> None:
        if not loader.done.is_set():
            return
        poll.stop()
        if loader.error is not None:  # a broken installation: say so instead of a login that never comes
            log.error("the app could not be loaded", exc_info=loader.error)
            QMessageBox.critical(view, "Blangkon Desktop", QCoreApplication.translate(
                "Startup", "Aplikasi tidak dapat dimuat (%1). Pasang ulang aplikasi atau hubungi bagian TI; "
                "rinciannya ada di berkas log.").replace("%1", type(loader.error).__name__))
            state["code"] = 1
            app.exit(1)
            return
        from desktop.app import gui

        code = gui.finish_start(app, args, ui_settings, i18n, view, provisioning, provisioning_error)
        if code is not None:
            state["code"] = code
            app.exit(code)
        else:
            log.info("%s (data folder ready)", READY_USABLE)

    poll = QTimer(app)
    poll.setInterval(10)
    poll.timeout.connect(continue_when_loaded)
    poll.start()
    code = int(app.exec())
    log.info("exit %s", code)
    return int(state.get("code", code))
