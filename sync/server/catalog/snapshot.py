"""Immutable snapshot chunks: gzip NDJSON, 50k live rows each, providers first (SYNC.md §3).

Built from one consistent read transaction into a temp folder, then renamed into place, so a crash mid-build
leaves no half snapshot behind and a served chunk never changes (ETag = sha256 of its bytes).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select

from sync.protocol.catalog import CHUNK_ROWS
from sync.server.catalog.feed import TABLES, _select
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, read_txn, write_txn

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def latest_manifest(engine: Engine) -> dict[str, Any] | None:
    """Newest snapshot of the current epoch, or None."""
    with engine.connect() as conn:
        epoch = conn.execute(select(m.catalog_meta.c.epoch)).scalar_one()
        row = conn.execute(select(m.snapshot.c.manifest).where(m.snapshot.c.epoch == epoch)
                           .order_by(m.snapshot.c.seq.desc()).limit(1)).first()
    return json.loads(row.manifest) if row else None


def chunk_path(snapshot_dir: Path, snapshot_id: str, n: int) -> Path:
    return snapshot_dir / snapshot_id / f"{n}.ndjson.gz"


class _ChunkWriter:
    def __init__(self, folder: Path, rows_per_chunk: int) -> None:
        self.folder = folder
        self.rows_per_chunk = rows_per_chunk
        self.chunks: list[dict[str, Any]] = []
        self._fh: Any = None
        self._rows = 0
        self._buf: list[str] = []

    def add(self, line: str) -> None:
        if self._fh is None:
            n = len(self.chunks)
            self._path = self.folder / f"{n}.ndjson.gz"
            # mtime=0 keeps the bytes reproducible for identical content.
            self._fh = gzip.GzipFile(self._path, "wb", compresslevel=6, mtime=0)
        self._buf.append(line)
        self._rows += 1
        if len(self._buf) >= 5000:
            self._flush()
        if self._rows >= self.rows_per_chunk:
            self.close_chunk()

    def _flush(self) -> None:
        if self._buf:
            self._fh.write(("\n".join(self._buf) + "\n").encode("utf-8"))
            self._buf = []

    def close_chunk(self) -> None:
        if self._fh is None:
            return
        self._flush()
        self._fh.close()
        data = self._path.read_bytes()
        self.chunks.append({"n": len(self.chunks), "rows": self._rows, "bytes": len(data),
                            "sha256": hashlib.sha256(data).hexdigest()})
        self._fh = None
        self._rows = 0


def build_snapshot(engine: Engine, snapshot_dir: Path, rows_per_chunk: int = CHUNK_ROWS) -> dict[str, Any]:
    """Write the chunks and manifest of the catalog as of now; reuse an existing snapshot at the same seq."""
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    for leftover in snapshot_dir.glob(".e*-*"):  # a build killed mid-way (kill -9): never served, just drop it
        shutil.rmtree(leftover, ignore_errors=True)
    with read_txn(engine) as conn:
        meta = conn.execute(select(m.catalog_meta)).one()
        snap_id = f"e{meta.epoch}-s{meta.seq}"
        existing = conn.execute(select(m.snapshot.c.manifest).where(m.snapshot.c.id == snap_id)).first()
        if existing and (snapshot_dir / snap_id).is_dir():
            return dict(json.loads(existing.manifest))
        tmp = Path(tempfile.mkdtemp(prefix=f".{snap_id}-", dir=snapshot_dir))
        writer = _ChunkWriter(tmp, rows_per_chunk)
        stream = conn.execution_options(stream_results=True, yield_per=10_000)
        for kind, (table, fields) in TABLES.items():
            prefix = '{"t":"' + kind + '",'
            q = _select(kind).where(table.c.status == "active").order_by(table.c.id)
            for row in stream.execute(q):
                writer.add(prefix + _dumps(dict(zip(fields, row, strict=True)))[1:])
        writer.close_chunk()
    manifest = {"snapshot_id": snap_id, "epoch": meta.epoch, "seq": meta.seq, "row_count": meta.active_count,
                "checksum": meta.checksum, "chunks": writer.chunks, "created_at": now_iso()}
    (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    final = snapshot_dir / snap_id
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    with write_txn(engine) as conn:
        if conn.execute(select(m.snapshot.c.id).where(m.snapshot.c.id == snap_id)).first() is None:
            conn.execute(insert(m.snapshot).values(
                id=snap_id, epoch=meta.epoch, seq=meta.seq, row_count=meta.active_count,
                checksum=meta.checksum, manifest=json.dumps(manifest), created_at=manifest["created_at"]))
    return manifest
