"""The Qt check: platform plugin present, its system libraries installed (Linux: named as Debian packages), and
an application object that starts. It runs last, because Qt aborts the process when a display refuses it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from desktop.app.selftest.base import FAIL, OK, WARN, Check
from desktop.domain.resources import resources_root

# Libraries Qt's Linux platform plugins load, and the Debian/Ubuntu package that provides each.
_DEB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
}


def _platform_plugin_dirs(qt_core: object) -> list[Path]:
    lib = qt_core.QLibraryInfo  # type: ignore[attr-defined]
    dirs = [Path(lib.path(lib.LibraryPath.PluginsPath))]
    dirs += [Path(p) for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    found: list[Path] = []
    for d in dirs:
        if (d / "platforms").is_dir() and (d / "platforms").resolve() not in [f.resolve() for f in found]:
            found.append(d / "platforms")
    return found


def _plugin_name(path: Path) -> str:
    stem = path.name.split(".")[0]
    for prefix in ("libq", "q"):
        if stem.startswith(prefix):
            return stem[len(prefix):]
    return stem


def _missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries `ldd` cannot find for a platform plugin (Linux only; empty when ldd is unavailable)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def x11_reachable(display: str, timeout: float = 2.0) -> bool:
    """Whether an X server answers on DISPLAY (":0", "unix:0", "host:10.0"). Authorisation is not checked."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(f"/tmp/.X11-unix/X{number}")
        else:
            with socket.create_connection((host, 6000 + int(number)), timeout=timeout):
                pass
    except OSError:
        return False
    return True


def check_qt() -> Check:
    try:
        from PySide6 import QtCore, QtGui
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return Check("Qt", FAIL, f"PySide6 tidak bisa dimuat: {exc}", "pasang ulang aplikasi")
    dirs = _platform_plugin_dirs(QtCore)
    plugins = {_plugin_name(f): f for d in dirs for f in sorted(d.iterdir()) if f.is_file()}
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if not requested and sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and "wayland" in plugins:
            requested = "wayland"
        elif os.environ.get("DISPLAY"):
            requested = "xcb"
        else:
            return Check("Qt", FAIL, "tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong)",
                         "jalankan dari sesi desktop, atau uji tanpa layar: QT_QPA_PLATFORM=offscreen blangkon "
                         "--self-test")
    where = ", ".join(str(d) for d in dirs) or "tidak ada folder plugin"
    if requested and requested not in plugins:
        return Check("Qt", FAIL, f"plugin platform '{requested}' tidak ada (tersedia: "
                     f"{', '.join(sorted(plugins)) or '-'}; {where})", "pasang ulang aplikasi")
    display = os.environ.get("DISPLAY", "")
    if requested == "xcb" and display and not x11_reachable(display):
        # Qt would abort the whole process (qFatal) instead of returning an error.
        return Check("Qt", FAIL, f"layar X11 DISPLAY={display} tidak menjawab",
                     "jalankan dari sesi desktop yang aktif (atau aktifkan X11 forwarding), atau uji tanpa layar: "
                     "QT_QPA_PLATFORM=offscreen blangkon --self-test")
    if requested:
        missing = _missing_libraries(plugins[requested])
        if missing:
            pkgs = sorted({_DEB_PACKAGES.get(lib, lib) for lib in missing})
            return Check("Qt", FAIL, f"plugin '{requested}' butuh pustaka sistem yang belum ada: {', '.join(missing)}",
                         f"minta admin memasang: sudo apt-get install {' '.join(pkgs)}")
    app = QApplication.instance() or QApplication([sys.argv[0] or "blangkon"])
    families = len(QtGui.QFontDatabase.families())
    formats = {bytes(f.data()).decode() for f in QtGui.QImageReader.supportedImageFormats()}
    detail = (f"platform {QtGui.QGuiApplication.platformName()}, Qt {QtCore.qVersion()}, {families} keluarga huruf; "
              f"plugin: {', '.join(sorted(plugins))} ({where})")
    svg_icons = any(resources_root().joinpath("icons").glob("**/*.svg"))
    if svg_icons and "svg" not in formats:
        return Check("Qt", FAIL, detail + "; plugin gambar SVG tidak ada, ikon tidak akan tampil",
                     "pasang ulang aplikasi (bundel tidak lengkap)")
    del app  # the application object stays alive as Qt's singleton; nothing else to do with it here
    if families == 0:
        return Check("Qt", WARN, detail, "pasang huruf sistem (mis. paket fonts-dejavu-core) agar teks tampil")
    return Check("Qt", OK, detail)
