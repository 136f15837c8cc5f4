"""AppController: login → main window, keyring warning shown without blocking, offline notice, language, logout."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import bootstrap
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.services.auth_service import AuthService
from desktop.services.credentials import CredentialStore
from desktop.ui.i18n import I18n
from desktop.ui.settings import LANGUAGE, LAST_USERNAME, UiSettings
from tests.services.test_auth_service import FakeHttp


@pytest.fixture
def app_ctrl(qtbot, tmp_path, monkeypatch):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    core.services.auth = AuthService(core.store, core.session, CredentialStore(), http_factory=FakeHttp)
    FakeHttp.down = False
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    ui = UiSettings(str(tmp_path / "ui.ini"))
    ctrl = AppController(core, ui, i18n, forced_server="http://srv")
    ctrl.start()
    yield ctrl
    i18n.set_language("id")
    ctrl.shutdown()
    FakeHttp.down = False


def login(qtbot, ctrl, username="pp.demo", password="rahasia"):
    view = ctrl.login_view
    view.username_edit.setText(username)
    view.password_edit.setText(password)
    with qtbot.waitSignal(ctrl.login.logged_in, timeout=10000) as got:
        view.login_button.click()
    return got.args[0]


def test_keyring_warning_is_shown_without_blocking(qtbot, app_ctrl):
    result = login(qtbot, app_ctrl)  # the suite's keyring backend is the failing one
    assert result.online and result.warning
    window = app_ctrl.window
    assert window.isVisible() and not app_ctrl.login_view.isVisible()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "harus masuk lagi" in boxes[0].text()
    assert app_ctrl.ui_settings.get(LAST_USERNAME) == "pp.demo"


def test_offline_login_notice_and_logout(qtbot, app_ctrl, dict_keyring):
    login(qtbot, app_ctrl)
    app_ctrl.on_logout()
    assert app_ctrl.login_view.isVisible() and app_ctrl.core.session.current_user is None
    FakeHttp.down = True
    result = login(qtbot, app_ctrl)
    assert not result.online
    assert "tanpa koneksi" in app_ctrl.window.statusBar().currentMessage()


def test_language_switch_is_remembered(qtbot, app_ctrl, dict_keyring):
    login(qtbot, app_ctrl)
    app_ctrl.set_language("en")
    assert app_ctrl.ui_settings.get(LANGUAGE) == "en"
    qtbot.waitUntil(lambda: app_ctrl.window.file_menu.title() == "&File", timeout=3000)
    app_ctrl.i18n._dir = resource_path("no-such-folder")  # a broken install: English cannot load
    app_ctrl.i18n._cache = app_ctrl.i18n._cache / "empty"
    app_ctrl.set_language("en")
    assert app_ctrl.ui_settings.get(LANGUAGE) == "id"
    assert "Bahasa Indonesia" in app_ctrl.window.statusBar().currentMessage()


def test_deadline_alerts_after_login(qtbot, app_ctrl, dict_keyring):
    import datetime as dt

    from desktop.domain.alerts import Alert, AlertKind

    class Alerts:
        def for_current_user(self):
            return [Alert(AlertKind.PPK_OVERDUE, "o-1", dt.date(2026, 11, 23), 0,
                          "Pesanan SP/017 menunggu persetujuan: batas hari ini.")]

    app_ctrl.core.services.alerts = Alerts()
    login(qtbot, app_ctrl)
    qtbot.waitUntil(lambda: "alerts_dialog" in app_ctrl.ctx.extras, timeout=5000)
    dialog = app_ctrl.ctx.extras["alerts_dialog"]
    assert dialog.isVisible() and "batas hari ini" in dialog.list.item(0).text()
    dialog.reject()


def test_log_file_in_the_log_folder(tmp_path):
    import logging

    from desktop.app.gui import setup_logging

    path = setup_logging(tmp_path / "logs")
    logging.getLogger("blangkon.test").warning("uji log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "uji log" in path.read_text(encoding="utf-8")
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
        root.removeHandler(handler)
        handler.close()


def test_an_officer_without_the_other_officers_data_key_is_told_in_their_language(qtbot, app_ctrl):
    """No keyring (the suite's backend): the first officer's data key is held by their password only, so the next
    officer on this PC sees a box saying part of the data stays locked until a holder logs in (issue 15)."""
    login(qtbot, app_ctrl)
    app_ctrl.on_logout()
    app_ctrl.set_language("en")
    result = login(qtbot, app_ctrl, username="ppk.demo")
    assert result.notice
    boxes = [w for w in app_ctrl.window.findChildren(QMessageBox) if w.isVisible()]
    assert any(b.windowTitle() == "Some data is locked" and "until another officer who holds its key" in b.text()
               for b in boxes), [(b.windowTitle(), b.text()) for b in boxes]
