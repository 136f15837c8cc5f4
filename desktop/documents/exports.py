"""The month's books as CSV and XLSX for typing into SIPD RI: plain integers and ISO dates, same rows as the PDFs.

CSV uses ";" and a UTF-8 BOM by default because Excel with Indonesian regional settings opens that directly.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.documents import csv_excel, ledger, templates
from desktop.documents.model import BookMonth
from desktop.documents.taxbridge import tax_name

Row = Sequence[csv_excel.Cell]


def _headers(*keys: str) -> list[str]:
    t = templates.load("books")
    return [t.text(k) for k in keys]


def bku_table(month: BookMonth) -> tuple[list[str], list[Row]]:
    header = _headers("col_date", "col_bku", "col_rekening", "col_uraian", "col_in", "col_out", "col_saldo",
                      "col_reference")
    rows: list[Row] = [(x.date, x.number, x.kode_rekening, x.uraian, x.penerimaan, x.pengeluaran, x.saldo,
                        x.reference) for x in ledger.bku_lines(month)]
    return header, rows


def tax_tables(month: BookMonth) -> dict[str, tuple[list[str], list[Row]]]:
    header = _headers("col_date", "col_bku", "col_uraian", "col_pungutan", "col_setoran", "col_saldo",
                      "col_reference")
    return {code: (header, [(x.date, x.bku_number, x.uraian, x.pungutan, x.setoran, x.saldo, x.reference)
                            for x in book])
            for code, book in ledger.tax_books(ledger.bku_lines(month)).items()}


def register_table(month: BookMonth) -> tuple[list[str], list[Row]]:
    header = _headers("col_no", "col_date", "col_sp", "col_bast", "col_seller", "col_uraian", "col_amount",
                      "col_withheld", "col_net", "col_method", "col_bku")
    rows: list[Row] = [(r.number, r.date, r.sp_number, r.bast_number, r.seller, r.uraian, r.amount, r.withheld, r.net,
                        r.method, r.bku_number) for r in ledger.register_rows(month, ledger.bku_lines(month))]
    return header, rows


def to_csv(header: list[str], rows: Iterable[Row], bom: bool = True) -> bytes:
    """The app's one CSV dialect (desktop/documents/csv_excel.py: BOM, ";", CRLF, decimal comma)."""
    return csv_excel.to_csv(header, rows, bom=bom)


def books_csv(month: BookMonth) -> dict[str, bytes]:
    """File name → CSV bytes: bku, one per tax type, register."""
    files = {f"bku_{month.year}_{month.month:02d}.csv": to_csv(*bku_table(month))}
    for code, table in tax_tables(month).items():
        files[f"pajak_{code.lower()}_{month.year}_{month.month:02d}.csv"] = to_csv(*table)
    files[f"register_{month.year}_{month.month:02d}.csv"] = to_csv(*register_table(month))
    return files


def books_xlsx(month: BookMonth) -> bytes:
    """One workbook: BKU, a sheet per tax type, the register. Amounts are numbers, dates are dates."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "BKU"
    _fill(sheet, *bku_table(month))
    for code, table in tax_tables(month).items():
        _fill(workbook.create_sheet(tax_name(code)[:31]), *table)
    _fill(workbook.create_sheet("Register"), *register_table(month))
    # Fixed metadata so the same month exports to the same bytes (hashable in the evidence pack).
    stamp = dt.datetime.combine(month.signed_on, dt.time())
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "Blangkon Desktop"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), stamp)


_MODIFIED = re.compile(r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>")


def _fixed_zip_times(data: bytes, stamp: dt.datetime) -> bytes:
    """openpyxl stamps zip entries, and the workbook's `modified` property (save_workbook overwrites it), with the
    current time; rewrite both so equal books give equal bytes even across a second boundary."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    modified = f"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp.strftime('%Y-%m-%dT%H:%M:%SZ')}</dcterms:modified>"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(modified, content.decode("utf-8")).encode("utf-8")
            target.writestr(fixed, content)
    return out.getvalue()


def _fill(sheet: object, header: list[str], rows: list[Row]) -> None:
    ws = sheet  # openpyxl Worksheet; typed loosely to keep openpyxl types out of the signature
    ws.append(header)  # type: ignore[attr-defined]
    for cell in ws[1]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    widths = [len(h) for h in header]
    for row in rows:
        ws.append(list(row))  # type: ignore[attr-defined]
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(60, len(str(value))))
    for col, value_width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = value_width + 2  # type: ignore[attr-defined]
        for cell in ws[letter][1:]:  # type: ignore[index]
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
