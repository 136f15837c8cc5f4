"""Write the OpenAPI document without a database (the schema does not depend on data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from . import api_catalog, api_misc, api_orders
from .app import DESCRIPTION
from .settings import SERVER_VERSION


def openapi_document() -> dict[str, Any]:
    app = FastAPI(title="Blangkon Jateng Sync Server", version=SERVER_VERSION, description=DESCRIPTION)
    for router in (api_misc.router, api_catalog.router, api_orders.router):
        app.include_router(router)
    doc = app.openapi()
    doc["components"] = {**doc.get("components", {}), "securitySchemes": {
        "bearer": {"type": "http", "scheme": "bearer"}}}
    doc["security"] = [{"bearer": []}]
    return doc


def write_openapi(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
