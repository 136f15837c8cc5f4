"""Device certificates and document verification endpoints (scheme BLK1, see documents.py)."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.orders import content_hash
from sync.server.api.web import ctx, principal_async, read_json, to_response
from sync.server.devices import certificates as docs
from sync.server.orders.idempotency import json_response
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, write_txn

router = APIRouter(tags=["documents"])
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

CERT_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "additionalProperties": False, "required": ["device_id", "public_key"],
    "properties": {"device_id": {"type": "string", "maxLength": 64},
                   "public_key": {"type": "string", "description": "Ed25519, raw 32 bytes, base64url"}}}}}}}


@router.get("/v1/documents/keys", summary="Kunci publik server untuk memeriksa dokumen tanpa jaringan")
def keys(request: Request) -> Response:
    with ctx(request).engine.connect() as conn:
        raw = docs.public_raw(docs.server_key(conn))
    return to_response(json_response(200, {"scheme": docs.SCHEME, "keys": [
        {"key_id": docs.key_id(raw), "public_key": docs.b64u(raw)}]}))


@router.post("/v1/devices/certificate", summary="Sertifikasi kunci perangkat untuk menandatangani dokumen",
             openapi_extra=CERT_SCHEMA)
async def certificate(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    body = await read_json(request)
    if not isinstance(body, dict) or set(body) != {"device_id", "public_key"}:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Isi wajib tepat: device_id dan public_key.")
    device_id, public_key = body["device_id"], body["public_key"]
    if not isinstance(device_id, str) or not docs.valid_device_id(device_id):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "device_id: 1–64 huruf, angka, titik, garis bawah atau strip.")
    try:
        raw = docs.parse_device_key(public_key if isinstance(public_key, str) else "")
    except ValueError as exc:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, str(exc)) from None
    if who.opd_id is None or who.reads_all:
        raise ProtocolError(ErrorCode.FORBIDDEN, "Hanya perangkat pegawai OPD yang dapat disertifikasi.")

    def work() -> dict[str, Any]:
        with write_txn(c.engine) as conn:
            key = docs.server_key(conn)
            text = docs.certify(key, raw, device_id, who.opd_id or "")
            conn.execute(m.device_cert.insert().values(
                certificate=text, device_id=device_id, opd_id=who.opd_id, user_id=who.user_id,
                public_key=docs.b64u(raw), issued_at=now_iso()))
        return {"certificate": text, "device_id": device_id, "opd_id": who.opd_id,
                "issuer_key_id": docs.key_id(docs.public_raw(key))}

    return to_response(json_response(201, await run_in_threadpool(work)))


@router.get("/v1/documents/verify", summary="Periksa keaslian dokumen dari teks kode QR")
def verify(request: Request, qr: str = Query(..., max_length=4000)) -> Response:
    c = ctx(request)
    with c.engine.connect() as conn:
        raw = docs.public_raw(docs.server_key(conn))
        result = docs.verify(qr, [raw])
        payload = result.get("payload")
        if payload is not None:
            oid = payload["o"].lower()
            row = None
            if _UUID.match(oid):  # anything else cannot be one of our orders (and must not reach the DB)
                row = conn.execute(select(m.orders.c.doc).where(m.orders.c.id == oid)).first()
            result["order"] = _order_match(json.loads(row.doc) if row else None, payload)
    return to_response(json_response(200, result))


def _order_match(doc: dict[str, Any] | None, payload: dict[str, Any]) -> dict[str, Any]:
    """What the server knows of the printed order: only yes/no facts, no order details (the check is public)."""
    if doc is None:
        return {"found": False}
    from sync.server.orders.service import _Obj

    full = content_hash(_Obj({**doc, "lines": tuple(_Obj(ln) for ln in doc["lines"])}))  # type: ignore[arg-type]
    return {"found": True, "state": doc["state"],
            "content_hash_matches": (full[:32] == payload["h"]) if payload.get("h") else None,
            "number_matches": (doc["number"] == payload["n"]) if payload["t"] == "SP" else None}
