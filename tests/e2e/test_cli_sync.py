"""`blangkon sync` as a real process against the real server, including kill -9 mid-snapshot (SYNC.md §9.5, §9.9)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.platforms import POSIX_ONLY
from tests.server.live import ROOT, start_server
from tests.sync.faultproxy import STALL, Fault, FaultProxy
from tests.sync.kit import ServerView
from tests.sync.server_side import change_products, rebuild_snapshot

OPD = "33.00-DINKES"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=2000, seed=21)
    yield srv
    srv.stop()


def blangkon_sync(url: str, account: dict, data_dir, *extra: str, password: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "BLANGKON_PASSWORD": password or account["password"]}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop.app.cli", "sync", "--server", url, "--username", account["username"],
         "--data-dir", str(data_dir), "--json", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def replica_totals(db) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        rows = dict(conn.execute("SELECT key, value FROM sync_state WHERE key IN ('catalog_count', 'catalog_checksum')"))
        return int(json.loads(rows["catalog_count"])), int(json.loads(rows["catalog_checksum"]))
    finally:
        conn.close()


def test_cli_sync_reports_and_exits_zero(live, tmp_path):
    account = live.account("PP", OPD)
    proc = blangkon_sync(live.url, account, tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    report = json.loads(out)
    head = ServerView(live).catalog_head()
    assert report["status"] == "ok" and report["catalog_mode"] == "snapshot"
    assert (report["catalog_count"], report["catalog_checksum"]) == (head["count"], head["checksum"])
    assert replica_totals(tmp_path / "blangkon.db") == (head["count"], head["checksum"])
    assert "keyring" in err  # no usable keyring in tests: said so, and nothing was written in clear
    assert not any(p.suffix in (".cfg", ".txt") for p in tmp_path.rglob("*"))


def test_cli_wrong_password_exits_2(live, tmp_path):
    proc = blangkon_sync(live.url, live.account("PP", OPD), tmp_path, password="salah-sekali")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "Login gagal" in err


@POSIX_ONLY
def test_client_killed_mid_snapshot_resumes_on_the_next_run(live, tmp_path):
    product = ServerView(live).products()[0]
    change_products(live, [product], price=product["price"] + 7)
    manifest = rebuild_snapshot(live, rows_per_chunk=400)
    assert len(manifest["chunks"]) >= 5
    account = live.account("PP", OPD)
    with FaultProxy("127.0.0.1", live.port) as proxy:
        # chunk 3 never answers: the client has loaded chunks 0–2 (or is loading 2) when we kill it
        proxy.add(Fault(STALL, lambda m, path: path.endswith("/chunks/3.ndjson.gz")))
        proc = blangkon_sync(proxy.url, account, tmp_path)
        assert proxy.triggered.wait(60), "client never asked for chunk 3"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        proxy.clear()
    conn = sqlite3.connect(tmp_path / "blangkon.db")
    applied = {r[0] for r in conn.execute("SELECT n FROM snapshot_chunk WHERE applied = 1")}
    live_rows = conn.execute("SELECT count(*) FROM product").fetchone()[0]
    conn.close()
    assert applied and 3 not in applied and live_rows == 0  # nothing half-swapped into the live table
    proc = blangkon_sync(live.url, account, tmp_path)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    head = ServerView(live).catalog_head()
    assert replica_totals(tmp_path / "blangkon.db") == (head["count"], head["checksum"])
    chunk_gets = json.loads(out)
    assert chunk_gets["catalog_mode"] == "snapshot"
