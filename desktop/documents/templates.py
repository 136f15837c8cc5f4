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
            raise ResourceError(
                "template_key_missing",
                f"Teks '{key}' tidak ada di templat {self.name}.json. Pulihkan templat dari instalasi asli.",
            ) from None

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
                raise ResourceError(
                    "template_placeholder",
                    f"Templat {self.name}.json, teks '{key}': isian '{{{field}}}' tidak diizinkan; pakai nama saja.",
                )
        try:
            return _FORMATTER.vformat(pattern, (), values)
        except (KeyError, IndexError, ValueError) as exc:
            raise ResourceError(
                "template_placeholder",
                f"Templat {self.name}.json, teks '{key}': isian {exc} tidak dikenal. Periksa tanda kurung kurawal.",
            ) from None


@lru_cache(maxsize=32)
def load(name: str) -> Template:
    path = resource_path("templates", f"{name}.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(
            "template_missing", f"Templat dokumen {path} tidak ditemukan. Pasang ulang aplikasi."
        ) from None
    except json.JSONDecodeError as exc:
        raise ResourceError(
            "template_invalid", f"Templat {path} rusak (baris {exc.lineno}). Perbaiki atau pulihkan berkasnya."
        ) from None
    if not isinstance(entries, dict):
        raise ResourceError("template_invalid", f"Templat {path} harus berupa objek JSON.")
    return Template(name, entries)
