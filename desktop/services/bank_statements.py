"""Reading a bank statement file: MT940 through the maintained `mt-940` library, CSV through a column mapping
(the officer's own first, then each bank's and the generic ones under resources/bank/mappings).

What comes out is a `desktop.domain.bank.statement.Statement`: lines with their identity, and the balances the
bank states. Every refusal is a BankError with an Indonesian message naming the file (and row, for CSV).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import mt940

from desktop.domain.bank.csv_mapping import CsvMapping, decode, mapping_from_dict, matches, read_csv
from desktop.domain.bank.statement import (
    Balance,
    BankError,
    Statement,
    StatementLine,
    decimal_to_rupiah,
    digits,
    with_identities,
)
from desktop.domain.resources import resource_path

OWN_FOLDER = "bank_mappings"  # under the data folder: mappings the officer set up


def looks_like_mt940(text: str) -> bool:
    head = text.lstrip("\ufeff \r\n")[:2000]
    return bool(re.search(r"(^|\n):20:", head)) and (":60F:" in text or ":60M:" in text or ":61:" in text)


class MappingBook:
    """The CSV mappings this PC knows: the officer's own (data folder) first, then the bundled ones."""

    def __init__(self, data_dir: Path | None) -> None:
        self.own_dir = data_dir / OWN_FOLDER if data_dir else None

    def bundled(self) -> list[CsvMapping]:
        folder = resource_path("bank", "mappings")
        found = sorted(folder.glob("*.json"), key=lambda p: (p.stem != "generic", p.stem))
        return [self._load(p) for p in found]

    def own(self) -> list[CsvMapping]:
        if self.own_dir is None or not self.own_dir.is_dir():
            return []
        return [self._load(p) for p in sorted(self.own_dir.glob("*.json"))]

    def all(self) -> list[CsvMapping]:
        own = self.own()
        taken = {m.id for m in own}
        return own + [m for m in self.bundled() if m.id not in taken]

    def get(self, mapping_id: str) -> CsvMapping:
        for m in self.all():
            if m.id == mapping_id:
                return m
        raise BankError("bank_mapping_unknown", mapping=mapping_id)

    def save(self, mapping: CsvMapping) -> Path:
        """Remember the officer's mapping (one JSON file per mapping id) for the next import."""
        if self.own_dir is None:
            raise BankError("bank_mapping_unknown", mapping=mapping.id)
        self.own_dir.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^a-z0-9_-]", "_", mapping.id.lower()) or "milik_saya"
        path = self.own_dir / f"{safe}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(mapping.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)  # never a half-written mapping
        return path

    @staticmethod
    def _load(path: Path) -> CsvMapping:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BankError("bank_mapping_invalid", where=path.name, key="(JSON)") from exc
        return mapping_from_dict(data, path.name)

    def pick(self, text: str) -> CsvMapping:
        """The first mapping whose columns this file has."""
        for m in self.all():
            if matches(m, text):
                return m
        raise BankError("bank_csv_no_mapping")


def read_statement(data: bytes, file_name: str, *, account: str = "", mapping: CsvMapping | None = None,
                   book: MappingBook | None = None) -> Statement:
    """The statement in `data` (MT940 or CSV). For CSV, `mapping` if given, else the first that fits."""
    if not data.strip():
        raise BankError("bank_file_empty", file=file_name)
    text = decode(data, file_name)
    if looks_like_mt940(text):
        return read_mt940(text, file_name, account=account)
    chosen = mapping or (book or MappingBook(None)).pick(text)
    return read_csv(text, chosen, account=account, file_name=file_name)


def _rupiah(value: Any) -> int:
    amount = getattr(value, "amount", value)
    return decimal_to_rupiah(amount if isinstance(amount, Decimal) else Decimal(str(amount)))


def read_mt940(text: str, file_name: str, *, account: str = "") -> Statement:
    """An MT940 file: one or more statements (a month downloaded as daily statements is common), each with its
    :25: account, :60F:/:62F: balances and one line per :61: with its :86: narrative. Each statement is parsed on
    its own so every day's stated balances are kept. A statement cut short (no closing balance :62F:/:62M:) makes
    the whole file refused rather than read in part."""
    chunks = [c for c in re.split(r"(?m)^(?=:20:)", text.lstrip("\ufeff")) if ":20:" in c]
    if not chunks or any(not re.search(r":62[FM]:", c) for c in chunks):
        raise BankError("bank_mt940_truncated", file=file_name)
    lines: list[StatementLine] = []
    balances: list[Balance] = []
    acct = ""
    for chunk in chunks:
        found, chunk_lines, chunk_balances = _read_one(chunk, file_name, account)
        if acct and found != acct:
            raise BankError("bank_account_other", file=file_name, found=found, expected=acct)
        acct = found
        lines += chunk_lines
        balances += chunk_balances
    if not lines:
        raise BankError("bank_file_no_lines", file=file_name)
    return Statement(acct, tuple(with_identities(lines)), tuple(balances), "mt940")


def _read_one(text: str, file_name: str, account: str) -> tuple[str, list[StatementLine], list[Balance]]:
    try:
        parsed = mt940.parse(text)
    except Exception as exc:  # the library raises many kinds (ValueError, KeyError, its own) for bad input
        raise BankError("bank_mt940_invalid", file=file_name, problem=str(exc)[:120]) from exc
    data = parsed.data
    acct = digits(str(data.get("account_identification") or "")) or digits(account)
    if not acct:
        raise BankError("bank_account_missing", file=file_name)
    if account and digits(account) and digits(account) != acct:
        raise BankError("bank_account_other", file=file_name, found=acct, expected=digits(account))
    lines = []
    for tx in parsed:
        d = tx.data
        if d.get("amount") is None or d.get("date") is None:
            raise BankError("bank_mt940_invalid", file=file_name, problem=":61:")
        reference = str(d.get("customer_reference") or "")
        if reference.upper() == "NONREF":
            reference = str(d.get("bank_reference") or "")
        lines.append(StatementLine(acct, _as_date(d["date"]), _rupiah(d["amount"]), reference,
                                   " ".join(str(d.get("transaction_details") or "").split()),
                                   code=str(d.get("id") or "")))
    balances: list[Balance] = []
    for key, kind in (("final_opening_balance", "opening"), ("opening_balance", "opening"),
                      ("final_closing_balance", "closing"), ("closing_balance", "closing")):
        b = data.get(key)
        if b is not None and not any(x.kind == kind for x in balances):
            balances.append(Balance(acct, _as_date(b.date), _rupiah(b.amount), kind))
    return acct, lines, balances


def _as_date(value: Any) -> dt.date:
    """mt940's Date is a datetime.date subclass; keep a plain date so equality and isoformat behave."""
    return dt.date(value.year, value.month, value.day)
