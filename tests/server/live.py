"""Start a real `blangkon-server serve` on a free loopback port — shared with tests/sync and tests/e2e.

Usage::

    from tests.server.live import start_server
    srv = start_server(tmp_path)                    # SQLite in tmp_path, 2,000 demo products, seed 1
    srv = start_server(tmp_path, db_url=PG_URL)     # a fresh PostgreSQL schema, dropped again by stop()
    srv.url                                         # "http://127.0.0.1:PORT"
    srv.accounts                                    # [{"username", "role", "opd_id", "password"}, ...]
    srv.account("PPK", opd_id=None)                 # first matching demo account
    srv.token("PPK")                                # a fresh access token for that account
    srv.stop()                                      # SIGTERM, wait; srv.kill9() for SIGKILL
    srv.restart()                                   # same DB and port, e.g. after kill9()
    srv.cli("audit", "verify")                      # blangkon-server … --db/--data-dir of this server (subprocess)
    srv.cli_inproc("users", "list")                 # the same, in-process (fast)
    serve_existing(db_url, data_dir, accounts)      # serve an already-populated database (benchmarks)

`env` adds environment variables for the server process; `crash_after_commit="mark-"` starts it through
tests/server/crash_after_commit.py, which dies like `kill -9` after committing a command whose key has that prefix.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
SERVER = [sys.executable, "-m", "sync.server.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pg_schema_url(base_url: str, schema: str) -> str:
    """The same PostgreSQL database with `search_path` pinned to `schema` (via libpq options)."""
    sep = "&" if "?" in base_url else "?"
    return f"{base_url}{sep}options=-csearch_path%3D{schema}"


def _pg(base_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(base_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(sql)


def fresh_pg_schema(base_url: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _pg(base_url, f"CREATE SCHEMA {schema}")
    return schema, pg_schema_url(base_url, schema)


def drop_pg_schema(base_url: str, schema: str) -> None:
    _pg(base_url, f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SERVER, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, check=False)


@dataclass
class LiveServer:
    url: str
    proc: subprocess.Popen[bytes]
    db_url: str
    data_dir: Path
    port: int
    accounts: list[dict[str, Any]]
    env: dict[str, str] = field(default_factory=dict)
    crash_after_commit: str | None = None  # key prefix for the kill-after-commit test hook (None: plain server)
    clock_file: Path | None = None  # run on a shifted clock (tests/server/shifted_clock.py)
    pg_base: str | None = None
    pg_schema: str | None = None
    _tokens: dict[str, str] = field(default_factory=dict)

    def account(self, role: str, opd_id: str | None = None, index: int = 0) -> dict[str, Any]:
        found = [a for a in self.accounts if a["role"] == role and (opd_id is None or a["opd_id"] == opd_id)]
        return found[index]

    def login(self, username: str, password: str) -> dict[str, Any]:
        r = requests.post(f"{self.url}/v1/auth/token", json={"grant_type": "password", "username": username,
                                                             "password": password}, timeout=30)
        r.raise_for_status()
        return dict(r.json())

    def token(self, role: str, opd_id: str | None = None, index: int = 0) -> str:
        acc = self.account(role, opd_id, index)
        if acc["username"] not in self._tokens:
            self._tokens[acc["username"]] = self.login(acc["username"], acc["password"])["access_token"]
        return self._tokens[acc["username"]]

    def headers(self, role: str, opd_id: str | None = None, index: int = 0) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, opd_id, index)}"}

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `blangkon-server ARGS --db … --data-dir …` as a real subprocess."""
        return run_cli(*args, "--db", self.db_url, "--data-dir", str(self.data_dir))

    def cli_inproc(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The same CLI in this process (no interpreter start-up: fast for tests)."""
        from sync.server.cli import main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, "--db", self.db_url, "--data-dir", str(self.data_dir)])
        return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())

    workers: int = 1
    serve_args: tuple[str, ...] = ()  # more `serve` options (e.g. --accel-redirect, --trusted-proxy)

    def _launch(self) -> None:
        # stderr goes to a file: a pipe nobody reads would block a server that logs a lot
        with self._open_log() as log:
            self.proc = subprocess.Popen(
                [*self.command, "serve", "--db", self.db_url, "--data-dir", str(self.data_dir), "--port", str(self.port),
                 "--workers", str(self.workers), *self.serve_args],
                cwd=ROOT, env={**os.environ, **self.env}, stdout=subprocess.DEVNULL, stderr=log)
        wait_ready(self.url, self.proc, self.log_path)

    @property
    def command(self) -> list[str]:
        if self.clock_file is not None:
            return [sys.executable, "-m", "tests.server.shifted_clock", str(self.clock_file)]
        if self.crash_after_commit is None:
            return SERVER
        return [sys.executable, "-m", "tests.server.crash_after_commit", self.crash_after_commit]

    @property
    def log_path(self) -> Path:
        return self.data_dir / "server-stderr.log"

    def _open_log(self) -> Any:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return open(self.log_path, "ab")  # the child keeps its own copy of the descriptor

    def stderr_tail(self, limit: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-limit:] if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.pg_base and self.pg_schema:
            drop_pg_schema(self.pg_base, self.pg_schema)
            self.pg_schema = None

    def kill9(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs either way
        self.proc.wait()

    def restart(self, env: dict[str, str] | None = None) -> None:
        if self.proc.poll() is None:
            self.kill9()
        if env is not None:
            self.env = env
        self._launch()


def listens(pid: int, port: int) -> bool | None:
    """Whether process `pid` holds the socket listening on 127.0.0.1:`port` (Linux /proc); None where that
    cannot be read (the check is then skipped)."""
    try:
        rows = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return None
    inodes = {r[9] for r in rows if len(r) > 9 and r[3] == "0A" and int(r[1].rsplit(":", 1)[1], 16) == port}
    held = set()
    for fd in fds:
        with contextlib.suppress(OSError):
            held.add(os.readlink(fd))
    return any(f"socket:[{inode}]" in held for inode in inodes)


def wait_ready(url: str, proc: subprocess.Popen[bytes], log_path: Path | None = None, deadline_s: float = 60) -> None:
    """Poll /v1/sync/meta until it answers; fail early (with the server's stderr) if the process died."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = log_path.read_text(errors="replace") if log_path and log_path.exists() else ""
            raise RuntimeError(f"blangkon-server exited with {proc.returncode}:\n{err[-4000:]}")
        try:
            # the answer must come from this process: free_port() only reserves a number, so another worker's
            # server (or a test that brings one back on a 'dead' port) may answer there while ours fails to bind
            # — a test would then log in to someone else's server (seen once: test_quit_during_sync's first sync
            # never began in a full run)
            if requests.get(f"{url}/v1/sync/meta", timeout=2).status_code == 200 and \
                    listens(proc.pid, int(url.rsplit(":", 1)[1].split("/")[0])) is not False:
                return
        except requests.RequestException:
            pass
        time.sleep(0.05)  # polling interval while waiting for the socket, not a timing assumption
    raise TimeoutError(f"blangkon-server did not answer on {url} within {deadline_s} s")


def serve_existing(db_url: str, data_dir: Path, accounts: list[dict[str, Any]], workers: int = 1,
                   env: dict[str, str] | None = None, clock_file: Path | None = None) -> LiveServer:
    """Serve a database that is already populated (benchmarks); stop() does not drop anything."""
    port = free_port()
    srv = LiveServer(url=f"http://127.0.0.1:{port}", proc=None, db_url=db_url,  # type: ignore[arg-type]
                     data_dir=Path(data_dir), port=port, accounts=accounts, env=dict(env or {}), workers=workers,
                     clock_file=clock_file)
    srv._launch()
    return srv


def start_server(tmp_path: Path, db_url: str | None = None, products: int = 2000, seed: int = 1,
                 env: dict[str, str] | None = None, crash_after_commit: str | None = None,
                 workers: int = 1, serve_args: tuple[str, ...] = (),
                 clock_file: Path | None = None) -> LiveServer:
    """Create a demo database (SQLite in tmp_path, or a fresh schema of the PostgreSQL at `db_url`) and serve it."""
    data_dir = Path(tmp_path) / "server-data"
    pg_base = pg_schema = None
    if db_url and db_url.startswith("postgresql"):
        pg_base = db_url
        pg_schema, db_url = fresh_pg_schema(db_url)
    db_url = db_url or f"sqlite:///{data_dir / 'server.db'}"
    try:
        made = run_cli("demo-data", "--db", db_url, "--data-dir", str(data_dir), "--products", str(products),
                       "--seed", str(seed), "--json", "--snapshot")
        if made.returncode != 0:
            raise RuntimeError(f"demo-data failed:\n{made.stderr[-4000:]}")
        accounts = json.loads(made.stdout.strip().splitlines()[-1])["accounts"]
        port = free_port()
        srv = LiveServer(url=f"http://127.0.0.1:{port}", proc=None, db_url=db_url,  # type: ignore[arg-type]
                         data_dir=data_dir, port=port, accounts=accounts, env=dict(env or {}), pg_base=pg_base,
                         pg_schema=pg_schema, crash_after_commit=crash_after_commit, workers=workers,
                         serve_args=serve_args, clock_file=clock_file)
        srv._launch()
        return srv
    except BaseException:
        if pg_base and pg_schema:
            drop_pg_schema(pg_base, pg_schema)
        raise
