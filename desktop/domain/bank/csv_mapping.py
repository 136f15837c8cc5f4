"""Reading a bank's CSV export with a column mapping.

A mapping says which header holds the date, the narrative, the reference, the amount (one signed column, one
column plus a D/K column, or separate debit and credit columns) and the balance, how dates and amounts are
written, and which rows state the opening or closing balance. Mappings are data: a generic one and each bank's
known export under resources/bank/mappings/, and the officer's own (set once in the import dialog) in the data
folder. Every problem names the file's row and column, in Indonesian.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.bank.statement import (
    Balance,
    BankError,
    Statement,
    StatementLine,
    digits,
    parse_bank_amount,
    with_identities,
)

FIELDS = ("date", "description", "reference", "amount", "direction", "debit", "credit", "balance",
          "counterparty_account", "counterparty_name")


@dataclass(frozen=True)
class CsvMapping:
    id: str
    name: str
    columns: Mapping[str, tuple[str, ...]]  # field → accepted header names (case and spaces ignored)
    bank: str = ""
    delimiter: str = ""  # "" = guess from the header line (',', ';', tab or '|')
    date_formats: tuple[str, ...] = ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y")
    decimal: str = ","
    thousands: str = "."
    debit_markers: tuple[str, ...] = ("D", "DB", "DR", "DEBIT", "DEBET")
    opening_markers: tuple[str, ...] = ("SALDO AWAL", "OPENING BALANCE")
    closing_markers: tuple[str, ...] = ("SALDO AKHIR", "CLOSING BALANCE")
    account: str = ""  # fixed account number when the file does not say it
    extra: Mapping[str, Any] = field(default_factory=dict)

    def header_names(self, key: str) -> tuple[str, ...]:
        return self.columns.get(key, ())

    def to_dict(self) -> dict[str, Any]:
        return {"schema": 1, "id": self.id, "name": self.name, "bank": self.bank, "delimiter": self.delimiter,
                "date_formats": list(self.date_formats), "decimal": self.decimal, "thousands": self.thousands,
                "debit_markers": list(self.debit_markers), "opening_markers": list(self.opening_markers),
                "closing_markers": list(self.closing_markers), "account": self.account,
                "columns": {k: list(v) for k, v in self.columns.items()}}


def _texts(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BankError("bank_mapping_invalid", where=where, key=key)
    return tuple(v for v in value if v.strip())


def mapping_from_dict(data: Any, where: str) -> CsvMapping:
    """A mapping from its JSON form; a malformed file is a BankError naming the file and the key."""
    if not isinstance(data, dict):
        raise BankError("bank_mapping_invalid", where=where, key="(isi berkas)")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise BankError("bank_mapping_invalid", where=where, key=key)
    raw_columns = data.get("columns")
    if not isinstance(raw_columns, dict):
        raise BankError("bank_mapping_invalid", where=where, key="columns")
    unknown = set(raw_columns) - set(FIELDS)
    if unknown:
        raise BankError("bank_mapping_invalid", where=where, key=", ".join(sorted(unknown)))
    columns = {k: _texts(v, where, f"columns.{k}") for k, v in raw_columns.items()}
    columns = {k: v for k, v in columns.items() if v}
    has_amount = "amount" in columns or ("debit" in columns and "credit" in columns)
    if "date" not in columns or not has_amount:
        raise BankError("bank_mapping_incomplete", where=where)
    options: dict[str, Any] = {}
    for key in ("date_formats", "debit_markers", "opening_markers", "closing_markers"):
        if key in data:
            options[key] = tuple(x.upper() if key != "date_formats" else x for x in _texts(data[key], where, key))
    for key in ("bank", "delimiter", "decimal", "thousands", "account"):
        if key in data:
            if not isinstance(data[key], str):
                raise BankError("bank_mapping_invalid", where=where, key=key)
            options[key] = data[key]
    if options.get("decimal", ",") == options.get("thousands", "."):
        raise BankError("bank_mapping_invalid", where=where, key="decimal/thousands")
    return CsvMapping(id=data["id"].strip(), name=data["name"].strip(), columns=columns, **options)


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").replace("_", " ").split()).upper().rstrip(".:")


def _find_header(rows: Sequence[Sequence[str]], mapping: CsvMapping) -> tuple[int, dict[str, int]] | None:
    """The first row (within the first 30) that names every column the mapping needs, and where each field is."""
    for index, row in enumerate(rows[:30]):
        cells = {_norm(c): i for i, c in enumerate(row)}
        found = {}
        for key, names in mapping.columns.items():
            hit = next((cells[_norm(n)] for n in names if _norm(n) in cells), None)
            if hit is not None:
                found[key] = hit
        needed = {"date"} | ({"amount"} if "amount" in mapping.columns else {"debit", "credit"})
        if needed <= found.keys():
            return index, found
    return None


def decode(data: bytes, file_name: str) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else Windows-1252 as Excel writes it; binary is refused."""
    if b"\x00" in data[:4096]:
        raise BankError("bank_file_not_text", file=file_name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def split_rows(text: str, delimiter: str = "") -> list[list[str]]:
    sample = "\n".join(text.splitlines()[:30])
    if not delimiter:
        counts = {d: sample.count(d) for d in (";", ",", "\t", "|")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def matches(mapping: CsvMapping, text: str) -> bool:
    """Does this file's header carry the columns the mapping needs (used to pick a mapping by itself)?"""
    return _find_header(split_rows(text, mapping.delimiter), mapping) is not None


def _date(text: str, formats: Sequence[str], where: str) -> dt.date:
    value = text.strip().split(" ")[0]
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise BankError("bank_date_invalid", text=text.strip(), where=where, formats=", ".join(formats))


def read_csv(text: str, mapping: CsvMapping, *, account: str = "", file_name: str = "") -> Statement:
    """The statement in `text` read with `mapping`. `account` (digits) is the Bendahara's account this file is
    for, when neither the mapping nor the file says it."""
    rows = split_rows(text, mapping.delimiter)
    if not any(any(c.strip() for c in r) for r in rows):
        raise BankError("bank_file_empty", file=file_name)
    located = _find_header(rows, mapping)
    if located is None:
        wanted = ", ".join(" / ".join(v) for k, v in mapping.columns.items()
                           if k in ("date", "amount", "debit", "credit"))
        raise BankError("bank_csv_columns_missing", file=file_name, mapping=mapping.name, columns=wanted)
    header_row, col = located
    acct = digits(account or mapping.account)
    if not acct:
        raise BankError("bank_account_missing", file=file_name)
    lines: list[StatementLine] = []
    balances: list[Balance] = []
    for index in range(header_row + 1, len(rows)):
        row = rows[index]
        where = f"{file_name} baris {index + 1}"

        def cell(key: str, row: Sequence[str] = row) -> str:
            i = col.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        if not any(c.strip() for c in row):
            continue
        label = " ".join((cell("date"), cell("description"))).upper()
        marker = next((kind for kind, words in (("opening", mapping.opening_markers),
                                               ("closing", mapping.closing_markers))
                       if any(w in label for w in words)), None)
        if marker is not None:  # "Saldo Awal 1.000.000" rows: a stated balance, not a transaction
            if cell("balance") and lines:
                day = lines[-1].date if marker == "closing" else lines[0].date
                balances.append(Balance(acct, day, parse_bank_amount(cell("balance"), mapping.decimal,
                                        mapping.thousands, where=f"{where}, kolom saldo"), marker))
            elif cell("balance"):
                balances.append(Balance(acct, dt.date.min, parse_bank_amount(
                    cell("balance"), mapping.decimal, mapping.thousands, where=f"{where}, kolom saldo"), marker))
            continue
        if not cell("date"):
            continue  # footers and notes under the table
        day = _date(cell("date"), mapping.date_formats, f"{where}, kolom tanggal")
        amount = _amount(cell, mapping, where)
        balance = (parse_bank_amount(cell("balance"), mapping.decimal, mapping.thousands,
                                     where=f"{where}, kolom saldo") if cell("balance") else None)
        lines.append(StatementLine(acct, day, amount, cell("reference"), cell("description"),
                                   digits(cell("counterparty_account")), cell("counterparty_name"), balance))
    if not lines:
        raise BankError("bank_file_no_lines", file=file_name)
    # an opening balance row seen before any line gets the first line's date
    first = min(x.date for x in lines)
    balances = [b if b.date != dt.date.min else Balance(b.account, first, b.amount, b.kind) for b in balances]
    return Statement(acct, tuple(with_identities(lines)), tuple(balances), f"csv:{mapping.id}")


def _amount(cell: Any, mapping: CsvMapping, where: str) -> int:
    def parse(key: str, label: str) -> int:
        return parse_bank_amount(cell(key), mapping.decimal, mapping.thousands, where=f"{where}, kolom {label}")

    if "amount" in mapping.columns:
        value = parse("amount", "jumlah")
        direction = cell("direction").upper()
        if direction and "direction" in mapping.columns:
            value = -abs(value) if direction in mapping.debit_markers else abs(value)
        return value
    debit = parse("debit", "debet") if cell("debit") else 0
    credit = parse("credit", "kredit") if cell("credit") else 0
    if debit and credit:
        raise BankError("bank_debit_and_credit", where=where)
    if not debit and not credit:
        raise BankError("bank_amount_empty", where=where)
    return -abs(debit) if debit else abs(credit)
