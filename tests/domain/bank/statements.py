"""Generated bank statements for the reconciliation tests (domain, services, documents, screen).

`Tx` is one movement as the bank books it; `csv_text` and `mt940_text` write a statement the way an
internet-banking export does (generic Debet/Kredit CSV, Bank Jateng's one-amount CSV, SWIFT MT940), with a
running balance, so the importers are tested on text, not on objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

ACCOUNT = "1234567890"  # the Bendahara's account


@dataclass(frozen=True)
class Tx:
    date: dt.date
    amount: int  # signed: negative = debit
    description: str
    reference: str = ""
    code: str = "NTRF"


def _id_number(n: int) -> str:
    """1234567 → "1.234.567,00" (Indonesian grouping, as the banks export it)."""
    return f"{n:,}".replace(",", ".") + ",00"


def csv_text(txs: Sequence[Tx], opening: int, *, style: str = "generic") -> str:
    balance = opening
    if style == "bank_jateng":
        rows = ["Tanggal Transaksi;Uraian Transaksi;No. Referensi;Nominal;D/K;Saldo Akhir",
                f";SALDO AWAL;;;;{_id_number(opening)}"]
        for t in txs:
            balance += t.amount
            rows.append(f"{t.date:%d/%m/%Y};{t.description};{t.reference};{_id_number(abs(t.amount))};"
                        f"{'D' if t.amount < 0 else 'K'};{_id_number(balance)}")
        rows.append(f";SALDO AKHIR PERIODE;;;;{_id_number(balance)}")
        return "\n".join(rows) + "\n"
    rows = ["Tanggal,Keterangan,Referensi,Debet,Kredit,Saldo"]
    for t in txs:
        balance += t.amount
        debit = f'"{_id_number(-t.amount)}"' if t.amount < 0 else ""
        credit = f'"{_id_number(t.amount)}"' if t.amount > 0 else ""
        rows.append(f'{t.date:%d/%m/%Y},"{t.description}",{t.reference},{debit},{credit},"{_id_number(balance)}"')
    return "\n".join(rows) + "\n"


def mt940_text(txs: Sequence[Tx], opening: int, *, account: str = ACCOUNT, number: str = "00011") -> str:
    def amount(n: int) -> str:
        return f"{n},00"

    first = min((t.date for t in txs), default=dt.date(2026, 11, 1))
    last = max((t.date for t in txs), default=first)
    out = [":20:STMT" + last.strftime("%Y%m%d"), f":25:{account}", f":28C:{number}/001",
           f":60F:C{first:%y%m%d}IDR{amount(opening)}"]
    balance = opening
    for t in txs:
        balance += t.amount
        mark = "D" if t.amount < 0 else "C"
        out.append(f":61:{t.date:%y%m%d}{t.date:%m%d}{mark}{amount(abs(t.amount))}{t.code}{t.reference or 'NONREF'}")
        out.append(f":86:{t.description}")
    sign = "C" if balance >= 0 else "D"
    out.append(f":62F:{sign}{last:%y%m%d}IDR{amount(abs(balance))}")
    return "\r\n".join(out) + "\r\n-\r\n"
