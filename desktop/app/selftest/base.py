"""Shared pieces of the self-test: the result line, and where the app, its bundle and its folders are."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OK, WARN, FAIL = "OK", "PERINGATAN", "GAGAL"
BUNDLE_MANIFEST = "blangkon-bundle.json"  # written by installers/pyinstaller/bundle_plan.py


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    action: str = ""

    def line(self) -> str:
        text = f"{self.status:<10} {self.name:<12} {self.detail}"
        return f"{text} → {self.action}" if self.action else text


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("blangkon-desktop")
    except Exception:
        return "tidak diketahui"


def default_dirs() -> tuple[Path, Path]:
    """(data dir, config dir) the app itself uses (BLANGKON_DATA_DIR or the per-user platformdirs folders)."""
    from desktop.app import paths

    return Path(paths.data_dir()), Path(paths.config_dir())


def bundle_manifest() -> dict[str, Any]:
    """blangkon-bundle.json written by the PyInstaller build (empty when running from source)."""
    base = getattr(sys, "_MEIPASS", None)
    if not is_frozen() or not base or not (Path(base) / BUNDLE_MANIFEST).is_file():
        return {}
    data = json.loads((Path(base) / BUNDLE_MANIFEST).read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def server_executable() -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(sys.executable).resolve().with_name(f"blangkon-server{suffix}")
