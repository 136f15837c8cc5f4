"""`POST /v1/commands:batch`: up to 50 order commands in one round trip (SYNC.md §8, slow links).

Each command keeps its own Idempotency-Key and is executed exactly as its single-request form, in order; one
refusal does not stop the others (per-order FIFO is the client's job). Results come back 207-style: a command
with unstorable text gets its own 422 and an unexpected failure its own 500, never the whole batch.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import ErrorCode, ProtocolError
from sync.server.api import misc as api_misc
from sync.server.api import orders as api_orders
from sync.server.api.web import (
    ctx,
    internal_error,
    lone_surrogate_at,
    principal_async,
    read_json,
    reject_lone_surrogates,
)
from sync.server.orders.idempotency import Stored, problem_response

log = logging.getLogger("blangkon.server")
router = APIRouter(tags=["orders"])
MAX_COMMANDS = 50
_PUT = re.compile(r"^/v1/orders/([^/]+)$")
_POST = re.compile(r"^/v1/orders/([^/]+)/transitions$")
_FIELDS = {"id", "method", "path", "headers", "body"}

BATCH_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "additionalProperties": False, "required": ["commands"],
    "properties": {"commands": {"type": "array", "maxItems": MAX_COMMANDS, "items": {
        "type": "object", "additionalProperties": False, "required": ["id", "method", "path", "body"],
        "properties": {"id": {"type": "string", "description": "Idempotency-Key of this command"},
                       "method": {"type": "string", "enum": ["PUT", "POST"]}, "path": {"type": "string"},
                       "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                       "body": {"type": "object"}}}}}}}}}}


def _one(c: Any, who: Any, cmd: Any) -> Stored:
    if not isinstance(cmd, dict) or not {"id", "method", "path", "body"} <= set(cmd) or set(cmd) - _FIELDS:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Perintah harus berisi id, method, path, body (headers opsional).")
    headers = cmd.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "headers harus objek teks.")
    headers = {str(k).lower(): v for k, v in headers.items()}
    key = cmd["id"] if isinstance(cmd["id"], str) else None
    path = cmd["path"] if isinstance(cmd["path"], str) else ""
    if cmd["method"] == "PUT" and (found := _PUT.match(path)):
        return api_orders.put_command(c, who, found.group(1), key, headers.get("if-match"),
                                      headers.get("if-none-match"), cmd["body"])
    if cmd["method"] == "POST" and (found := _POST.match(path)):
        return api_orders.transition_command(c, who, found.group(1), key, cmd["body"])
    if cmd["method"] == "POST" and path == api_misc.VOID_PATH:
        return api_misc.void_command(c, who, cmd["body"])
    raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Perintah tidak dikenal: {cmd['method']} {path}")


def _command_id(cmd: Any) -> str | None:
    cid = cmd.get("id") if isinstance(cmd, dict) else None
    return cid if isinstance(cid, str) and lone_surrogate_at(cid) is None else None


def run_command(c: Any, who: Any, cmd: Any, n: int) -> dict[str, Any]:
    """One command exactly as its single-request form would answer it: the batch and a USB outbox file
    (sync/server/usb/importer.py) both run their commands through here."""
    try:
        reject_lone_surrogates(cmd, f"commands[{n}]")
        stored = _one(c, who, cmd)
    except ProtocolError as err:
        stored = problem_response(err)
    except Exception:  # one command's crash is that command's answer; the others still run
        log.error("command %d of a batch failed", n, exc_info=True)
        stored = problem_response(internal_error())
    return {"id": _command_id(cmd), "status": stored.status, "replayed": stored.replayed,
            "etag": stored.headers.get("etag"), "body": json.loads(stored.body)}


def run_all(c: Any, who: Any, commands: list[Any]) -> list[dict[str, Any]]:
    return [run_command(c, who, cmd, n) for n, cmd in enumerate(commands)]


@router.post("/v1/commands:batch", summary="Kirim sampai 50 perintah pesanan sekaligus", openapi_extra=BATCH_SCHEMA)
async def batch(request: Request) -> Response:
    c = ctx(request)
    who = await principal_async(request)
    commands = batch_commands(await read_json(request, check_text=False))  # each command is checked on its own
    results = await run_in_threadpool(run_all, c, who, commands)
    return Response(results_body(results), status_code=207, media_type="application/json")


def batch_commands(raw: Any) -> list[Any]:
    """The command list of a decoded batch body (this route and the lean one in lean.py)."""
    if not isinstance(raw, dict) or set(raw) != {"commands"} or not isinstance(raw["commands"], list):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Isi harus {\"commands\": [...]}.")
    if len(raw["commands"]) > MAX_COMMANDS:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Paling banyak {MAX_COMMANDS} perintah per kiriman.")
    return raw["commands"]


def results_body(results: list[dict[str, Any]]) -> bytes:
    return json.dumps({"results": results}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
