"""`blangkon --self-test`: checks an installation (frozen or from source) and prints one line per check.

Each line is `OK`, `PERINGATAN` (works, with a limitation) or `GAGAL` (broken), the detail, and after `→` what to
do. Exit status 0 when nothing failed, 1 otherwise (`--strict` / BLANGKON_SELFTEST_STRICT=1: warnings fail too).
It checks what exists at run time rather than assuming, so it runs from a source tree that is still growing
and from the PyInstaller bundle alike, with or without a screen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from desktop.app.selftest.base import (
    BUNDLE_MANIFEST,
    FAIL,
    OK,
    WARN,
    Check,
    bundle_manifest,
    default_dirs,
    is_frozen,
    server_executable,
)
from desktop.app.selftest.installation import (
    APP_PACKAGES,
    check_app,
    check_data_dir,
    check_modules,
    check_provisioning,
    check_resources,
    check_server,
    check_store,
    import_all,
)
from desktop.app.selftest.local_data import check_local_store
from desktop.app.selftest.location import check_data_location
from desktop.app.selftest.qt import check_qt
from desktop.app.selftest.runtime import check_keyring, check_pdf_fonts, check_sqlite, check_translations

__all__ = ["APP_PACKAGES", "BUNDLE_MANIFEST", "FAIL", "OK", "WARN", "Check", "bundle_manifest", "check_app",
           "check_data_dir", "check_data_location", "check_keyring", "check_local_store", "check_modules", "check_pdf_fonts",
           "check_provisioning", "check_qt",
           "check_resources", "check_server", "check_sqlite", "check_store", "check_translations", "default_dirs",
           "import_all", "is_frozen", "main", "run_checks", "server_executable"]


def run_checks(data_dir: Path, config_dir: Path, report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check; `report` sees each result as soon as it is known.

    Qt goes last: if the platform plugin aborts the process (Qt's qFatal, e.g. a display that refuses the
    connection), every other line has already been printed.
    """
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("Aplikasi", check_app), ("Sumber daya", check_resources), ("SQLite", check_sqlite),
        ("Keyring", check_keyring), ("Huruf PDF", check_pdf_fonts), ("Terjemahan", check_translations),
        ("Folder data", lambda: check_data_dir(data_dir)), ("Lokasi data", lambda: check_data_location(data_dir)),
        ("Basis data", lambda: check_store(data_dir)), ("Data lokal", lambda: check_local_store(data_dir)),
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

