"""Qt's own texts in Indonesian: the source list of resources/translations/qtbase_id.ts.

Qt ships no Indonesian catalog for its dialogs (no qtbase_id.qm), so the Yes/No buttons, the file and print
dialogs and the text-field context menus would stay English. We translate the contexts the app shows ourselves.
The source strings must match Qt's byte for byte, so they are read from the catalogs inside the PySide6 wheel,
not typed by hand: the German catalog is the reference because Qt keeps it complete (every text the running Qt
asked for in these contexts is in it; tests/ui/test_qt_dialogs_indonesian.py checks that at run time).

`refresh()` (run by `python -m desktop.app.translations`) merges the current list into qtbase_id.ts: kept
translations stay, new texts come in unfinished, texts Qt no longer has are dropped.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import PySide6

# The contexts of the Qt texts the app shows: standard buttons (QMessageBox, QDialogButtonBox, QInputDialog all
# ask QPlatformTheme), message box details, the non-native file dialog and its model, the print dialog with its
# page setup, properties and CUPS pages, paper names, context menus of text fields and spin boxes, scroll bars,
# tab scrolling and progress dialogs. QGuiApplication only for the layout direction marker.
QT_CONTEXTS: tuple[str, ...] = (
    "QGuiApplication", "QPlatformTheme", "QMessageBox", "QInputDialog", "QProgressDialog", "QProgressBar",
    "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider",
    "QPrintDialog", "QPrintSettingsOutput", "QPrintWidget", "QPageSetupWidget", "QPrintPropertiesDialog",
    "QPrintPropertiesWidget", "QCupsJobWidget", "QCupsPrinterSupport", "QPrintPreviewDialog", "QPageSize",
    "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox", "QScrollBar", "QTabBar",
)
REFERENCE_CATALOG = "qtbase_de.qm"
CATALOG = "qtbase"
LANGUAGE = "id"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TEXT_TAGS = {6: "source", 7: "context", 8: "comment"}


@dataclass(frozen=True, order=True)
class QtText:
    context: str
    source: str
    comment: str = ""


def qt_translations_dir() -> Path:
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def read_qm(path: Path) -> list[QtText]:
    """The (context, source, comment) of every message in a compiled catalog (lrelease keeps the source texts)."""
    data = path.read_bytes()
    if data[:16] != _QM_MAGIC:
        raise ValueError(f"{path} is not a Qt .qm file")
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == _TAG_MESSAGES:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    return list(_messages(messages))


def _messages(block: bytes) -> Iterator[QtText]:
    pos, fields = 0, {"source": "", "context": "", "comment": ""}
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            yield QtText(fields["context"], fields["source"], fields["comment"])
            fields = {"source": "", "context": "", "comment": ""}
        elif tag == _TAG_TRANSLATION:
            length = struct.unpack(">I", block[pos:pos + 4])[0]
            pos += 4 + (0 if length == 0xFFFFFFFF else length)
        elif tag in _TEXT_TAGS:
            length = struct.unpack(">I", block[pos:pos + 4])[0]
            fields[_TEXT_TAGS[tag]] = block[pos + 4:pos + 4 + length].decode("utf-8")
            pos += 4 + length
        elif tag == _TAG_OBSOLETE1:
            pos += 4
        elif tag != 9:  # 9 = obsolete marker without payload
            raise ValueError(f"unknown .qm message tag {tag}")


def wanted(text: QtText) -> bool:
    if text.context not in QT_CONTEXTS:
        return False
    if text.context == "QGuiApplication":  # the rest are command-line help texts nobody sees
        return text.source == "QT_LAYOUT_DIRECTION"
    return not (text.context == "QMessageBox" and text.source.startswith("<"))  # the About Qt licence pages


def qt_sources(reference: Path | None = None) -> list[QtText]:
    path = reference or qt_translations_dir() / REFERENCE_CATALOG
    return sorted({t for t in read_qm(path) if wanted(t)})


def read_ts(path: Path) -> dict[QtText, str]:
    """Finished translations of a .ts file (unfinished ones are not kept: they are re-offered as new)."""
    if not path.is_file():
        return {}
    found: dict[QtText, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"} or not tr.text:
                continue
            found[QtText(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = tr.text
    return found


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, sources: list[QtText], translations: dict[QtText, str], language: str) -> int:
    """Write the catalog in lupdate's layout; returns the number of unfinished entries."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{language}">']
    unfinished, context = 0, None
    for text in sources:
        if text.context != context:
            if context is not None:
                lines.append("</context>")
            lines += ["<context>", f"    <name>{_x(text.context)}</name>"]
            context = text.context
        lines += ["    <message>", f"        <source>{_x(text.source)}</source>"]
        if text.comment:
            lines.append(f"        <comment>{_x(text.comment)}</comment>")
        done = translations.get(text)
        if done is None:
            unfinished += 1
            lines.append('        <translation type="unfinished"></translation>')
        else:
            lines.append(f"        <translation>{_x(done)}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return unfinished


def refresh(translations_dir: Path) -> tuple[Path, int]:
    ts = translations_dir / f"{CATALOG}_{LANGUAGE}.ts"
    return ts, write_ts(ts, qt_sources(), read_ts(ts), LANGUAGE)
