"""Document preview: the PDF in a Qt PDF view, then print (QPrintDialog) or save as PDF. Works offline.

The PDF is rendered by DocumentService on the DB lane; printing and saving are recorded there too, so any later
copy of the same document comes out marked SALINAN.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.documents_service import RenderedDocument
from desktop.ui.documents_preview import printers
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text
from desktop.ui.screen import UiContext
from desktop.ui.settings import UiSettings
from desktop.ui.widgets.common import ERROR_STYLE
from desktop.ui.widgets.save_location import ask_save_path


class DocumentPreviewDialog(QDialog):
    """`rendered` is a DocumentService.RenderedDocument; `record(how)` logs a print/save on the DB lane."""

    def __init__(self, rendered: RenderedDocument, record: Callable[[str], None], parent: QWidget | None = None,
                 settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.rendered = rendered
        self.settings = settings  # remembers the folder the officer saves in
        self._record = record
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(rendered.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_dialog)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_with_dialog)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.pdf_view, 1)
        layout.addLayout(row)
        self.resize(820, 900)
        self.retranslate()
        self.print_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pratinjau: %1").replace("%1", self.rendered.title))
        self.print_button.setText(self.tr("&Cetak…"))
        self.save_button.setText(self.tr("&Simpan sebagai PDF…"))
        refusal = getattr(self.rendered, "refusal", "")
        if refusal:  # would be official, but a signatory has no name or NIP: marked DRAF, and says where to fill
            note = render(refusal)
        elif self.rendered.reprint:
            note = self.tr("Dokumen ini sudah pernah dicetak: salinan ini ditandai SALINAN.")
        elif not self.rendered.official:
            note = self.tr("Pesanan belum sampai tahap resmi: dokumen ditandai DRAF dan tidak untuk ditandatangani.")
        else:
            note = self.tr("Dokumen resmi. Cetak atau simpan; salinan berikutnya akan ditandai SALINAN.")
        reason = getattr(self.rendered, "signature_note", "")
        if self.rendered.official and reason and not getattr(self.rendered, "signed", False):
            # the officer must know the QR cannot be verified yet, and why (the service's text says what to do)
            note += " " + self.tr("Kode QR belum ditandatangani perangkat ini: %1").replace("%1", render(reason))
            help_text = getattr(self.rendered, "signature_help", "")
            if help_text:  # the keyring's name and error, and what IT can do (#13.22)
                note += " " + render(help_text)
        pages = self.document.pageCount()
        self.status.setText(note + " " + self.tr("%1 halaman.").replace("%1", str(pages)))
        self.status.setStyleSheet(ERROR_STYLE if refusal else "")

    # -- output ----------------------------------------------------------------------------------------------
    def print_with_dialog(self) -> None:
        names, default = printers.installed_printers()
        if not names:
            self.status.setText(self.tr("Tidak ada printer terpasang di PC ini. Simpan sebagai PDF, lalu cetak dari "
                                        "PC yang punya printer."))
            self.save_with_dialog()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.rendered.filename)
        if default:
            printer.setPrinterName(default)  # Windows' default printer, as every office program starts with
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak %1").replace("%1", self.rendered.title))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.deliver(printer, printer.printerName())

    def deliver(self, printer: QPrinter, name: str) -> bool:
        """Paper printers get the pages; a file printer ("Microsoft Print to PDF"…) gets the app's own PDF."""
        if printers.is_file_printer(name):
            self.status.setText(self.tr("\"%1\" membuat berkas, bukan kertas. Dokumen disimpan langsung sebagai PDF "
                                        "asli (teks dan kode QR tetap tajam).").replace("%1", name))
            self.save_with_dialog()
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page at the printer's resolution; returns False (with a message) if it fails."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("Printer tidak dapat dibuka. Periksa printer atau simpan sebagai PDF dulu."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size_pt = self.document.pagePointSize(page)
                scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
                image = self.document.render(page, QSize(int(size_pt.width() * scale), int(size_pt.height() * scale)))
                painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        finally:
            painter.end()
        self._record("print")
        self.status.setText(self.tr("Dikirim ke printer. Salinan berikutnya akan ditandai SALINAN."))
        return True

    def save_with_dialog(self) -> None:
        # opens in the folder used last time (else Documents), the file named by the document's number
        path = ask_save_path(self, self.tr("Simpan sebagai PDF"), self.rendered.filename,
                             self.tr("Dokumen PDF (*.pdf)"), self.settings, "pdf")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.rendered.pdf)
        except OSError as exc:
            self.status.setText(self.tr("Berkas tidak dapat disimpan (%1). Pilih folder lain yang dapat ditulisi.")
                                .replace("%1", exc.strerror or str(exc)))
            return False
        self._record("save")
        self.status.setText(self.tr("Tersimpan di %1.").replace("%1", str(path)))
        return True


def preview_document(ctx: UiContext, render: Callable[[], RenderedDocument], parent: QWidget,
                     on_error: Callable[[str], None] | None = None) -> None:
    """Render on the DB lane, then show the preview (modeless; kept alive by its parent)."""
    docs = ctx.services.documents

    def show(rendered: RenderedDocument) -> None:
        def record(how: str) -> None:
            ctx.tasks.run_db(lambda: docs.record_output(rendered, how), None, lambda exc: None)

        dialog = DocumentPreviewDialog(rendered, record, parent, ctx.ui_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.setProperty("last_preview", dialog)
        dialog.show()

    def failed(exc: BaseException) -> None:
        text = error_text(exc)
        if on_error is not None:
            on_error(text)
        else:
            ctx.notify(text)

    ctx.tasks.run_db(render, show, failed)


def preview_order_document(ctx: UiContext, order_id: str, kind: str, parent: QWidget,
                           on_error: Callable[[str], None] | None = None) -> None:
    docs = ctx.services.documents
    preview_document(ctx, lambda: docs.render(order_id, kind), parent, on_error)
