"""#13.14: "Simpan sebagai PDF" opens in the user's Documents folder (then the folder used last), the file named by
the document's number made filename-safe — through the real Qt save dialog, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit

from desktop.services.documents_service import document_filename
from desktop.ui.documents_preview.dialogs import DocumentPreviewDialog
from desktop.ui.settings import LAST_SAVE_FOLDER, UiSettings
from tests.services.test_payments import to_bast


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user whose Documents folder is known (QStandardPaths reads HOME and the XDG user dirs)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_document_numbers_become_file_names():
    assert document_filename("000.3/017/SP/DINKOP/XI/2026", "x") == "000.3-017-SP-DINKOP-XI-2026.pdf"
    assert document_filename('027/BAST:"A"*?<>|\\B', "x") == "027-BAST-A-B.pdf"  # Windows refuses these
    assert document_filename("", "SP_draf 1a2b3c4d") == "SP_draf 1a2b3c4d.pdf"
    assert document_filename(" / ", "") == "dokumen.pdf"


def test_each_document_is_named_by_its_own_number(world):
    order = to_bast(world)
    sp = world.documents.render(order.id, "sp")
    bast = world.documents.render(order.id, "bast")
    number = world.orders.get(order.id).number
    assert sp.filename == number.replace("/", "-") + ".pdf"
    assert bast.filename == "021-BAST-2026.pdf"  # the BAST's number, not the SP's
    draft = world.draft()
    assert world.documents.render(draft.id, "sp").filename == f"SP_draf {draft.id[:8]}.pdf"


def save_through_dialog(preview: DocumentPreviewDialog, qtbot, target: Path | None) -> dict:
    """Press 'Simpan sebagai PDF…', read where the real dialog opened, then save as `target` (None: cancel)."""
    seen: dict = {}

    def answer() -> None:
        dialog = preview.property("last_save_dialog")
        if not isinstance(dialog, QFileDialog):  # not open yet
            QTimer.singleShot(10, answer)
            return
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["name"] = next(e.text() for e in dialog.findChildren(QLineEdit) if e.objectName() == "fileNameEdit")
        if target is None:
            dialog.reject()
        else:
            dialog.selectFile(str(target))
            dialog.accept()

    QTimer.singleShot(0, answer)
    preview.save_button.click()
    return seen


def test_save_opens_in_documents_then_remembers_the_folder(world, qtbot, home, tmp_path):
    order = to_bast(world)
    rendered = world.documents.render(order.id, "sp")
    settings = UiSettings(str(tmp_path / "ui.ini"))
    saved: list[str] = []
    preview = DocumentPreviewDialog(rendered, saved.append, None, settings)
    qtbot.addWidget(preview)
    first = save_through_dialog(preview, qtbot, None)  # the officer looks, then cancels
    assert first["folder"] == home / "Documents"  # not the program's folder
    assert first["name"] == rendered.filename and "/" not in first["name"] and first["name"].endswith(".pdf")
    assert saved == [] and settings.get(LAST_SAVE_FOLDER) == ""

    elsewhere = tmp_path / "arsip SP"
    elsewhere.mkdir()
    save_through_dialog(preview, qtbot, elsewhere / rendered.filename)
    assert (elsewhere / rendered.filename).read_bytes() == rendered.pdf and saved == ["save"]
    assert settings.get(LAST_SAVE_FOLDER) == str(elsewhere)

    again = DocumentPreviewDialog(world.documents.render(order.id, "bast"), saved.append, None, settings)
    qtbot.addWidget(again)
    second = save_through_dialog(again, qtbot, None)
    assert second["folder"] == elsewhere and second["name"] == "021-BAST-2026.pdf"

    (elsewhere / rendered.filename).unlink()
    elsewhere.rmdir()  # the remembered folder is gone (a USB stick removed): back to Documents
    third = save_through_dialog(again, qtbot, None)
    assert third["folder"] == home / "Documents"
