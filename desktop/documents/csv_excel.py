"""CSV that Excel opens correctly on an office PC with Indonesian regional settings (the one CSV dialect of the app).

What Excel does with a double-clicked .csv depends on Windows' regional settings, not on the file:
- the column separator is the region's *list separator*: ";" in Indonesian (where "," is the decimal mark), "," in
  English (United States). Indonesian offices are the users, so ";" — with "," Excel id-ID puts a whole row in one
  cell;
- the text is read as the ANSI code page unless the file starts with a UTF-8 BOM: without it "Ñoño" or "—"
  turns into mojibake;
- numbers are parsed with the region's decimal mark: "0.4321" in an Indonesian Excel is not 0,4321 (the dot is the
  thousands separator), so fractions are written with a decimal comma; money stays integer rupiah in plain digits so
  it sums in any locale;
- rows end in CRLF (Excel accepts LF, other Windows tools often do not).
A text cell that starts with = + - @ (or a tab/CR) would run as a formula when opened; it is prefixed with an
apostrophe (OWASP "CSV injection") — seller-supplied names reach these files.
For exact codes and long numbers (NIK, NPWP, accounts) the XLSX export is the one to use: CSV has no types.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

SEPARATOR = ";"
BOM = "\ufeff"
LINE_END = "\r\n"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | Decimal | dt.date | bool | None


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = format(Decimal(str(value)).normalize(), "f")
        return text.replace(".", ",")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, bom: bool = True) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator=LINE_END)
    writer.writerow([cell_text(h) for h in header])
    for row in rows:
        writer.writerow([cell_text(v) for v in row])
    return ((BOM if bom else "") + buffer.getvalue()).encode("utf-8")
