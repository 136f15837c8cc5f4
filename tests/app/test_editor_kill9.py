"""#13.8 with a real kill: the editor types an address (no Tab, no Enter); once the mark says "tersimpan", the
process is killed with SIGKILL — and the address is in the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.db import Store
from tests.platforms import POSIX_ONLY
from tests.services.workflow_world import make_world

ROOT = Path(__file__).resolve().parents[2]
ADDRESS = "Jl. Pemuda No. 12, Semarang 50132"


@POSIX_ONLY
def test_what_the_mark_calls_saved_survives_kill_9(tmp_path):
    world = make_world(tmp_path)
    world.login("pp")
    order = world.draft()
    world.store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.app.editor_child", str(world.path), order.id, ADDRESS],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("SAVED"):
                break
        else:
            pytest.fail(f"the editor never said saved: {lines}")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert lines[0] == "TYPED Belum tersimpan — disimpan otomatis saat Anda berhenti mengetik", lines
    store = Store.open(world.path)
    try:
        with store.unit_of_work(readonly=True) as uow:
            assert uow.orders.require(order.id).delivery_address == ADDRESS
    finally:
        store.close()
