"""Catalog endpoints: manifest, immutable chunks with Range/If-Range, and the changes feed (SYNC.md §3, §8)."""

from __future__ import annotations

import gzip
import json
import re

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select

from sync.protocol import ErrorCode, ProtocolError
from sync.server.api.web import ctx, principal
from sync.server.catalog.feed import changes_page
from sync.server.catalog.snapshot import chunk_path, latest_manifest
from sync.server.storage import models as m
from sync.server.storage.db import read_txn

router = APIRouter(prefix="/v1/catalog", tags=["catalog"])
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_SNAP_ID = re.compile(r"^e\d{1,9}-s\d{1,18}$")


@router.get("/snapshots/latest", summary="Manifest snapshot katalog terbaru")
def manifest(request: Request) -> Response:
    principal(request)
    found = latest_manifest(ctx(request).engine)
    if found is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "Snapshot katalog belum dibuat; jalankan `snapshot build`.")
    tag = f'"{found["snapshot_id"]}"'
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"etag": tag})
    return Response(json.dumps(found).encode(), media_type="application/json", headers={"etag": tag})


@router.get("/snapshots/{snapshot_id}/chunks/{name}", summary="Potongan snapshot (gzip NDJSON, tetap)")
def chunk(snapshot_id: str, name: str, request: Request) -> Response:
    principal(request)
    c = ctx(request)
    found = re.fullmatch(r"(\d{1,6})\.ndjson\.gz", name)
    if not _SNAP_ID.match(snapshot_id) or not found:
        raise ProtocolError(ErrorCode.NOT_FOUND, "Potongan snapshot tidak ditemukan.")
    n = int(found.group(1))
    with c.engine.connect() as conn:
        row = conn.execute(select(m.snapshot.c.manifest).where(m.snapshot.c.id == snapshot_id)).first()
    chunks = {ch["n"]: ch for ch in json.loads(row.manifest)["chunks"]} if row else {}
    path = chunk_path(c.settings.snapshot_dir, snapshot_id, n)
    if n not in chunks or not path.is_file():
        raise ProtocolError(ErrorCode.NOT_FOUND, "Potongan snapshot tidak ditemukan.")
    sha = chunks[n]["sha256"]
    etag = f'"{sha}"'
    # No Content-Encoding: the gzip bytes are the resource, so Range offsets stay stable (SYNC.md §3).
    headers = {"etag": etag, "accept-ranges": "bytes", "cache-control": "public, max-age=31536000, immutable"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    if c.settings.accel_redirect:
        # nginx sends the file (Range, If-Range against the sha256 ETag it is given back: docs/DEPLOY.md)
        target = f"{c.settings.accel_redirect}{sha}/{snapshot_id}/{n}.ndjson.gz"
        return Response(media_type="application/gzip", headers={**headers, "x-accel-redirect": target})
    data = path.read_bytes()
    rng = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if rng and (if_range is None or if_range == etag):
        span = _parse_range(rng, len(data))
        if span is None:
            return Response(status_code=416, headers={**headers, "content-range": f"bytes */{len(data)}"})
        start, end = span
        headers["content-range"] = f"bytes {start}-{end}/{len(data)}"
        return Response(data[start:end + 1], status_code=206, media_type="application/gzip", headers=headers)
    return Response(data, media_type="application/gzip", headers=headers)


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    found = _RANGE.match(header.strip())
    if not found or (not found.group(1) and not found.group(2)):
        return None
    first, last = found.group(1), found.group(2)
    if not first:  # suffix range: the last N bytes
        length = int(last)
        return (max(0, size - length), size - 1) if length and size else None
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return None
    return start, end


@router.get("/changes", summary="Perubahan katalog sejak kursor (urut seq) dengan checkpoint")
def changes(request: Request, since: str | None = Query(None, max_length=200),
            limit: int = Query(5000, ge=1, le=5000)) -> Response:
    principal(request)
    with read_txn(ctx(request).engine) as conn:
        page = changes_page(conn, since, limit)
    body = json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {"vary": "accept-encoding"}
    if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 1024:
        body = gzip.compress(body, compresslevel=5)
        headers["content-encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)
