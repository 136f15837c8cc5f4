"""Frozen dataclasses the repositories return. Never ORM rows: these are safe to hand to another thread.

Money is integer rupiah. Timestamps are ISO-8601 UTC strings ("2026-11-23T10:00:00.000000Z"); JSON columns
come back decoded (dict / list / tuple).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SyncStatus(StrEnum):
    LOCAL_ONLY = "LOCAL_ONLY"  # never sent (a draft that only exists here)
    PENDING = "PENDING"  # outbox holds unsent commands for it
    SENT = "SENT"  # local copy equals the last server copy
    NEEDS_ATTENTION = "NEEDS_ATTENTION"  # a command was rejected: the user must look


class CommandStatus(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    REJECTED = "rejected"
    BLOCKED = "blocked"


class TaxCollector(StrEnum):
    BENDAHARA = "BENDAHARA"
    PIHAK_LAIN = "PIHAK_LAIN"


# -- master data -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Opd:
    id: str
    code: str  # short code used in document numbers, e.g. "DINKOP"
    name: str
    address: str = ""
    kabkota: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class SubKegiatan:
    opd_id: str
    kode: str
    year: int
    name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class KodeRekening:
    kode: str
    name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class Marketplace:
    code: str
    name: str
    tax_collector: TaxCollector
    active: bool = True


@dataclass(frozen=True, slots=True)
class User:
    """A cached server user. The offline-login verifier is deliberately not here (see UserRepository)."""

    id: str
    username: str
    full_name: str
    roles: tuple[str, ...]
    opd_id: str | None = None
    nip: str | None = None
    jabatan: str = ""
    active: bool = True
    updated_at: str = ""


# -- orders ----------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OrderLine:
    id: str
    product_id: int
    product_version: int
    name: str
    unit: str
    qty: int
    unit_price_quoted: int
    current_price: int | None = None  # catalog price now, when it differs from the quote
    flag: str | None = None  # "price_changed" | "product_unavailable" | None
    position: int = 0

    @property
    def subtotal(self) -> int:
        return self.qty * self.unit_price_quoted


@dataclass(frozen=True, slots=True)
class Order:
    id: str
    opd_id: str
    created_by: str
    state: str = "DRAFT"
    number: str | None = None
    provider_id: int | None = None
    marketplace: str | None = None
    kode_rup: str = ""
    sub_kegiatan: str = ""
    kode_rekening: str = ""
    delivery_address: str = ""
    delivery_date: str | None = None
    shipping: int = 0
    notes: str = ""
    total: int = 0
    lines: tuple[OrderLine, ...] = ()
    approval: dict[str, Any] | None = None
    receipt: dict[str, Any] | None = None
    bast: dict[str, Any] | None = None
    payment: dict[str, Any] | None = None
    reasons: tuple[Any, ...] = ()
    created_at: str = ""
    updated_at: str | None = None  # server time of the last server change
    # user ids of everyone who created or changed the content (the server's list + local draft writes, #12.8)
    makers: tuple[str, ...] = ()
    # local bookkeeping
    server_version: int | None = None
    local_version: int = 1
    sync_status: SyncStatus = SyncStatus.LOCAL_ONLY
    server_snapshot: dict[str, Any] | None = None
    updated_at_local: str = ""
    flags: dict[str, Any] = field(default_factory=dict)

    @property
    def lines_total(self) -> int:
        return sum(line.subtotal for line in self.lines)


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One entry of the server's append-only order history (legal time `at`, set by the server)."""

    order_id: str
    seq: int
    version: int
    action: str
    from_state: str | None
    to_state: str
    actor: str
    role: str
    at: str
    client_recorded_at: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    hash: str = ""


# -- outbox, conflicts, audit ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OutboxCommand:
    cmd_id: str  # = Idempotency-Key
    seq: int
    order_id: str | None
    method: str
    path: str
    body: str  # frozen JSON text, sent byte for byte
    base_version: int | None
    actor_user_id: str
    status: CommandStatus
    attempts: int
    attempted: bool
    next_attempt_at: str
    last_error: str | None
    response: str | None
    created_at: str
    finished_at: str | None = None
    resolved_at: str | None = None

    def body_json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    order_id: str
    code: str
    details: dict[str, Any]
    created_at: str
    cmd_id: str | None = None
    resolved_at: str | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor_user_id: str | None
    action: str
    order_id: str | None
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str


# -- document numbers ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NumberBlock:
    id: int
    opd_id: str
    year: int
    doc_type: str
    start: int
    end: int
    next: int
    issued_at: str

    @property
    def remaining(self) -> int:
        return self.end - self.next + 1


@dataclass(frozen=True, slots=True)
class IssuedNumber:
    id: int
    opd_id: str
    year: int
    doc_type: str
    number: int
    text: str | None
    order_id: str | None
    issued_at: str
    void: bool = False
    void_reason: str | None = None
    voided_at: str | None = None


# -- catalog and sync bookkeeping ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Product:
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
    kabkota: str
    marketplace: str
    legal_form: str


@dataclass(frozen=True, slots=True)
class Provider:
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
    nib: str | None
    npwp: str | None
    nik: str | None
    pkp: bool
    suket_pp55: bool
    bank_name: str | None
    bank_account: str | None
    marketplace: str
    has_sales: bool


@dataclass(frozen=True, slots=True)
class SnapshotChunk:
    snapshot_id: str
    n: int
    sha256: str
    bytes: int
    bytes_done: int = 0
    rows: int = 0
    downloaded: bool = False
    applied: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    order_id: str
    kind: str
    filename: str
    sha256: str
    size: int
    path: str | None
    created_at: str
