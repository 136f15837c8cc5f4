"""Language switching. Source strings are Bahasa Indonesia, so the app's own texts need no translator in
Indonesian; English loads `blangkon_en.qm` and Qt's own English catalog. Qt's own texts (Yes/No, the file and
print dialogs, context menus) have no Indonesian catalog in Qt, so Indonesian loads ours: `qtbase_id.qm`, built
from resources/translations/qtbase_id.ts (see desktop/app/qt_texts.py).

The .qm files are build output, not committed: when one is missing or older than its .ts (a clean clone, or a
developer editing translations), it is compiled with the lrelease that ships inside PySide6 into a cache folder.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.dates import format_tanggal, nama_bulan
from desktop.domain.messages import CONTEXT as MESSAGES_CONTEXT
from desktop.domain.messages import Message, fill
from sync.protocol import deadline

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str  # shown in the language picker in its own language, never translated


# The translators installed on the application: global state of the one QCoreApplication, so a new I18n (tests
# build several) removes what an earlier one installed instead of leaving, say, Indonesian Qt texts behind.
_INSTALLED: list[QTranslator] = []

LANGUAGES: tuple[Language, ...] = (Language("id", "Bahasa Indonesia"), Language("en", "English"))
CATALOG = "blangkon"
QT_CATALOG = "qtbase"


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


def qm_for(code: str, translations_dir: Path, cache_dir: Path, catalog: str = CATALOG) -> Path | None:
    """The .qm file of a catalog for a language: a shipped one next to the .ts, or one compiled into the cache."""
    ts = translations_dir / f"{catalog}_{code}.ts"
    shipped = translations_dir / f"{catalog}_{code}.qm"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    cached = cache_dir / f"{catalog}_{code}.qm"
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
        self.language = DEFAULT_LANGUAGE

    def set_language(self, code: str) -> bool:
        """Switch language; returns False (and stays on Indonesian) if the translation can't be loaded."""
        if code not in {lang.code for lang in LANGUAGES}:
            code = DEFAULT_LANGUAGE
        for tr in _INSTALLED:
            self._app.removeTranslator(tr)
        _INSTALLED.clear()
        ok = True
        if code != DEFAULT_LANGUAGE:
            ok = self._load(qm_for(code, self._dir, self._cache))
            if ok:  # Qt's own catalog of that language, from the Qt installation
                qt_tr = QTranslator(self._app)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt_tr.load(QLocale(code), QT_CATALOG, "_", qt_dir):
                    self._install(qt_tr)
            else:
                code = DEFAULT_LANGUAGE
        if code == DEFAULT_LANGUAGE and not self._load(qm_for(code, self._dir, self._cache, QT_CATALOG)):
            log.warning("Indonesian texts of Qt's own dialogs not loaded; they stay English")
        QLocale.setDefault(QLocale(QLocale.Language.English if code == "en" else QLocale.Language.Indonesian))
        self.language = code
        return ok

    def _load(self, qm: Path | None) -> bool:
        translator = QTranslator(self._app)
        if qm is None or not translator.load(str(qm)):
            return False
        self._install(translator)
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        _INSTALLED.append(translator)


# -- rendering what the layers below say ----------------------------------------------------------------------
def ui_language() -> str:
    """The language the UI speaks now (I18n sets the default QLocale with it)."""
    return "en" if QLocale().language() == QLocale.Language.English else DEFAULT_LANGUAGE


def long_date(day: dt.date) -> str:
    """A date as the officer reads it: "2 Desember 2026" (fixed Indonesian tables) or "2 December 2026"."""
    if ui_language() == "en":
        return f"{day.day} {QLocale(QLocale.Language.English).monthName(day.month)} {day.year}"
    return format_tanggal(day)


WIB = deadline.WIB  # Central Java's clock (sync.protocol.deadline): stored UTC stamps read in WIB


def clock_time(moment: dt.datetime | dt.time) -> str:
    """A time of day as the officer reads it: "10.10" (Indonesian, PUEBI) or "10:10" in English; 24-hour in
    both. The one formatter of shown times: every stamp on screen goes through long_stamp, which uses it."""
    return f"{moment:%H:%M}" if ui_language() == "en" else f"{moment:%H.%M}"


def long_stamp(value: str | dt.datetime | None) -> str:
    """A moment as the officer reads it: "23 November 2026 10.10 WIB" / "23 November 2026 10:10 WIB" (month and
    time the English way). Stored stamps are UTC (naive ones too); text that is no stamp is shown as it is."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone(WIB)
    return f"{long_date(local.date())} {clock_time(local)} WIB"


def count_text(value: int) -> str:
    """A count (products, orders, stock) with the reader's thousands separator: '5.093' / '5,093' in English.
    Rupiah amounts keep money.format_rupiah (one formatter for money, printed and shown)."""
    text = f"{int(value):,}"
    return text if ui_language() == "en" else text.replace(",", ".")


def date_edit_format() -> str:
    """How a date editor (QDateEdit) shows its date in the UI's language: the locale's short date with a
    four-digit year ('dd/MM/yyyy' in Indonesian, 'M/d/yyyy' in English), as the other date editors do."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def month_year(year: int, month: int, *, short: bool = False) -> str:
    """A month as the officer reads it: "Mei 2026" / "May 2026" (short: "Agu 2026" / "Aug 2026")."""
    if ui_language() == "en":
        english = QLocale(QLocale.Language.English)
        name = english.monthName(month, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat)
    else:
        name = nama_bulan(month)[:3] if short else nama_bulan(month)
    return f"{name} {year}"


def render(text: str) -> str:
    """The one renderer of messages from the services and below in the user's language.

    A `Message` is rendered from its catalog template (translated in the "Messages" context, looked up by the
    template, never by the filled-in text; a data template brings its own translations) with its parameters
    written the reader's way; nested messages are rendered the same way. Any other text is returned as it is
    (Indonesian, the fallback).
    """
    if not isinstance(text, Message):
        return text
    template = text.translations.get(ui_language()) or QCoreApplication.translate(MESSAGES_CONTEXT, text.template)
    return fill(template, {name: _param(value) for name, value in text.params.items()})


def message_of(exc: BaseException) -> str:
    """The officer-facing message an error carries (`.message`, or a Message as its argument), rendered in the
    user's language; "" when it carries none (the caller then says something generic)."""
    text = getattr(exc, "message", None)
    if not isinstance(text, str) and exc.args and isinstance(exc.args[0], Message):
        text = exc.args[0]
    return render(text) if isinstance(text, str) else ""


def _param(value: object) -> str:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, list | tuple):
        return "; ".join(_param(v) for v in value)
    return "" if value is None else str(value)
