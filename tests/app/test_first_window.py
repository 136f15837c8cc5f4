"""The start in two steps (#13.20): the login window is shown before the app behind it is loaded, says it is
getting ready with "Masuk" waiting, keeps what the officer types meanwhile, and becomes a working login once the
store is open. The real `python -m desktop` logs the two moments in that order (timed in tests/bench)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app import bootstrap, first_window
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.ui import settings as ui_options
from desktop.ui.i18n import I18n
from desktop.ui.login import LoginView
from desktop.ui.settings import UiSettings


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    return tmp_path


def test_the_window_waits_for_the_app_and_keeps_what_was_typed(qtbot, dirs):
    ui = UiSettings(str(dirs / "ui.ini"))
    ui.set(ui_options.LAST_USERNAME, "sri.pp")
    view = LoginView()
    qtbot.addWidget(view)
    first_window.preparing(view, ui)
    view.show()
    assert view.username_edit.text() == "sri.pp"  # the last officer's name, at once
    assert not view.login_button.isEnabled() and "Menyiapkan" in view.message.text()
    assert view.password_edit.isEnabled()  # typing may start before the app is loaded
    view.username_edit.setText("budi.ppk")
    qtbot.keyClicks(view.password_edit, "rahasia")

    core = bootstrap.build_core(dirs / "data", with_local_server=False)
    i18n = I18n(QApplication.instance(), resource_path("translations"), dirs / "qm")
    ctrl = AppController(core, ui, i18n, login_view=view)
    try:
        assert ctrl.login_view is view
        qtbot.waitUntil(view.login_button.isEnabled)  # once the saved server choice is shown
        assert "Menyiapkan" not in view.message.text()
        assert view.username_edit.text() == "budi.ppk" and view.password_edit.text() == "rahasia"
    finally:
        ctrl.shutdown()


def _log_lines(home: Path) -> list[str]:
    found = sorted(home.rglob("blangkon.log"))
    return found[0].read_text(encoding="utf-8").splitlines() if found else []


def test_the_app_shows_the_window_first_then_makes_the_login_usable(dirs):
    env = dict(os.environ, HOME=str(dirs), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(dirs / "data"),
                             "--server", "http://127.0.0.1:9"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not any(first_window.READY_USABLE in line for line in _log_lines(dirs)):
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
            assert time.monotonic() < deadline, "the login never became usable"
            time.sleep(0.05)  # polling another process's log file: no Qt signal to wait on
        lines = _log_lines(dirs)
        shown = next(i for i, line in enumerate(lines) if first_window.READY_SHOWN in line)
        usable = next(i for i, line in enumerate(lines) if first_window.READY_USABLE in line)
        assert shown < usable
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
