"""Snapshot chunk → row tuples for the staging tables: the decode half of the first-sync pipeline (issue 16).

Measured on 50k catalog rows (this 2-core box): `json.loads` of the batch as an array + an itemgetter per row
cost ~490 ms CPU; msgspec decoding each NDJSON line straight into a typed struct and `astuple` ~125 ms. The
structs are built from the live tables' columns (not hard-coded), so a column the store adds needs no change
here; wire fields the store does not keep are skipped by the decoder without being materialised.

While decoding, each row is also made ready for the file: sellers' NIK/NPWP/bank account are sealed (they are
never written in clear, not even to staging), a product's kabkota name is taken from its provider (providers
come first in a snapshot), and the active rows' count and checksum (DESIGN.md) are summed — so verifying the
staged snapshot against the manifest needs no second pass over a million rows.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import msgspec

from desktop.store import replica_sql as q
from desktop.store.sealing import PREFIX, SEALED_PROVIDER_FIELDS, Sealer
from sync.protocol.rows import ProductRow, ProviderRow

Scalar = Union[int, float, str, bool, None]  # noqa: UP007 — msgspec.defstruct takes a runtime type object
MOD = 2**32
ROW_BYTES = 400  # about one NDJSON catalog row: turns rows per batch into bytes per block
# One msgspec call holds the GIL from start to end: a 4 MB block took ~30 ms (up to 100 ms on a loaded box), the
# UI thread's longest wait during a first sync. Slices of 256 KB (~650 rows) hold it ~2 ms each.
DECODE_SLICE_BYTES = 256 * 1024


@dataclass
class Batch:
    """Rows of one decoded batch in staging column order, per kind, and what they add to the totals."""

    rows: dict[str, list[tuple[Any, ...]]]
    lines: int = 0
    count: int = 0
    checksum: int = 0
    orphans: int = 0  # products whose provider was not seen yet (the swap fills their kabkota name)


def wire_flags(kind: str) -> tuple[str, ...]:
    """The wire row's boolean fields (JSON true/false). sqlite3 binds an exact int directly but sends a bool
    through its adapter lookup (a tuple, a dict miss and two attribute lookups): ~0.6 µs per row of the writer's
    time on a 1M load for the one flag a product has (measured: 3.4 → 2.5 µs per product row). The decoder
    turns them into 0/1, which is what SQLite stores for a bool anyway."""
    row_type = {"provider": ProviderRow, "product": ProductRow}[kind]
    return tuple(f.name for f in dataclasses.fields(row_type) if str(f.type).split(" |")[0] == "bool")


def _default(sql_default: str | None) -> Any:
    """A column's SQL default (PRAGMA table_info text) as a Python value: what a row without the field gets."""
    if sql_default is None or sql_default.upper() == "NULL":
        return None
    if sql_default.startswith("'") and sql_default.endswith("'"):
        return sql_default[1:-1].replace("''", "'")
    try:
        return int(sql_default)
    except ValueError:
        return float(sql_default)


class RowDecoder:
    """Decodes NDJSON catalog lines (`"t": "provider" | "product"`) into tuples for `INSERT INTO staging_<kind>`."""

    def __init__(self, conn: sqlite3.Connection, sealer: Sealer) -> None:
        self.sealer = sealer
        self.columns: dict[str, list[str]] = {}
        kinds = []
        for kind in q.KINDS:
            info = list(conn.execute(f'PRAGMA table_info("{kind}")'))
            self.columns[kind] = [r[1] for r in info]
            kinds.append(msgspec.defstruct(
                f"Wire_{kind}", [(r[1], Scalar, _default(r[4])) for r in info], tag_field="t", tag=kind,
                kw_only=True))
        self._decoder = msgspec.json.Decoder(Union[tuple(kinds)])  # type: ignore[valid-type]  # noqa: UP007
        self._kinds = {k: t for k, t in zip(q.KINDS, kinds, strict=True)}
        self._sealed = [f for f in SEALED_PROVIDER_FIELDS if f in self.columns["provider"]]
        self._flags = {k: tuple(f for f in wire_flags(k) if f in self.columns[k]) for k in q.KINDS}
        # per derived column (the kabkota name): provider id → the provider's value, which its products copy
        self.from_provider: dict[str, dict[int, Any]] = {
            c: {} for c in q.FROM_PROVIDER if c in self.columns["product"] and c in self.columns["provider"]}

    def remember_providers(self, conn: sqlite3.Connection, table: str) -> None:
        """On resume: the providers of earlier chunks (already staged) give products their kabkota name."""
        for name, values in self.from_provider.items():
            values.update((int(i), v or "") for i, v in conn.execute(f"SELECT id, {name} FROM {table}"))

    def decode(self, data: bytes) -> Batch:
        """One block of NDJSON lines. The loop is the hot path of a first sync: locals only, no getattr."""
        astuple = msgspec.structs.astuple
        product_type: Any = self._kinds["product"]
        crc = zlib.crc32
        kabkota = self.from_provider.get("kabkota")
        product_flags, provider_flags = self._flags["product"], self._flags["provider"]
        products: list[tuple[Any, ...]] = []
        providers: list[tuple[Any, ...]] = []
        add_product, add_provider = products.append, providers.append
        rows: list[Any] = []
        for piece in slices(data, DECODE_SLICE_BYTES):
            rows += self._decoder.decode_lines(piece)
        checksum = count = orphans = 0
        for row in rows:
            if type(row) is product_type:
                if kabkota is not None and not row.kabkota:
                    name = kabkota.get(row.provider_id)
                    if name is None:
                        orphans += 1
                    else:
                        row.kabkota = name
                for flag in product_flags:
                    value = getattr(row, flag)
                    if value is not None:
                        setattr(row, flag, int(value))
                add_product(astuple(row))
                if row.status == "active":
                    count += 1
                    checksum += crc(b"product:%d:%d" % (row.id, row.version))
            else:
                self._seal(row)
                for flag in provider_flags:
                    value = getattr(row, flag)
                    if value is not None:
                        setattr(row, flag, int(value))
                add_provider(astuple(row))
                if kabkota is not None:
                    kabkota[row.id] = row.kabkota or ""
                if row.status == "active":
                    count += 1
                    checksum += crc(b"provider:%d:%d" % (row.id, row.version))
        return Batch({"provider": providers, "product": products}, len(rows), count, checksum % MOD, orphans)

    def _seal(self, row: Any) -> None:
        for name in self._sealed:
            value = getattr(row, name)
            if isinstance(value, str) and value and not value.startswith(PREFIX):
                setattr(row, name, self.sealer.seal(name, value))


def slices(data: bytes, size: int) -> Iterator[memoryview]:
    """`data` (whole NDJSON lines) in views of about `size` bytes, each cut after a newline (no copies)."""
    view, start, end = memoryview(data), 0, len(data)
    while start < end:
        cut = data.find(b"\n", start + size) + 1 or end
        yield view[start:cut]
        start = cut


def line_blocks(path: Path, block_bytes: int) -> Iterator[bytes]:
    """The gzip file's text in blocks of whole NDJSON lines of about `block_bytes` (zlib straight, ~2× faster
    than GzipFile.readlines). A file of several gzip members (concatenated) is read through. The inflated pieces
    are joined once per block (a growing `bytes +=` copied each block ~3 times over, with the GIL held)."""
    pieces: list[bytes] = []
    size = 0
    with open(path, "rb") as fh:
        inflate = zlib.decompressobj(wbits=31)
        while compressed := fh.read(256 * 1024):
            while compressed:
                if text := inflate.decompress(compressed):
                    pieces.append(text)
                    size += len(text)
                compressed = inflate.unused_data
                if inflate.eof:
                    inflate = zlib.decompressobj(wbits=31)
            if size >= block_bytes:
                pending = b"".join(pieces)
                cut = pending.rfind(b"\n") + 1
                if cut:
                    yield pending[:cut]
                    pending = pending[cut:]
                pieces, size = [pending], len(pending)
        pieces.append(inflate.flush())
    pending = b"".join(pieces)
    if pending.strip():
        yield pending


def read_ahead(blocks: Iterator[bytes], pool: Any) -> Iterator[bytes]:
    """Block k+1 read (inflated) on the pool's single thread while the caller decodes and writes block k.

    zlib releases the GIL while it inflates, so the reading overlaps the writer on a second core without
    contending for the GIL. The decode (msgspec + a Python loop per row) stays on the writer's thread: run on a
    second thread it held the GIL in long stretches, and the writer, which takes the GIL back after every row's
    sqlite3_step, ran ~3.5× slower while it did (100k rows: 0.7 s alone, 2.5 s beside a busy decoder) — the
    first sync was no faster for it, and the window's heartbeat waited behind two GIL-hungry threads instead of
    one (issue 16)."""
    ahead = pool.submit(next, blocks, None)
    while (block := ahead.result()) is not None:
        ahead = pool.submit(next, blocks, None)
        yield block
