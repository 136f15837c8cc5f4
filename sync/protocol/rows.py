"""Catalog wire rows and snapshot/changes messages (SYNC.md §3). Re-exported by `sync.protocol.messages`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ._codec import Message
from .errors import ErrorCode, ProtocolError

MARKETPLACES = ("GRATIS_ONGKIR", "MBIZ", "TISERA", "EKATALOG_LOKAL")
ROW_STATUSES = ("active", "delisted")
LEGAL_FORMS = ("perorangan", "badan_usaha")
PRODUCT_KINDS = ("goods", "services", "catering")
DOC_TYPES = ("SP", "BAST", "KUITANSI")

MAX_MONEY = 999_999_999_999_999  # the largest amount terbilang can spell
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_calendar_date(text: str) -> bool:
    """YYYY-MM-DD naming a real day (2026-02-30 and 2026-13-01 are not)."""
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _invalid(detail: str) -> ProtocolError:
    return ProtocolError(ErrorCode.VALIDATION_ERROR, detail)


def _one_of(value: str, allowed: tuple[str, ...], name: str) -> None:
    if value not in allowed:
        raise _invalid(f"Kolom '{name}' harus salah satu dari: {', '.join(allowed)}.")


def _text(value: str, name: str, max_len: int, required: bool = False) -> None:
    if len(value) > max_len:
        raise _invalid(f"Kolom '{name}' terlalu panjang (maksimal {max_len} karakter).")
    if required and not value.strip():
        raise _invalid(f"Kolom '{name}' wajib diisi.")
    if "\x00" in value:
        raise _invalid(f"Kolom '{name}' berisi karakter yang tidak diizinkan.")


# ---- catalog -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProviderRow(Message):
    _tag = "provider"
    id: int
    version: int
    seq: int
    status: str
    name: str
    owner_name: str
    legal_form: str
    kabkota_code: str
    kabkota: str
    address: str
    nib: str
    npwp: str | None
    nik: str
    pkp: bool
    suket_pp55: bool
    bank_name: str
    bank_account: str
    marketplace: str
    has_sales: bool

    def __post_init__(self) -> None:
        _one_of(self.status, ROW_STATUSES, "status")
        _one_of(self.legal_form, LEGAL_FORMS, "legal_form")
        _one_of(self.marketplace, MARKETPLACES, "marketplace")
        if self.npwp is not None and not (len(self.npwp) == 16 and self.npwp.isdigit()):
            raise _invalid("Kolom 'npwp' harus 16 digit angka atau kosong.")


@dataclass(frozen=True, slots=True)
class ProductRow(Message):
    _tag = "product"
    id: int
    version: int
    seq: int
    status: str
    provider_id: int
    name: str
    description: str
    category: str
    unit: str
    price: int
    stock: int
    tkdn: float | None
    pdn: bool | None
    kind: str
    provider_name: str
    kabkota_code: str
    marketplace: str
    legal_form: str

    def __post_init__(self) -> None:
        _one_of(self.status, ROW_STATUSES, "status")
        _one_of(self.kind, PRODUCT_KINDS, "kind")
        _one_of(self.marketplace, MARKETPLACES, "marketplace")
        _one_of(self.legal_form, LEGAL_FORMS, "legal_form")
        if self.price < 0 or self.stock < 0:
            raise _invalid("Harga dan stok tidak boleh negatif.")


CatalogRow = ProviderRow | ProductRow


def parse_row(data: Any) -> CatalogRow:
    """Decode one NDJSON catalog line (already json-decoded) by its "t" tag."""
    tag = data.get("t") if isinstance(data, dict) else None
    if tag == "provider":
        return ProviderRow.from_dict(data)
    if tag == "product":
        return ProductRow.from_dict(data)
    raise _invalid("Kolom 't' harus 'provider' atau 'product'.")


@dataclass(frozen=True, slots=True)
class ChunkInfo(Message):
    n: int
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest(Message):
    snapshot_id: str
    epoch: int
    seq: int
    row_count: int
    checksum: int
    chunks: tuple[ChunkInfo, ...]
    created_at: str


@dataclass(frozen=True, slots=True)
class Checkpoint(Message):
    seq: int
    count: int
    checksum: int


@dataclass(frozen=True, slots=True)
class ChangesPage(Message):
    rows: tuple[ProviderRow | ProductRow, ...]
    next: str
    has_more: bool
    checkpoint: Checkpoint
