"""Refresh the translation sources: `python -m desktop.app.translations` (for `make translations`).

Runs the lupdate that ships with PySide6 over every UI module, updating resources/translations/blangkon_en.ts
in place (existing translations are kept; texts that disappeared are dropped), and refreshes the Indonesian
catalog of Qt's own dialogs (qtbase_id.ts) from the Qt texts of this PySide6 (desktop/app/qt_texts.py). The .qm files are build output:
desktop.ui.i18n compiles them on first use, so nothing else is needed for a clean clone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from desktop.app import qt_texts
from desktop.app.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en",)


def message_catalogs() -> list[Path]:
    """The message catalogs of the layers below the UI (desktop.domain.messages): their templates are
    translated in the "Messages" context."""
    desktop = ROOT / "desktop"
    return sorted({desktop / "domain" / "messages.py", *desktop.glob("*/*texts.py"), *desktop.glob("*/texts/*.py")})


def sources() -> list[Path]:
    files = sorted((ROOT / "desktop" / "ui").rglob("*.py"))
    # desktop/app modules that hand the UI texts to translate later (QT_TRANSLATE_NOOP) are sources too
    return [*files, ROOT / "desktop" / "app" / "gui.py", ROOT / "desktop" / "app" / "first_window.py",
            ROOT / "desktop" / "app" / "sync_wiring.py",
            ROOT / "desktop" / "app" / "screens.py", *message_catalogs()]


def lupdate_executable() -> str:
    exe = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    return str(exe)


def main(argv: list[str] | None = None) -> int:
    for code in LANGUAGES:
        ts = translations_dir() / f"blangkon_{code}.ts"
        cmd = [lupdate_executable(), "-no-obsolete", *map(str, sources()), "-ts", str(ts)]
        result = subprocess.run(cmd, check=False)
        if result.returncode != 0:
            return result.returncode
        report(ts, ts.read_text(encoding="utf-8").count('type="unfinished"'))
    report(*qt_texts.refresh(translations_dir()))
    return 0


def report(ts: Path, unfinished: int) -> None:
    print(f"{ts.name}: {unfinished} teks belum diterjemahkan"
          + (" — buka dengan pyside6-linguist untuk menerjemahkannya." if unfinished else "."))


if __name__ == "__main__":
    raise SystemExit(main())
