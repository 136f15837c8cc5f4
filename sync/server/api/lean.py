"""The order commands' own ASGI route (#16): `PUT /v1/orders/{id}`, `POST /v1/orders/{id}/transitions` and
`POST /v1/commands:batch` answered without the framework's request path.

Through FastAPI a command crossed ~20 layers on the event loop (Starlette's error and exception middleware,
FastAPI's telemetry, body-limit and exit-stack middleware, our BodyLimit and CrashGuard, the router's match over
every route, request/response wrappers, dependency solving) — on this 2-core box about half of the server's CPU per
command. These three endpoints already read their body themselves, so here they are matched on method and path
first (the same path patterns as their FastAPI routes, which stay registered: the OpenAPI document and every other
path are unchanged) and run straight on ASGI with the same steps and answers:

- a declared body over the limit → 413 problem with `Connection: close`, a streamed one → 413 problem (both as
  `web.BodyLimit` and the app's handlers answer them);
- the token's signature on the event loop before the body is read (401 problem as `web.token_principal`);
- the account check, the JSON body and the command in ONE worker thread, handed over through a plain queue
  (`CommandThreads`; anyio's `run_in_threadpool` — capacity limiter, cancel scope, run-vars — cost about as
  much on the loop as the rest of this route);
- a `ProtocolError` → its problem+json (as the app's handler: retry-after, www-authenticate), anything else →
  one log record and a 500 `internal_error` problem (as `web.CrashGuard`); never a 5xx from input.

Not covered here: FastAPI's native OpenTelemetry (not configured in Blangkon); a server that enables it must route
these paths through FastAPI again (`LeanCommands.route` returning None).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import re
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from starlette._utils import get_route_path
from starlette.types import Receive, Scope, Send

from sync.protocol import ProtocolError
from sync.server.api import batch as api_batch
from sync.server.api import orders as api_orders
from sync.server.api.web import (
    Ctx,
    StreamTooLarge,
    bearer_principal,
    body_too_large,
    current_principal,
    internal_error,
    parse_json,
    protocol_problem,
    send_problem,
)
from sync.server.orders.idempotency import Stored

log = logging.getLogger("blangkon.server")

# the FastAPI routes' own patterns: "{order_id}" is Starlette's default `str` convertor, [^/]+
_PUT = re.compile(r"^/v1/orders/([^/]+)$")
_TRANSITION = re.compile(r"^/v1/orders/([^/]+)/transitions$")
_NO_BODY_STATUS = frozenset({204, 304})

Handler = Callable[[Scope, Receive, Send], Awaitable[None]]


class _Disconnected(Exception):
    """The client went away while its body was being read: nothing to answer."""


def _header(scope: Scope, name: bytes) -> str | None:
    """The first value of a header, as Starlette's `Headers.get` gives it (latin-1)."""
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")  # type: ignore[no-any-return]
    return None


def stored_message(stored: Stored) -> dict[str, Any]:
    """`web.to_response(stored)` as the raw ASGI start message (same headers, same order)."""
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in stored.headers.items()
           if k != "content-type"]
    if stored.replayed:
        raw.append((b"idempotent-replayed", b"true"))
    if not (stored.status < 200 or stored.status in _NO_BODY_STATUS):
        raw.append((b"content-length", str(len(stored.body)).encode("latin-1")))
    media = stored.headers.get("content-type", "application/json")
    if media.startswith("text/") and "charset=" not in media.lower():
        media += "; charset=utf-8"
    raw.append((b"content-type", media.encode("latin-1")))
    return {"type": "http.response.start", "status": stored.status, "headers": raw}


def _batch_request(c: Ctx, token_who: Any, body: bytes) -> Stored:
    """The batch after the token's signature, in one worker thread: account check, JSON, every command, the
    207 body (its FastAPI route checks the account in one thread, decodes on the loop, runs in a second)."""
    who = current_principal(c, token_who)
    commands = api_batch.batch_commands(parse_json(body, check_text=False))  # each command is checked on its own
    return Stored(207, api_batch.results_body(api_batch.run_all(c, who, commands)), {"content-type": "application/json"})


class CommandThreads:
    """`size` daemon threads that run commands handed over from the event loop, results back through
    `call_soon_threadsafe`. Sized like the engine's pool (8 + 8 overflow, storage/db.py make_engine): a command
    holds one connection at a time, so more threads would only wait for the pool (and time out after 30 s under
    overload); here the surplus waits in the queue instead. Started at the first command."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._jobs: queue.SimpleQueue[tuple[asyncio.AbstractEventLoop, asyncio.Future[Any], Any, tuple[Any, ...]]]
        self._jobs = queue.SimpleQueue()
        self._started = False
        self._start_lock = threading.Lock()

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if not self._started:
            self._start()
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._jobs.put((loop, future, fn, args))
        return await future

    def _start(self) -> None:
        with self._start_lock:
            if not self._started:
                for n in range(self.size):
                    threading.Thread(target=self._work, name=f"blangkon-command-{n}", daemon=True).start()
                self._started = True

    def _work(self) -> None:
        while True:
            loop, future, fn, args = self._jobs.get()
            try:
                result = fn(*args)
            except BaseException as exc:  # the awaiting request answers it (problem+json); the thread lives on
                loop.call_soon_threadsafe(_settle, future, None, exc)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)


def _settle(future: asyncio.Future[Any], result: Any, exc: BaseException | None) -> None:
    if future.cancelled():
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)


COMMAND_THREADS = CommandThreads()  # one per process (a test process builds many apps; jobs carry their loop)


class LeanCommands:
    def __init__(self, ctx: Ctx, max_body_bytes: int) -> None:
        self.ctx = ctx
        self.max_body_bytes = max_body_bytes
        self.threads = COMMAND_THREADS

    def route(self, scope: Scope) -> Handler | None:
        """The handler for this request, or None (FastAPI answers it)."""
        method = scope["method"]
        if method == "PUT":
            found = _PUT.match(get_route_path(scope))
            return self._put if found else None
        if method == "POST":
            path = get_route_path(scope)
            if path == "/v1/commands:batch":
                return self._batch
            return self._transition if _TRANSITION.match(path) else None
        return None

    async def _put(self, scope: Scope, receive: Receive, send: Send) -> None:
        order_id = _PUT.match(get_route_path(scope)).group(1)  # type: ignore[union-attr]
        await self._serve(scope, receive, send, lambda who, body: (
            api_orders.put_request, self.ctx, who, order_id, _header(scope, b"idempotency-key"),
            _header(scope, b"if-match"), _header(scope, b"if-none-match"), body))

    async def _transition(self, scope: Scope, receive: Receive, send: Send) -> None:
        order_id = _TRANSITION.match(get_route_path(scope)).group(1)  # type: ignore[union-attr]
        await self._serve(scope, receive, send, lambda who, body: (
            api_orders.transition_request, self.ctx, who, order_id, _header(scope, b"idempotency-key"), body))

    async def _batch(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._serve(scope, receive, send, lambda who, body: (_batch_request, self.ctx, who, body))

    async def _serve(self, scope: Scope, receive: Receive, send: Send,
                     call: Callable[[Any, bytes], tuple[Any, ...]]) -> None:
        started = False

        async def send_once(message: dict[str, Any]) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            declared = _header(scope, b"content-length")
            if declared is not None:
                try:
                    too_big = int(declared) > self.max_body_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._too_large(send)
                    return
            who = bearer_principal(self.ctx, _header(scope, b"authorization") or "")
            body = await self._body(receive)
            fn, *args = call(who, body)
            stored = await self.threads.run(fn, *args)
            await send_once(stored_message(stored))
            await send({"type": "http.response.body", "body": stored.body})
        except _Disconnected:
            return
        except ProtocolError as err:
            if not started:
                await protocol_problem(err)(scope, receive, send)
        except Exception as exc:
            log.error("unhandled error in %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
            if not started:
                await send_problem(send, internal_error())

    async def _body(self, receive: Receive) -> bytes:
        """The whole body, as Starlette's `Request.body()` reads it; one that grows over the limit raises what
        `web.BodyLimit` raises from its receive (answered by the ProtocolError handler: a 413 problem)."""
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                if chunk:
                    seen += len(chunk)
                    if seen > self.max_body_bytes:
                        raise StreamTooLarge
                    chunks.append(chunk)
                if not message.get("more_body", False):
                    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
            elif message["type"] == "http.disconnect":
                raise _Disconnected

    async def _too_large(self, send: Send) -> None:
        await body_too_large(send, self.max_body_bytes)
