"""Document numbers issued offline from blocks the server reserved for this device (SYNC.md §4, DHIS2's
reserved values). Sequences are per OPD, year and document type; gap-free inside the reserved ranges and
never reused: a cancelled document's number is voided ("batal"), not handed out again. Formatting the
number (`000.3/017/SP/DINKOP/XI/2026`) is the domain's NumberTemplate; the store deals in integers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.store._util import inserted_id, iso, rowcount
from desktop.store.errors import NotFoundError, NumberBlockOverlapError, NumbersExhaustedError, StoreError
from desktop.store.records import IssuedNumber, NumberBlock
from desktop.store.tables import doc_number_block as blk
from desktop.store.tables import doc_number_issued as iss
from desktop.store.texts import STORE_TEXTS


def _block(r: Any) -> NumberBlock:
    return NumberBlock(r.id, r.opd_id, r.year, r.doc_type, r.start, r.end, r.next, r.issued_at)


def _issued(r: Any) -> IssuedNumber:
    return IssuedNumber(r.id, r.opd_id, r.year, r.doc_type, r.number, r.text, r.order_id, r.issued_at,
                        bool(r.void), r.void_reason, r.voided_at)


class NumberRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_block(self, opd_id: str, year: int, doc_type: str, start: int, end: int, *,
                  now: datetime | None = None) -> NumberBlock:
        if start < 1 or end < start:
            raise StoreError(STORE_TEXTS("bad_number_block", start=start, end=end), code="bad_number_block")
        overlap = self._s.execute(select(blk.c.id).where(
            blk.c.opd_id == opd_id, blk.c.year == year, blk.c.doc_type == doc_type,
            blk.c.start <= end, blk.c.end >= start)).first()
        if overlap is not None:
            raise NumberBlockOverlapError(STORE_TEXTS("number_block_overlap", doc_type=doc_type, start=start, end=end,
                                                      year=year))
        new_id = inserted_id(self._s.execute(blk.insert().values(opd_id=opd_id, year=year, doc_type=doc_type, start=start,
                                                     end=end, next=start, issued_at=iso(now))
                                 ))
        return _block(self._s.execute(select(blk).where(blk.c.id == new_id)).one())

    def blocks(self, opd_id: str, year: int, doc_type: str) -> list[NumberBlock]:
        q = (select(blk).where(blk.c.opd_id == opd_id, blk.c.year == year, blk.c.doc_type == doc_type)
             .order_by(blk.c.start))
        return [_block(r) for r in self._s.execute(q)]

    def remaining(self, opd_id: str, year: int, doc_type: str) -> int:
        return sum(b.remaining for b in self.blocks(opd_id, year, doc_type))

    def next_number(self, opd_id: str, year: int, doc_type: str, *, order_id: str | None = None,
                    text: str | None = None, now: datetime | None = None) -> IssuedNumber:
        """Take the lowest unused reserved number. Runs inside the caller's (write-locked) unit of work, so
        a rollback of the document also returns its number: no gap."""
        b = self._s.execute(select(blk).where(blk.c.opd_id == opd_id, blk.c.year == year,
                                              blk.c.doc_type == doc_type, blk.c.next <= blk.c.end)
                            .order_by(blk.c.start).limit(1)).one_or_none()
        if b is None:
            raise NumbersExhaustedError(STORE_TEXTS("numbers_exhausted", doc_type=doc_type, year=year))
        self._s.execute(update(blk).where(blk.c.id == b.id).values(next=b.next + 1))
        new_id = inserted_id(self._s.execute(iss.insert().values(opd_id=opd_id, year=year, doc_type=doc_type,
                                                     number=b.next, text=text, order_id=order_id,
                                                     issued_at=iso(now), void=0)))
        return _issued(self._s.execute(select(iss).where(iss.c.id == new_id)).one())

    def set_text(self, issued_id: int, text: str) -> None:
        self._s.execute(update(iss).where(iss.c.id == issued_id).values(text=text))

    def void(self, opd_id: str, year: int, doc_type: str, number: int, reason: str, *,
             now: datetime | None = None) -> IssuedNumber:
        where = (iss.c.opd_id == opd_id, iss.c.year == year, iss.c.doc_type == doc_type, iss.c.number == number)
        if rowcount(self._s.execute(update(iss).where(*where).values(void=1, void_reason=reason, voided_at=iso(now))
                           )) == 0:
            raise NotFoundError(STORE_TEXTS("number_not_issued", doc_type=doc_type, number=number, year=year))
        return _issued(self._s.execute(select(iss).where(*where)).one())

    def issued(self, opd_id: str, year: int, doc_type: str) -> list[IssuedNumber]:
        q = (select(iss).where(iss.c.opd_id == opd_id, iss.c.year == year, iss.c.doc_type == doc_type)
             .order_by(iss.c.number))
        return [_issued(r) for r in self._s.execute(q)]

    def for_order(self, order_id: str) -> list[IssuedNumber]:
        return [_issued(r) for r in self._s.execute(select(iss).where(iss.c.order_id == order_id)
                                                    .order_by(iss.c.doc_type, iss.c.number))]

    def issued_count(self) -> int:
        return int(self._s.execute(select(func.count()).select_from(iss)).scalar_one())
