"""Document number blocks per OPD, year and type. One counter per (OPD, year, type) feeds both the server's own
numbers and the blocks handed to devices, so a number can never be issued twice (DHIS2's reserved values)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import ErrorCode, ProtocolError
from sync.server.storage import models as m
from sync.server.storage.db import now_iso


def counter_name(opd_id: str, year: int, doc_type: str) -> str:
    return f"num:{opd_id}:{year}:{doc_type}"


def next_numbers(conn: Connection, opd_id: str, year: int, doc_type: str, size: int) -> range:
    name = counter_name(opd_id, year, doc_type)
    c = m.counter.c
    end = conn.execute(update(m.counter).where(c.name == name).values(value=c.value + size)
                       .returning(c.value)).scalar()
    if end is None:
        try:
            with conn.begin_nested():
                conn.execute(insert(m.counter).values(name=name, value=size))
            end = size
        except IntegrityError:  # a concurrent first block created the row: take the next range after it
            end = conn.execute(update(m.counter).where(c.name == name).values(value=c.value + size)
                               .returning(c.value)).scalar_one()
    return range(int(end) - size + 1, int(end) + 1)


def issue_block(conn: Connection, opd_id: str, year: int, doc_type: str, size: int, device_id: str | None,
                user_id: str) -> dict[str, object]:
    numbers = next_numbers(conn, opd_id, year, doc_type, size)
    block = {"opd_id": opd_id, "year": year, "doc_type": doc_type, "start": numbers.start,
             "end": numbers.stop - 1, "device_id": device_id, "issued_to": user_id, "issued_at": now_iso()}
    block_id = conn.execute(insert(m.number_block).values(**block).returning(m.number_block.c.id)).scalar_one()
    return {"id": block_id, **block}


def void_number(conn: Connection, opd_id: str, year: int, doc_type: str, number: int, reason: str,
                user_id: str) -> dict[str, object]:
    """Mark an issued number void (cancelled document); it stays used forever."""
    issued = conn.execute(select(m.counter.c.value).where(
        m.counter.c.name == counter_name(opd_id, year, doc_type))).scalar()
    if issued is None or not 1 <= number <= issued:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Nomor {number} belum pernah diterbitkan.")
    nv = m.number_void.c
    existing = conn.execute(select(m.number_void).where(nv.opd_id == opd_id, nv.year == year,
                                                        nv.doc_type == doc_type, nv.number == number)).first()
    if existing is not None:  # voiding twice is harmless: the first record stands
        return dict(existing._mapping)
    row = {"opd_id": opd_id, "year": year, "doc_type": doc_type, "number": number, "reason": reason,
           "voided_by": user_id, "voided_at": now_iso()}
    conn.execute(insert(m.number_void).values(**row))
    return row
