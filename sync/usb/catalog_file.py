"""A catalog snapshot on a stick, for a site that has never downloaded one (or wants a newer one).

File = first line: canonical JSON {format, kind: "catalog", v, key_id, body: the server's snapshot manifest
(snapshot_id, epoch, seq, row_count, checksum, chunks [{n, rows, bytes, sha256}], created_at), sig}; then the
chunk files' bytes, one after another in manifest order. The server signs the manifest, and the manifest holds
every chunk's sha256: so the signature covers every byte, and the desktop loads the chunks with the same
staging, totals check and swap as an online first sync (sync/client/catalog_snapshot.install_snapshot).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.usb.codec import (
    FORMAT,
    VERSION,
    UsbRefused,
    file_text,
    key_id,
    parse_header,
    public_raw,
    sign,
    signature_valid,
)

KIND = "catalog"
CONTEXT = b"blangkon-usb-catalog-v1\n"
_MAX_HEADER = 4 * 1024 * 1024  # a manifest of 5M rows has ~100 chunks: a few KiB


def write_catalog(manifest: dict[str, Any], chunk_files: Iterable[Path], server_key: Ed25519PrivateKey,
                  out: Path) -> int:
    """Write the file (to `out.part`, renamed when complete); returns its size in bytes."""
    header = file_text({"format": FORMAT, "kind": KIND, "v": VERSION, "key_id": key_id(public_raw(server_key))},
                       sig=sign(server_key, CONTEXT, manifest), body=manifest)
    part = out.with_name(out.name + ".part")
    with open(part, "wb") as fh:
        fh.write(header)
        for path in chunk_files:
            with open(path, "rb") as src:
                while block := src.read(1 << 20):
                    fh.write(block)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, out)
    return out.stat().st_size


def open_catalog(path: Path, server_signing_keys: list[bytes]) -> tuple[dict[str, Any], int]:
    """The signed manifest and the offset where the chunk bytes start; the file size must match exactly."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            first = fh.readline(_MAX_HEADER)
        size = path.stat().st_size
    except OSError as exc:
        raise UsbRefused("usb_file_unreadable", file=name, reason=exc.strerror or type(exc).__name__) from None
    if not first.endswith(b"\n"):
        head = parse_header(first, name, KIND)  # refuses what is not ours; a whole header without data is cut
        raise UsbRefused("usb_truncated", file=name)
    head = parse_header(first, name, KIND)
    manifest = head.get("body")
    if not isinstance(manifest, dict) or not any(
            signature_valid(k, CONTEXT, manifest, str(head.get("sig"))) for k in server_signing_keys):
        raise UsbRefused("usb_damaged", file=name)
    try:
        expected = len(first) + sum(int(c["bytes"]) for c in manifest["chunks"])
        int(manifest["epoch"]), int(manifest["seq"]), int(manifest["row_count"]), int(manifest["checksum"])
    except (KeyError, TypeError, ValueError):
        raise UsbRefused("usb_damaged", file=name) from None
    if size < expected:
        raise UsbRefused("usb_truncated", file=name)
    if size > expected:
        raise UsbRefused("usb_damaged", file=name)
    return manifest, len(first)


def chunk_offsets(manifest: dict[str, Any], start: int) -> dict[int, int]:
    offsets, at = {}, start
    for chunk in manifest["chunks"]:
        offsets[int(chunk["n"])] = at
        at += int(chunk["bytes"])
    return offsets


def extract_chunk(path: Path, offset: int, chunk: dict[str, Any], dest: Path) -> Path:
    """Copy one chunk from the stick to `dest`, checked against the signed sha256 (else usb_damaged)."""
    size, digest = int(chunk["bytes"]), hashlib.sha256()
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    with open(path, "rb") as src, open(part, "wb") as out:
        src.seek(offset)
        _copy(src, out, size, digest)
    if digest.hexdigest() != chunk["sha256"]:
        part.unlink(missing_ok=True)
        raise UsbRefused("usb_damaged", file=path.name)
    os.replace(part, dest)
    return dest


def _copy(src: BinaryIO, out: BinaryIO, size: int, digest: Any) -> None:
    left = size
    while left > 0:
        block = src.read(min(left, 1 << 20))
        if not block:
            break
        digest.update(block)
        out.write(block)
        left -= len(block)
