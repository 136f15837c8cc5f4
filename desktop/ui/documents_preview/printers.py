"""Which printers an office PC offers, and which of them are not paper.

Windows ships "Microsoft Print to PDF" and "Microsoft XPS Document Writer" as printers, and PDF24, CutePDF, doPDF…
add more; a Linux PC may have CUPS-PDF. Printing through them rasterises every page (the preview paints images):
the result is a large, image-only file without selectable text and with a blurred QR. The app's own "Simpan
sebagai PDF" writes the real document (text, embedded fonts, signed QR), so a file printer is sent there instead.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo

# Lower-case fragments of driver names that write a file instead of paper.
FILE_PRINTER_HINTS = ("print to pdf", "microsoft xps", "xps document writer", "pdf24", "cutepdf", "dopdf",
                      "adobe pdf", "foxit pdf", "pdfcreator", "bullzip", "cups-pdf", "nitro pdf", "onenote",
                      "send to onenote", "fax")


def is_file_printer(name: str) -> bool:
    lowered = name.strip().lower()
    return bool(lowered) and any(hint in lowered for hint in FILE_PRINTER_HINTS)


def installed_printers() -> tuple[list[str], str]:
    """Names of the printers installed on this PC and the default one ("" when none is set)."""
    return [p.printerName() for p in QPrinterInfo.availablePrinters()], QPrinterInfo.defaultPrinterName()


def paper_printers(names: list[str]) -> list[str]:
    return [n for n in names if not is_file_printer(n)]
