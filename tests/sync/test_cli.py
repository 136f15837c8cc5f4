"""`blangkon sync` as a real process: no password without a terminal, a dead server (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.server.live import ROOT
from tests.sync.conftest import OPD
from tests.sync.faultproxy import STATUS, Fault, FaultProxy
from tests.sync.kit import Client, same_provider_products


def blangkon_sync(url: str, username: str, data_dir, *extra: str, password: str | None = None,
                  timeout: float = 120) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if k != "BLANGKON_PASSWORD"}
    if password is not None:
        env["BLANGKON_PASSWORD"] = password
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app.cli", "sync", "--server", url, "--username", username,
         "--data-dir", str(data_dir), "--quiet", *extra],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    return done, time.monotonic() - started


def test_no_password_and_no_terminal_exits_2_with_a_message(tmp_path):
    done, _ = blangkon_sync("http://127.0.0.1:9", "ppk.budi", tmp_path)
    assert done.returncode == 2, done.stderr
    assert "BLANGKON_PASSWORD" in done.stderr and "Traceback" not in done.stderr


def test_a_dead_server_ends_the_pass_within_the_budget_with_exit_4(live, view, tmp_path):
    pp = live.account("PP", OPD)
    client = Client(live.url, tmp_path)  # the same data folder the CLI uses: three drafts wait in its outbox
    try:
        client.login(pp)
        products = same_provider_products(view.products(), 2, skip=6)
        for _ in range(3):
            client.new_draft(pp["username"], products, OPD)
    finally:
        client.close()
    with FaultProxy("127.0.0.1", live.port) as proxy:
        proxy.add(Fault(STATUS, lambda m, p: not p.startswith(("/v1/sync/meta", "/v1/auth/")), status=503,
                        times=100_000))
        done, took = blangkon_sync(proxy.url, pp["username"], tmp_path, "--give-up-after", "3",
                                   password=pp["password"])
    assert done.returncode == 4, done.stderr
    assert "Server tidak dapat dihubungi" in done.stderr and "3 perintah" in done.stderr
    assert "Traceback" not in done.stderr
    assert took < 30  # 3 s of retrying plus start-up; without the budget each command spent its own retries
