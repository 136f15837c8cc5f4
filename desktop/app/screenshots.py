"""Take the README screenshots with realistic demo data: `python -m desktop.app.screenshots [OUT_DIR]`.

Runs the real app wiring against the embedded demo server (a throwaway data folder), logs in as the demo PP,
syncs the catalog, and grabs the login, catalog and settings screens (offscreen rendering is identical to a
window on screen). The keyring is an in-memory one while `main()` runs (swapped there and restored after, never
at import), so importing this module changes nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from desktop.app import paths
from desktop.app.bootstrap import build_core
from desktop.app.gui import AppController, application, load_style
from desktop.services.settings_service import DocumentHeader, Signatories, Signatory
from desktop.ui.catalog import CatalogScreen
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from desktop.ui.settings_screen import SettingsScreen
from desktop.ui.widgets.qt_compat import protect_none


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def wait_for(predicate: Callable[[], object], timeout_s: float = 120.0) -> None:
    """Run the event loop until predicate() holds (a tool, not app code: blocking here is fine)."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step timed out")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle(ms: int = 150) -> None:
    """Let posted layout and paint events run so the grab shows the settled window."""
    deadline = time.monotonic() + ms / 1000
    wait_for(lambda: time.monotonic() >= deadline)


def wait_idle(ctrl: AppController) -> None:
    """Until the screen's reads and fetches are done (the dashboard asks the demo server)."""
    wait_for(lambda: ctrl.tasks.pending_count() == 0, timeout_s=60.0)


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"saved {path}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication exists
    protect_none()
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    try:
        return _make_screenshots(out)
    finally:
        keyring.set_keyring(previous_keyring)


def _make_screenshots(out: Path) -> int:
    app = application()
    load_style(app)
    work = Path(tempfile.mkdtemp(prefix="blangkon-shots-"))
    core = build_core(work / "data", demo_products=20_000)
    i18n = I18n(app, paths.translations_dir(), work / "qm")
    ctrl = AppController(core, UiSettings(str(work / "ui.ini")), i18n)
    try:
        assert core.local_server is not None
        core.local_server.ensure_started()  # demo data exists, so the login screen lists the demo accounts
        ctrl.start()
        view = ctrl.login_view
        view.resize(900, 540)
        wait_for(lambda: view.local_radio.isChecked())
        ctrl.login.refresh_demo_accounts()
        account = core.local_server.demo_accounts()[0]
        view.username_edit.setText(account.username)
        grab(view, out / "login.png")

        view.password_edit.setText(account.password)
        view.login_button.click()
        wait_for(lambda: ctrl.window is not None and ctrl.window.isVisible())
        window = ctrl.window
        assert window is not None
        window.resize(1366, 768)
        done: list[object] = []
        window.status.sync_finished.connect(done.append)
        window.status.sync_now()
        wait_for(lambda: bool(done))
        screen = window.screen_for("catalog")
        assert isinstance(screen, CatalogScreen)
        screen.activate()
        screen.view.search.setText("nasi kotak")
        screen.controller.search_now()
        wait_for(lambda: screen.controller.model.rowCount() > 0 and screen.controller.model.row_data(0) is not None)
        model = screen.controller.model
        never = next((r for r in range(min(100, model.rowCount())) if getattr(model.row_data(r), "never_sold", False)),
                     0)
        for attempt in range(4):  # a search still arriving (the sync after login) may replace the selection
            screen.view.table.clearSelection()  # a row kept selected by a refresh would not signal a change
            screen.view.table.selectRow(never if attempt < 2 else 0)
            try:
                wait_for(lambda: screen.controller.current is not None, timeout_s=15.0)
                break
            except TimeoutError:
                print(f"retrying the product selection (row {never}, attempt {attempt + 1})", flush=True)
        else:
            raise TimeoutError("no product details after selecting a row")
        grab(window, out / "catalog.png")

        settings = core.services.settings
        settings.save_document_header(DocumentHeader(
            opd_name=account.opd_name or "Dinas Pendidikan dan Kebudayaan", address="Jl. Pemuda No. 134, Semarang 50132",
            logo_path=str(paths.resource_path("templates", "logo_demo.png"))))
        settings.save_signatories(Signatories(
            pa_kpa=Signatory("Dr. Hj. Sri Rahayu, M.Si.", "197203151998032004"),
            ppk=Signatory("Budi Santoso, S.E., M.M.", "198001012005011001"),
            pptk=Signatory("Agus Widodo, S.T.", "198507202010011003"),
            bendahara=Signatory("Siti Nurhaliza, A.Md.", "199002142015032002")))
        window.navigate("settings")
        settings_screen = window.screen_for("settings")
        assert isinstance(settings_screen, SettingsScreen)
        wait_for(lambda: settings_screen.view.sign_names["ppk"].text() != "")
        grab(window, out / "settings.png")

        ctrl.set_language("en")
        window.navigate("catalog")
        grab(window, out / "catalog_en.png")
        ctrl.set_language("id")

        # every screen of the PP in the real window, in both languages (a draft of the product shown above)
        orders = core.services.orders
        assert orders is not None and screen.controller.current is not None
        draft = orders.create_draft(screen.controller.current.row.id, 5)
        for language, suffix in (("id", ""), ("en", "_en")):
            ctrl.set_language(language)
            for key, params in (("orders", {}), ("order_editor", {"order_id": draft.id}),
                                ("history", {"order_id": draft.id}), ("dashboard", {}), ("settings", {})):
                window.navigate(key, **params)
                wait_idle(ctrl)
                grab(window, out / f"window_{key}{suffix}.png")
        ctrl.set_language("id")
    finally:
        ctrl.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
