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


def _offline_drafts(live, view, folder, n: int, skip: int) -> dict:
    """An officer who synced once, then drafted `n` orders offline; the pre-sync backup holds them."""
    pp = live.account("PP", OPD)
    client = Client(live.url, folder)
    try:
        client.login(pp)
        products = same_provider_products(view.products(), 2, skip=skip)
        for _ in range(n):
            client.new_draft(pp["username"], products, OPD)
        client.store.before_sync()
    finally:
        client.close()
    return pp


def test_a_zeroed_database_is_not_ok_and_the_drafts_are_restored_then_sent(live, view, tmp_path):
    pp = _offline_drafts(live, view, tmp_path, 5, skip=7)
    before = len(view.orders())
    (tmp_path / "blangkon.db").write_bytes(b"")  # bad luck: the file is truncated to 0 bytes
    for side in ("-wal", "-shm"):
        (tmp_path / f"blangkon.db{side}").unlink(missing_ok=True)
    done, _ = blangkon_sync(live.url, pp["username"], tmp_path, password=pp["password"])
    assert done.returncode == 6, done.stdout + done.stderr  # was 0 ("ok") with the five drafts gone
    assert "rusak" in done.stderr and "blangkon db restore" in done.stderr and "Traceback" not in done.stderr
    restored = subprocess.run([sys.executable, "-m", "desktop.app.cli", "db", "--data-dir", str(tmp_path), "restore"],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
    assert "5 draf" in restored.stdout and "5 perintah" in restored.stdout
    done, _ = blangkon_sync(live.url, pp["username"], tmp_path, password=pp["password"])
    assert done.returncode == 0, done.stderr
    assert len(view.orders()) == before + 5


def test_a_garbage_database_exits_6_without_a_traceback(tmp_path):
    (tmp_path / "blangkon.db").write_bytes(b"\x00garbage" * 4096)
    done, _ = blangkon_sync("http://127.0.0.1:9", "ppk.budi", tmp_path, password="x")
    assert done.returncode == 6 and "Traceback" not in done.stderr and "rusak" in done.stderr
    checked = subprocess.run([sys.executable, "-m", "desktop.app.cli", "db", "--data-dir", str(tmp_path), "restore"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 7 and "--fresh" in checked.stderr  # no backup: says so, deletes nothing


def test_a_full_disk_during_sync_keeps_the_outbox_and_says_so(live, view, tmp_path):
    from desktop.store.health import MAX_PAGES_ENV

    pp = _offline_drafts(live, view, tmp_path, 3, skip=8)
    pages = (tmp_path / "blangkon.db").stat().st_size // 4096 + 40  # room for the outbox, not for the catalog
    env_before = os.environ.get(MAX_PAGES_ENV)
    os.environ[MAX_PAGES_ENV] = str(pages)
    try:
        done, _ = blangkon_sync(live.url, pp["username"], tmp_path, password=pp["password"])
    finally:
        if env_before is None:
            os.environ.pop(MAX_PAGES_ENV)
        else:
            os.environ[MAX_PAGES_ENV] = env_before
    assert done.returncode == 5, done.stderr
    assert "Disk penuh" in done.stderr and "tetap utuh" in done.stderr and "Traceback" not in done.stderr
    import sqlite3

    conn = sqlite3.connect(tmp_path / "blangkon.db")
    rows = conn.execute("SELECT status, response IS NOT NULL FROM outbox").fetchall()
    conn.close()
    assert len(rows) == 3 and all(status in ("done", "pending") for status, _ in rows)
    assert all(has_response for status, has_response in rows if status == "done")
    done, _ = blangkon_sync(live.url, pp["username"], tmp_path, password=pp["password"])
    assert done.returncode == 0, done.stderr
