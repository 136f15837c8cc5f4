"""Plt / Plh delegations (#17): an ADMIN_OPD records and revokes them; every officer's PC pulls its OPD's list."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.delegation import DelegationRequest
from sync.server.accounts import delegations
from sync.server.accounts.auth import Principal
from sync.server.api.schemas import body_schema
from sync.server.api.web import ctx, principal_async, read_json, to_response
from sync.server.orders import idempotency as idem
from sync.server.storage.db import now_iso, write_txn

router = APIRouter(prefix="/v1/delegations", tags=["delegations"])


def _opd_of(who: Principal) -> str:
    if who.opd_id is None:
        raise ProtocolError(ErrorCode.FORBIDDEN, "Pelimpahan Plt/Plh dicatat per OPD; akun ini tidak terikat OPD.")
    return who.opd_id


def _admin(who: Principal) -> str:
    if not (who.all_roles & delegations.ADMIN_ROLES):
        raise ProtocolError(ErrorCode.FORBIDDEN_ROLE, "Hanya Admin OPD yang boleh mencatat atau mencabut Plt/Plh.")
    return _opd_of(who)


@router.get("", summary="Daftar pelimpahan Plt/Plh OPD Anda (juga yang sudah dicabut)")
async def list_delegations(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    opd_id = _opd_of(who)

    def work() -> dict[str, Any]:
        with c.engine.connect() as conn:
            return {"opd_id": opd_id, "as_of": now_iso(),
                    "delegations": delegations.to_wire(delegations.list_for_opd(conn, opd_id))}

    body = await run_in_threadpool(work)
    return to_response(idem.json_response(200, body, {"cache-control": "no-store"}))


@router.post("", status_code=201, summary="Catat pelimpahan Plt/Plh (Admin OPD)",
             openapi_extra=body_schema(DelegationRequest))
async def add_delegation(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    opd_id = _admin(who)
    req = DelegationRequest.from_dict(await read_json(request))

    def work() -> dict[str, Any]:
        with write_txn(c.engine) as conn:
            return delegations.add(conn, opd_id, req, who.username).to_dict()

    return to_response(idem.json_response(201, await run_in_threadpool(work)))


@router.post("/{delegation_id}/revoke", summary="Cabut pelimpahan Plt/Plh (Admin OPD)")
async def revoke_delegation(request: Request, delegation_id: str) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    opd_id = _admin(who)
    if len(delegation_id) > 36:
        raise ProtocolError(ErrorCode.NOT_FOUND, "Pelimpahan Plt/Plh tidak ditemukan.")

    def work() -> dict[str, Any]:
        with write_txn(c.engine) as conn:
            return delegations.revoke(conn, delegation_id, opd_id, who.username).to_dict()

    return to_response(idem.json_response(200, await run_in_threadpool(work)))
