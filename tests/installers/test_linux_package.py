"""Linux package pieces: the .desktop entry, icons, and install.sh run against a stand-in bundle in a temp HOME."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from desktop.app.provisioning import FILE_NAME, parse_provisioning_file
from tests.platforms import POSIX_ONLY

pytestmark = POSIX_ONLY

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "blangkon-desktop.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Icon"] == "blangkon" and d["Terminal"] == "false"
    assert d["Exec"] == "blangkon" and d["Categories"].endswith(";")
    assert d["Name"] == "Blangkon Desktop" and d["Comment"]


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_icons_in_every_size():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "blangkon.png") == (size, size)
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / "blangkon.svg").read_text().lstrip().startswith("<?xml")
    assert (ROOT / "installers" / "windows" / "blangkon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_provisioning_example_is_valid(tmp_path):
    shutil.copy(LINUX / "blangkon-provision.example.json", tmp_path / FILE_NAME)
    (tmp_path / "blangkon-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    prov = parse_provisioning_file(tmp_path / FILE_NAME)
    assert prov.server_url and prov.server_url.startswith("https://")


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """An unpacked tarball whose bundle is a stand-in `blangkon` script that passes --self-test."""
    pkg = tmp_path / "pkg"
    (pkg / "blangkon").mkdir(parents=True)
    fake = pkg / "blangkon" / "blangkon"
    fake.write_text('#!/bin/sh\n[ "$1" = --self-test ] && echo "HASIL: LULUS"\nexit 0\n', encoding="utf-8")
    fake.chmod(0o755)
    for name in ("install.sh", "blangkon-desktop.desktop"):
        shutil.copy(LINUX / name, pkg / name)
    shutil.copytree(LINUX / "icons", pkg / "icons")
    return pkg


def sh(package: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = package.parent / "home"
    home.mkdir(exist_ok=True)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(["sh", str(package / "install.sh"), *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_install_upgrade_uninstall_per_user(package: Path):
    home = package.parent / "home"
    done = sh(package, "--server", "https://blangkon.jatengprov.go.id", "--opd", "1.02.01", "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    dest = home / ".local" / "opt" / "blangkon"
    prov = parse_provisioning_file(dest / FILE_NAME)
    assert (prov.server_url, prov.opd_code, prov.language) == ("https://blangkon.jatengprov.go.id", "1.02.01", "en")
    desktop = (home / ".local" / "share" / "applications" / "blangkon-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{dest}/blangkon"' in desktop
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "blangkon.png").is_file()
    assert (home / ".local" / "bin" / "blangkon").resolve() == (dest / "blangkon").resolve()
    assert "HASIL: LULUS" in done.stdout

    # An upgrade without switches keeps IT's provisioning.
    assert sh(package, "--no-self-test").returncode == 0
    assert parse_provisioning_file(dest / FILE_NAME).opd_code == "1.02.01"

    data = home / ".local" / "share" / "blangkon-desktop"
    data.mkdir(parents=True)
    (data / "blangkon.db").write_text("x", encoding="utf-8")
    done = subprocess.run(["sh", str(dest / "uninstall.sh")], capture_output=True, text=True,
                          env={"HOME": str(home), "PATH": os.environ.get("PATH", "")}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not dest.exists() and not (home / ".local" / "bin" / "blangkon").exists()
    assert (data / "blangkon.db").is_file()  # data kept unless --purge-data


def test_provision_file_is_copied_with_its_ca(package: Path, tmp_path: Path):
    it = tmp_path / "it"
    it.mkdir()
    (it / "kantor.json").write_text(json.dumps({"server_url": "https://a.go.id", "ca_bundle": "blangkon-ca.pem"}))
    (it / "blangkon-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    assert sh(package, "--provision", str(it / "kantor.json"), "--no-self-test").returncode == 0
    dest = package.parent / "home" / ".local" / "opt" / "blangkon"
    assert parse_provisioning_file(dest / FILE_NAME).ca_bundle == dest / "blangkon-ca.pem"


def test_insecure_server_is_refused(package: Path):
    done = sh(package, "--server", "http://blangkon.jatengprov.go.id")
    assert done.returncode == 1 and "https://" in done.stderr
    assert not (package.parent / "home" / ".local" / "opt" / "blangkon").exists()


def test_purge_data(package: Path):
    home = package.parent / "home"
    assert sh(package, "--no-self-test").returncode == 0
    data = home / ".local" / "share" / "blangkon-desktop"
    data.mkdir(parents=True)
    ui = home / ".config" / "Pemprov Jawa Tengah"
    ui.mkdir(parents=True)
    (ui / "Blangkon Desktop.ini").write_text("[ui]\n", encoding="utf-8")
    done = sh(package, "--uninstall", "--purge-data")
    assert done.returncode == 0 and not data.exists() and not ui.exists()


def test_system_install_into_destdir(package: Path, tmp_path: Path):
    """--system layout, written below DESTDIR as a distribution package build would (no root needed)."""
    root = tmp_path / "root"
    env = {"HOME": str(tmp_path / "home"), "PATH": os.environ.get("PATH", ""), "DESTDIR": str(root)}
    done = subprocess.run(["sh", str(package / "install.sh"), "--system", "--server", "https://a.go.id"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (root / "opt" / "blangkon" / "blangkon").is_file()
    assert parse_provisioning_file(root / "opt" / "blangkon" / FILE_NAME).server_url == "https://a.go.id"
    desktop = (root / "usr" / "share" / "applications" / "blangkon-desktop.desktop").read_text(encoding="utf-8")
    assert 'Exec="/opt/blangkon/blangkon"' in desktop  # paths inside files are the installed ones
    assert os.readlink(root / "usr" / "local" / "bin" / "blangkon") == "/opt/blangkon/blangkon"
    assert (root / "usr" / "share" / "icons" / "hicolor" / "512x512" / "apps" / "blangkon.png").is_file()
    done = subprocess.run(["sh", str(package / "install.sh"), "--system", "--uninstall"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0 and not (root / "opt" / "blangkon").exists()
    assert not (root / "usr" / "local" / "bin" / "blangkon").is_symlink()
