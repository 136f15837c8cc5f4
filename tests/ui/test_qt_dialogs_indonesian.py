"""Qt's own dialogs speak Indonesian (issue 13.9): Qt ships no qtbase_id.qm, so the app brings one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from desktop.app import qt_texts
from desktop.domain.resources import resource_path
from desktop.ui.i18n import I18n

TS_DIR = resource_path("translations")
QT_TS = TS_DIR / "qtbase_id.ts"


@pytest.fixture
def i18n(tmp_path):
    tr = I18n(QApplication.instance(), TS_DIR, tmp_path / "qm")
    assert tr.set_language("id")
    yield tr
    tr.set_language("id")


def plain(text: str) -> str:
    return text.replace("&", "")


def yes_no_box() -> QMessageBox:
    Btn = QMessageBox.StandardButton
    return QMessageBox(QMessageBox.Icon.Question, "Blangkon", "Hapus draf?", Btn.Yes | Btn.No)


def test_yes_no_box_reads_ya_tidak(qtbot, i18n):
    box = yes_no_box()
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ya"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "Tidak"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_english_keeps_qt_english(qtbot, i18n):
    assert i18n.set_language("en")
    box = yes_no_box()
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Yes"
    assert plain(box.button(QMessageBox.StandardButton.No).text()) == "No"


def test_save_dialog_labels_are_indonesian(qtbot, i18n):
    # Offscreen (and on desktops without a platform file dialog) Qt shows its own widget dialog.
    dialog = QFileDialog(None, "Simpan sebagai PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {plain(label.text()) for label in dialog.findChildren(QLabel)}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    buttons = {plain(b.text()) for b in dialog.findChildren(QPushButton) if b.text()}
    assert {"Simpan", "Batal"} <= buttons
    dialog.hide()


def test_print_dialog_is_indonesian(qtbot, i18n):
    printer = QPrinter()  # kept: the dialog does not own it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {plain(w.text()) for w in dialog.findChildren(QPushButton)} | \
        {plain(w.text()) for w in dialog.findChildren(QLabel)}
    assert {"Cetak", "Batal", "Salinan:"} <= texts
    dialog.hide()


class Spy(QTranslator):
    """Records every text Qt asks a translator for (answers nothing, so the real catalogs still answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def _context_menu(qtbot, widget) -> None:
    widget.show()
    QTimer.singleShot(0, lambda: [m.close() for m in QApplication.topLevelWidgets() if isinstance(m, QMenu)])
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2),
                                                     widget.mapToGlobal(QPoint(2, 2))))
    widget.hide()


def test_every_qt_text_the_app_shows_has_an_indonesian_translation(qtbot, i18n):
    """Opens what the app opens (message boxes, save/open/folder dialogs, print dialog, context menus) and checks
    that every text Qt asked for in the translated contexts is in qtbase_id.ts, translated. A PySide6 upgrade
    that adds texts fails here until `python -m desktop.app.translations` is run and the new texts translated."""
    spy = Spy()
    app = QApplication.instance()
    app.installTranslator(spy)
    try:
        box = yes_no_box()
        box.setDetailedText("rincian")
        widgets: list = [box]
        for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
            fd = QFileDialog(None, "x")
            fd.setOption(QFileDialog.Option.DontUseNativeDialog)
            fd.setAcceptMode(mode)
            widgets.append(fd)
        folder = QFileDialog(None, "x")
        folder.setOption(QFileDialog.Option.DontUseNativeDialog)
        folder.setFileMode(QFileDialog.FileMode.Directory)
        printer = QPrinter()
        widgets += [folder, QPrintDialog(printer)]
        for w in widgets:
            qtbot.addWidget(w)
            w.show()
            w.hide()
        for editor in (QLineEdit(), QPlainTextEdit(), QSpinBox()):
            qtbot.addWidget(editor)
            _context_menu(qtbot, editor)
    finally:
        app.removeTranslator(spy)
    translated = qt_texts.read_ts(QT_TS)
    have = {(t.context, t.source) for t in translated}
    asked = {a for a in spy.asked if a[0] in qt_texts.QT_CONTEXTS}
    assert ("QPlatformTheme", "&Yes") in asked and ("QFileDialog", "File &name:") in asked
    assert sorted(asked - have) == []


def test_catalog_matches_this_qt_and_is_complete():
    """qtbase_id.ts lists exactly the texts of this PySide6 in the translated contexts, all translated."""
    in_ts = set(qt_texts.read_ts(QT_TS))
    assert in_ts == set(qt_texts.qt_sources())
    assert 'type="unfinished"' not in QT_TS.read_text(encoding="utf-8")


def test_refresh_keeps_translations_and_offers_new_texts(tmp_path):
    ts = tmp_path / "qtbase_id.ts"
    ts.write_text(QT_TS.read_text(encoding="utf-8").replace("<translation>&amp;Ya</translation>",
                                                            '<translation type="unfinished"></translation>'),
                  encoding="utf-8")
    path, unfinished = qt_texts.refresh(Path(tmp_path))
    assert path == ts and unfinished == 1
    assert qt_texts.read_ts(ts)[qt_texts.QtText("QPlatformTheme", "&No")] == "&Tidak"
