"""Year-end closing endpoints (tutup buku, #17): the Bendahara closes a fiscal year; the OPD's closed years."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sync.protocol.closing import CLOSINGS_PATH, YearClosingRequest
from sync.server.api.schemas import body_schema
from sync.server.api.web import ctx, principal, principal_async, read_json, to_response
from sync.server.orders import closing
from sync.server.orders import idempotency as idem
from sync.server.storage.db import read_txn, write_txn

router = APIRouter(tags=["closings"])


@router.post(CLOSINGS_PATH, status_code=201, summary="Tutup buku satu tahun anggaran OPD (oleh Bendahara)",
             openapi_extra=body_schema(YearClosingRequest, idempotent=True))
async def close_year(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    raw = await read_json(request)
    req = YearClosingRequest.from_dict(raw)

    def work(conn: Any) -> idem.Stored:
        status, doc = closing.close_year(conn, who, req)
        return idem.json_response(status, doc)

    key = request.headers.get("idempotency-key")
    if key:
        fp = idem.fingerprint("POST", CLOSINGS_PATH, raw)
        stored = await run_in_threadpool(idem.run, c.engine, c.settings, who.user_id, idem.validate_key(key), fp,
                                         work)
    else:  # closing twice answers the stored closing: a resend without a key is harmless too
        stored = await run_in_threadpool(_in_txn, c, work)
    return to_response(stored)


def _in_txn(c: Any, work: Any) -> idem.Stored:
    with write_txn(c.engine) as conn:
        return work(conn)  # type: ignore[no-any-return]


@router.get(CLOSINGS_PATH, summary="Tahun anggaran OPD Anda yang sudah ditutup")
def list_closed(request: Request) -> Response:
    c = ctx(request)
    who = principal(request)
    with read_txn(c.engine) as conn:
        years = closing.closed_years(conn, who.opd_id) if who.opd_id else []
    return to_response(idem.json_response(200, {"closings": years}))
