"""Checks of the installation itself: the app and its bundle, resources, data folder, local database,
provisioning and the bundled demo server."""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.app import provisioning
from desktop.app.selftest.base import (
    FAIL,
    OK,
    WARN,
    Check,
    app_version,
    bundle_manifest,
    is_frozen,
    server_executable,
)
from desktop.domain.resources import resources_root

MIN_FREE_MB = 300


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
    listed = bundle_manifest().get("files", {})
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
        if not bundle_manifest().get("server", True):
            return Check("Server demo", WARN, "bundel ini dibuat tanpa blangkon-server",
                         "mode demo lokal tidak tersedia; pakai server provinsi (--server atau provisioning)")
        if not server_executable().is_file():
            return Check("Server demo", FAIL, f"{server_executable()} tidak ada di bundel",
                         "pasang ulang aplikasi; tanpa itu mode demo lokal tidak jalan (server provinsi tetap bisa)")
    else:
        script = Path(sys.executable).with_name("blangkon-server.exe" if sys.platform == "win32" else "blangkon-server")
        if importlib.util.find_spec("sync.server") is None or importlib.util.find_spec("sync.server.cli") is None:
            return Check("Server demo", WARN, "modul sync.server.cli belum ada pada versi ini",
                         "mode demo lokal belum tersedia; pakai server provinsi dengan --server")
        if not script.is_file():
            return Check("Server demo", OK, "modul sync.server.cli ada (skrip blangkon-server tidak diuji)")
        command = [str(script)]
    started = time.perf_counter()
    # A throw-away server database, named explicitly so BLANGKON_SERVER_DB (a real server's) is never touched:
    # this runs the bundled Alembic migrations end to end.
    with tempfile.TemporaryDirectory(prefix="blangkon-selftest-server-", ignore_cleanup_errors=True) as tmp:
        args = ["init-db", "--data-dir", tmp, "--db", f"sqlite:///{Path(tmp) / 'server.db'}"]
        try:
            done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return Check("Server demo", FAIL, f"{command[0]} tidak bisa dijalankan: {exc}", "pasang ulang aplikasi")
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["tanpa pesan"]
        return Check("Server demo", FAIL, f"{command[0]} init-db keluar dengan kode {done.returncode}: {tail[0]}",
                     "pasang ulang aplikasi atau kirim keluaran ini ke admin TI")
    took = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    return Check("Server demo", OK, f"{command[0]} siap; basis data uji dibuat dengan semua migrasi ({took} dtk)")
