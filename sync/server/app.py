"""FastAPI application factory. Workers are stateless: all shared state is in the database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.types import Receive, Scope, Send

from sync.server.accounts.auth import TokenSigner
from sync.server.api import batch as api_batch
from sync.server.api import catalog as api_catalog
from sync.server.api import closings as api_closings
from sync.server.api import delegations as api_delegations
from sync.server.api import documents as api_documents
from sync.server.api import misc as api_misc
from sync.server.api import orders as api_orders
from sync.server.api import stats as api_stats
from sync.server.api import usb as api_usb
from sync.server.api.lean import LeanCommands
from sync.server.api.logs import log_off_the_loop
from sync.server.api.openapi import DESCRIPTION, TITLE, build_document
from sync.server.api.web import BodyLimit, CrashGuard, Ctx, install_error_handlers
from sync.server.devices.certificates import ensure_key
from sync.server.orders.audit_key import keyed
from sync.server.orders.expiry_task import ExpiryTask
from sync.server.settings import SERVER_VERSION, Settings
from sync.server.storage.db import make_engine
from sync.server.storage.state import ensure_initialized
from sync.server.usb.keys import ensure_usb_key


class BlangkonApp(FastAPI):
    """FastAPI, with the order commands answered by their lean ASGI route first (sync/server/api/lean.py):
    the framework's ~20 layers per request were about half of the server's CPU per command (#16)."""

    lean: LeanCommands | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.lean is not None:
            handler = self.lean.route(scope)
            if handler is not None:
                await handler(scope, receive, send)
                return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings) -> FastAPI:
    """Build the app for an already-migrated database (`blangkon-server init-db` or `serve` migrate first)."""
    engine = keyed(make_engine(settings.db_url), settings.data_dir)  # audit links are HMACs under a key kept outside
    ensure_initialized(engine)
    ensure_key(engine)
    ensure_usb_key(engine)
    with engine.connect() as conn:
        signer = TokenSigner.from_db(conn, settings.access_ttl_s)
    expiry_task = ExpiryTask(engine, settings.expire_interval_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        expiry_task.start()  # the PPK's deadline (#17): cancels overdue orders while the server runs
        try:
            yield
        finally:
            expiry_task.stop()

    app = BlangkonApp(title=TITLE, version=SERVER_VERSION, description=DESCRIPTION, lifespan=lifespan)
    app.state.expiry = expiry_task
    app.state.ctx = Ctx(settings=settings, engine=engine, signer=signer)
    app.lean = LeanCommands(app.state.ctx, settings.max_body_bytes)
    install_error_handlers(app)
    app.include_router(api_misc.router)
    app.include_router(api_catalog.router)
    app.include_router(api_orders.router)
    app.include_router(api_documents.router)
    app.include_router(api_batch.router)
    app.include_router(api_delegations.router)  # Plt / Plh (#17)
    app.include_router(api_stats.router)  # issue 8 dashboards (owned by the stats part)
    app.include_router(api_closings.router)  # #17 year-end closing
    app.include_router(api_usb.router)  # #18 sync by USB stick

    @app.get("/health", include_in_schema=False)
    def health(_request: Request) -> Response:
        return Response(b"ok", media_type="text/plain")

    cached: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if not cached:
            cached.update(build_document(app))
        return cached

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(CrashGuard)  # inside BodyLimit: added first, so it wraps the routed app more closely
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes,
                       larger={api_usb.OUTBOX_PATH: settings.max_usb_file_bytes})
    return app


def create_app_from_env() -> FastAPI:
    """uvicorn factory for `serve` (also with --workers N): settings come from BLANGKON_SERVER_* variables."""
    log_off_the_loop()  # a stalled stderr reader must never block the event loop (issue 15)
    return create_app(Settings.from_env())
