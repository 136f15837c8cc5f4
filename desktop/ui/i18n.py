"""Language switching. Source strings are Bahasa Indonesia, so Indonesian needs no translator; English loads
`blangkon_en.qm`.

The .qm files are build output, not committed: when one is missing or older than its .ts (a clean clone, or a
developer editing translations), it is compiled with the lrelease that ships inside PySide6 into a cache folder.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # shown in the language picker in its own language, never translated


LANGUAGES: tuple[Language, ...] = (Language("id", "Bahasa Indonesia"), Language("en", "English"))
CATALOG = "blangkon"


def lrelease_executable() -> str | None:
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one .ts into .qm; False (logged) when lrelease is unavailable or fails."""
    tool = lrelease_executable()
    if tool is None:
        log.warning("lrelease not found; cannot compile %s", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed for %s: %s", ts, proc.stderr.strip())
        return False
    return True


def qm_for(code: str, translations_dir: Path, cache_dir: Path) -> Path | None:
    """The .qm file for a language: a shipped one next to the .ts, or one compiled into the cache."""
    ts = translations_dir / f"{CATALOG}_{code}.ts"
    shipped = translations_dir / f"{CATALOG}_{code}.qm"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    cached = cache_dir / f"{CATALOG}_{code}.qm"
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


class I18n:
    """Installs the translators of the chosen language on the application; switching is live
    (Qt sends LanguageChange to every widget; screens re-apply their texts in `retranslate`)."""

    def __init__(self, app: QCoreApplication, translations_dir: Path, cache_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
        self._cache = cache_dir
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def set_language(self, code: str) -> bool:
        """Switch language; returns False (and stays on Indonesian) if the translation can't be loaded."""
        if code not in {lang.code for lang in LANGUAGES}:
            code = DEFAULT_LANGUAGE
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        ok = True
        if code != DEFAULT_LANGUAGE:
            qm = qm_for(code, self._dir, self._cache)
            app_tr = QTranslator(self._app)
            if qm is not None and app_tr.load(str(qm)):
                self._install(app_tr)
            else:
                ok = False
                code = DEFAULT_LANGUAGE
            qt_tr = QTranslator(self._app)
            if ok and qt_tr.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._install(qt_tr)
        QLocale.setDefault(QLocale(QLocale.Language.English if code == "en" else QLocale.Language.Indonesian))
        self.language = code
        return ok

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
