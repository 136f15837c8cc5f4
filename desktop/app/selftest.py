"""`blangkon --self-test`: checks an installation (frozen or from source) and prints one line per check.

Each line is `OK`, `PERINGATAN` (works, with a limitation) or `GAGAL` (broken), the detail, and after `→` what to
do. Exit status 0 when nothing failed, 1 otherwise (`--strict` / BLANGKON_SELFTEST_STRICT=1: warnings fail too).
It checks what exists at run time rather than assuming, so it runs from a source tree that is still growing
and from the PyInstaller bundle alike, with or without a screen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.app import provisioning
from desktop.domain.resources import resources_root

OK, WARN, FAIL = "OK", "PERINGATAN", "GAGAL"
APP_DIR_NAME = "Blangkon"
BUNDLE_MANIFEST = "blangkon-bundle.json"
MIN_FREE_MB = 300
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


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    action: str = ""

    def line(self) -> str:
        text = f"{self.status:<10} {self.name:<12} {self.detail}"
        return f"{text} → {self.action}" if self.action else text


# --- where things are ---------------------------------------------------------------------------------------


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("blangkon-desktop")
    except Exception:
        return "tidak diketahui"


def default_dirs() -> tuple[Path, Path]:
    """(data dir, config dir): from desktop.app.paths when it offers them, else platformdirs' user dirs."""
    try:
        from desktop.app import paths  # type: ignore[attr-defined]

        return Path(paths.data_dir()), Path(paths.config_dir())
    except Exception:
        import platformdirs

        return (
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        )


def _bundle_manifest() -> dict:
    """blangkon-bundle.json written by the PyInstaller build (empty when running from source)."""
    base = getattr(sys, "_MEIPASS", None)
    if not is_frozen() or not base or not (Path(base) / BUNDLE_MANIFEST).is_file():
        return {}
    data = json.loads((Path(base) / BUNDLE_MANIFEST).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def server_executable() -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(sys.executable).resolve().with_name(f"blangkon-server{suffix}")


# --- the checks ---------------------------------------------------------------------------------------------


def check_app() -> Check:
    mode = f"terpasang (bundel di {Path(sys.executable).resolve().parent})" if is_frozen() else "dari kode sumber"
    return Check("Aplikasi", OK, f"Blangkon Desktop {app_version()}, {mode}; Python {platform.python_version()}, "
                 f"{platform.system()} {platform.release()} {platform.machine()}")


def check_resources() -> Check:
    root = resources_root()
    if not root.is_dir():
        return Check("Sumber daya", FAIL, f"folder resources tidak ditemukan di {root}",
                     "pasang ulang aplikasi; jika BLANGKON_RESOURCES diisi, periksa jalurnya")
    parts = sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.iterdir()))
    detail = f"{root} ({', '.join(parts) or 'kosong'})"
    listed = _bundle_manifest().get("files", {})
    if listed:
        base = Path(getattr(sys, "_MEIPASS", ""))
        bad = [rel for rel, size in listed.items()
               if not (base / rel).is_file() or (base / rel).stat().st_size != size]
        if bad:
            return Check("Sumber daya", FAIL, f"{len(bad)} dari {len(listed)} berkas bundel hilang/berubah, "
                         f"mis. {', '.join(bad[:3])}", "salin ulang folder aplikasi atau pasang ulang; "
                         "periksa apakah antivirus mengarantina berkas")
        detail += f"; {len(listed)} berkas bundel utuh"
    return Check("Sumber daya", OK, detail)


APP_PACKAGES = ("desktop", "sync.protocol", "sync.client")


def import_all(packages: tuple[str, ...] = APP_PACKAGES) -> tuple[int, list[str]]:
    """Import every module of the app's packages; (count, ["module: error", ...]). __main__ modules are skipped."""
    import importlib
    import pkgutil

    count, failures = 0, []
    for package_name in packages:
        package = importlib.import_module(package_name)
        names = [package_name] + [
            info.name for info in pkgutil.walk_packages(package.__path__, f"{package_name}.",
                                                        onerror=lambda name: failures.append(f"{name}: tak terbaca"))
        ]
        for name in names:
            if name.rsplit(".", 1)[-1] == "__main__":
                continue
            try:
                importlib.import_module(name)
                count += 1
            except Exception as exc:
                failures.append(f"{name}: {type(exc).__name__}: {exc}")
    return count, failures


def check_modules() -> Check:
    """Frozen only: a module the bundle lacks (a string import PyInstaller could not see) fails here, not later
    in front of an officer. From source the test suite imports everything anyway."""
    if not is_frozen():
        return Check("Modul", OK, "dari kode sumber: dilewati (tes proyek memuat semua modul)")
    count, failures = import_all()
    if failures:
        return Check("Modul", FAIL, f"{len(failures)} modul tidak bisa dimuat, mis. {failures[0]}",
                     "bundel tidak lengkap: laporkan ke pengembang (hidden import di installers/pyinstaller)")
    if count == 0:
        return Check("Modul", WARN, "daftar modul bundel tidak terbaca", "")
    return Check("Modul", OK, f"{count} modul aplikasi dimuat")


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


def check_sqlite() -> Check:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(name, tokenize='unicode61 remove_diacritics 2', "
                    "prefix='2 3 4')")
        con.executemany("INSERT INTO t(name) VALUES (?)", [("Kopi arabika Temanggung",), ("Kertas HVS A4",)])
        hits = con.execute("SELECT count(*) FROM t WHERE t MATCH 'kop* arab*'").fetchone()[0]
        json_ok = con.execute("SELECT json_extract('{\"a\": 7}', '$.a')").fetchone()[0] == 7
    except sqlite3.Error as exc:
        return Check("SQLite", FAIL, f"SQLite {sqlite3.sqlite_version} tanpa FTS5/JSON ({exc})",
                     "pasang ulang aplikasi; pencarian katalog butuh SQLite dengan FTS5")
    finally:
        con.close()
    if hits != 1 or not json_ok:
        return Check("SQLite", FAIL, f"SQLite {sqlite3.sqlite_version}: FTS5 memberi hasil salah ({hits})",
                     "laporkan ke admin TI beserta keluaran ini")
    return Check("SQLite", OK, f"SQLite {sqlite3.sqlite_version}, FTS5 (prefix, remove_diacritics) dan JSON jalan")


def _keyring_probe() -> tuple[str, float, list[str]]:
    import keyring
    from keyring.backend import get_all_keyring

    kr = keyring.get_keyring()
    others = sorted(f"{type(k).__module__}.{type(k).__name__}" for k in get_all_keyring())
    return f"{type(kr).__module__}.{type(kr).__name__}", float(getattr(kr, "priority", 0)), others


def check_keyring(timeout: float = 5.0) -> Check:
    result: list[tuple[str, float, list[str]]] = []
    error: list[BaseException] = []

    def probe() -> None:
        try:
            result.append(_keyring_probe())
        except BaseException as exc:
            error.append(exc)

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return Check("Keyring", WARN, f"brankas kata sandi tidak menjawab dalam {timeout:.0f} detik",
                     "buka kunci brankas (GNOME Keyring/KWallet) lalu ulangi; tanpa itu login tidak diingat")
    if error:
        return Check("Keyring", WARN, f"brankas kata sandi tidak bisa dibuka: {error[0]}",
                     "aplikasi tetap jalan, tetapi Anda harus login setiap kali dibuka")
    name, priority, available = result[0]
    if name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null"):
        usable = ", ".join(a.rsplit(".", 2)[-2] for a in available) or "tidak ada"
        return Check("Keyring", WARN, f"tidak ada brankas kata sandi ({name}; yang bisa dipakai: {usable})",
                     "aplikasi tetap jalan tetapi tidak bisa mengingat login; di Linux pasang/aktifkan "
                     "gnome-keyring atau KWallet")
    if name.startswith("keyrings.alt"):
        return Check("Keyring", WARN, f"brankas {name} menyimpan sandi tanpa enkripsi yang layak",
                     "hapus paket keyrings.alt dan pakai brankas sistem")
    return Check("Keyring", OK, f"{name} (prioritas {priority:g})")


def check_pdf_fonts() -> Check:
    fonts_dir = resources_root() / "fonts"
    ttfs = sorted(fonts_dir.glob("*.ttf")) if fonts_dir.is_dir() else []
    if not ttfs:
        return Check("Huruf PDF", FAIL, f"tidak ada huruf TTF di {fonts_dir}",
                     "pasang ulang aplikasi; dokumen (SP, BAST, kuitansi) butuh huruf bawaan")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for i, ttf in enumerate(ttfs):
        face = f"SelfTest-{ttf.stem}"
        try:
            pdfmetrics.registerFont(TTFont(face, str(ttf)))
        except Exception as exc:
            return Check("Huruf PDF", FAIL, f"huruf {ttf.name} rusak: {exc}", "pasang ulang aplikasi")
        pdf.setFont(face, 11)
        pdf.drawString(72, 770 - 18 * i, f"{ttf.stem}: Surat Pesanan Rp1.234.567,00 — satu juta dua ratus ribu")
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import createBarcodeDrawing

    # Documents carry a QR code; reportlab loads its barcode modules by name, which a bundle can miss.
    qr = createBarcodeDrawing("QR", value="https://blangkon.jatengprov.go.id/v/SP-0001", width=72, height=72)
    renderPDF.draw(qr, pdf, 72, 72)
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
        return Check("Huruf PDF", FAIL, "PDF uji tidak memuat huruf tertanam", "laporkan ke admin TI")
    return Check("Huruf PDF", OK, f"{len(ttfs)} huruf ({', '.join(t.stem for t in ttfs)}) + kode QR, PDF uji "
                 f"{len(data)} bita")


def check_translations() -> Check:
    folder = resources_root() / "translations"
    qm = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    ts = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not qm and not ts:
        return Check("Terjemahan", WARN, f"belum ada berkas terjemahan di {folder}",
                     "aplikasi tampil dalam Bahasa Indonesia saja")
    if not qm:
        if is_frozen():
            return Check("Terjemahan", FAIL, f"{len(ts)} berkas .ts tanpa .qm di {folder}",
                         "bundel dibuat tanpa menyusun terjemahan; buat ulang paket dengan `make package`")
        return Check("Terjemahan", WARN, f"{len(ts)} berkas .ts belum disusun menjadi .qm",
                     "jalankan `make translations` (pyside6-lrelease); sampai itu aplikasi berbahasa Indonesia")
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return Check("Terjemahan", OK, f"{len(qm)} berkas .qm ({', '.join(q.stem for q in qm)})")
    broken = [q.name for q in qm if not QTranslator().load(str(q))]
    if broken:
        return Check("Terjemahan", FAIL, f"berkas terjemahan rusak: {', '.join(broken)}", "pasang ulang aplikasi")
    return Check("Terjemahan", OK, f"{len(qm)} berkas .qm dimuat ({', '.join(q.stem for q in qm)})")


def check_data_dir(data_dir: Path) -> Check:
    action = "pilih folder lain dengan --data-dir, atau minta admin memberi izin tulis ke folder ini"
    probe = data_dir / f".selftest-{os.getpid()}.db"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(probe)
        try:
            mode = con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            con.execute("CREATE TABLE t(x)")
            con.execute("INSERT INTO t VALUES (1)")
            con.commit()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        return Check("Folder data", FAIL, f"tidak bisa menulis basis data di {data_dir}: {exc}", action)
    finally:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{probe}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass  # the folder itself is unusable; reported above
    if mode.lower() != "wal":
        return Check("Folder data", FAIL, f"{data_dir} tidak mendukung mode WAL SQLite (folder jaringan?)",
                     "simpan data di disk lokal komputer ini (--data-dir)")
    free_mb = shutil.disk_usage(data_dir).free // (1024 * 1024)
    if free_mb < MIN_FREE_MB:
        return Check("Folder data", WARN, f"{data_dir} bisa ditulis, tetapi ruang kosong tinggal {free_mb} MB",
                     f"kosongkan disk; katalog penuh butuh sekitar {MIN_FREE_MB} MB")
    free = f"{free_mb:,}".replace(",", ".")
    return Check("Folder data", OK, f"{data_dir} bisa ditulis (WAL), ruang kosong {free} MB")


def check_store(data_dir: Path) -> Check:
    """Create a fresh local database with every schema migration, the way the first start does."""
    if importlib.util.find_spec("desktop.store.db") is None:
        return Check("Basis data", WARN, "modul desktop.store belum ada pada versi ini", "")
    if not data_dir.is_dir() or not os.access(data_dir, os.W_OK):
        return Check("Basis data", WARN, "dilewati: folder data tidak bisa dipakai (lihat baris Folder data)", "")
    from desktop.store import migrations
    from desktop.store.db import Store

    probe = data_dir / f".selftest-store-{os.getpid()}.db"
    try:
        with Store.open(probe) as store:
            version = store.schema_version()
    except Exception as exc:
        return Check("Basis data", FAIL, f"basis data lokal tidak bisa dibuat: {type(exc).__name__}: {exc}",
                     "pasang ulang aplikasi; jika tetap gagal, kirim keluaran ini ke admin TI")
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(f"{probe}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass
    if version != migrations.latest_version():
        return Check("Basis data", FAIL, f"skema v{version}, seharusnya v{migrations.latest_version()}",
                     "pasang ulang aplikasi (bundel tidak lengkap)")
    return Check("Basis data", OK, f"basis data lokal baru dibuat sampai skema v{version}")


def check_provisioning(config_dir: Path) -> Check:
    try:
        prov = provisioning.load_provisioning(config_dir)
    except provisioning.ProvisioningError as exc:
        return Check("Provisioning", FAIL, exc.message, "perbaiki berkas itu (lihat installers/provisioning.md) "
                     "atau hapus agar server diatur dari aplikasi")
    if prov is None:
        return Check("Provisioning", OK, "tidak ada berkas provisioning; alamat server diatur di aplikasi")
    parts = [f"server {prov.server_url or '-'}", f"OPD {prov.opd_code or '-'}", f"bahasa {prov.language or '-'}"]
    if prov.ca_bundle:
        parts.append(f"CA {prov.ca_bundle}")
    return Check("Provisioning", OK, f"{prov.source}: " + ", ".join(parts))


def check_server(timeout: float = 60.0) -> Check:
    if is_frozen():
        command = [str(server_executable())]
        if not _bundle_manifest().get("server", True):
            return Check("Server demo", WARN, "bundel ini dibuat tanpa blangkon-server",
                         "mode demo lokal tidak tersedia; pakai server provinsi (--server atau provisioning)")
        if not server_executable().is_file():
            return Check("Server demo", FAIL, f"{server_executable()} tidak ada di bundel",
                         "pasang ulang aplikasi; tanpa itu mode demo lokal tidak jalan (server provinsi tetap bisa)")
    else:
        script = Path(sys.executable).with_name("blangkon-server")
        if importlib.util.find_spec("sync.server") is None or importlib.util.find_spec("sync.server.cli") is None:
            return Check("Server demo", WARN, "modul sync.server.cli belum ada pada versi ini",
                         "mode demo lokal belum tersedia; pakai server provinsi dengan --server")
        if not script.is_file():
            return Check("Server demo", OK, "modul sync.server.cli ada (skrip blangkon-server tidak diuji)")
        command = [str(script)]
    started = time.perf_counter()
    try:
        done = subprocess.run([*command, "--help"], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check("Server demo", FAIL, f"{command[0]} tidak bisa dijalankan: {exc}", "pasang ulang aplikasi")
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["tanpa pesan"]
        return Check("Server demo", FAIL, f"{command[0]} --help keluar dengan kode {done.returncode}: {tail[0]}",
                     "pasang ulang aplikasi atau kirim keluaran ini ke admin TI")
    return Check("Server demo", OK, f"{command[0]} siap ({time.perf_counter() - started:.1f} dtk)")


# --- runner -------------------------------------------------------------------------------------------------


def run_checks(data_dir: Path, config_dir: Path, report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check; `report` sees each result as soon as it is known.

    Qt goes last: if the platform plugin aborts the process (Qt's qFatal, e.g. a display that refuses the
    connection), every other line has already been printed.
    """
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("Aplikasi", check_app), ("Sumber daya", check_resources), ("SQLite", check_sqlite),
        ("Keyring", check_keyring), ("Huruf PDF", check_pdf_fonts), ("Terjemahan", check_translations),
        ("Folder data", lambda: check_data_dir(data_dir)), ("Basis data", lambda: check_store(data_dir)),
        ("Provisioning", lambda: check_provisioning(config_dir)), ("Server demo", check_server),
        # Importing every module can have side effects (a tool module may swap the keyring): after the rest.
        ("Modul", check_modules), ("Qt", check_qt),
    ]
    results = []
    for name, step in steps:
        try:
            result = step()
        except Exception as exc:  # one broken check must not hide the others
            result = Check(name, FAIL, f"pemeriksaan berhenti: {type(exc).__name__}: {exc}",
                           "kirim keluaran ini ke admin TI")
        results.append(result)
        if report is not None:
            report(result)
    return results


def _parse(args: argparse.Namespace | list[str] | None) -> tuple[Path | None, bool]:
    strict_env = os.environ.get("BLANGKON_SELFTEST_STRICT", "") not in ("", "0")
    if isinstance(args, argparse.Namespace):
        data_dir = getattr(args, "data_dir", None)
        return (Path(data_dir) if data_dir else None), strict_env or bool(getattr(args, "strict", False))
    parser = argparse.ArgumentParser(prog="blangkon --self-test", description="Periksa instalasi Blangkon Desktop.")
    parser.add_argument("--data-dir", help="folder data yang diuji (bawaan: folder data pengguna)")
    parser.add_argument("--strict", action="store_true", help="peringatan juga dianggap gagal")
    ns = parser.parse_args(sys.argv[1:] if args is None else args)
    return (Path(ns.data_dir) if ns.data_dir else None), strict_env or ns.strict


def _utf8_output() -> None:
    """Redirected output (the Windows installer writes selftest-install.log through cmd's `>`) would otherwise use
    the ANSI code page, which has no '→'/'—': write UTF-8 to files and pipes, and never crash on a console."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            pass


def main(args: argparse.Namespace | list[str] | None = None) -> int:
    data_dir, strict = _parse(args)
    _utf8_output()
    default_data, config_dir = default_dirs()
    started = time.perf_counter()
    print(f"Pemeriksaan instalasi Blangkon Desktop — {time.strftime('%Y-%m-%d %H:%M:%S')}", flush=True)
    results = run_checks(data_dir or default_data, config_dir, lambda check: print(check.line(), flush=True))
    failed = [c for c in results if c.status == FAIL or (strict and c.status == WARN)]
    warned = sum(c.status == WARN for c in results)
    took = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    if failed:
        print(f"HASIL: GAGAL — {len(failed)} pemeriksaan tidak lulus ({took} dtk). Ikuti saran setelah tanda → "
              "atau kirim seluruh keluaran ini ke admin TI.")
        return 1
    print(f"HASIL: LULUS — {len(results) - warned} OK, {warned} peringatan ({took} dtk).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
