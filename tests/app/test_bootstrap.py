"""Composition root: no display → clear message and non-zero exit; core wiring; the whole first-run flow with
the embedded demo server (real `blangkon-server`), login as PP, catalog after the first sync."""

from __future__ import annotations

import argparse
import sys

import pytest

from desktop.app import bootstrap, paths
from desktop.app.local_server import LocalServer, pick_demo_accounts
from sync.protocol import Role


@pytest.fixture
def isolated_dirs(tmp_path, monkeypatch):
    """platformdirs resolves under tmp: no test writes to the developer's real folders."""
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    return tmp_path


def test_no_display_exits_with_message(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")  # has_display lives in desktop.app.first_window
    code = bootstrap.run(argparse.Namespace(data_dir=None, server=None, demo_products=None, self_test=False))
    assert code == 2
    err = capsys.readouterr().err
    assert "layar grafis" in err and "xvfb-run" in err


def test_paths_follow_overrides(isolated_dirs, monkeypatch):
    assert paths.data_dir() == isolated_dirs / "data" / "blangkon-desktop"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(isolated_dirs / "env"))
    assert paths.data_dir() == isolated_dirs / "env"
    assert paths.data_dir(isolated_dirs / "cli") == isolated_dirs / "cli"
    assert paths.resource_path("fonts").is_dir()
    assert (paths.translations_dir() / "blangkon_en.ts").is_file()


def test_build_core_wires_services(isolated_dirs):
    core = bootstrap.build_core(isolated_dirs / "d", with_local_server=False)
    try:
        s = core.services
        assert s.catalog and s.auth and s.credentials and s.settings and s.sync
        assert (isolated_dirs / "d" / "blangkon.db").is_file()
        assert not s.sync.connected  # connects only after an online login decides the server
    finally:
        core.close()


def test_pick_demo_accounts_one_opd_all_roles():
    accounts = [{"username": "admin.provinsi", "role": "ADMIN_PROVINSI", "opd_id": None, "password": "p"}]
    for opd in ("33.00-A", "33.00-B"):
        accounts += [{"username": f"{r.lower()}.{opd}", "role": r, "opd_id": opd, "password": "p"}
                     for r in ("PP", "PPK", "PPTK", "BENDAHARA", "PA_KPA", "ADMIN_OPD")]
    picked = pick_demo_accounts(accounts)
    assert [a.role for a in picked] == [Role.PP, Role.PPK, Role.BENDAHARA, Role.PPTK, Role.PA_KPA]
    assert {a.username.split(".", 1)[1] for a in picked} == {"33.00-A"}


def test_first_run_flow_with_embedded_server(qtbot, isolated_dirs, dict_keyring):
    """`make run` on a fresh PC: demo server with demo data, login screen offers the accounts, PP logs in,
    syncs the catalog in the background, and finds products in the catalog screen."""
    from desktop.app.gui import AppController
    from desktop.ui.i18n import I18n
    from desktop.ui.settings import UiSettings

    core = bootstrap.build_core(isolated_dirs / "d", demo_products=400)
    core.local_server = LocalServer(isolated_dirs / "d" / "server", products=400,
                                    log_file=isolated_dirs / "server.log")
    from PySide6.QtWidgets import QApplication

    i18n = I18n(QApplication.instance(), paths.translations_dir(), isolated_dirs / "qm")
    ctrl = AppController(core, UiSettings(str(isolated_dirs / "ui.ini")), i18n)
    try:
        ctrl.start()
        view = ctrl.login_view
        qtbot.waitUntil(lambda: view.local_radio.isChecked(), timeout=5000)
        # a fresh PC: the demo server and its data are prepared in the background, then the accounts offered
        qtbot.waitUntil(lambda: view.demo_list.count() == 5, timeout=60000)
        assert core.local_server.running and "siap" in view.message.text()
        first = view.demo_list.item(0)
        assert first.text().startswith("Pejabat Pengadaan (PP)")
        view.demo_list.itemDoubleClicked.emit(first)
        assert view.password_edit.text() == "demo-1"
        with qtbot.waitSignal(ctrl.login.logged_in, timeout=60000):
            view.login_button.click()
        window = ctrl.window
        assert window is not None and window.isVisible() and window.current_key() == "catalog"
        assert core.services.sync.connected
        # an online login starts a sync at once (first run: the catalog replica is filled in the background);
        # its result arrives by queued signal, so connecting now cannot miss it
        finished: list[object] = []
        window.status.sync_finished.connect(finished.append)
        assert window.status.state == "syncing"
        qtbot.waitUntil(lambda: bool(finished), timeout=60000)
        assert not isinstance(finished[0], BaseException), finished[0]
        screen = window.screen_for("catalog")  # re-activated after the sync: filters and results reloaded
        qtbot.waitUntil(lambda: screen.controller.model.rowCount() > 0, timeout=20000)
        qtbot.waitUntil(lambda: screen.view.category.count() > 1, timeout=20000)  # choices load in parallel
        qtbot.waitUntil(lambda: "Sinkron terakhir" in window.status_view.last_sync_label.text(), timeout=10000)
        window.logout_requested.emit()
        assert view.isVisible() and core.session.current_user is None
    finally:
        ctrl.shutdown()
    assert not core.local_server.running
