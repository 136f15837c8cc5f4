"""Bank reconciliation figures (#18): a year of a busy Bendahara's account — reading an MT940 statement with the
mt-940 library, storing it (and the same file again: nothing added), and the matcher over every line and
payment. Prints `name: value unit (target …)` with the load average beside."""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from pathlib import Path

from desktop.domain.bank.matching import BookEntry, EntryKind, review
from desktop.domain.bank.rules import MatchRules
from desktop.services.bank_statements import read_statement
from desktop.store.db import Store
from tests.domain.bank.statements import Tx, mt940_text

START = dt.date(2026, 1, 2)


def year(payments: int, seed: int = 18) -> tuple[list[BookEntry], list[Tx]]:
    """`payments` transfers over a year, most booked the same day, some a few days late, some in bulk lines,
    plus a fee every month and some unknown debits."""
    rnd = random.Random(seed)
    entries, txs = [], []
    pending_bulk: list[BookEntry] = []
    bulk_day = START
    for n in range(payments):
        day = START + dt.timedelta(days=rnd.randrange(0, 360))
        if pending_bulk:  # a CMS bulk batch pays its sellers on one day
            day = bulk_day
        amount = rnd.randrange(50, 20_000) * 1_000 + rnd.choice((0, 500))
        e = BookEntry(f"pay:{n}", EntryKind.PAYMENT, day, -amount, f"CV Penyedia {n % 400}", f"{1000000 + n % 400}",
                      (f"000.3/{n:04d}/SP/DINKOP/2026", f"{n:04d}"), f"SP {n}")
        entries.append(e)
        roll = rnd.random()
        if roll < 0.1 or pending_bulk:
            bulk_day = day
            pending_bulk.append(e)
            if len(pending_bulk) == 3:
                txs.append(Tx(day, sum(x.amount for x in pending_bulk), "CMS BULK 3 PENERIMA", f"BULK{n}"))
                pending_bulk = []
        elif roll < 0.95:
            late = dt.timedelta(days=rnd.choice((0, 0, 0, 1, 2)))
            txs.append(Tx(day + late, e.amount, f"TRF CMS {e.beneficiary.upper()} {e.account}", f"CMS{n}"))
    for m in range(1, 13):
        txs.append(Tx(dt.date(2026, m, 28), -6_500, "BIAYA ADM BULANAN", "", "NCHG"))
        txs += [Tx(dt.date(2026, m, 15), -rnd.randrange(10, 900) * 1_000, "DEBET LAIN", f"X{m}{i}") for i in range(3)]
    txs.sort(key=lambda t: t.date)
    return entries, txs


def main(argv: list[str]) -> int:
    payments = int(argv[argv.index("--payments") + 1]) if "--payments" in argv else 3_000
    entries, txs = year(payments)
    load = os.getloadavg()
    text = mt940_text(txs, 5_000_000_000).encode()
    t0 = time.perf_counter()
    statement = read_statement(text, "tahun.sta")
    t_read = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "b.db")
        try:
            times = []
            for _ in range(2):
                t0 = time.perf_counter()
                with store.unit_of_work() as uow:
                    record = uow.bank.add_import(file_name="tahun.sta", sha256="x", source="mt940",
                                                 account=statement.account, imported_at="2026-12-31T00:00:00.000000Z",
                                                 imported_by="u", lines=statement.lines, balances=statement.balances)
                times.append((time.perf_counter() - t0, record.lines_new))
        finally:
            store.close()
    rule = MatchRules.from_resources().rule(START)
    t0 = time.perf_counter()
    result = review(entries, statement.lines, (), rule)
    t_match = time.perf_counter() - t0
    lines = len(statement.lines)
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"bank_mt940_read: {t_read * 1000:.0f} ms for {lines} lines ({lines / t_read:,.0f} lines/s)")
    print(f"bank_import_store: {times[0][0] * 1000:.0f} ms, {times[0][1]} new lines")
    print(f"bank_import_again: {times[1][0] * 1000:.0f} ms, {times[1][1]} new lines (target 0)")
    print(f"bank_review: {t_match * 1000:.0f} ms for {lines} lines x {len(entries)} payments (target < 2000 ms)")
    proposed = sum(len(c.entry_ids) for c in result.proposals)
    print(f"bank_review_proposed: {proposed} of {len(entries)} payments ({100 * proposed / len(entries):.1f} %), "
          f"{len(result.unmatched_entries)} unmatched, {len(result.unexplained)} unexplained lines, "
          f"{len(result.findings)} findings")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0
