"""Printing as it happens on office Windows PCs (issue 19): the default printer, no printer at all, and the
"Microsoft Print to PDF" kind of printer that writes a file instead of paper."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import demo
from desktop.documents.model import DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan
from desktop.ui.documents_preview import dialogs as preview
from desktop.ui.documents_preview import printers


@dataclass
class Rendered:
    pdf: bytes
    title: str = "Surat Pesanan"
    filename: str = "SP 000.3-017-SP-DISDIKBUD-XII-2026.pdf"
    reprint: bool = False
    official: bool = True
    signed: bool = True
    signature_note: str = ""


@pytest.fixture
def dialog(qtbot, monkeypatch):
    recorded: list[str] = []
    d = preview.DocumentPreviewDialog(Rendered(build_surat_pesanan(demo.example("A"), DocumentOptions())),
                                      recorded.append)
    qtbot.addWidget(d)
    d.recorded = recorded
    d.saves = []
    monkeypatch.setattr(d, "save_with_dialog", lambda: d.saves.append(True))
    return d


@pytest.mark.parametrize("name", ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "PDF24",
                                  "CutePDF Writer", "Adobe PDF", "Cups-PDF", "OneNote (Desktop)"])
def test_file_printers_are_recognised(name):
    assert printers.is_file_printer(name)


@pytest.mark.parametrize("name", ["HP LaserJet Pro M404 (Ruang TU)", "EPSON L3210 Series", "Canon iR2525",
                                  r"\\printserver\Bagian Umum", ""])
def test_paper_printers_are_not(name):
    assert not printers.is_file_printer(name)
    assert printers.paper_printers([name, "Microsoft Print to PDF"]) == [name]


def test_microsoft_print_to_pdf_gets_the_real_pdf_not_raster_pages(dialog):
    assert dialog.deliver(QPrinter(), "Microsoft Print to PDF") is False
    assert dialog.saves == [True] and dialog.recorded == []
    assert "Microsoft Print to PDF" in dialog.status.text() and "PDF asli" in dialog.status.text()


def test_a_paper_printer_gets_every_page(dialog, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # stands in for the spooler: same QPainter path
    printer.setOutputFileName(str(tmp_path / "spool.pdf"))
    assert dialog.deliver(printer, "HP LaserJet Pro M404") is True
    assert dialog.recorded == ["print"] and dialog.saves == []
    assert (tmp_path / "spool.pdf").read_bytes().startswith(b"%PDF")


def test_a_pc_without_printers_offers_save_as_pdf(dialog, monkeypatch):
    monkeypatch.setattr(printers, "installed_printers", lambda: ([], ""))
    dialog.print_with_dialog()  # never opens an empty print dialog
    assert dialog.saves == [True]
    assert "Tidak ada printer" in dialog.status.text()
