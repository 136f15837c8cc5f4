"""Two officers on one PC against the real server: each sees only the commands they queued themselves."""

from __future__ import annotations

import pytest

from desktop.app import bootstrap
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from tests.server.live import start_server


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("shared-pc"), products=300)
    yield srv
    srv.stop()


def login(qtbot, ctrl, account):
    view = ctrl.login_view
    view.username_edit.setText(account["username"])
    view.password_edit.setText(account["password"])
    with qtbot.waitSignal(ctrl.login.logged_in, timeout=30000):
        view.login_button.click()
    window = ctrl.window
    qtbot.waitUntil(lambda: window.status.state != "syncing", timeout=60000)  # the sync after login
    return window


def test_pending_commands_stay_with_their_officer(qtbot, tmp_path, monkeypatch, live, dict_keyring):
    from PySide6.QtWidgets import QApplication

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    ctrl = AppController(core, UiSettings(str(tmp_path / "ui.ini")), i18n, forced_server=live.url)
    ctrl.start()
    try:
        pp = live.account("PP")
        window = login(qtbot, ctrl, pp)
        pp_id = core.session.current_user.id
        catalog = window.screen_for("catalog")
        qtbot.waitUntil(lambda: catalog.controller.model.rowCount() > 0, timeout=20000)
        catalog.view.table.selectRow(0)
        qtbot.waitUntil(lambda: catalog.controller.current is not None, timeout=10000)
        added: list[object] = []
        catalog.controller.order_updated.connect(added.append)
        catalog.controller.add_to_order()  # a draft: one PUT queued under the PP's id, not sent yet
        qtbot.waitUntil(lambda: window.current_key() == "order_editor", timeout=10000)
        window.status.refresh()
        qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 1", timeout=10000)

        ctrl.on_logout()  # the PP walks away without syncing; the PPK sits down
        ppk = live.account("PPK", opd_id=pp["opd_id"])
        window = login(qtbot, ctrl, ppk)
        assert core.session.current_user.id != pp_id
        window.status.refresh()
        qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 0", timeout=10000)
        # the PP's command is still theirs: queued or sent, always under the PP's id, never the PPK's
        with core.store.unit_of_work(readonly=True) as uow:
            commands = uow.outbox.for_order(added[0].id)
        assert commands and {c.actor_user_id for c in commands} == {pp_id}
    finally:
        ctrl.shutdown()


def test_offline_login_then_sync_when_the_network_is_back(qtbot, tmp_path, monkeypatch, live, dict_keyring):
    """Logged in online once (token in the keyring); later the office network is down at login time: offline
    login; when the network is back, "Sinkronkan sekarang" works without typing the password again."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.login import LoginController, LoginView
    from tests.server.live import free_port

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    ctrl = AppController(core, UiSettings(str(tmp_path / "ui.ini")), i18n, forced_server=live.url)
    ctrl.start()
    try:
        acc = live.account("BENDAHARA")
        login(qtbot, ctrl, acc)
        ctrl.on_logout()
        # the network is down: the login screen cannot reach the server
        ctrl.login_view.hide()
        view = LoginView()
        qtbot.addWidget(view)
        offline = LoginController(ctrl.ctx, view, None, forced_server=f"http://127.0.0.1:{free_port()}")
        offline.logged_in.connect(ctrl.on_logged_in)
        view.username_edit.setText(acc["username"])
        view.password_edit.setText(acc["password"])
        with qtbot.waitSignal(offline.logged_in, timeout=30000) as got:
            view.login_button.click()
        assert not got.args[0].online
        assert core.services.settings.server_url() == live.url  # the dead address was not remembered
        window = ctrl.window
        assert "tanpa koneksi" in window.status_view.connection_label.text()
        with qtbot.waitSignal(window.status.sync_finished, timeout=60000) as done:
            window.status.sync_now()
        assert not isinstance(done.args[0], BaseException), done.args[0]
        assert window.status_view.connection_label.text() == "Terhubung ke server"
    finally:
        ctrl.shutdown()
