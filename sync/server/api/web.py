"""Shared HTTP plumbing: context, auth, strict JSON bodies, problem+json errors, body-size limit, crash guard."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.errors import PROBLEM_CONTENT_TYPE
from sync.server.accounts.auth import Principal, TokenSigner, check_current
from sync.server.orders.idempotency import Stored
from sync.server.settings import Settings
from sync.server.storage.db import now_s, single_read

log = logging.getLogger("blangkon.server")


@dataclass
class Ctx:
    settings: Settings
    engine: Engine
    signer: TokenSigner


def ctx(request: Request) -> Ctx:
    return request.app.state.ctx  # type: ignore[no-any-return]


def token_principal(request: Request) -> Principal:
    """The caller as its access token says (signature and expiry only: no database, cheap enough for the event
    loop). A request without a valid token is refused here, before its body is read."""
    return bearer_principal(ctx(request), request.headers.get("authorization", ""))


def bearer_principal(c: Ctx, header: str) -> Principal:
    """`token_principal` from the Authorization header's value (the lean command route reads it from ASGI)."""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Permintaan ini memerlukan token akses (Authorization: Bearer).")
    return c.signer.verify(token.strip(), now_s())


def current_principal(c: Ctx, who: Principal) -> Principal:
    """The token's caller checked against the database (disabled, roles, auth generation), with the account's
    full name for the stamps the command writes. Blocking: call it off the event loop."""
    with single_read(c.engine) as conn:
        return check_current(conn, who)


def principal(request: Request) -> Principal:
    """The caller, checked against the database (disabled, roles, auth generation): blocking, so async
    endpoints use `principal_async` (or `token_principal` on the loop, then `current_principal` in the worker
    thread that runs their command: one thread hand-off per request instead of two)."""
    return current_principal(ctx(request), token_principal(request))


async def principal_async(request: Request) -> Principal:
    """`principal` off the event loop: its database read must never stall other requests."""
    return await run_in_threadpool(principal, request)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"nilai {name} tidak diizinkan")


def lone_surrogate_at(value: Any, path: str = "") -> str | None:
    """Where a decoded JSON value holds text that cannot be UTF-8 (a lone surrogate, e.g. "\\ud800"), or None.

    JSON escapes let a client send such text; Python accepts it, but neither SQLite nor PostgreSQL can store it.
    Iterative, so deep nesting costs no recursion."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if not _utf8_ok(item):
                return where or "(isi)"
        elif isinstance(item, dict):
            for k, v in item.items():
                name = f"{where}.{k}" if where else str(k)
                if not _utf8_ok(k):
                    return where or "(nama kolom)"
                stack.append((name, v))
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(item))
    return None


def _utf8_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def reject_lone_surrogates(value: Any, path: str = "") -> None:
    where = lone_surrogate_at(value, path)
    if where is not None:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR,
                            f"Kolom '{_printable(where)}' berisi karakter yang tidak sah (surrogate tunggal); "
                            "ketik ulang teksnya.")


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")[:200]


async def read_json(request: Request, *, check_text: bool = True) -> Any:
    """The body as JSON. With check_text (default) text that cannot be stored is refused as a whole;
    the batch endpoint checks each command on its own instead (one bad command must not sink the rest)."""
    return parse_json(await request.body(), check_text=check_text)


def parse_json(body: bytes, *, check_text: bool = True) -> Any:
    """`read_json` for a body already read (e.g. decoded in the worker thread that runs the command)."""
    if not body:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Isi permintaan (JSON) kosong.")
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"Isi permintaan bukan JSON yang valid: {_printable(str(exc))}") from None
    if check_text and _SURROGATE_ESCAPE.search(body):  # the walk only when the text can hold one
        reject_lone_surrogates(value)
    return value


# A decoded JSON string holds a surrogate only through a \uD800–\uDFFF escape: strictly decoded UTF-8 never
# yields one. No such escape in the body → nothing to look for (an escaped backslash before "ud8…" only costs a walk).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def to_response(stored: Stored) -> Response:
    headers = {k: v for k, v in stored.headers.items() if k != "content-type"}
    if stored.replayed:
        headers["idempotent-replayed"] = "true"
    return Response(stored.body, status_code=stored.status, headers=headers,
                    media_type=stored.headers.get("content-type", "application/json"))


def problem_bytes(err: ProtocolError) -> bytes:
    """Never fails: text that is not valid UTF-8 (echoed input) falls back to JSON escapes."""
    try:
        return json.dumps(err.to_problem(), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(err.to_problem(), ensure_ascii=True).encode("ascii")


def problem(err: ProtocolError, headers: dict[str, str] | None = None) -> Response:
    body = problem_bytes(err)
    extra = dict(headers or {})
    if err.code is ErrorCode.REQUEST_IN_FLIGHT or err.code is ErrorCode.RATE_LIMITED:
        extra.setdefault("retry-after", "1" if err.code is ErrorCode.REQUEST_IN_FLIGHT else "60")
    if err.code is ErrorCode.UNAUTHORIZED:
        extra["www-authenticate"] = 'Bearer realm="blangkon"'
    return Response(body, status_code=err.status, media_type=PROBLEM_CONTENT_TYPE, headers=extra)


def protocol_problem(exc: ProtocolError) -> Response:
    """The app's answer to a ProtocolError (its handler here and the lean command route in lean.py)."""
    wait = getattr(exc, "retry_after", None)
    return problem(exc, {"retry-after": str(wait)} if wait else None)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProtocolError)
    async def _protocol(_req: Request, exc: ProtocolError) -> Response:
        return protocol_problem(exc)

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



def internal_error() -> ProtocolError:
    return ProtocolError(ErrorCode.INTERNAL_ERROR, "Terjadi kesalahan di server; coba lagi nanti.")


class CrashGuard:
    """Answers an unexpected exception with one 500 problem and ONE log record, and swallows it.

    Starlette's own last-resort handler re-raises after answering, so uvicorn logged every crash a second
    time and closed the keep-alive connection. Two tracebacks per 500, written synchronously from the event
    loop, filled a 64 KiB stderr pipe after five requests and froze the whole server (issue 15)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if isinstance(exc, ProtocolError):
                err = exc  # raised outside the routed app (e.g. by a middleware): still a clean answer
            else:
                log.error("unhandled error in %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
                err = internal_error()
            if started:
                return  # headers already left: nothing more can be said on this response
            await send_problem(send, err)


async def send_problem(send: Send, err: ProtocolError, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = problem_bytes(err)
    await send({"type": "http.response.start", "status": err.status,
                "headers": [(b"content-type", PROBLEM_CONTENT_TYPE.encode()),
                            (b"content-length", str(len(body)).encode()), *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """413 for bodies over the limit, whether or not Content-Length is declared (chunked uploads)."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = dict(larger or {})  # path → its own limit (a USB export file, #18)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.max_bytes)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(send, limit)
                    return
        seen = 0
        rejected = False

        async def limited() -> Message:
            nonlocal seen, rejected
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    rejected = True
                    raise StreamTooLarge
            return msg

        try:
            await self.app(scope, limited, send)
        except StreamTooLarge:
            if rejected:
                await self._reject(send, limit)

    async def _reject(self, send: Send, limit: int) -> None:
        await body_too_large(send, limit)


async def body_too_large(send: Send, limit: int) -> None:
    """413 problem and close the connection (the rest of the body is never read)."""
    err = ProtocolError(ErrorCode.PAYLOAD_TOO_LARGE, f"Isi permintaan melebihi {limit} byte; kirim dalam beberapa bagian.")
    await send_problem(send, err, [(b"connection", b"close")])


class StreamTooLarge(ProtocolError):
    """Raised from inside the app's body read; handled like any ProtocolError (413 problem+json)."""

    def __init__(self) -> None:
        super().__init__(ErrorCode.PAYLOAD_TOO_LARGE, "Isi permintaan terlalu besar; kirim dalam beberapa bagian.")
