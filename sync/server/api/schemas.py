"""JSON Schemas for the OpenAPI document, derived from the protocol dataclasses (one source of truth).

Endpoints parse bodies with the protocol's strict `from_dict`, so FastAPI never sees a model; these schemas only
document the contract (and drive the schemathesis run in tests/server).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from typing import Any

from sync.protocol._codec import Message


def schema_of(tp: Any, refs: dict[str, Any] | None = None) -> dict[str, Any]:
    """JSON Schema of an annotation. With `refs`, messages go there once and are referenced by $ref."""
    if refs is not None and isinstance(tp, type) and issubclass(tp, Message):
        if tp.__name__ not in refs:
            refs[tp.__name__] = {}  # placeholder first: messages may nest
            refs[tp.__name__] = _message_schema(tp, refs)
        return {"$ref": f"#/components/schemas/{tp.__name__}"}
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = schema_of(args[0], refs) if len(args) == 1 else {"anyOf": [schema_of(a, refs) for a in args]}
        if type(None) in typing.get_args(tp):
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if origin is tuple:
        return {"type": "array", "items": schema_of(typing.get_args(tp)[0], refs)}
    if origin is dict:
        return {"type": "object"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if isinstance(tp, type) and issubclass(tp, Message):
        return _message_schema(tp, refs)
    return {}


def _message_schema(tp: type[Message], refs: dict[str, Any] | None) -> dict[str, Any]:
    hints = typing.get_type_hints(tp)
    fields = dataclasses.fields(tp)  # type: ignore[arg-type]
    required = [f.name for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    props = {f.name: schema_of(hints[f.name], refs) for f in fields}
    if tp._tag is not None:  # catalog rows carry their kind as "t"
        props = {"t": {"type": "string", "enum": [tp._tag]}, **props}
        required = ["t", *required]
    out: dict[str, Any] = {"type": "object", "title": tp.__name__, "additionalProperties": False,
                           "properties": props}
    if required:
        out["required"] = required
    return out


def body_schema(msg: type[Message], *, idempotent: bool = False, preconditions: bool = False) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema_of(msg)}}},
    }
    params = []
    if idempotent:
        params.append({"name": "Idempotency-Key", "in": "header", "required": True,
                       "schema": {"type": "string", "maxLength": 200},
                       "description": "UUID of the command; replays return the stored response (kept ≥ 90 days)."})
    if preconditions:
        params.append({"name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"},
                       "description": '"vN" to replace version N'})
        params.append({"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"},
                       "description": "* to create"})
    if params:
        extra["parameters"] = params
    return extra
