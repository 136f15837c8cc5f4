"""Time to the login window (#13.20): a fresh start, a start after a clean quit, and the first start after the
app was killed with kill -9 while an officer worked (logged in, catalog synced from the demo server, a draft
being typed).

    python -m tests.bench startup            (default 20,000 demo products, like the app)
    python -m tests.bench.bench_startup --startup-products=5000 --startup-repeat=3

Each start is a fresh `python -m desktop` process (imports included) under a throwaway HOME; the time is taken
from spawning the process to the app's log line "ready: login window shown" (logged from inside the event loop
right after the window is shown). The kill -9 scenario runs the real app wiring in a child that logs in as the
demo PP, syncs, saves a draft, keeps typing into it, and is killed mid-way; the demo server it started is left
as a killed app leaves it. Figures are printed with the load average (the machine is shared).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from keyring.backend import KeyringBackend

DEFAULT_PRODUCTS = 20_000
TARGET_S = 3.0
READY = "ready: login window shown"  # desktop.app.first_window.READY_SHOWN
USABLE = "ready: login usable"  # desktop.app.first_window.READY_USABLE
STARTUP_TIMEOUT_S = 120.0

# The officer's session, in a child process: real wiring (build_core + AppController), log in as the demo PP,
# sync the catalog, make a draft and keep editing it until killed.
_SESSION = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from desktop.app import paths
from desktop.app.bootstrap import build_core
from desktop.app.gui import AppController, application, load_style
from desktop.services.catalog_view import CatalogFilter
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings

def wait_for(predicate, timeout_s=600.0):
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"session step timed out; the login window says {ctrl.login_view.message.text()!r}")
        QTimer.singleShot(20, loop.quit)
        loop.exec()

app = application()
load_style(app)
data = Path(sys.argv[1])
core = build_core(data, demo_products=int(sys.argv[2]))
ctrl = AppController(core, UiSettings(), I18n(app, paths.translations_dir(), paths.cache_dir() / "translations"))
core.local_server.ensure_started()
ctrl.start()
account = core.local_server.demo_accounts()[0]
view = ctrl.login_view
wait_for(lambda: view.local_radio.isChecked() and view.login_button.isEnabled(), 60)
view.username_edit.setText(account.username)
view.password_edit.setText(account.password)
view.login_button.click()
wait_for(lambda: ctrl.window is not None and ctrl.window.isVisible(), 60)
done = []
ctrl.window.status.sync_finished.connect(done.append)
ctrl.window.status.sync_now()
wait_for(lambda: bool(done))
orders = core.services.orders
product = core.services.catalog.search(CatalogFilter(text="kertas")).ids[0]
draft = orders.create_draft(product, 3)
print("SESSION READY", flush=True)
n = 0
while True:  # the officer keeps typing the address: a write every few milliseconds until the kill
    n += 1
    orders.update_fields(draft.id, delivery_address=f"Jl. Pemuda No. {n}, Semarang")
    QTimer.singleShot(5, lambda: None)
    app.processEvents()
"""


class FileKeyring(KeyringBackend):
    """The bench's stand-in for the desktop's OS keyring: a JSON file named by $BLANGKON_BENCH_KEYRING, so the
    killed session and the restarted app share keys and tokens like one officer's PC (this machine has no
    keyring daemon). Selected with PYTHON_KEYRING_BACKEND=tests.bench.bench_startup.FileKeyring."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["BLANGKON_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\x00{username}", None)
        self._path().write_text(json.dumps(data), encoding="utf-8")


def _arg(argv: list[str], name: str, default: int) -> int:
    for a in argv:
        if a.startswith(f"--{name}="):
            return int(a.split("=", 1)[1])
    return int(os.environ.get(f"BLANGKON_BENCH_{name.upper().replace('-', '_')}", default))


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
               QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND=f"{__name__}.FileKeyring",
               BLANGKON_BENCH_KEYRING=str(home / "keyring.json"))
    if __name__ in ("__main__", "tests.bench.bench_startup"):  # run as a script: the children import this module by its package name
        env["PYTHON_KEYRING_BACKEND"] = "tests.bench.bench_startup.FileKeyring"
    env.pop("BLANGKON_DATA_DIR", None)
    return env


def _log_file(home: Path) -> Path:
    found = sorted(home.rglob("blangkon.log"))
    return found[0] if found else Path("/nonexistent")


def _count(home: Path, line: str) -> int:
    try:
        return _log_file(home).read_text(encoding="utf-8", errors="replace").count(line)
    except OSError:
        return 0


def time_to_login_window(home: Path, data: Path, products: int
                         ) -> tuple[float, float, subprocess.Popen[bytes]]:
    """Spawn the app; seconds until it logs that the login window is shown, and until the login works (the
    app loaded behind the window, store open); the process keeps running."""
    shown_before, usable_before = _count(home, READY), _count(home, USABLE)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "--demo-products",
                             str(products)], env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = started + STARTUP_TIMEOUT_S
    shown = 0.0
    while _count(home, USABLE) <= usable_before:
        if not shown and _count(home, READY) > shown_before:
            shown = time.perf_counter() - started
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with {proc.returncode} before the login was ready")
        if time.perf_counter() > deadline:
            proc.kill()
            raise TimeoutError("no login window within the timeout")
        time.sleep(0.01)
    usable = time.perf_counter() - started
    return shown or usable, usable, proc


def quit_cleanly(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)  # the app quits cleanly on SIGTERM once its event loop runs
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def killed_session(home: Path, data: Path, products: int) -> None:
    """Run the officer's session until it is working, then kill -9 it mid-write."""
    proc = subprocess.Popen([sys.executable, "-c", _SESSION, str(data), str(products)], env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "SESSION READY" in line:
            break
    else:
        raise RuntimeError(f"the session child ended early: {proc.stderr.read()[-2000:] if proc.stderr else ''}")
    time.sleep(0.5)  # a moment of typing: the kill lands between writes, the WAL holds uncheckpointed pages
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def report(name: str, shown: float, usable: float) -> None:
    print(f"{name}: window {shown:.2f} s, login usable {usable:.2f} s (target: window < {TARGET_S:.0f} s; "
          f"load {load()})", flush=True)


def main(argv: list[str]) -> None:
    products = _arg(argv, "startup-products", DEFAULT_PRODUCTS)
    repeat = _arg(argv, "startup-repeat", 1)
    for run in range(repeat):
        with tempfile.TemporaryDirectory(prefix="blangkon-bench-start-") as tmp:
            home, data = Path(tmp) / "home", Path(tmp) / "home" / "blangkon-data"
            print(f"run {run + 1}/{repeat}, {products} demo products, load before {load()}", flush=True)
            shown, usable, proc = time_to_login_window(home, data, products)
            quit_cleanly(proc)
            report("startup_fresh_data_folder", shown, usable)
            shown, usable, proc = time_to_login_window(home, data, products)
            quit_cleanly(proc)
            report("startup_after_clean_quit", shown, usable)
            killed_session(home, data, products)
            shown, usable, proc = time_to_login_window(home, data, products)
            quit_cleanly(proc)
            report("startup_first_after_kill_9", shown, usable)
            shown, usable, proc = time_to_login_window(home, data, products)
            quit_cleanly(proc)
            report("startup_second_after_kill_9", shown, usable)


if __name__ == "__main__":
    main(sys.argv[1:])
