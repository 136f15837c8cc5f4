"""Locate the bundled `resources/` folder from source, from a frozen (PyInstaller) build, or from an override.

Order: env BLANGKON_RESOURCES, then `sys._MEIPASS/resources` when frozen, then `<repo>/resources` next to the
source tree. `desktop.app.paths` re-exports `resource_path`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop.domain.errors import ResourceError

ENV_OVERRIDE = "BLANGKON_RESOURCES"


def resources_root() -> Path:
    """The folder that holds tax/, rules/, calendar/, reference/, templates/ ..."""
    override = os.environ.get(ENV_OVERRIDE, "").strip()
    if override:
        return Path(override)
    frozen_base = getattr(sys, "_MEIPASS", None)
    if isinstance(frozen_base, str):
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under resources/; it need not exist (callers decide how to report that)."""
    return resources_root().joinpath(*parts)


def load_json_resource(*parts: str) -> Any:
    """Read a JSON data file under resources/, turning absence and syntax errors into a ResourceError."""
    path = resource_path(*parts)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError("resource_missing", path=str(path)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError("resource_malformed", path=str(path), line=exc.lineno, problem=exc.msg) from exc
