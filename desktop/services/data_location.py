"""Is a data folder safe for the local SQLite database? Network drives and Windows' 260-character path limit.

SQLite's WAL mode "does not work over a network filesystem" (https://www.sqlite.org/wal.html): a data folder on a
mapped drive, a UNC share (\\\\server\\share) or an SMB/NFS mount can corrupt the database or lose work when two PCs
or a flaky link meet. Officers' "Documents" folders are often redirected to a file server by group policy, so the
app checks and warns instead of trusting the default.

On Windows, paths longer than MAX_PATH (260 characters) fail unless the machine has LongPathsEnabled; a data
folder deep inside a synced profile can reach it once the app adds its own file names.

Everything OS-specific is injected (drive type, registry value, mount table), so every branch runs in tests on
Linux. The messages are Indonesian: they are shown by the self-test and by Settings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

# Longest file name the app writes inside the data folder (backups, WAL side files), plus the separator.
LONGEST_OWN_NAME = len("\\backups\\blangkon-2026-12-31T23-59-59.db-journal")
MAX_PATH = 260
DRIVE_REMOTE = 4  # GetDriveTypeW
NETWORK_FS_TYPES = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "fuse.sshfs",
                              "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "fuse.gvfsd-fuse"})


@dataclass(frozen=True)
class LocationReport:
    path: str
    network: bool = False
    long_path_risk: bool = False
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _windows_long_paths_enabled() -> bool:
    import winreg  # type: ignore[import-not-found, unused-ignore]

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined, unused-ignore]
                            r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            value, _ = winreg.QueryValueEx(key, "LongPathsEnabled")  # type: ignore[attr-defined, unused-ignore]
    except OSError:
        return False
    return bool(value)


def _linux_mounts() -> list[tuple[str, str]]:
    """(mount point, fs type) from /proc/self/mountinfo; empty where there is none (macOS, sandboxes)."""
    try:
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        left, _, right = line.partition(" - ")
        parts = left.split()
        if len(parts) >= 5 and right:
            point = parts[4].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
            mounts.append((point, right.split()[0]))
    return mounts


def is_unc(text: str) -> bool:
    """\\\\server\\share or \\\\?\\UNC\\server\\share (not the \\\\?\\C:\\ long-path form of a local drive)."""
    t = text.replace("/", "\\")
    if t.upper().startswith("\\\\?\\UNC\\"):
        return True
    return t.startswith("\\\\") and not t.startswith(("\\\\?\\", "\\\\.\\"))


def filesystem_type(path: str, mounts: Iterable[tuple[str, str]]) -> str:
    """The fs type of the longest mount point containing `path` ("" when unknown)."""
    best, best_type = "", ""
    target = os.path.normpath(path)
    for point, fstype in mounts:
        point = os.path.normpath(point)
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fstype
    return best_type


def check_location(path: str | os.PathLike[str], *, platform: str = sys.platform,
                   drive_type: Callable[[str], int] | None = None,
                   long_paths_enabled: Callable[[], bool] | None = None,
                   mounts: Iterable[tuple[str, str]] | None = None) -> LocationReport:
    """What is unsafe about keeping the database in `path`; `problems` are ready to show to an officer."""
    text = os.fspath(path)
    problems: list[str] = []
    network = False
    long_risk = False
    if platform == "win32":
        win = PureWindowsPath(text)
        if is_unc(text):
            network = True
        elif win.drive:
            network = (drive_type or _windows_drive_type)(win.drive + "\\") == DRIVE_REMOTE
        if len(text) + LONGEST_OWN_NAME >= MAX_PATH and not (long_paths_enabled or _windows_long_paths_enabled)():
            long_risk = True
            problems.append(
                f"Jalur folder data terlalu panjang ({len(text)} karakter): Windows menolak berkas di bawahnya bila "
                f"jalur lengkapnya melebihi {MAX_PATH} karakter. Pilih folder yang lebih pendek (misalnya "
                f"C:\\BlangkonData), atau minta admin TI mengaktifkan 'Enable Win32 long paths' (LongPathsEnabled).")
    else:
        fstype = filesystem_type(text, _linux_mounts() if mounts is None else mounts)
        network = fstype in NETWORK_FS_TYPES
    if network:
        problems.insert(0,
            f"Folder data {text} ada di drive jaringan. SQLite tidak aman di folder bersama (SMB/NFS): pesanan "
            f"bisa rusak atau hilang bila koneksi putus atau dua PC membukanya. Simpan data di disk lokal PC ini "
            f"(misalnya folder bawaan %LOCALAPPDATA%\\blangkon-desktop) lewat Pengaturan › Folder data.")
    return LocationReport(path=text, network=network, long_path_risk=long_risk, problems=tuple(problems))

