"""Attachments (invoice, faktur pajak, photos) and snapshot chunk bookkeeping."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store._util import inserted_id, iso
from desktop.store.errors import NotFoundError
from desktop.store.records import Attachment, SnapshotChunk
from desktop.store.tables import attachment, snapshot_chunk
from desktop.store.texts import STORE_TEXTS

INLINE_LIMIT = 2 * 1024 * 1024  # bigger files stay on disk and are referenced by path


def _att(r: Any) -> Attachment:
    return Attachment(r.id, r.order_id, r.kind, r.filename, r.sha256, r.size, r.path, r.created_at)


class AttachmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, order_id: str, kind: str, filename: str, *, data: bytes | None = None,
            path: Path | None = None, now: datetime | None = None) -> Attachment:
        """Store small files inline (they travel with a database backup); large ones by path."""
        if data is None and path is None:
            raise ValueError("attachment needs data or path")
        content = data if data is not None else Path(path).read_bytes()  # type: ignore[arg-type]
        inline = data is not None and len(content) <= INLINE_LIMIT
        new_id = inserted_id(self._s.execute(attachment.insert().values(
            order_id=order_id, kind=kind, filename=filename, sha256=hashlib.sha256(content).hexdigest(),
            size=len(content), data=content if inline or path is None else None,
            path=None if inline or path is None else str(path), created_at=iso(now))))
        return _att(self._s.execute(select(attachment).where(attachment.c.id == new_id)).one())

    def for_order(self, order_id: str) -> list[Attachment]:
        q = select(attachment).where(attachment.c.order_id == order_id).order_by(attachment.c.id)
        return [_att(r) for r in self._s.execute(q)]

    def read(self, attachment_id: int) -> bytes:
        r = self._s.execute(select(attachment.c.data, attachment.c.path).where(attachment.c.id == attachment_id)
                            ).one_or_none()
        if r is None:
            raise NotFoundError(STORE_TEXTS("attachment_not_found", attachment_id=attachment_id))
        return bytes(r.data) if r.data is not None else Path(r.path).read_bytes()


def _chunk(r: Any) -> SnapshotChunk:
    return SnapshotChunk(r.snapshot_id, r.n, r.sha256, r.bytes, r.bytes_done, r.rows, bool(r.downloaded),
                         bool(r.applied))


class ChunkRepository:
    """Progress of a resumable snapshot download/apply (SYNC.md §3), one row per manifest chunk."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def register(self, snapshot_id: str, chunks: Iterable[tuple[int, str, int, int]]) -> None:
        """(n, sha256, bytes, rows) per chunk; existing rows keep their progress."""
        rows = [{"snapshot_id": snapshot_id, "n": n, "sha256": sha, "bytes": size, "rows": rows,
                 "bytes_done": 0, "downloaded": 0, "applied": 0} for n, sha, size, rows in chunks]
        if rows:
            self._s.execute(insert(snapshot_chunk).on_conflict_do_nothing(), rows)

    def list(self, snapshot_id: str) -> list[SnapshotChunk]:
        q = select(snapshot_chunk).where(snapshot_chunk.c.snapshot_id == snapshot_id).order_by(snapshot_chunk.c.n)
        return [_chunk(r) for r in self._s.execute(q)]

    def update(self, snapshot_id: str, n: int, **values: Any) -> None:
        """e.g. update(sid, 3, bytes_done=..., downloaded=True) or applied=True."""
        values = {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}
        self._s.execute(update(snapshot_chunk)
                        .where(snapshot_chunk.c.snapshot_id == snapshot_id, snapshot_chunk.c.n == n).values(**values))

    def forget_other_snapshots(self, keep_snapshot_id: str) -> None:
        from sqlalchemy import delete

        self._s.execute(delete(snapshot_chunk).where(snapshot_chunk.c.snapshot_id != keep_snapshot_id))
