"""Bank statements and reconciliation links (migration 0005, issue #18).

Lines are stored under their identity with INSERT OR IGNORE, so a statement imported twice (or two exports that
overlap) adds each line once; the import record says how many were new. Links are the Bendahara's decisions;
the unique indexes on bank_link_line.line_id and bank_link_entry.entry_id make a second link of the same line
or payment fail instead of settling it twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.domain.bank.matching import Link, LinkKind
from desktop.domain.bank.statement import Balance, StatementLine
from desktop.store._util import inserted_id, rowcount
from desktop.store.tables import (
    bank_balance,
    bank_import,
    bank_line,
    bank_link,
    bank_link_entry,
    bank_link_line,
)


@dataclass(frozen=True, slots=True)
class BankImport:
    id: int
    file_name: str
    sha256: str
    source: str
    account: str
    imported_at: str
    imported_by: str | None
    lines_read: int
    lines_new: int


class BankRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- statements ----------------------------------------------------------------------------------------------
    def add_import(self, *, file_name: str, sha256: str, source: str, account: str, imported_at: str,
                   imported_by: str | None, lines: Sequence[StatementLine], balances: Sequence[Balance]) -> BankImport:
        """Store a statement's lines (new ones only) and balances; returns the import record with the counts."""
        import_id = inserted_id(self._s.execute(bank_import.insert().values(
            file_name=file_name, sha256=sha256, source=source, account=account, imported_at=imported_at,
            imported_by=imported_by, lines_read=len(lines), lines_new=0)))
        before = self._count()
        if lines:
            self._s.execute(insert(bank_line).on_conflict_do_nothing(index_elements=["id"]), [
                {"id": x.line_id, "account": x.account, "date": x.date.isoformat(), "amount": x.amount,
                 "reference": x.reference, "description": x.description,
                 "counterparty_account": x.counterparty_account, "counterparty_name": x.counterparty_name,
                 "balance": x.balance, "code": x.code, "occurrence": x.occurrence, "import_id": import_id}
                for x in lines])
        new = self._count() - before
        for b in balances:  # a balance the bank states again (same day, same kind) keeps its latest value
            stmt = insert(bank_balance).values(account=b.account, date=b.date.isoformat(), kind=b.kind,
                                               amount=b.amount, import_id=import_id)
            self._s.execute(stmt.on_conflict_do_update(index_elements=["account", "date", "kind"],
                                                       set_={"amount": b.amount, "import_id": import_id}))
        self._s.execute(bank_import.update().where(bank_import.c.id == import_id).values(lines_new=new))
        return BankImport(import_id, file_name, sha256, source, account, imported_at, imported_by, len(lines), new)

    def _count(self) -> int:
        return int(self._s.execute(select(func.count()).select_from(bank_line)).scalar_one())

    def similar_lines(self, lines: Sequence[StatementLine]) -> int:
        """How many of `lines` are new by identity yet share account, date and amount with a stored line of the
        same day: the sign of one statement imported again in another format (MT940 after CSV)."""
        if not lines:
            return 0
        existing = self.lines(start=min(x.date for x in lines), end=max(x.date for x in lines))
        stored = {x.line_id for x in existing}
        loose: dict[tuple[str, str, int], int] = {}
        for x in existing:
            key = (x.account, x.date.isoformat(), x.amount)
            loose[key] = loose.get(key, 0) + 1
        count = 0
        for x in lines:
            key = (x.account, x.date.isoformat(), x.amount)
            if x.line_id not in stored and loose.get(key, 0) > 0:
                loose[key] -= 1
                count += 1
        return count

    def remove_import(self, import_id: int) -> int:
        """Take back what one import added (its new lines and its balances); returns the lines removed. The caller
        checks that none of them is linked."""
        removed = rowcount(self._s.execute(delete(bank_line).where(bank_line.c.import_id == import_id)))
        self._s.execute(delete(bank_balance).where(bank_balance.c.import_id == import_id))
        self._s.execute(delete(bank_import).where(bank_import.c.id == import_id))
        return removed

    def import_line_ids(self, import_id: int) -> set[str]:
        return set(self._s.execute(select(bank_line.c.id).where(bank_line.c.import_id == import_id)).scalars())

    def imports(self) -> list[BankImport]:
        rows = self._s.execute(select(bank_import).order_by(bank_import.c.id.desc())).all()
        return [BankImport(r.id, r.file_name, r.sha256, r.source, r.account, r.imported_at, r.imported_by,
                           r.lines_read, r.lines_new) for r in rows]

    def accounts(self) -> list[str]:
        return list(self._s.execute(select(bank_line.c.account).distinct().order_by(bank_line.c.account)).scalars())

    def lines(self, *, account: str | None = None, start: dt.date | None = None,
              end: dt.date | None = None) -> list[StatementLine]:
        q = select(bank_line)
        if account:
            q = q.where(bank_line.c.account == account)
        if start:
            q = q.where(bank_line.c.date >= start.isoformat())
        if end:
            q = q.where(bank_line.c.date <= end.isoformat())
        rows = self._s.execute(q.order_by(bank_line.c.date, bank_line.c.import_id, bank_line.c.id)).all()
        return [StatementLine(r.account, dt.date.fromisoformat(r.date), r.amount, r.reference, r.description,
                              r.counterparty_account, r.counterparty_name, r.balance, r.code, r.occurrence, r.id)
                for r in rows]

    def balances(self, account: str | None = None) -> list[Balance]:
        q = select(bank_balance)
        if account:
            q = q.where(bank_balance.c.account == account)
        return [Balance(r.account, dt.date.fromisoformat(r.date), r.amount, r.kind)
                for r in self._s.execute(q.order_by(bank_balance.c.date))]

    # -- the Bendahara's decisions ----------------------------------------------------------------------------------
    def links(self) -> list[Link]:
        lines: dict[str, list[str]] = {}
        for link_id, line_id in self._s.execute(select(bank_link_line.c.link_id, bank_link_line.c.line_id)):
            lines.setdefault(link_id, []).append(line_id)
        entries: dict[str, list[str]] = {}
        for link_id, entry_id in self._s.execute(select(bank_link_entry.c.link_id, bank_link_entry.c.entry_id)):
            entries.setdefault(link_id, []).append(entry_id)
        return [Link(r.id, LinkKind(r.kind), tuple(sorted(lines.get(r.id, ()))), tuple(sorted(entries.get(r.id, ()))),
                     r.note, r.confirmed_by or "", r.confirmed_at)
                for r in self._s.execute(select(bank_link).order_by(bank_link.c.confirmed_at, bank_link.c.id))]

    def add_link(self, link: Link, order_ids: dict[str, str]) -> None:
        """`order_ids`: entry id → the order it belongs to (for "terkonfirmasi bank" on the order)."""
        self._s.execute(bank_link.insert().values(id=link.id, kind=link.kind.value, note=link.note,
                                                  confirmed_by=link.confirmed_by, confirmed_at=link.confirmed_at))
        for line_id in link.line_ids:
            self._s.execute(bank_link_line.insert().values(link_id=link.id, line_id=line_id))
        for entry_id in link.entry_ids:
            self._s.execute(bank_link_entry.insert().values(link_id=link.id, entry_id=entry_id,
                                                            order_id=order_ids.get(entry_id, "")))

    def remove_link(self, link_id: str) -> bool:
        self._s.execute(delete(bank_link_line).where(bank_link_line.c.link_id == link_id))
        self._s.execute(delete(bank_link_entry).where(bank_link_entry.c.link_id == link_id))
        return rowcount(self._s.execute(delete(bank_link).where(bank_link.c.id == link_id))) > 0

    def confirmed_orders(self, order_ids: Iterable[str] | None = None) -> dict[str, str]:
        """order id → when its payment was confirmed against the statement (payment links only)."""
        q = (select(bank_link_entry.c.order_id, func.max(bank_link.c.confirmed_at))
             .join(bank_link, bank_link.c.id == bank_link_entry.c.link_id)
             .where(bank_link.c.kind == LinkKind.MATCH.value, bank_link_entry.c.entry_id.like("pay:%"))
             .group_by(bank_link_entry.c.order_id))
        if order_ids is not None:
            q = q.where(bank_link_entry.c.order_id.in_(list(order_ids)))
        return {order_id: at for order_id, at in self._s.execute(q) if order_id}
