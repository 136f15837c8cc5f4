"""Voided document numbers travel to the server like every other command (#21.2).

A number this PC printed and that will never be valid (an approval the server refused, a document replaced)
is marked "batal" in the local register and a `POST /v1/numbers/void` is queued in the same unit of work. Each
void has a queue of its own (`void:<opd>:<year>:<type>:<n>`), so it never waits behind — or blocks — an order's
commands; the server's void is idempotent, so a resend after a lost answer is harmless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop.store.db import UnitOfWork
from desktop.store.records import IssuedNumber, Order, OutboxCommand

VOID_PATH = "/v1/numbers/void"
VOID_QUEUE_PREFIX = "void:"


def void_queue(issued: IssuedNumber) -> str:
    return f"{VOID_QUEUE_PREFIX}{issued.opd_id}:{issued.year}:{issued.doc_type}:{issued.number}"


def is_void_command(cmd: OutboxCommand) -> bool:
    return cmd.path == VOID_PATH


def void_and_send(uow: UnitOfWork, issued: IssuedNumber, reason: str, actor_user_id: str,
                  now: dt.datetime | None = None) -> IssuedNumber:
    """Mark `issued` void here and queue the void for the server's register (once per number)."""
    if not issued.void:
        issued = uow.numbers.void(issued.opd_id, issued.year, issued.doc_type, issued.number, reason, now=now)
        # the order's history says it, with the number to withdraw (local entry until the server confirms)
        uow.audit.append("number_void", actor_user_id=actor_user_id, order_id=issued.order_id,
                         details={"reason": f"{issued.doc_type} {issued.text or issued.number} BATAL — {reason}",
                                  "number": issued.text, "doc_type": issued.doc_type}, now=now)
    queue = void_queue(issued)
    if not uow.outbox.for_order(queue):
        body = {"opd_id": issued.opd_id, "year": issued.year, "doc_type": issued.doc_type,
                "number": issued.number, "reason": reason[:1000]}
        uow.outbox.enqueue(method="POST", path=VOID_PATH, body=body, actor_user_id=actor_user_id,
                           order_id=queue, now=now)
    return issued


def void_order_numbers(uow: UnitOfWork, order_id: str, doc_type: str, reason: str, actor_user_id: str, *,
                       keep: str | None = None, only: str | None = None,
                       now: dt.datetime | None = None) -> list[IssuedNumber]:
    """Void this PC's numbers of `doc_type` issued for `order_id` — all but `keep` (the number the server holds),
    or just `only`. Returns what was voided now (already-void numbers are only re-queued if never sent)."""
    voided = []
    for issued in uow.numbers.for_order(order_id):
        if issued.doc_type != doc_type or issued.text == keep or (only is not None and issued.text != only):
            continue
        was_void = issued.void
        issued = void_and_send(uow, issued, reason, actor_user_id, now)
        if not was_void:
            voided.append(issued)
    return voided


def voided_for_order(uow: UnitOfWork, order_id: str, doc_type: str = "SP") -> list[IssuedNumber]:
    return [n for n in uow.numbers.for_order(order_id) if n.doc_type == doc_type and n.void]


def void_number_of(uow: UnitOfWork, order: Order, kind: str) -> Order | None:
    """For printing: when this PC's SP/BAST number of `order` is void and the order holds no other valid one,
    the order as it must be printed — carrying that number, under a BATAL mark. None otherwise."""
    doc_type = {"sp": "SP", "bast": "BAST"}.get(kind)
    if doc_type is None:
        return None
    voided = voided_for_order(uow, order.id, doc_type)
    held = order.number if doc_type == "SP" else (order.bast or {}).get("number")
    valid = held and held not in {n.text for n in voided}
    if not voided or valid:
        return None
    text = held or voided[-1].text or ""
    if doc_type == "SP":
        return replace(order, number=text)
    return replace(order, bast={**(order.bast or {}), "number": text})
