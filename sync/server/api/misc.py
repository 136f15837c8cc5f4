"""Meta, tokens and document-number endpoints."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.messages import (
    PROTOCOL_VERSION,
    NumberBlockRequest,
    TokenRequest,
    VoidNumberRequest,
)
from sync.protocol.states import Role
from sync.server.accounts import auth
from sync.server.api.schemas import body_schema
from sync.server.api.web import ctx, principal_async, read_json, to_response
from sync.server.catalog.snapshot import latest_manifest
from sync.server.orders import idempotency as idem
from sync.server.orders.closing import check_open
from sync.server.orders.numbers import issue_block, void_number
from sync.server.settings import SERVER_VERSION
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, now_s, write_txn

router = APIRouter(prefix="/v1")
VOID_PATH = "/v1/numbers/void"


def version_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.strip().split(".")[:3])
    except ValueError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Header X-Client-Version harus berbentuk angka, mis. 0.1.0.") from None


@router.get("/sync/meta", tags=["meta"], summary="Waktu server, versi protokol, epoch dan seq katalog")
def meta(request: Request) -> Response:
    c = ctx(request)
    client = request.headers.get("x-client-version")
    if client is not None and version_tuple(client) < version_tuple(c.settings.min_client_version):
        raise ProtocolError(ErrorCode.UPGRADE_REQUIRED,
                            f"Versi aplikasi {client} terlalu lama; perbarui ke {c.settings.min_client_version} "
                            "atau lebih baru.")
    with c.engine.connect() as conn:
        head = conn.execute(select(m.catalog_meta)).one()
    snap = latest_manifest(c.engine)
    body = {"server_time": now_iso(), "protocol_version": PROTOCOL_VERSION, "server_version": SERVER_VERSION,
            "min_client_version": c.settings.min_client_version, "catalog_epoch": head.epoch,
            "catalog_seq": head.seq, "snapshot_id": snap["snapshot_id"] if snap else None,
            "idempotency_retention_days": c.settings.idempotency_retention_days}
    return to_response(idem.json_response(200, body))


def _user_info(conn: Any, user: Any) -> dict[str, Any]:
    opd_name = None
    if user.opd_id:
        opd_name = conn.execute(select(m.opd.c.name).where(m.opd.c.id == user.opd_id)).scalar()
    roles = [r.value for r in auth.parse_roles(user.role)]
    info = {"id": user.id, "username": user.username, "full_name": user.full_name, "role": roles[0],
            "opd_id": user.opd_id, "opd_name": opd_name, "roles": roles}
    if user.nip:  # only when kept: a desktop older than the field refuses keys it does not know (#13.19)
        info["nip"] = user.nip
    return info


@router.post("/auth/token", tags=["auth"], summary="Masuk (password) atau perbarui token (refresh_token)",
             openapi_extra=body_schema(TokenRequest))
async def token(request: Request) -> Response:
    c = ctx(request)
    req = TokenRequest.from_dict(await read_json(request))
    address = request.client.host if request.client else "unknown"

    def work() -> dict[str, Any]:
        if req.grant_type == "password":
            user, raw = auth.login(c.engine, c.settings, req.username or "", req.password or "", req.device_id,
                                   address, known_refresh=req.refresh_token)
        else:
            user, raw = auth.refresh(c.engine, c.settings, req.refresh_token or "")
        with c.engine.connect() as conn:
            info = _user_info(conn, user)
        return {"access_token": c.signer.issue(user, now_s()), "token_type": "Bearer",
                "expires_in": c.signer.ttl_s, "refresh_token": raw,
                "refresh_expires_in": c.settings.refresh_ttl_s, "user": info}

    body = await run_in_threadpool(work)
    return to_response(idem.json_response(200, body, {"cache-control": "no-store"}))


NUMBER_ROLES = frozenset({Role.PP, Role.PPK, Role.PPTK, Role.BENDAHARA, Role.PA_KPA, Role.ADMIN_OPD})


def _own_opd(who: auth.Principal, opd_id: str) -> None:
    if not (who.all_roles & NUMBER_ROLES) or who.opd_id != opd_id:
        raise ProtocolError(ErrorCode.FORBIDDEN, "Nomor dokumen hanya untuk OPD Anda sendiri.")


@router.post("/numbers/blocks", tags=["numbers"], status_code=201,
             summary="Minta blok nomor dokumen (SP/BAST/kuitansi) untuk dipakai luring",
             openapi_extra=body_schema(NumberBlockRequest))
async def number_block(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    raw = await read_json(request)
    req = NumberBlockRequest.from_dict(raw)
    _own_opd(who, req.opd_id)

    def work(conn: Any) -> idem.Stored:
        check_open(conn, req.opd_id, dt.date(req.year, 12, 31))  # no new numbers dated in a closed year
        block = issue_block(conn, req.opd_id, req.year, req.doc_type, req.size, req.device_id, who.user_id)
        return idem.json_response(201, block)

    key = request.headers.get("idempotency-key")
    if key:  # optional here: a lost response otherwise only wastes a block, it never duplicates numbers
        fp = idem.fingerprint("POST", "/v1/numbers/blocks", raw)
        stored = await run_in_threadpool(idem.run, c.engine, c.settings, who.user_id, idem.validate_key(key), fp,
                                         work)
    else:
        stored = await run_in_threadpool(_in_txn, c, work)
    return to_response(stored)


@router.post("/numbers/void", tags=["numbers"], summary="Tandai nomor dokumen batal (tidak pernah dipakai ulang)",
             openapi_extra=body_schema(VoidNumberRequest))
async def number_void(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    raw = await read_json(request)
    return to_response(await run_in_threadpool(void_command, c, who, raw))


def void_command(c: Any, who: auth.Principal, raw: Any) -> idem.Stored:
    """POST /v1/numbers/void as a function (the batch and USB outbox files run it too). Idempotent by nature:
    voiding a void number again answers the same."""
    req = VoidNumberRequest.from_dict(raw)
    _own_opd(who, req.opd_id)

    def work(conn: Any) -> idem.Stored:
        return idem.json_response(200, void_number(conn, req.opd_id, req.year, req.doc_type, req.number,
                                                   req.reason, who.user_id))

    return _in_txn(c, work)


def _in_txn(c: Any, work: Any) -> idem.Stored:
    with write_txn(c.engine) as conn:
        return work(conn)  # type: ignore[no-any-return]
