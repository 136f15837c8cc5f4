"""Wire messages (SYNC.md §3–§8, DESIGN.md "Protocol"). Frozen dataclasses; `from_dict` is strict.

Money is integer rupiah; dates `YYYY-MM-DD`; timestamps ISO-8601 UTC with `Z`, stamped by the server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._codec import Message
from .errors import ErrorCode, LineIssue, ProtocolError
from .rows import (
    DOC_TYPES,
    LEGAL_FORMS,
    MARKETPLACES,
    MAX_MONEY,
    PRODUCT_KINDS,
    ROW_STATUSES,
    CatalogRow,
    ChangesPage,
    Checkpoint,
    ChunkInfo,
    Manifest,
    ProductRow,
    ProviderRow,
    _invalid,
    _one_of,
    _text,
    is_calendar_date,
    parse_row,
)
from .states import Action, OrderState, Role

__all__ = [
    "DOC_TYPES", "LEGAL_FORMS", "MARKETPLACES", "MAX_MONEY", "PRODUCT_KINDS", "PROTOCOL_VERSION", "ROW_STATUSES",
    "CatalogRow", "ChangesPage", "Checkpoint", "ChunkInfo", "LineIssueMsg", "Manifest", "NumberBlock",
    "NumberBlockRequest", "Order", "OrderDetail", "OrderDraft", "OrderEvent", "OrderLine", "OrdersPage", "Problem",
    "ProductRow", "ProviderRow", "SyncMeta", "TokenRequest", "TokenResponse", "TransitionRequest", "UserInfo",
    "VoidNumberRequest", "parse_row",
]

PROTOCOL_VERSION = 1
MAX_PAYLOAD = 16_000

# ---- meta and auth -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncMeta(Message):
    server_time: str
    protocol_version: int
    server_version: str
    min_client_version: str
    catalog_epoch: int
    catalog_seq: int
    snapshot_id: str | None
    idempotency_retention_days: int


@dataclass(frozen=True, slots=True)
class TokenRequest(Message):
    grant_type: str
    username: str | None = None
    password: str | None = None
    refresh_token: str | None = None
    device_id: str | None = None

    def __post_init__(self) -> None:
        _one_of(self.grant_type, ("password", "refresh_token"), "grant_type")
        if self.grant_type == "password" and (not self.username or self.password is None):
            raise _invalid("Nama pengguna dan kata sandi wajib diisi.")
        if self.grant_type == "refresh_token" and not self.refresh_token:
            raise _invalid("Kolom 'refresh_token' wajib diisi.")
        for name, limit in (("username", 64), ("password", 1024), ("refresh_token", 256), ("device_id", 128)):
            value = getattr(self, name)
            if value is not None:
                _text(value, name, limit)


@dataclass(frozen=True, slots=True)
class UserInfo(Message):
    id: str
    username: str
    full_name: str
    role: Role
    opd_id: str | None
    opd_name: str | None
    roles: tuple[Role, ...] = ()  # every role held (first = `role`); e.g. a KPA who also acts as PPK
    nip: str = ""  # the officer's NIP (18 digits) printed under their signature; "" when the server keeps none


@dataclass(frozen=True, slots=True)
class TokenResponse(Message):
    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    refresh_expires_in: int
    user: UserInfo


# ---- orders --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrderLine(Message):
    id: str
    product_id: int
    product_version: int
    name: str
    unit: str
    qty: int
    unit_price: int

    def __post_init__(self) -> None:
        _text(self.id, "lines.id", 64, required=True)
        _text(self.name, "lines.name", 500)
        _text(self.unit, "lines.unit", 50)
        if self.qty <= 0:
            raise _invalid("Jumlah (qty) setiap baris harus lebih dari 0.")
        if self.unit_price < 0:
            raise _invalid("Harga satuan tidak boleh negatif.")


@dataclass(frozen=True, slots=True)
class OrderDraft(Message):
    """Body of `PUT /v1/orders/{id}`: what the officer edits. The server fills state, version, totals, times."""

    opd_id: str
    provider_id: int
    marketplace: str
    kode_rup: str
    sub_kegiatan: str
    kode_rekening: str
    delivery_address: str
    delivery_date: str | None
    shipping: int
    notes: str
    lines: tuple[OrderLine, ...]

    def __post_init__(self) -> None:
        _one_of(self.marketplace, MARKETPLACES, "marketplace")
        for name in ("kode_rup", "sub_kegiatan", "kode_rekening", "opd_id"):
            _text(getattr(self, name), name, 100)
        _text(self.delivery_address, "delivery_address", 1000)
        _text(self.notes, "notes", 4000)
        if self.delivery_date is not None and not is_calendar_date(self.delivery_date):
            raise _invalid("Kolom 'delivery_date' harus tanggal YYYY-MM-DD yang ada di kalender.")
        if self.shipping < 0:
            raise _invalid("Ongkos kirim tidak boleh negatif.")
        if len(self.lines) > 500:
            raise _invalid("Satu pesanan paling banyak 500 baris.")
        if sum(line.qty * line.unit_price for line in self.lines) + self.shipping > MAX_MONEY:
            raise _invalid("Total pesanan terlalu besar.")
        ids = [line.id for line in self.lines]
        if len(set(ids)) != len(ids):
            raise _invalid("ID baris pesanan tidak boleh kembar.")


@dataclass(frozen=True, slots=True)
class Order(Message):
    id: str
    opd_id: str
    version: int
    state: OrderState
    number: str | None
    created_by: str
    provider_id: int
    marketplace: str
    kode_rup: str
    sub_kegiatan: str
    kode_rekening: str
    delivery_address: str
    delivery_date: str | None
    shipping: int
    notes: str
    lines: tuple[OrderLine, ...]
    total: int
    approval: dict[str, Any] | None
    receipt: dict[str, Any] | None
    bast: dict[str, Any] | None
    payment: dict[str, Any] | None
    reasons: tuple[dict[str, Any], ...]
    created_at: str
    updated_at: str
    # User ids of everyone who created or changed the content (#12.8, lifecycle.SOD_RULES); kept by the server.
    makers: tuple[str, ...] = ()
    # The last working day (Jakarta date) the PPK may approve or reject, stamped at submission (#17,
    # sync.protocol.deadline); None before submission, for older orders, or without a holiday calendar.
    approval_due: str | None = None


@dataclass(frozen=True, slots=True)
class TransitionRequest(Message):
    action: Action
    base_version: int
    content_hash: str | None = None
    client_recorded_at: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.content_hash is not None:
            _text(self.content_hash, "content_hash", 64)
        if self.client_recorded_at is not None:
            _text(self.client_recorded_at, "client_recorded_at", 64)
        # Payloads are kept forever in the audit trail: artefacts only (reason, dates, checklist), not files.
        if len(json.dumps(self.payload, ensure_ascii=False, default=str)) > MAX_PAYLOAD:
            raise _invalid(f"Kolom 'payload' terlalu besar (maksimal {MAX_PAYLOAD} karakter).")


@dataclass(frozen=True, slots=True)
class OrderEvent(Message):
    seq: int
    order_id: str
    version: int
    action: str
    from_state: OrderState | None
    to_state: OrderState
    actor: str
    role: str  # a Role value, or deadline.SYSTEM_ROLE for what the server does on its own (#17)
    at: str
    client_recorded_at: str | None
    payload: dict[str, Any]
    hash: str


@dataclass(frozen=True, slots=True)
class OrderDetail(Message):
    """`GET /v1/orders/{id}`: the authoritative order and its append-only event log."""

    order: Order
    events: tuple[OrderEvent, ...]


@dataclass(frozen=True, slots=True)
class OrdersPage(Message):
    """`GET /v1/orders/changes?since=`: orders of the caller's OPD changed after the cursor."""

    orders: tuple[Order, ...]
    next: str
    has_more: bool


# ---- document numbers ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberBlockRequest(Message):
    opd_id: str
    year: int
    doc_type: str
    size: int
    device_id: str | None = None

    def __post_init__(self) -> None:
        _one_of(self.doc_type, DOC_TYPES, "doc_type")
        if not 1 <= self.size <= 1000:
            raise _invalid("Ukuran blok nomor harus 1 sampai 1000.")
        if not 2000 <= self.year <= 2100:
            raise _invalid("Tahun tidak valid.")
        _text(self.opd_id, "opd_id", 64, required=True)
        if self.device_id is not None:
            _text(self.device_id, "device_id", 128)


@dataclass(frozen=True, slots=True)
class NumberBlock(Message):
    id: int
    opd_id: str
    year: int
    doc_type: str
    start: int
    end: int
    device_id: str | None
    issued_to: str
    issued_at: str


@dataclass(frozen=True, slots=True)
class VoidNumberRequest(Message):
    opd_id: str
    year: int
    doc_type: str
    number: int
    reason: str

    def __post_init__(self) -> None:
        _one_of(self.doc_type, DOC_TYPES, "doc_type")
        _text(self.reason, "reason", 1000, required=True)


# ---- problems ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineIssueMsg(Message):
    line_id: str
    code: str
    quoted: int | None
    current: int | None


@dataclass(frozen=True, slots=True)
class Problem(Message):
    """`application/problem+json` body (RFC 9457) with the protocol's typed `code`."""

    type: str
    title: str
    status: int
    code: str
    detail: str
    order_id: str | None = None
    server_version: int | None = None
    current_order: Order | None = None
    details: tuple[LineIssueMsg, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = Message.to_dict(self)
        # Optional members are omitted rather than sent as null, as RFC 9457 bodies usually are.
        for key in ("order_id", "server_version", "current_order"):
            if out[key] is None:
                del out[key]
        if not out["details"]:
            del out["details"]
        return out

    def to_error(self) -> ProtocolError:
        """Rebuild the typed error on the client; unknown codes become a generic one by HTTP status."""
        try:
            code = ErrorCode(self.code)
        except ValueError:
            code = _code_for_status(self.status)
        return ProtocolError(
            code,
            self.detail,
            order_id=self.order_id,
            server_version=self.server_version,
            current_order=self.current_order.to_dict() if self.current_order else None,
            details=tuple(LineIssue(d.line_id, d.code, d.quoted, d.current) for d in self.details),
        )


def _code_for_status(status: int) -> ErrorCode:
    for code in ErrorCode:
        if code.status == status:
            return code
    return ErrorCode.INTERNAL_ERROR if status >= 500 else ErrorCode.BAD_REQUEST
