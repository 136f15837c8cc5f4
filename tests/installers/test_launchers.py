"""The frozen entry points: `blangkon -c "...sync.server.cli..." ARGS` is handed to the bundled blangkon-server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.platforms import POSIX_ONLY

pytestmark = POSIX_ONLY

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "installers" / "pyinstaller" / "launch_blangkon.py"
LAUNCH = "import sys; from sync.server.cli import main; sys.exit(main(sys.argv[1:]))"  # as local_server.py does


def run_bridge(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    driver = (
        "import runpy, sys\n"
        f"sys.executable = {str(folder / 'blangkon')!r}\n"
        f"mod = runpy.run_path({str(LAUNCHER)!r}, run_name='launcher')\n"
        f"sys.exit(mod['server_bridge'](['blangkon', *{list(argv)!r}]) or 0)\n"
    )
    return subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX exec bridge")
def test_server_launch_is_replaced_by_the_bundled_server(tmp_path):
    server = tmp_path / "blangkon-server"
    server.write_text('#!/bin/sh\necho "server got: $*"\nexit 7\n', encoding="utf-8")
    server.chmod(0o755)
    done = run_bridge(tmp_path, "-c", LAUNCH, "serve", "--host", "127.0.0.1", "--port", "8765")
    assert done.stdout.strip() == "server got: serve --host 127.0.0.1 --port 8765"
    assert done.returncode == 7  # the caller sees the server's own exit status


def test_missing_server_is_explained(tmp_path):
    done = run_bridge(tmp_path, "-c", LAUNCH, "serve")
    assert done.returncode == 2 and "blangkon-server" in done.stderr


def test_other_arguments_go_to_the_app(tmp_path):
    done = run_bridge(tmp_path, "--self-test")
    assert done.returncode == 0 and not done.stderr  # None: cli.main handles it
    done = run_bridge(tmp_path, "-c", "print('anything else')")
    assert done.returncode == 0
