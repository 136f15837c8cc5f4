"""Order endpoints: PUT draft, transitions, changes feed, detail with events (SYNC.md §8)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.catalog import decode_cursor, encode_cursor
from sync.protocol.messages import OrderDraft, TransitionRequest
from sync.server.api.schemas import body_schema
from sync.server.api.web import ctx, current_principal, parse_json, principal, to_response, token_principal
from sync.server.orders import idempotency as idem
from sync.server.orders import service as svc
from sync.server.orders.audit import event_to_wire
from sync.server.storage import models as m
from sync.server.storage.db import read_txn

router = APIRouter(prefix="/v1/orders", tags=["orders"])
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_VERSION_TAG = re.compile(r'^(?:W/)?"v(\d{1,9})"$')


def _order_id(order_id: str) -> str:
    if not _UUID.match(order_id):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "ID pesanan harus UUID.")
    return order_id.lower()


def _etag(version: int) -> str:
    return f'"v{version}"'


def _precondition(if_match: str | None, if_none: str | None) -> int | None:
    if if_none is not None and if_none.strip() == "*" and if_match is None:
        return None
    if if_match is not None and if_none is None:
        found = _VERSION_TAG.match(if_match.strip())
        if not found:
            raise ProtocolError(ErrorCode.BAD_REQUEST, 'Header If-Match harus berbentuk "vN" (mis. "v3").')
        return int(found.group(1))
    raise ProtocolError(ErrorCode.PRECONDITION_REQUIRED,
                        'Sertakan If-None-Match: * untuk pesanan baru atau If-Match: "vN" untuk mengubah.')


def put_command(c: Any, who: Any, order_id: str, key: str | None, if_match_h: str | None,
                if_none_h: str | None, raw: Any) -> idem.Stored:
    """PUT /v1/orders/{id} as a function (also used by the batch endpoint). Runs in a worker thread."""
    oid = _order_id(order_id)
    key = idem.validate_key(key)
    if_match = _precondition(if_match_h, if_none_h)
    draft = OrderDraft.from_dict(raw)
    fp = idem.fingerprint("PUT", f"/v1/orders/{oid}", raw, if_match_h, if_none_h)

    def work(conn: Any) -> idem.Stored:
        status, doc = svc.put_draft(conn, who, oid, draft, if_match)
        return idem.json_response(status, doc, {"etag": _etag(doc["version"])})

    return idem.run(c.engine, c.settings, who.user_id, key, fp, work)


def transition_command(c: Any, who: Any, order_id: str, key: str | None, raw: Any) -> idem.Stored:
    oid = _order_id(order_id)
    key = idem.validate_key(key)
    req = TransitionRequest.from_dict(raw)
    fp = idem.fingerprint("POST", f"/v1/orders/{oid}/transitions", raw)

    def work(conn: Any) -> idem.Stored:
        doc = svc.transition(conn, who, oid, req)
        return idem.json_response(200, doc, {"etag": _etag(doc["version"])})

    return idem.run(c.engine, c.settings, who.user_id, key, fp, work)


def put_request(c: Any, token_who: Any, order_id: str, key: str | None, if_match_h: str | None,
                 if_none_h: str | None, body: bytes) -> idem.Stored:
    """Everything of PUT after the token's signature, in ONE worker thread: the account check, the order id,
    the JSON body, the command (each hand-off between the event loop and a thread costs CPU)."""
    who = current_principal(c, token_who)
    _order_id(order_id)
    return put_command(c, who, order_id, key, if_match_h, if_none_h, parse_json(body))


def transition_request(c: Any, token_who: Any, order_id: str, key: str | None, body: bytes) -> idem.Stored:
    who = current_principal(c, token_who)
    _order_id(order_id)
    return transition_command(c, who, order_id, key, parse_json(body))


@router.put("/{order_id}", status_code=201, summary="Buat atau ganti draf pesanan",
            openapi_extra=body_schema(OrderDraft, idempotent=True, preconditions=True))
async def put_order(order_id: str, request: Request) -> Response:
    who = token_principal(request)  # a request without a valid token is refused before its body is read
    h = request.headers
    body = await request.body()
    stored = await run_in_threadpool(put_request, ctx(request), who, order_id, h.get("idempotency-key"),
                                     h.get("if-match"), h.get("if-none-match"), body)
    return to_response(stored)


@router.post("/{order_id}/transitions", summary="Jalankan aksi alur pesanan (ajukan, setujui, bayar, …)",
             openapi_extra=body_schema(TransitionRequest, idempotent=True))
async def post_transition(order_id: str, request: Request) -> Response:
    who = token_principal(request)
    body = await request.body()
    stored = await run_in_threadpool(transition_request, ctx(request), who, order_id,
                                     request.headers.get("idempotency-key"), body)
    return to_response(stored)


@router.get("/changes", summary="Pesanan OPD Anda yang berubah sejak kursor")
def order_changes(request: Request, since: str | None = Query(None, max_length=200),
                  limit: int = Query(200, ge=1, le=1000)) -> Response:
    c = ctx(request)
    who = principal(request)
    seq = 0
    if since:
        epoch, seq = decode_cursor(since)
        if epoch != 0:
            raise ProtocolError(ErrorCode.CURSOR_EXPIRED, "Kursor pesanan tidak berlaku; unduh ulang pesanan.")
    o = m.orders.c
    q = select(o.doc, o.change_seq).where(o.change_seq > seq).order_by(o.change_seq).limit(limit + 1)
    if not who.reads_all:
        q = q.where(o.opd_id == who.opd_id)
    with read_txn(c.engine) as conn:
        rows = list(conn.execute(q))
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].change_seq if rows else seq
    body = ('{"orders":[' + ",".join(r.doc for r in rows) + '],"next":"' + encode_cursor(0, last)
            + '","has_more":' + ("true" if has_more else "false") + "}")
    return Response(body.encode("utf-8"), media_type="application/json")


@router.get("/{order_id}", summary="Pesanan otoritatif beserta log peristiwanya")
def get_order(order_id: str, request: Request) -> Response:
    c = ctx(request)
    who = principal(request)
    oid = _order_id(order_id)
    with read_txn(c.engine) as conn:
        doc = svc.load(conn, who, oid)
        if doc is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "Pesanan tidak ditemukan.", order_id=oid)
        tag = _etag(doc["version"])
        if request.headers.get("if-none-match") == tag:
            return Response(status_code=304, headers={"etag": tag})
        events = [event_to_wire(r) for r in conn.execute(
            select(m.order_event).where(m.order_event.c.order_id == oid).order_by(m.order_event.c.seq))]
    stored = idem.json_response(200, {"order": doc, "events": events}, {"etag": tag})
    return to_response(stored)
