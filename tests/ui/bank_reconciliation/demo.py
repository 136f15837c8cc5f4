"""A Bendahara's November for the reconciliation screen tests and screenshots: five orders paid by transfer, an
SP2D receipt in the BKU, and an MT940 statement with an exact transfer, one a day late, a bulk transfer paying
two sellers, a partial transfer, the same transfer twice, a returned transfer, a bank fee and an unknown debit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services.bank_reconciliation import BankService
from desktop.services.payments import PaymentInput
from tests.domain.bank.statements import Tx, mt940_text
from tests.services.test_payments import to_bast
from tests.services.workflow_world import World, make_world

PAID = dt.date(2026, 11, 23)  # the world's today (workflow_world.NOW); the bank books up to a week later


@dataclass
class Month:
    world: World
    bank: BankService
    statement: Path
    orders: dict[str, Any]


def pay(w: World, product_id: int, qty: int, bku: str) -> Any:
    order = to_bast(w, product_id, qty)
    w.login("bendahara")
    w.payments.request_payment(order.id)
    w.login("pa")
    w.payments.authorize(order.id)
    w.login("bendahara")
    return w.payments.record_payment(order.id, PaymentInput("TRANSFER", PAID, bku))


def build(tmp: Path) -> Month:
    w = make_world(tmp)
    orders = {"A": pay(w, 1001, 200, "0457"), "B": pay(w, 2001, 10, "0458"), "C": pay(w, 3001, 40, "0459"),
              "D": pay(w, 1002, 20, "0460"), "E": pay(w, 1003, 30, "0461")}
    with w.store.unit_of_work() as uow:
        uow.settings.set("bku_opening_balance", {"2026-11": 10_000_000})
        uow.settings.set("bku_receipts", [{"date": "2026-11-02", "uraian": "Penerimaan SP2D GU Nomor 000123/GU/2026",
                                           "amount": 50_000_000, "reference": "SP2D-000123", "number": "0450"}])
    net = {k: o.payment["net"] for k, o in orders.items()}
    day = PAID
    txs = [Tx(dt.date(2026, 11, 2), 50_000_000, "SP2D GU 000123 RKUD", "SP2D-000123"),
           Tx(day, -net["A"], "TRF CMS CV SINAR JAYA ABADI 1234567890", "CMS2411001"),
           Tx(day, -net["A"], "TRF CMS CV SINAR JAYA ABADI 1234567890", "CMS2411001"),
           Tx(day + dt.timedelta(days=1), -net["B"], "TRF CMS UD BATIK LESTARI", "CMS2511002"),
           Tx(day, -(net["C"] + net["D"]), "CMS BULK TRANSFER 2 PENERIMA", "CMSBULK2411"),
           Tx(day, -(net["E"] - 2_500), f"TRF {orders['E'].number} POT BIAYA", "CMS2411005"),
           Tx(dt.date(2026, 11, 26), -1_250_000, "TRF ONLINE KE 998877", "TRX7781"),
           Tx(dt.date(2026, 11, 27), 1_250_000, "RETUR TRF REK TUJUAN TUTUP", "TRX7781"),
           Tx(dt.date(2026, 11, 27), -333_000, "DEBET LAIN-LAIN", "DB2711"),
           Tx(dt.date(2026, 11, 30), -6_500, "BIAYA ADM BULANAN", "", "NCHG")]
    path = tmp / "rekening_koran_nov_2026.sta"
    path.write_text(mt940_text(txs, 10_000_000), encoding="utf-8")
    bank = BankService(w.store, w.session, documents=w.documents, data_dir=tmp)
    return Month(w, bank, path, orders)
