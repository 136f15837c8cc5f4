"""The records an action leaves on an order (`order.receipt`, `order.payment`), as both sides read them.

The client sends the record in the action's payload; the server checks its shape here and stores it on the order,
so the copy every PC pulls back is the one the officer recorded (documents and books read it after a sync).
Every field added here is optional on the wire: an older client that omits it is still valid.

receive / report_mismatch — `payload.receipt` (optional fields):
  `date` inspection date, `arrived_on` the day the goods arrived, `deadline` the SP's delivery deadline,
  `late_working_days` (int ≥ 0, working days after the deadline), `fungsi_ok` / `jumlah_ok` / `waktu_ok` (bool),
  `received` ({line id: qty}), `notes`, `complete` (bool). Dates are `YYYY-MM-DD`.

mark_paid — besides `method`, `amount`, `date`, `bku_number`:
  `taxes`: every tax on the purchase, each with its collector — `{code, label, article, base, rate, amount,
  collector}`, collector ∈ TAX_COLLECTORS; `net`: the amount transferred to the seller, which must equal `amount`
  minus the taxes whose collector is BENDAHARA; `collected_by_others`: the sum of the other taxes;
  `deposits`: `{code, amount, date, ntpn}` for taxes the Bendahara withheld and deposited; `meterai` and `dpp`
  (harga jual excluding PPN) as ints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .errors import ErrorCode, ProtocolError

BENDAHARA = "BENDAHARA"
TAX_COLLECTORS = (BENDAHARA, "PIHAK_LAIN", "PENYEDIA")
RECEIPT_DATE_FIELDS = ("date", "arrived_on", "deadline")
RECEIPT_FLAG_FIELDS = ("fungsi_ok", "jumlah_ok", "waktu_ok", "complete")
RECEIPT_FIELDS = (*RECEIPT_DATE_FIELDS, *RECEIPT_FLAG_FIELDS, "late_working_days", "received", "notes", "by_name")
PAYMENT_FIELDS = ("method", "amount", "date", "bku_number", "net", "taxes", "collected_by_others", "deposits",
                  "meterai", "collector", "dpp", "paid_by_name")


def _invalid(detail: str) -> ProtocolError:
    return ProtocolError(ErrorCode.VALIDATION_ERROR, detail)


def _rupiah(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid(f"Kolom '{where}' harus rupiah bulat ≥ 0.")
    return value


def _date(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, str) and len(value) == 10:
        try:
            dt.date.fromisoformat(value)
            return
        except ValueError:
            pass
    raise _invalid(f"Kolom '{where}' harus tanggal YYYY-MM-DD.")


def _text(value: Any, where: str) -> None:
    if value is not None and not isinstance(value, str):
        raise _invalid(f"Kolom '{where}' harus berupa teks.")


def validate_receipt(payload: Mapping[str, Any]) -> None:
    record = payload.get("receipt")
    if record is None:
        return
    if not isinstance(record, dict):
        raise _invalid("Kolom 'payload.receipt' harus berupa objek.")
    for name in RECEIPT_DATE_FIELDS:
        _date(record.get(name), f"payload.receipt.{name}")
    for name in RECEIPT_FLAG_FIELDS:
        if name in record and not isinstance(record[name], bool):
            raise _invalid(f"Kolom 'payload.receipt.{name}' harus true/false.")
    if record.get("late_working_days") is not None:
        _rupiah(record["late_working_days"], "payload.receipt.late_working_days")
    received = record.get("received")
    if received is not None and not (isinstance(received, dict) and all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in received.items())):
        raise _invalid("Kolom 'payload.receipt.received' harus {id baris: jumlah diterima}.")
    _text(record.get("notes"), "payload.receipt.notes")
    _text(record.get("by_name"), "payload.receipt.by_name")


def receipt_record(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The known fields of `payload.receipt` (after `validate_receipt`), for the server to store."""
    record = payload.get("receipt") or {}
    return {k: record[k] for k in RECEIPT_FIELDS if k in record}


def validate_payment(payload: Mapping[str, Any]) -> None:
    """The breakdown of a payment, when sent: each tax with its collector, and a net that adds up."""
    _date(payload.get("date"), "payload.date")
    _text(payload.get("bku_number"), "payload.bku_number")
    taxes = payload.get("taxes")
    if taxes is None:
        if payload.get("net") is not None or payload.get("deposits"):
            raise _invalid("Kolom 'payload.taxes' wajib ada bersama 'net' dan 'deposits'.")
        return
    if not isinstance(taxes, list):
        raise _invalid("Kolom 'payload.taxes' harus berupa daftar.")
    withheld: dict[str, int] = {}
    others = 0
    for i, tax in enumerate(taxes):
        where = f"payload.taxes[{i}]"
        if not isinstance(tax, dict) or not isinstance(tax.get("code"), str) or not tax["code"]:
            raise _invalid(f"Kolom '{where}.code' wajib diisi.")
        amount = _rupiah(tax.get("amount"), f"{where}.amount")
        if tax.get("base") is not None:
            _rupiah(tax["base"], f"{where}.base")
        for name in ("label", "article", "rate"):
            _text(tax.get(name), f"{where}.{name}")
        if tax.get("collector") not in TAX_COLLECTORS:
            raise _invalid(f"Kolom '{where}.collector' harus salah satu dari: {', '.join(TAX_COLLECTORS)}.")
        if tax["collector"] == BENDAHARA:
            if tax["code"] in withheld:
                raise _invalid(f"Pajak {tax['code']} tercatat dua kali pada pembayaran.")
            withheld[tax["code"]] = amount
        else:
            others += amount
    amount = _rupiah(payload.get("amount"), "payload.amount")
    net = _rupiah(payload.get("net"), "payload.net")
    if net != amount - sum(withheld.values()):
        raise _invalid(f"Jumlah bersih {net} harus sama dengan jumlah {amount} dikurangi pajak yang dipotong "
                       f"Bendahara ({sum(withheld.values())}).")
    if payload.get("collected_by_others") is not None and \
            _rupiah(payload["collected_by_others"], "payload.collected_by_others") != others:
        raise _invalid("Kolom 'payload.collected_by_others' harus jumlah pajak yang dipungut pihak lain.")
    for name in ("meterai", "dpp"):
        if payload.get(name) is not None:
            _rupiah(payload[name], f"payload.{name}")
    deposits = payload.get("deposits") or []
    if not isinstance(deposits, list):
        raise _invalid("Kolom 'payload.deposits' harus berupa daftar.")
    seen: set[str] = set()
    for i, dep in enumerate(deposits):
        where = f"payload.deposits[{i}]"
        if not isinstance(dep, dict) or dep.get("code") not in withheld or dep["code"] in seen:
            raise _invalid(f"Kolom '{where}.code' harus pajak yang dipotong Bendahara, sekali saja.")
        seen.add(dep["code"])
        if _rupiah(dep.get("amount"), f"{where}.amount") != withheld[dep["code"]]:
            raise _invalid(f"Setoran {dep['code']} harus sama dengan pajak yang dipotong.")
        _date(dep.get("date"), f"{where}.date")
        if not isinstance(dep.get("ntpn"), str) or not dep["ntpn"].strip():
            raise _invalid(f"Kolom '{where}.ntpn' wajib diisi.")


def payment_record(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The known fields of a mark_paid payload (after `validate_payment`), for the server to store."""
    return {k: payload[k] for k in PAYMENT_FIELDS if k in payload}
