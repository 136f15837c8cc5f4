"""The embedded demo server: `blangkon-server serve` as a child process on a free loopback port.

First run creates demo data (`blangkon-server demo-data --products N --seed 1 --json`) in a folder under the
user's data dir and remembers the demo accounts in `demo_accounts.json`, so the login screen can offer them.
The child is started with this interpreter (`python -c "from sync.server.cli import main; ..."`) so it works in
a venv without PATH set up; a frozen build runs the sibling `blangkon-server` executable with the same arguments.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from desktop.ui.login import DemoAccount
from sync.protocol import Role

log = logging.getLogger(__name__)

ACCOUNTS_FILE = "demo_accounts.json"
READY_TIMEOUT_S = 60.0
DEMO_ROLES_OFFERED = (Role.PP, Role.PPK, Role.BENDAHARA, Role.PPTK, Role.PA_KPA)
# The child watches its parent: if the desktop app dies without stopping it (killed, crashed), the demo server
# exits too instead of lingering on a port. (PR_SET_PDEATHSIG would fire when the *thread* that started it ends,
# and our I/O lane threads come and go.)
_LAUNCH = (
    "import os, sys, threading, time\n"
    "parent = os.getppid()\n"
    "def watch():\n"
    "    while os.getppid() == parent:\n"
    "        time.sleep(1)\n"
    "    os._exit(0)\n"
    "threading.Thread(target=watch, daemon=True).start()\n"
    "from sync.server.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


class LocalServerError(RuntimeError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pick_demo_accounts(accounts: list[dict[str, Any]]) -> list[DemoAccount]:
    """One account per offered role, all from the first OPD that has them (so they can work on one order)."""
    by_opd: dict[str, dict[str, dict[str, Any]]] = {}
    for acc in accounts:
        if acc.get("opd_id"):
            by_opd.setdefault(acc["opd_id"], {})[acc["role"]] = acc
    for roles in by_opd.values():
        if all(r.value in roles for r in DEMO_ROLES_OFFERED):
            return [DemoAccount(roles[r.value]["username"], roles[r.value]["password"], r,
                                roles[r.value].get("full_name", ""), roles[r.value].get("opd_name", ""))
                    for r in DEMO_ROLES_OFFERED]
    return [DemoAccount(a["username"], a["password"], Role(a["role"])) for a in accounts[:6]]


def server_executable(app_executable: str | None = None, platform: str | None = None) -> Path:
    """The `blangkon-server` executable beside the frozen app's own (`blangkon-server.exe` on Windows)."""
    name = "blangkon-server.exe" if (platform or sys.platform).startswith("win") else "blangkon-server"
    return Path(app_executable or sys.executable).resolve().parent / name


class LocalServer:
    def __init__(self, data_dir: Path, *, products: int = 20_000, seed: int = 1, log_file: Path | None = None,
                 python: str = sys.executable) -> None:
        self.data_dir = Path(data_dir)
        self.products = products
        self.seed = seed
        self.python = python
        self.log_file = log_file or self.data_dir / "server.log"
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    # --- LocalServerPort -----------------------------------------------------------------------------------------
    def demo_accounts(self) -> list[DemoAccount]:
        path = self.data_dir / ACCOUNTS_FILE
        try:
            accounts = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        return pick_demo_accounts(accounts)

    def ensure_started(self, progress: Callable[[str], None] | None = None) -> str:
        report = progress or (lambda _msg: None)
        with self._lock:
            if self._proc is not None and self._proc.poll() is None and self.url:
                return self.url
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if not (self.data_dir / ACCOUNTS_FILE).is_file():
                report(f"Membuat data demo ({self.products:,} produk; hanya sekali)…".replace(",", "."))
                self._create_demo_data()
            report("Menjalankan server demo lokal…")
            self._start()
            return self.url

    def stop(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # --- internals -----------------------------------------------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["BLANGKON_SERVER_DATA_DIR"] = str(self.data_dir)
        env.pop("QT_QPA_PLATFORM", None)
        return env

    def _cmd(self, *args: str) -> list[str]:
        if getattr(sys, "frozen", False):
            # a frozen build has no interpreter to hand `-c` to: the installer ships `blangkon-server` next to
            # the app's own executable
            return [str(server_executable()), *args]
        return [self.python, "-c", _LAUNCH, *args]

    def _create_demo_data(self) -> None:
        cmd = self._cmd("demo-data", "--data-dir", str(self.data_dir), "--products", str(self.products),
                        "--seed", str(self.seed), "--json", "--snapshot")
        proc = subprocess.run(cmd, env=self._env(), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            log.error("demo-data failed: %s", proc.stderr[-2000:])
            raise LocalServerError(
                "Data demo server lokal tidak dapat dibuat. Periksa ruang disk di folder data, lalu coba lagi; "
                f"rincian ada di {self.log_file}.")
        report = _last_json(proc.stdout)
        accounts = report.get("accounts", []) if isinstance(report, dict) else []
        opd_names = report.get("opd_names", {}) if isinstance(report, dict) else {}
        for acc in accounts:
            acc.setdefault("opd_name", opd_names.get(acc.get("opd_id"), ""))
        (self.data_dir / ACCOUNTS_FILE).write_text(json.dumps(accounts, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")

    def _start(self) -> None:
        port = free_port()
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as out:
            self._proc = subprocess.Popen(
                self._cmd("serve", "--data-dir", str(self.data_dir), "--host", "127.0.0.1",
                          "--port", str(port)), env=self._env(),
                stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + READY_TIMEOUT_S
        with requests.Session() as http:
            while time.monotonic() < deadline:
                if self._proc.poll() is not None:
                    raise LocalServerError(
                        f"Server demo lokal berhenti saat dijalankan. Lihat {self.log_file}, lalu coba lagi "
                        "atau isi alamat server provinsi.")
                try:
                    http.get(url + "/v1/sync/meta", timeout=(0.5, 2))
                except requests.RequestException:
                    time.sleep(0.1)  # worker thread only: waiting for the child to bind its port
                    continue
                self.url = url
                return
        self.stop()
        raise LocalServerError("Server demo lokal tidak menjawab dalam 60 detik. Tutup aplikasi lalu coba lagi.")


def _last_json(text: str) -> Any:
    """The JSON report of `demo-data --json` (the last line that parses), tolerating log lines before it."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    for line in reversed(text.strip().splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return {}
