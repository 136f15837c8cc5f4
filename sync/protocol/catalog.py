"""Catalog checksums and cursors shared by the snapshot, the changes feed and the client replica (SYNC.md §3)."""

from __future__ import annotations

import base64
import binascii
import zlib
from collections.abc import Iterable

from .errors import ErrorCode, ProtocolError

MOD = 2**32
CHUNK_ROWS = 50_000
MAX_PAGE = 5_000
MAX_CURSOR_PART = 2**63 - 1  # a 64-bit database column: anything larger can only be forged


def row_checksum(kind: str, row_id: int, version: int) -> int:
    """crc32 of "t:id:version"; summed mod 2**32 over active rows, so it can be maintained incrementally."""
    return zlib.crc32(f"{kind}:{row_id}:{version}".encode("ascii"))


def combine(total: int, part: int) -> int:
    return (total + part) % MOD


def remove(total: int, part: int) -> int:
    return (total - part) % MOD


def checksum_of(rows: Iterable[tuple[str, int, int, str]]) -> tuple[int, int]:
    """(count, checksum) of active rows given as (kind, id, version, status)."""
    count = 0
    total = 0
    for kind, row_id, version, status in rows:
        if status == "active":
            count += 1
            total += row_checksum(kind, row_id, version)
    return count, total % MOD


def encode_cursor(epoch: int, seq: int) -> str:
    raw = f"{epoch}:{seq}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """Inverse of encode_cursor; a malformed cursor is a validation error, not a 5xx."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
        epoch_s, seq_s = text.split(":")
        epoch, seq = int(epoch_s), int(seq_s)
    except (ValueError, UnicodeError, binascii.Error):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Kursor sinkronisasi tidak valid.") from None
    if not epoch_s.isdigit() or not seq_s.isdigit() or epoch > MAX_CURSOR_PART or seq > MAX_CURSOR_PART:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Kursor sinkronisasi tidak valid.")
    return epoch, seq
