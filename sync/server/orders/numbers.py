"""Document numbers per OPD, year and type (#12.1). One counter per (OPD, year, type) feeds both the server's own
numbers and the blocks leased to devices, so a number can never be issued twice (DHIS2's reserved values).

A number printed on an official document never changes. A number the client printed offline is final when it is
exactly what `desktop.domain.numbering` prints for this OPD, type and date, lies in a block leased to the device
that sends it, and is unused and not voided: it is then stored in `number_used`. Anything else is a typed
`number_conflict` the officer sees — the server never puts another number in its place.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from desktop.domain.dates import format_tanggal
from desktop.domain.errors import DomainError
from desktop.domain.numbering import default_numbering, document_number, read_document_number
from sync.protocol import ErrorCode, ProtocolError
from sync.server import clock
from sync.server.storage import models as m
from sync.server.storage.db import Hot, now_iso

LABELS = {"SP": "SP", "BAST": "BAST", "KUITANSI": "kuitansi"}
_FINAL_STATES_FREE = frozenset({"DIBATALKAN"})  # an order in these states no longer holds its numbers


def counter_name(opd_id: str, year: int, doc_type: str) -> str:
    return f"num:{opd_id}:{year}:{doc_type}"


def legal_today() -> dt.date:
    """Document dates are Jakarta calendar days of the server's (legal) time."""
    return clock.legal_today()


_ADD = Hot(update(m.counter).where(m.counter.c.name == bindparam("n")).values(value=m.counter.c.value + bindparam("size"))
           .returning(m.counter.c.value))


def next_numbers(conn: Connection, opd_id: str, year: int, doc_type: str, size: int) -> range:
    name = counter_name(opd_id, year, doc_type)
    c = m.counter.c
    end = _ADD.scalar(conn, {"n": name, "size": size})
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


def _conflict(text: str, doc_type: str, why: str) -> ProtocolError:
    return ProtocolError(ErrorCode.NUMBER_CONFLICT,
                         f"Nomor {LABELS.get(doc_type, doc_type)} {text} tidak dapat dipakai: {why} Nomor yang "
                         "sudah tercetak tidak diganti diam-diam; batalkan dokumen itu dan ulangi dengan nomor baru.")


def final_number(conn: Connection, *, opd_id: str, doc_type: str, order_id: str, user_id: str,
                 text: str | None = None, day: dt.date | None = None,
                 device_id: str | None = None) -> tuple[str, dt.date]:
    """The number that becomes final on `order_id`, with its document date.

    `text` None: the server's counter issues the next number, dated today (WIB). Otherwise `text` is the number
    the device printed on `day`: it is checked and stored as is, or refused with `number_conflict`."""
    today = legal_today()
    if text is None:
        (seq,) = next_numbers(conn, opd_id, today.year, doc_type, 1)
        text = document_number(opd_id, doc_type, seq, today)
        _mark_used(conn, opd_id, today.year, doc_type, seq, text, order_id, None, user_id)
        return text, today
    if day is None:
        raise _conflict(text, doc_type, "tanggal dokumennya tidak dikirim.")
    if day > today + dt.timedelta(days=1):
        raise _conflict(text, doc_type, f"tanggalnya ({format_tanggal(day)}) sesudah hari ini; periksa jam PC.")
    try:
        seq = read_document_number(opd_id, doc_type, text, day)
    except DomainError as exc:
        raise _conflict(text, doc_type, exc.message) from exc
    block = _block_of(conn, opd_id, day.year, doc_type, seq)
    if block is None:
        raise _conflict(text, doc_type, "nomor itu tidak pernah dicadangkan server untuk OPD ini.")
    if not device_id or block.device_id != device_id:
        raise _conflict(text, doc_type, "nomor itu dicadangkan untuk perangkat lain, bukan PC yang mengirimnya.")
    if _voided(conn, opd_id, day.year, doc_type, seq):
        raise _conflict(text, doc_type, "nomor itu sudah dibatalkan (BATAL) dan tidak boleh dipakai lagi.")
    _mark_used(conn, opd_id, day.year, doc_type, seq, text, order_id, device_id, user_id)
    return text, day


def _block_of(conn: Connection, opd_id: str, year: int, doc_type: str, seq: int) -> Any:
    b = m.number_block.c
    return conn.execute(select(m.number_block).where(b.opd_id == opd_id, b.year == year, b.doc_type == doc_type,
                                                     b.start <= seq, b.end >= seq)).first()


def _voided(conn: Connection, opd_id: str, year: int, doc_type: str, seq: int) -> bool:
    nv = m.number_void.c
    return conn.execute(select(nv.number).where(nv.opd_id == opd_id, nv.year == year, nv.doc_type == doc_type,
                                                nv.number == seq)).first() is not None


def _used(conn: Connection, opd_id: str, year: int, doc_type: str, seq: int) -> Any:
    nu = m.number_used.c
    return conn.execute(select(m.number_used).where(nu.opd_id == opd_id, nu.year == year, nu.doc_type == doc_type,
                                                    nu.number == seq)).first()


_nu = m.number_used.c
_KEY = ["opd_id", "year", "doc_type", "number"]
# One statement claims a number: the primary key decides between two orders claiming it at once (the loser's
# insert waits for the winner's commit, then does nothing), without a read before it or a savepoint around it.
_CLAIM = {"sqlite": Hot(sqlite_insert(m.number_used).on_conflict_do_nothing(index_elements=_KEY).returning(_nu.number)),
          "postgresql": Hot(pg_insert(m.number_used).on_conflict_do_nothing(index_elements=_KEY)
                            .returning(_nu.number))}


def _mark_used(conn: Connection, opd_id: str, year: int, doc_type: str, seq: int, text: str, order_id: str,
               device_id: str | None, user_id: str) -> None:
    row = {"opd_id": opd_id, "year": year, "doc_type": doc_type, "number": seq, "text": text,
           "order_id": order_id, "device_id": device_id, "used_by": user_id, "used_at": now_iso()}
    if _CLAIM[conn.dialect.name].first(conn, row) is not None:
        return
    used = _used(conn, opd_id, year, doc_type, seq)  # taken: by whom, since when (for the officer's message)
    if used is None:
        raise _conflict(text, doc_type, "nomor itu baru saja dipakai pesanan lain.")
    since = format_tanggal(dt.date.fromisoformat(used.used_at[:10]))
    raise _conflict(text, doc_type, f"nomor itu sudah dipakai pesanan lain (sejak {since}).")


def void_number(conn: Connection, opd_id: str, year: int, doc_type: str, number: int, reason: str,
                user_id: str) -> dict[str, object]:
    """Mark an issued number void (cancelled document); it stays used forever. Idempotent: voiding twice returns
    the first record. A number an order still holds as its own is not voided (cancel the order instead)."""
    issued = conn.execute(select(m.counter.c.value).where(
        m.counter.c.name == counter_name(opd_id, year, doc_type))).scalar()
    if issued is None or not 1 <= number <= issued:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Nomor {number} belum pernah diterbitkan.")
    nv = m.number_void.c
    existing = conn.execute(select(m.number_void).where(nv.opd_id == opd_id, nv.year == year,
                                                        nv.doc_type == doc_type, nv.number == number)).first()
    if existing is not None:  # voiding twice is harmless: the first record stands
        return dict(existing._mapping)
    used = _used(conn, opd_id, year, doc_type, number)
    if used is not None and _still_held(conn, used):
        raise ProtocolError(ErrorCode.NUMBER_CONFLICT,
                            f"Nomor {used.text} masih dipakai pesanan yang berlaku; batalkan pesanannya, bukan "
                            "nomornya.", order_id=used.order_id)
    row = {"opd_id": opd_id, "year": year, "doc_type": doc_type, "number": number, "reason": reason,
           "voided_by": user_id, "voided_at": now_iso()}
    conn.execute(insert(m.number_void).values(**row))
    return row


def _still_held(conn: Connection, used: Any) -> bool:
    doc = conn.execute(select(m.orders.c.doc).where(m.orders.c.id == used.order_id)).scalar()
    if doc is None:
        return False
    order = json.loads(doc)
    held = {order.get("number"), (order.get("bast") or {}).get("number")}
    return order.get("state") not in _FINAL_STATES_FREE and used.text in held


def payload_date(value: Any) -> dt.date | None:
    """A `YYYY-MM-DD` document date from a command payload, or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def looks_like_our_number(opd_id: str, doc_type: str, text: str, day: dt.date | None) -> bool:
    """Does `text` have the shape of this OPD's template (so it must come from a lease), or is it a number the
    officer typed from the OPD's own paper register?"""
    try:
        default_numbering().for_doc(doc_type, day or legal_today(), opd_id).template.parse(text)
    except DomainError:
        return False
    return True
