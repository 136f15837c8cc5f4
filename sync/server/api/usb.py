"""USB sync endpoints (#18): the server's public USB keys, and the relay a connected PC uploads a stick's
outbox file to ("Unggah berkas USB"); the answer is the signed receipt file to carry back."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.domain.errors import UsbRefused
from sync.protocol.errors import PROBLEM_CONTENT_TYPE
from sync.server.api.web import ctx, principal_async, to_response
from sync.server.orders.idempotency import json_response
from sync.server.usb.importer import import_outbox
from sync.server.usb.keys import public_keys

router = APIRouter(prefix="/v1/usb", tags=["usb"])
OUTBOX_PATH = "/v1/usb/outbox"
FILE_SCHEMA = {"requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {
    "type": "string", "format": "binary", "description": "berkas ekspor USB (.blkusb) apa adanya"}}}}}


@router.get("/keys", summary="Kunci publik server untuk berkas USB (enkripsi ekspor, tanda tangan tanda terima)")
def keys(request: Request) -> Response:
    with ctx(request).engine.connect() as conn:
        return to_response(json_response(200, public_keys(conn)))


@router.post("/outbox", summary="Unggah berkas ekspor USB dari PC luring; jawabannya berkas tanda terima",
             openapi_extra=FILE_SCHEMA)
async def outbox(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    data = await request.body()
    name = request.headers.get("x-file-name", "berkas USB")[:200]
    try:
        done = await run_in_threadpool(import_outbox, c, data, name, who)
    except UsbRefused as refused:
        return _refusal(refused)
    headers = {"x-usb-applied": str(done.applied), "x-usb-refused": str(done.refused),
               "x-usb-not-run": str(done.not_run)}
    if done.already_imported_at:
        headers["x-usb-already-imported-at"] = done.already_imported_at
    return Response(done.receipt, status_code=200, media_type="application/json", headers=headers)


def _refusal(refused: UsbRefused) -> Response:
    """422 problem+json; `usb_code` and `params` let the relaying PC show the message in its officer's language."""
    body: dict[str, Any] = {"type": "about:blank", "title": "Berkas USB ditolak", "status": 422,
                            "code": "validation_error", "usb_code": refused.code, "detail": str(refused.message),
                            "params": {k: str(v) for k, v in refused.params.items()}}
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), status_code=422,
                    media_type=PROBLEM_CONTENT_TYPE)
