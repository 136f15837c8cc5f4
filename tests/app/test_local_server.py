"""The embedded demo server: demo data once, accounts remembered, stops with the app — even a killed one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import requests

from desktop.app.local_server import ACCOUNTS_FILE, LocalServer
from tests.platforms import POSIX_ONLY

CHILD = """
import sys, time
from pathlib import Path
from desktop.app.local_server import LocalServer
ls = LocalServer(Path(sys.argv[1]), products=300)
print(ls.ensure_started(), flush=True)
time.sleep(120)
"""


def test_start_remember_accounts_and_stop(tmp_path):
    ls = LocalServer(tmp_path / "srv", products=300)
    progress: list[str] = []
    try:
        url = ls.ensure_started(progress.append)
        assert requests.get(url + "/v1/sync/meta", timeout=5).status_code == 200
        assert any("data demo" in p for p in progress)
        saved = json.loads((tmp_path / "srv" / ACCOUNTS_FILE).read_text())
        assert saved and all("password" in a for a in saved)
        assert ls.ensure_started() == url  # already running: same server
        roles = [a.role.value for a in ls.demo_accounts()]
        assert roles == ["PP", "PPK", "BENDAHARA", "PPTK", "PA_KPA"]
    finally:
        ls.stop()
    assert not ls.running
    # a second start reuses the demo data (no "Membuat data demo" step)
    again: list[str] = []
    try:
        ls.ensure_started(again.append)
        assert not any("data demo" in p for p in again)
    finally:
        ls.stop()


@POSIX_ONLY
def test_server_exits_when_the_app_is_killed(tmp_path):
    app = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "srv")], stdout=subprocess.PIPE, text=True,
                           env={**os.environ, "PYTHONPATH": os.getcwd()})
    url = app.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:")
    assert requests.get(url + "/v1/sync/meta", timeout=5).status_code == 200
    app.send_signal(signal.SIGKILL)  # no cleanup code runs in the app
    app.wait()
    deadline = time.monotonic() + 15
    alive = True
    while alive and time.monotonic() < deadline:
        try:
            requests.get(url + "/v1/sync/meta", timeout=0.5)
            time.sleep(0.2)  # polling the orphan's port; the watchdog checks its parent every second
        except requests.RequestException:
            alive = False
    assert not alive, "the demo server outlived the app"


def test_frozen_build_runs_the_sibling_server_executable(tmp_path, monkeypatch):
    import sys as _sys

    from desktop.app import local_server as ls

    app = tmp_path / "blangkon"
    monkeypatch.setattr(_sys, "frozen", True, raising=False)
    monkeypatch.setattr(_sys, "executable", str(app))
    server = ls.LocalServer(tmp_path / "srv")
    cmd = server._cmd("serve", "--port", "1")
    expected = "blangkon-server.exe" if _sys.platform.startswith("win") else "blangkon-server"
    assert cmd == [str(tmp_path.resolve() / expected), "serve", "--port", "1"]
    assert ls.server_executable(str(app), "win32").name == "blangkon-server.exe"
    assert ls.server_executable(str(app), "linux").name == "blangkon-server"


def test_from_source_keeps_the_python_c_launch(tmp_path, monkeypatch):
    import sys as _sys

    from desktop.app import local_server as ls

    monkeypatch.delattr(_sys, "frozen", raising=False)
    cmd = ls.LocalServer(tmp_path / "srv", python="/py")._cmd("serve")
    assert cmd[:2] == ["/py", "-c"] and cmd[-1] == "serve"
