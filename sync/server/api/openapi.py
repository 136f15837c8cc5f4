"""The OpenAPI document: FastAPI's paths plus protocol-derived request/response schemas and problem+json errors.

Written without a database (`blangkon-server openapi`) and served by the app, so both are the same document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from sync.protocol._codec import Message
from sync.protocol.closing import ClosedYear
from sync.protocol.errors import PROBLEM_CONTENT_TYPE
from sync.protocol.messages import (
    ChangesPage,
    Manifest,
    NumberBlock,
    Order,
    OrderDetail,
    OrdersPage,
    Problem,
    SyncMeta,
    TokenResponse,
)
from sync.server.api.schemas import schema_of
from sync.server.settings import SERVER_VERSION

TITLE = "Blangkon Jateng Sync Server"
DESCRIPTION = """Server sinkronisasi provinsi Blangkon Jateng: katalog (snapshot + perubahan), perintah pesanan
idempoten, pengguna dan peran, blok nomor dokumen. Semua galat berupa `application/problem+json` dengan `code`
bertipe (lihat `sync.protocol.errors.ErrorCode`)."""

# (path, method) -> (success status, message type of the body)
RESPONSES: dict[tuple[str, str], tuple[str, type[Message] | None]] = {
    ("/v1/sync/meta", "get"): ("200", SyncMeta),
    ("/v1/auth/token", "post"): ("200", TokenResponse),
    ("/v1/numbers/blocks", "post"): ("201", NumberBlock),
    ("/v1/numbers/void", "post"): ("200", None),
    ("/v1/catalog/snapshots/latest", "get"): ("200", Manifest),
    ("/v1/catalog/snapshots/{snapshot_id}/chunks/{name}", "get"): ("200", None),
    ("/v1/catalog/changes", "get"): ("200", ChangesPage),
    ("/v1/orders/{order_id}", "put"): ("201", Order),
    ("/v1/orders/{order_id}", "get"): ("200", OrderDetail),
    ("/v1/orders/{order_id}/transitions", "post"): ("200", Order),
    ("/v1/orders/changes", "get"): ("200", OrdersPage),
    ("/v1/commands:batch", "post"): ("207", None),
    ("/v1/closings", "post"): ("201", ClosedYear),
    ("/v1/closings", "get"): ("200", None),
}


def build_document(app: FastAPI) -> dict[str, Any]:
    from fastapi.openapi.utils import get_openapi

    doc = get_openapi(title=TITLE, version=SERVER_VERSION, description=DESCRIPTION, routes=app.routes)
    refs: dict[str, Any] = {}
    problem = {"description": "Galat bertipe (RFC 9457)",
               "content": {PROBLEM_CONTENT_TYPE: {"schema": schema_of(Problem, refs)}}}
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            status, msg = RESPONSES.get((path, method), ("200", None))
            ok: dict[str, Any] = {"description": "Berhasil"}
            if msg is not None:
                ok["content"] = {"application/json": {"schema": schema_of(msg, refs)}}
            elif path.endswith("{name}"):
                ok["content"] = {"application/gzip": {"schema": {"type": "string", "format": "binary"}}}
            responses = {status: ok, "4XX": problem, "default": problem}
            if (path, method) in (("/v1/orders/{order_id}", "put"), ("/v1/closings", "post")):
                responses["200"] = ok  # replacing a draft; a year already closed
            op["responses"] = responses
    fastapi_schemas = {k: v for k, v in doc.get("components", {}).get("schemas", {}).items()
                       if k not in ("HTTPValidationError", "ValidationError")}  # replaced by problem+json
    doc["components"] = {"schemas": dict(sorted({**fastapi_schemas, **refs}.items())),
                         "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
    doc["security"] = [{"bearer": []}]
    return doc


def openapi_document() -> dict[str, Any]:
    from sync.server.api import batch as api_batch
    from sync.server.api import catalog as api_catalog
    from sync.server.api import closings as api_closings
    from sync.server.api import delegations as api_delegations
    from sync.server.api import documents as api_documents
    from sync.server.api import misc as api_misc
    from sync.server.api import orders as api_orders
    from sync.server.api import stats as api_stats
    from sync.server.api import usb as api_usb

    app = FastAPI()
    for router in (api_misc.router, api_catalog.router, api_orders.router, api_documents.router,
                   api_batch.router, api_stats.router, api_closings.router, api_usb.router,
                   api_delegations.router):
        app.include_router(router)
    return build_document(app)


def write_openapi(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
