"""Server-side catalog edits for tests, through the server's own catalog code (one writer, seq, checksum)."""

from __future__ import annotations

from typing import Any

from sync.server.catalog.feed import CONTENT, apply_change_set, bump_epoch
from sync.server.catalog.snapshot import build_snapshot
from sync.server.storage.db import make_engine


def _content(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], **{f: row.get(f) for f in CONTENT[kind]}}


def change_products(srv: Any, rows: list[dict[str, Any]], **changes: Any) -> None:
    engine = make_engine(srv.db_url)
    try:
        apply_change_set(engine, [], [{**_content("product", r), **changes} for r in rows])
    finally:
        engine.dispose()


def change_rows(srv: Any, rows: list[dict[str, Any]]) -> None:
    """Product rows in wire shape, already edited, as one change set."""
    engine = make_engine(srv.db_url)
    try:
        apply_change_set(engine, [], [_content("product", r) for r in rows])
    finally:
        engine.dispose()


def new_epoch(srv: Any, rows_per_chunk: int = 50_000) -> dict[str, Any]:
    """A "restore from backup": epoch bump (old cursors → 410) and a fresh snapshot."""
    engine = make_engine(srv.db_url)
    try:
        bump_epoch(engine)
        return build_snapshot(engine, srv.data_dir / "snapshots", rows_per_chunk)
    finally:
        engine.dispose()


def rebuild_snapshot(srv: Any, rows_per_chunk: int) -> dict[str, Any]:
    engine = make_engine(srv.db_url)
    try:
        return build_snapshot(engine, srv.data_dir / "snapshots", rows_per_chunk)
    finally:
        engine.dispose()
