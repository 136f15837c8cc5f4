"""The real `python -m desktop` entry point: starts, logs, and quits cleanly on SIGTERM (stopping its lanes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_starts_and_quits_on_sigterm(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var)
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"),
                             "--server", "http://127.0.0.1:9"], env=env, cwd=Path(__file__).resolve().parents[2],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = tmp_path / "XDG_STATE_HOME" / "blangkon-desktop" / "log" / "blangkon.log"
    deadline = time.monotonic() + 30
    while not (log.is_file() and "ready: login usable" in log.read_text(encoding="utf-8")):  # store open
        assert proc.poll() is None, proc.stdout.read()
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.1)  # polling another process's log file
    assert (tmp_path / "data" / "blangkon.db").is_file()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0, proc.stdout.read()
    assert not (tmp_path / "data" / "server").exists()  # --server given: no embedded demo server
    assert "exit 0" in log.read_text(encoding="utf-8")  # aboutToQuit ran: lanes and store closed
