"""The server address, offline work and lapsed sessions through the real window against the real server
(#13.2, #13.3, #21.9): the address chosen is the one reached; an officer who logs in again — or whose password
the app still holds after an offline login — syncs at once; the strip never says two things at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import bootstrap
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from tests.server.live import free_port, start_server

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("comes-back"), products=200)
    yield srv
    srv.stop()


@pytest.fixture
def make_app(qtbot, tmp_path, monkeypatch, live, dict_keyring):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    made: list[AppController] = []

    def make() -> AppController:
        """One process of the app on the same data folder (a restart = close this one, make another)."""
        core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
        i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
        ctrl = AppController(core, UiSettings(str(tmp_path / "ui.ini")), i18n, forced_server=live.url)
        ctrl.start()
        made.append(ctrl)
        return ctrl

    yield make
    for ctrl in made:
        ctrl.shutdown()
    if live.proc.poll() is not None:
        live.restart()


def login(qtbot, ctrl: AppController, account: dict[str, Any], *, online: bool = True) -> Any:
    if ctrl.window is not None and ctrl.window.isVisible():
        ctrl.on_logout()
    view = ctrl.login_view
    view.username_edit.setText(account["username"])
    view.password_edit.setText(account["password"])
    with qtbot.waitSignal(ctrl.login.logged_in, timeout=TIMEOUT) as got:
        view.login_button.click()
    assert got.args[0].online is online
    window = ctrl.window
    qtbot.waitUntil(lambda: window.status.state != "syncing", timeout=TIMEOUT)  # the sync after login
    return window


def sync(qtbot, window: Any) -> object:
    with qtbot.waitSignal(window.status.sync_finished, timeout=TIMEOUT) as done:
        window.status.sync_now()
    return done.args[0]


def test_the_address_chosen_in_settings_is_the_one_sync_reaches(qtbot, make_app, live):
    """#13.2: Settings › server = a dead address: sync does not quietly reach the old server, and the strip
    says "tidak terjangkau" — never "Terhubung" beside an offline word."""
    ctrl = make_app()
    window = login(qtbot, ctrl, live.account("PP"))
    assert window.status_view.connection_label.text() == "Terhubung ke server"
    server = ctrl.core.services.server
    dead = f"http://127.0.0.1:{free_port()}"
    settings = window.ctx.services.settings
    window.navigate("settings")
    screen = window.screen_for("settings")
    qtbot.waitUntil(lambda: screen.view.server.text() == live.url, timeout=TIMEOUT)
    screen.view.server.setText(dead)
    screen.view.save_button.click()
    qtbot.waitUntil(lambda: server.current() == dead, timeout=TIMEOUT)
    assert settings.server_url() == dead
    result = sync(qtbot, window)
    assert isinstance(result, BaseException)
    assert window.status.state == "offline"
    assert window.status_view.connection_label.text().startswith("Server tidak terjangkau")
    assert "127.0.0.1" in window.status_view.connection_label.toolTip()
    server.choose(live.url)
    assert not isinstance(sync(qtbot, window), BaseException)
    assert window.status_view.connection_label.text() == "Terhubung ke server"


def test_offline_login_then_sync_when_the_server_is_back(qtbot, make_app, live):
    """The office network was down at login (offline login, no token on a PC without keyring); when the server
    is back the password this session holds gets a server session: sync works without typing it again."""
    acc = live.account("BENDAHARA")
    first = make_app()
    login(qtbot, first, acc)
    first.core.services.auth.forget(live.url, acc["username"])  # no keyring on this PC: nothing remembered
    first.shutdown()
    live.kill9()
    ctrl = make_app()
    window = login(qtbot, ctrl, acc, online=False)
    assert "tanpa koneksi" in window.status_view.connection_label.text() or window.status.state == "offline"
    live.restart()
    result = sync(qtbot, window)
    assert not isinstance(result, BaseException), result
    assert window.status_view.connection_label.text() == "Terhubung ke server"
    assert ctrl.core.session.current_user.online


def test_logging_in_again_ends_a_lapsed_session(qtbot, make_app, live):
    """#13.3: the PPK worked offline; the PP synced first, so the PPK's session lapsed in this process (no
    token for the PPK's waiting command). The PPK then logs in again, online: the next sync must send the work
    at once — before, every sync said "Sesi server Anda telah berakhir" until the app was restarted."""
    pp = live.account("PP")
    ppk = live.account("PPK", opd_id=pp["opd_id"])
    first = make_app()
    login(qtbot, first, ppk)  # once online: the PPK can log in offline on this PC later
    window = login(qtbot, first, pp)
    catalog = window.screen_for("catalog")
    qtbot.waitUntil(lambda: catalog.controller.model.rowCount() > 0, timeout=TIMEOUT)
    for username in (ppk["username"], pp["username"]):
        first.core.services.auth.forget(live.url, username)  # a PC without keyring
    first.shutdown()

    live.kill9()
    ctrl = make_app()
    login(qtbot, ctrl, ppk, online=False)
    orders = ctrl.core.services.orders
    with ctrl.core.store.raw_connection() as conn:
        product_id = conn.execute("SELECT id FROM product WHERE status = 'active' LIMIT 1").fetchone()[0]
    draft = orders.create_draft(int(product_id), 1)  # the PPK's offline work: one command queued
    live.restart()
    window = login(qtbot, ctrl, pp)  # the PP syncs first: the PPK's command finds no PPK session
    window = login(qtbot, ctrl, ppk)  # the PPK logs in again, online
    assert window.status.state == "idle", window.status.last_error  # the sync after this login went through
    assert not isinstance(sync(qtbot, window), BaseException)
    with ctrl.core.store.unit_of_work(readonly=True) as uow:
        assert uow.outbox.pending_count(actor_user_id=ctrl.core.session.current_user.id) == 0
        assert uow.orders.get(draft.id) is not None
