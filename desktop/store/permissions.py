"""Owner-only permissions for the data folder and the database files (UU PDP 27/2022: personal data at rest).

POSIX: folder 0700, files 0600. SQLite gives its -wal/-shm files the database file's mode, so creating the
database 0600 covers them. On Windows the per-user data folder (%LOCALAPPDATA%) is already private to the user
and chmod only toggles read-only, so these calls change nothing there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
_POSIX = sys.platform != "win32"


def secure_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if _POSIX and (path.stat().st_mode & 0o777) != DIR_MODE:
        os.chmod(path, DIR_MODE)


def secure_file(path: Path) -> None:
    """Tighten an existing file (and its SQLite -wal/-shm companions); a missing file is fine."""
    if not _POSIX:
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            if (candidate.stat().st_mode & 0o777) != FILE_MODE:
                os.chmod(candidate, FILE_MODE)
        except FileNotFoundError:
            continue


def create_private(path: Path) -> None:
    """Create `path` empty with mode 0600 before anything writes to it (no window where it is world-readable)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(fd)
    secure_file(path)
