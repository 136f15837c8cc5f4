"""Frozen entry point of `blangkon` (the desktop app and its sub-commands, including --self-test).

A frozen app has no Python interpreter behind sys.executable. Code that starts the bundled server the way it does
from source — `[sys.executable, "-c", "...sync.server.cli...", ARGS]` (desktop/app/local_server.py) — is
redirected here to `blangkon-server ARGS` next to this executable. On POSIX the process is replaced (os.execv), so
the caller's Popen handle, terminate() and exit code belong to the server itself. On Windows that is not possible
without leaving an orphan server behind, so the caller must start blangkon-server.exe directly (see
docs/INSTALL.md); this bridge then explains that and exits with status 2.
"""

import multiprocessing
import os
import sys
from pathlib import Path

SERVER_MODULE = "sync.server.cli"


def server_bridge(argv: list[str]) -> int | None:
    if len(argv) < 3 or argv[1] != "-c" or SERVER_MODULE not in argv[2]:
        return None
    suffix = ".exe" if sys.platform == "win32" else ""
    server = Path(sys.executable).resolve().with_name(f"blangkon-server{suffix}")
    if sys.platform == "win32" or not server.is_file():
        print(f"Blangkon: server demo harus dijalankan sebagai {server} (bukan lewat 'blangkon -c'). "
              "Pasang ulang aplikasi atau laporkan ke admin TI.", file=sys.stderr)
        return 2
    os.execv(str(server), [str(server), *argv[3:]])
    return 2  # not reached


if __name__ == "__main__":
    multiprocessing.freeze_support()
    bridged = server_bridge(sys.argv)
    if bridged is not None:
        sys.exit(bridged)
    from desktop.app.cli import main

    sys.exit(main())
