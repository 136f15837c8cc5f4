"""Data folder safety on Windows and Linux, every branch exercised here with injected OS answers (issue 19)."""

from __future__ import annotations

from desktop.services.data_location import DRIVE_REMOTE, MAX_PATH, check_location, filesystem_type, is_unc

LOCAL_FIXED = 3  # GetDriveTypeW: DRIVE_FIXED


def win(path: str, *, drive: int = LOCAL_FIXED, long_paths: bool = False):
    return check_location(path, platform="win32", drive_type=lambda root: drive, long_paths_enabled=lambda: long_paths)


def test_local_profile_with_spaces_and_unicode_is_fine():
    report = win(r"C:\Users\Siti Nurhaliza Ñoño\AppData\Local\blangkon-desktop")
    assert report.ok and not report.network and not report.long_path_risk


def test_unc_share_and_mapped_network_drive_are_refused_with_advice():
    for path in (r"\\fileserver\dokumen\blangkon", "//fileserver/dokumen/blangkon", r"\\?\UNC\fs\share\blangkon"):
        report = win(path)
        assert report.network and not report.ok, path
        assert "drive jaringan" in report.problems[0] and "disk lokal" in report.problems[0]
    mapped = win(r"H:\Dokumen\blangkon", drive=DRIVE_REMOTE)
    assert mapped.network
    assert not win(r"\\?\C:\Data\blangkon").network  # the long-path prefix of a local drive is not a share


def test_is_unc():
    assert is_unc(r"\\server\share") and not is_unc(r"C:\x") and not is_unc(r"\\.\pipe\x")


def test_path_near_max_path_warns_unless_long_paths_enabled():
    deep = "C:\\Users\\Siti\\" + "\\".join(["Folder Sangat Panjang Sekali"] * 8)
    assert len(deep) < MAX_PATH  # the folder itself fits; the app's own files below it would not
    report = win(deep)
    assert report.long_path_risk and "260" in report.problems[0] and "LongPathsEnabled" in report.problems[0]
    assert win(deep, long_paths=True).ok
    assert win(r"C:\BlangkonData").ok


def test_linux_network_mounts_from_mountinfo():
    mounts = [("/", "ext4"), ("/home", "ext4"), ("/home/siti/kantor", "cifs"), ("/mnt/nfs", "nfs4")]
    assert filesystem_type("/home/siti/kantor/blangkon", mounts) == "cifs"
    assert filesystem_type("/home/siti/kantorlain", mounts) == "ext4"  # a prefix of a name is not a parent
    assert check_location("/home/siti/kantor/blangkon", platform="linux", mounts=mounts).network
    assert check_location("/mnt/nfs/x", platform="linux", mounts=mounts).network
    assert check_location("/home/siti/.local/share/blangkon-desktop", platform="linux", mounts=mounts).ok


def test_this_machine_data_folder_is_local(tmp_path):
    assert check_location(tmp_path).ok  # /tmp here; reads the real /proc/self/mountinfo
