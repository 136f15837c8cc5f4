"""Login screen against the real provincial server on loopback (tests/server/live.py), then offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.login import DemoAccount, LoginController, LoginView
from sync.protocol import Role
from tests.server.live import free_port, start_server


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("live"), products=300)
    yield srv
    srv.stop()


class FakeLocal:
    def __init__(self, url: str) -> None:
        self.url = url
        self.started = 0

    def ensure_started(self, progress=None) -> str:
        self.started += 1
        if progress:
            progress("Menjalankan server demo lokal…")
        return self.url

    def demo_accounts(self) -> list[DemoAccount]:
        return [DemoAccount("pp.demo", "demo-1", Role.PP), DemoAccount("ppk.demo", "demo-1", Role.PPK)]


def make(qtbot, app_ctx, local=None, forced=""):
    view = LoginView()
    qtbot.addWidget(view)
    ctrl = LoginController(app_ctx, view, local, forced_server=forced)
    view.show()
    qtbot.waitUntil(lambda: view.local_radio.isChecked() or view.remote_radio.isChecked(), timeout=3000)
    return view, ctrl


def login(qtbot, view, ctrl, username, password):
    view.username_edit.setText(username)
    view.password_edit.setText(password)
    qtbot.mouseClick(view.login_button, Qt.MouseButton.LeftButton)


def test_online_login_against_real_server(qtbot, app_ctx, live, dict_keyring):
    acc = live.account("PP")
    view, ctrl = make(qtbot, app_ctx, forced=live.url)
    assert view.remote_radio.isChecked() and view.server_edit.text() == live.url
    with qtbot.waitSignal(ctrl.logged_in, timeout=20000) as got:
        login(qtbot, view, ctrl, acc["username"], acc["password"])
    result = got.args[0]
    assert result.online and result.user.role is Role.PP and not result.warning
    assert app_ctx.session.current_user.username == acc["username"]
    assert view.password_edit.text() == ""  # never kept in the widget
    assert any(k[1].endswith("|" + acc["username"]) for k in dict_keyring.data)
    assert app_ctx.services.settings.server_url() == live.url


def test_wrong_password_message(qtbot, app_ctx, live, dict_keyring):
    acc = live.account("PPK")
    view, ctrl = make(qtbot, app_ctx, forced=live.url)
    login(qtbot, view, ctrl, acc["username"], "bukan-sandinya")
    qtbot.waitUntil(lambda: "salah" in view.message.text() and view.login_button.isEnabled(), timeout=20000)
    assert app_ctx.session.current_user is None and view.password_edit.hasFocus()


def test_offline_login_after_online_once(qtbot, app_ctx, live, dict_keyring):
    acc = live.account("BENDAHARA")
    view, ctrl = make(qtbot, app_ctx, forced=live.url)
    with qtbot.waitSignal(ctrl.logged_in, timeout=20000):
        login(qtbot, view, ctrl, acc["username"], acc["password"])
    app_ctx.services.auth.logout()
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there: the PC is offline
    view2, ctrl2 = make(qtbot, app_ctx, forced=dead)
    with qtbot.waitSignal(ctrl2.logged_in, timeout=20000) as got:
        login(qtbot, view2, ctrl2, acc["username"], acc["password"])
    assert not got.args[0].online and app_ctx.session.current_user.role is Role.BENDAHARA


def test_keyring_missing_gives_warning_but_session_works(qtbot, app_ctx, live):
    acc = live.account("PPTK")
    view, ctrl = make(qtbot, app_ctx, forced=live.url)
    with qtbot.waitSignal(ctrl.logged_in, timeout=20000) as got:
        login(qtbot, view, ctrl, acc["username"], acc["password"])
    assert got.args[0].online and "harus masuk lagi" in got.args[0].warning


def test_demo_server_mode_offers_accounts(qtbot, app_ctx, live, dict_keyring):
    local = FakeLocal(live.url)
    view, ctrl = make(qtbot, app_ctx, local=local)
    assert view.local_radio.isChecked() and not view.server_edit.isEnabled()  # first run: demo server
    assert view.demo_list.count() == 2 and view.demo_panel.isVisibleTo(view)
    ctrl._fill_from_demo(view.demo_list.item(0))
    assert (view.username_edit.text(), view.password_edit.text()) == ("pp.demo", "demo-1")


def test_missing_fields_and_bad_address(qtbot, app_ctx):
    view, ctrl = make(qtbot, app_ctx, forced="http://127.0.0.1:9")
    qtbot.mouseClick(view.login_button, Qt.MouseButton.LeftButton)
    assert "Isi nama pengguna dan kata sandi" in view.message.text()
    view.server_edit.setText("blangkon.local")
    login(qtbot, view, ctrl, "pp.demo", "x")
    assert "http://" in view.message.text()


def test_keyring_note_before_login(qtbot, app_ctx):
    view, _ctrl = make(qtbot, app_ctx, forced="http://127.0.0.1:9")
    qtbot.waitUntil(lambda: view.keyring_note.isVisibleTo(view), timeout=5000)  # the suite's keyring fails
    assert "masuk lagi" in view.keyring_note.text()


def test_no_keyring_note_with_a_working_keyring(qtbot, app_ctx, dict_keyring):
    view, _ctrl = make(qtbot, app_ctx, forced="http://127.0.0.1:9")
    qtbot.waitUntil(lambda: app_ctx.tasks.pending_count() == 0, timeout=5000)
    assert not view.keyring_note.isVisibleTo(view)


@pytest.mark.parametrize("size", [(920, 620), (860, 520), (700, 420)])
def test_server_box_is_never_squashed(qtbot, app_ctx, size):
    """The radio buttons and the address field keep their natural height at any window size (the column
    scrolls instead); the demo list shows the PA/KPA code as officers write it."""
    local = FakeLocal("http://127.0.0.1:1")
    local.demo_accounts = lambda: [DemoAccount("pa_kpa.demo", "demo-1", Role.PA_KPA)]  # type: ignore[method-assign]
    view, ctrl = make(qtbot, app_ctx, local)
    ctrl.refresh_demo_accounts()
    view.keyring_note.show()
    view.show_message("Server demo lokal siap. Klik dua kali akun demo di sebelah kanan, lalu tekan Masuk.", "info")
    view.resize(*size)
    qtbot.waitUntil(lambda: view.server_edit.height() >= view.server_edit.sizeHint().height(), timeout=3000)
    for w in (view.local_radio, view.remote_radio):
        assert w.height() >= w.sizeHint().height()
    assert view.server_box.height() >= view.server_box.sizeHint().height()
    labels = [view.demo_list.item(i).text() for i in range(view.demo_list.count())]
    assert labels and labels[0].splitlines()[0].endswith("(PA/KPA)")
