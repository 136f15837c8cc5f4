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

