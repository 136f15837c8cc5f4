"""Typed QSettings for UI state only (Picard-style declared options): window geometry, language, last
catalog filters, the data folder. Behaviour lives in the database (settings_service), secrets in the keyring."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Pemprov Jawa Tengah"
APPLICATION = "Blangkon Desktop"


class Option(Generic[T]):
    """A typed QSettings entry with a default; QSettings returns strings on some platforms, so we coerce."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def coerce(self, raw: Any) -> T:
        d = self.default
        if raw is None:
            return d
        try:
            if isinstance(d, bool):
                return (raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")) # type: ignore[return-value]
            if isinstance(d, int):
                return int(raw)  # type: ignore[return-value]
            if isinstance(d, QByteArray):
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore[return-value]
            if isinstance(d, str):
                return str(raw)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return d
        return raw  # type: ignore[no-any-return]


LANGUAGE = Option("ui/language", "id")
DATA_DIR = Option("app/data_dir", "")  # empty: platformdirs' user data dir; a change applies after restart
GEOMETRY = Option("ui/main_window/geometry", QByteArray())
WINDOW_STATE = Option("ui/main_window/state", QByteArray())
LAST_USERNAME = Option("login/last_username", "")
LAST_SCREEN = Option("ui/last_screen", "")
CATALOG_SPLITTER = Option("ui/catalog/splitter", QByteArray())
CATALOG_NEVER_SOLD = Option("ui/catalog/never_sold", False)
LAST_SAVE_FOLDER = Option("files/last_save_folder", "")  # where the officer last saved a PDF or an export


def table_header_option(table: str) -> Option[QByteArray]:
    """The officer's column widths and order of one table (QHeaderView.saveState), e.g. 'catalog'."""
    return Option(f"ui/tables/{table}/header", QByteArray())


class UiSettings:
    """Wraps a QSettings; tests pass an INI file path so nothing touches the real user settings."""

    def __init__(self, path: str | None = None) -> None:
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        return option.coerce(self._qs.value(option.key))

    def has(self, option: Option[Any]) -> bool:
        """Whether the user (or the app on their behalf) ever stored this option."""
        return bool(self._qs.contains(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    def file_name(self) -> str:
        return self._qs.fileName()
