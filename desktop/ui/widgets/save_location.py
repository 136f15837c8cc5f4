"""Where files the officer saves go (#13.14): the save dialog opens in the folder used last time, or the user's
Documents folder (QStandardPaths), never the program's folder; the suggested name is the caller's (a document's
number made filename-safe, see desktop.services.documents_service.document_filename). The folder chosen is
remembered in the UI settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.ui.settings import LAST_SAVE_FOLDER, UiSettings


def documents_folder() -> Path:
    """The user's Documents folder ("Dokumen" / "Documents"); the home folder when the system has none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def save_folder(settings: UiSettings | None) -> Path:
    """The folder the next save dialog opens in: the last one used while it still exists, else Documents."""
    last = settings.get(LAST_SAVE_FOLDER) if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(settings: UiSettings | None, path: str | Path) -> None:
    if settings is not None and path:
        settings.set(LAST_SAVE_FOLDER, str(Path(path).parent))


def ask_save_path(parent: QWidget | None, caption: str, filename: str, name_filter: str,
                  settings: UiSettings | None, suffix: str = "") -> str:
    """Ask where to save `filename`; "" when the officer cancels. The dialog is kept as the parent's
    "last_save_dialog" property while it is open (the keyboard and tests reach it there)."""
    dialog = QFileDialog(parent, caption, str(save_folder(settings)), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(filename)
    if parent is not None:
        parent.setProperty("last_save_dialog", dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
    finally:
        if parent is not None:
            parent.setProperty("last_save_dialog", None)
        dialog.deleteLater()
    remember_folder(settings, path)
    return path
