"""Shared HTTP plumbing: context, auth, strict JSON bodies, problem+json errors, body-size limit."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.errors import PROBLEM_CONTENT_TYPE
from sync.server.accounts.auth import Principal, TokenSigner
from sync.server.orders.idempotency import Stored
from sync.server.settings import Settings
from sync.server.storage.db import now_s

log = logging.getLogger("blangkon.server")


@dataclass
class Ctx:
    settings: Settings
    engine: Engine
    signer: TokenSigner


def ctx(request: Request) -> Ctx:
    return request.app.state.ctx  # type: ignore[no-any-return]


def principal(request: Request) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Permintaan ini memerlukan token akses (Authorization: Bearer).")
    return ctx(request).signer.verify(token.strip(), now_s())


def _reject_constant(name: str) -> Any:
    raise ValueError(f"nilai {name} tidak diizinkan")


async def read_json(request: Request) -> Any:
    body = await request.body()
    if not body:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Isi permintaan (JSON) kosong.")
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"Isi permintaan bukan JSON yang valid: {exc}") from None


def to_response(stored: Stored) -> Response:
    headers = {k: v for k, v in stored.headers.items() if k != "content-type"}
    if stored.replayed:
        headers["idempotent-replayed"] = "true"
    return Response(stored.body, status_code=stored.status, headers=headers,
                    media_type=stored.headers.get("content-type", "application/json"))


def problem(err: ProtocolError, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(err.to_problem(), ensure_ascii=False).encode("utf-8")
    extra = dict(headers or {})
    if err.code is ErrorCode.REQUEST_IN_FLIGHT or err.code is ErrorCode.RATE_LIMITED:
        extra.setdefault("retry-after", "1" if err.code is ErrorCode.REQUEST_IN_FLIGHT else "60")
    if err.code is ErrorCode.UNAUTHORIZED:
        extra["www-authenticate"] = 'Bearer realm="blangkon"'
    return Response(body, status_code=err.status, media_type=PROBLEM_CONTENT_TYPE, headers=extra)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProtocolError)
    async def _protocol(_req: Request, exc: ProtocolError) -> Response:
        return problem(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_req: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return problem(ProtocolError(ErrorCode.VALIDATION_ERROR,
                                     f"Parameter '{where}' tidak valid: {first.get('msg', '')}"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_req: Request, exc: StarletteHTTPException) -> Response:
        code = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED,
                403: ErrorCode.FORBIDDEN, 413: ErrorCode.PAYLOAD_TOO_LARGE}.get(exc.status_code, ErrorCode.BAD_REQUEST)
        err = ProtocolError(code, "Alamat tidak ditemukan." if exc.status_code == 404 else str(exc.detail))
        resp = problem(err)
        resp.status_code = exc.status_code
        return resp

    @app.exception_handler(Exception)
    async def _crash(_req: Request, exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return problem(ProtocolError(ErrorCode.INTERNAL_ERROR, "Terjadi kesalahan di server; coba lagi nanti."))


class BodyLimit:
    """413 for bodies over the limit, whether or not Content-Length is declared (chunked uploads)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(send)
                    return
        seen = 0
        rejected = False

        async def limited() -> Message:
            nonlocal seen, rejected
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    rejected = True
                    raise _TooLarge
            return msg

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            if rejected:
                await self._reject(send)

    async def _reject(self, send: Send) -> None:
        err = ProtocolError(ErrorCode.PAYLOAD_TOO_LARGE,
                            f"Isi permintaan melebihi {self.max_bytes} byte; kirim dalam beberapa bagian.")
        body = json.dumps(err.to_problem()).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", PROBLEM_CONTENT_TYPE.encode()),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(ProtocolError):
    """Raised from inside the app's body read; handled like any ProtocolError (413 problem+json)."""

    def __init__(self) -> None:
        super().__init__(ErrorCode.PAYLOAD_TOO_LARGE, "Isi permintaan terlalu besar; kirim dalam beberapa bagian.")
