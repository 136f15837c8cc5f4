"""Which order states make a document official (no DRAF watermark): a table in resources/templates."""

from __future__ import annotations

import json
from functools import lru_cache

from desktop.documents.errors import DocumentError
from desktop.documents.model import Status
from desktop.domain.resources import resource_path


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    raw = json.loads(resource_path("templates", "official_states.json").read_text(encoding="utf-8"))
    return {kind: frozenset(states) for kind, states in raw.items() if not kind.startswith("_")}


def document_status(doc_type: str, order_state: str) -> Status:
    """"official" when `order_state` is one in which `doc_type` (SP, BAST, KW) is final, else "draft"."""
    table = _table()
    if doc_type not in table:
        raise DocumentError("document_type_unknown", doc_type=doc_type, known=", ".join(sorted(table)))
    return "official" if order_state in table[doc_type] else "draft"
