"""A demo rekonsiliasi bank for November 2026 (samples and tests): the demo books' payments A–F (demo.book_month)
against a generated statement with an exact transfer, one booked a day late, a bulk transfer paying two sellers,
a returned transfer, the tax deposits, the SP2D receipt, a bank fee and interest."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.documents import demo, ledger
from desktop.documents.model import BookMonth, PaidOrder
from desktop.documents.reconciliation import ReconciliationDoc
from desktop.domain.bank.matching import BookEntry, EntryKind, Link, LinkKind, review
from desktop.domain.bank.reconciliation import reconcile
from desktop.domain.bank.rules import MatchRules
from desktop.domain.bank.statement import Balance, StatementLine, with_identities

ACCOUNT = "3001234567"


def entries(month: BookMonth) -> list[BookEntry]:
    out = []
    for p in month.payments:
        out.append(BookEntry(f"pay:{p.order_number}", EntryKind.PAYMENT, p.date, -p.net, p.seller, "",
                             (p.order_number, p.bku_number), p.order_number))
        out += [BookEntry(f"dep:{p.order_number}:{d.code}", EntryKind.DEPOSIT, d.date,
                          -next(t.amount for t in p.taxes if t.code == d.code), "Kas Negara", "", (d.ntpn,),
                          f"Setoran {d.code} {p.order_number}") for d in p.deposits]
    out += [BookEntry(f"rcv:{r.reference}", EntryKind.RECEIPT, r.date, r.amount, "", "", (r.reference,), r.uraian)
            for r in month.receipts]
    return out


def statement(month: BookMonth) -> list[StatementLine]:
    pays: dict[str, PaidOrder] = {p.order_number.split("/")[1]: p for p in month.payments}
    a, b, c, d, e, f = (pays[n] for n in ("017", "018", "019", "020", "021", "023"))

    def debit(day: dt.date, amount: int, text: str, ref: str = "", code: str = "NTRF") -> StatementLine:
        return StatementLine(ACCOUNT, day, -amount, ref, text, code=code)

    lines = [StatementLine(ACCOUNT, dt.date(2026, 11, 2), 40_000_000, "SP2D-GU-123", "SP2D GU 000123 RKUD JATENG"),
             debit(a.date, a.net, f"TRF CMS KE {a.seller.upper()} SP {a.order_number}", "CMS2511001"),
             debit(b.date + dt.timedelta(days=1), b.net, f"TRF CMS {b.seller.upper()}", "CMS2611002"),
             debit(c.date, c.net + d.net, "CMS BULK TRANSFER 2 PENERIMA", "CMSBULK2511"),
             debit(e.date, e.net, f"TRF CMS {e.seller.upper()} {e.order_number}", "CMS2511004"),
             debit(f.date, f.net, f"TRF CMS {f.seller.upper()}", "CMS2511005"),
             StatementLine(ACCOUNT, f.date + dt.timedelta(days=2), f.net, "CMS2511005",
                           "RETUR TRF REKENING TUJUAN TIDAK AKTIF")]
    for p in month.payments:
        for dep in p.deposits:
            amount = next(t.amount for t in p.taxes if t.code == dep.code)
            lines.append(debit(dep.date, amount, f"SETORAN PAJAK MPN NTPN {dep.ntpn}", dep.ntpn))
    lines += [debit(dt.date(2026, 11, 30), 6_500, "BIAYA ADM BULANAN", code="NCHG"),
              StatementLine(ACCOUNT, dt.date(2026, 11, 30), 12_345, "", "BUNGA JASA GIRO")]
    return with_identities(sorted(lines, key=lambda x: x.date))


def reconciliation_doc() -> ReconciliationDoc:
    month = demo.book_month()
    rule = MatchRules.from_resources().rule(dt.date(2026, 11, 30))
    book = entries(month)
    lines = statement(month)
    first = review(book, lines, (), rule)
    # the Bendahara confirmed the first three proposals; the rest still wait
    links = tuple(Link(f"demo-{i}", LinkKind.MATCH, c.line_ids, c.entry_ids, confirmed_by="demo",
                       confirmed_at="2026-11-30T09:00:00.000000Z") for i, c in enumerate(first.proposals[:3]))
    result = review(book, lines, links, rule)
    sums = ledger.totals(month, ledger.bku_lines(month))
    closing = month.opening_balance + sum(x.amount for x in lines)
    balances = [Balance(ACCOUNT, dt.date(2026, 11, 1), month.opening_balance, "opening"),
                Balance(ACCOUNT, dt.date(2026, 11, 30), closing, "closing")]
    rec = reconcile(2026, 11, ACCOUNT, bku_opening=sums.opening, bku_closing=sums.closing, entries=book,
                    lines=lines, balances=balances, review=result)
    return ReconciliationDoc(month.kop, rec, month.bendahara, month.pa_kpa, month.signed_on,
                             f"Bank Jateng {ACCOUNT} (Bendahara Pengeluaran)")


__all__ = ["ACCOUNT", "dataclasses", "entries", "reconciliation_doc", "statement"]
