"""Document texts live in resources/templates/*.json, never in code (ARCHITECTURE.md convention 7).

Each template is a flat JSON object of keys to strings (or lists of strings) with `{placeholders}`. A missing
placeholder value is an error that names the template and key, so a bad edit by an OPD admin shows up clearly.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from desktop.documents.texts import DOCUMENT_TEXTS
from desktop.domain.errors import ResourceError
from desktop.domain.resources import resource_path

_FORMATTER = string.Formatter()


class Template:
    def __init__(self, name: str, entries: Mapping[str, Any]) -> None:
        self.name = name
        self._entries = dict(entries)

    def raw(self, key: str) -> Any:
        try:
            return self._entries[key]
        except KeyError:
            raise ResourceError("template_key_missing",
                                DOCUMENT_TEXTS("template_key_missing", key=key, name=self.name)) from None

    def text(self, key: str, **values: Any) -> str:
        return self._format(key, str(self.raw(key)), values)

    def lines(self, key: str, **values: Any) -> list[str]:
        raw = self.raw(key)
        items = raw if isinstance(raw, list) else [raw]
        return [self._format(key, str(item), values) for item in items]

    def _format(self, key: str, pattern: str, values: Mapping[str, Any]) -> str:
        # Templates are edited by OPD admins: allow plain {name} and {name:spec} only, never attribute or index
        # access ({x.__class__}), which str.format would otherwise evaluate.
        for _text, field, _spec, _conv in _FORMATTER.parse(pattern):
            if field is not None and not field.isidentifier():
                raise ResourceError("template_placeholder", DOCUMENT_TEXTS(
                    "template_placeholder_not_name", name=self.name, key=key, field="{" + field + "}"))
        try:
            return _FORMATTER.vformat(pattern, (), values)
        except (KeyError, IndexError, ValueError) as exc:
            raise ResourceError("template_placeholder", DOCUMENT_TEXTS(
                "template_placeholder_unknown", name=self.name, key=key, problem=str(exc))) from None


@lru_cache(maxsize=32)
def load(name: str) -> Template:
    path = resource_path("templates", f"{name}.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError("template_missing", DOCUMENT_TEXTS("template_missing", path=str(path))) from None
    except json.JSONDecodeError as exc:
        raise ResourceError("template_invalid",
                            DOCUMENT_TEXTS("template_invalid", path=str(path), line=exc.lineno)) from None
    if not isinstance(entries, dict):
        raise ResourceError("template_invalid", DOCUMENT_TEXTS("template_not_object", path=str(path)))
    return Template(name, entries)
