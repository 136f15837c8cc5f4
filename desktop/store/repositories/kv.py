"""Typed key/value tables: `sync_state` (cursors, epoch, clock offset, last success) and `settings_kv`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store._util import dumps


def _decode(text: str | None, default: Any) -> Any:
    """JSON as written by `set`; plain text written by raw-sqlite code (the replica's cursor) comes back as str."""
    if text is None:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return text


class KeyValueRepository:
    """Values are stored as JSON, so an int comes back an int (not "42")."""

    def __init__(self, session: Session, table: Table) -> None:
        self._s = session
        self._t = table

    def get(self, key: str, default: Any = None) -> Any:
        text = self._s.execute(select(self._t.c.value).where(self._t.c.key == key)).scalar_one_or_none()
        return _decode(text, default)

    def set(self, key: str, value: Any) -> None:
        stmt = insert(self._t).values(key=key, value=dumps(value))
        self._s.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))

    def delete(self, key: str) -> None:
        self._s.execute(delete(self._t).where(self._t.c.key == key))

    def get_int(self, key: str, default: int | None = None) -> int | None:
        value = self.get(key)
        return default if value is None else int(value)

    def get_str(self, key: str, default: str | None = None) -> str | None:
        value = self.get(key)
        return default if value is None else str(value)

    def all(self) -> dict[str, Any]:
        return {k: _decode(v, None) for k, v in self._s.execute(select(self._t.c.key, self._t.c.value))}
