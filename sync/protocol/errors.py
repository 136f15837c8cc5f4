"""Typed protocol errors. Each code has one HTTP status and a retryable flag so both ends agree (SYNC.md §4, §7)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://blangkon.jatengprov.go.id/problems/"


class ErrorCode(StrEnum):
    VERSION_CONFLICT = "version_conflict"
    INVALID_TRANSITION = "invalid_transition"
    PRICE_CHANGED = "price_changed"
    PRODUCT_UNAVAILABLE = "product_unavailable"
    STALE_APPROVAL = "stale_approval"
    FORBIDDEN_ROLE = "forbidden_role"
    NOT_EDITABLE = "not_editable"
    CAP_EXCEEDED = "cap_exceeded"
    IDEMPOTENCY_MISMATCH = "idempotency_mismatch"
    REQUEST_IN_FLIGHT = "request_in_flight"
    CURSOR_EXPIRED = "cursor_expired"
    UPGRADE_REQUIRED = "upgrade_required"
    VALIDATION_ERROR = "validation_error"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    # Transport-level codes the server also needs; clients treat unknown codes by HTTP status.
    BAD_REQUEST = "bad_request"
    INVALID_GRANT = "invalid_grant"
    PRECONDITION_REQUIRED = "precondition_required"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"
    INTERNAL_ERROR = "internal_error"
    # A document number the client printed offline that the server cannot accept as final (not leased to this
    # device, already used, voided, or not in the OPD's format). Never renumbered silently (DESIGN.md #12.1).
    NUMBER_CONFLICT = "number_conflict"
    # The PPK acted after the order's deadline (sync.protocol.deadline): the order is or will be cancelled.
    DEADLINE_PASSED = "deadline_passed"
    # The command is dated in a fiscal year the OPD's Bendahara has closed (tutup buku, sync.protocol.closing).
    YEAR_CLOSED = "year_closed"
    # A Plt/Plh delegation overlapping another of the same role for the same official (sync.protocol.delegation).
    DELEGATION_CONFLICT = "delegation_conflict"

    @property
    def status(self) -> int:
        return _STATUS[self]

    @property
    def retryable(self) -> bool:
        return self in _RETRYABLE

    @property
    def problem_title(self) -> str:
        return _TITLES[self]

    @property
    def type_uri(self) -> str:
        return PROBLEM_TYPE_BASE + self.value


_STATUS: dict[ErrorCode, int] = {
    ErrorCode.VERSION_CONFLICT: 412,
    ErrorCode.INVALID_TRANSITION: 409,
    ErrorCode.PRICE_CHANGED: 409,
    ErrorCode.PRODUCT_UNAVAILABLE: 409,
    ErrorCode.STALE_APPROVAL: 409,
    ErrorCode.FORBIDDEN_ROLE: 403,
    ErrorCode.NOT_EDITABLE: 409,
    ErrorCode.CAP_EXCEEDED: 422,
    ErrorCode.IDEMPOTENCY_MISMATCH: 422,
    ErrorCode.REQUEST_IN_FLIGHT: 409,
    ErrorCode.CURSOR_EXPIRED: 410,
    ErrorCode.UPGRADE_REQUIRED: 426,
    ErrorCode.VALIDATION_ERROR: 422,
    ErrorCode.UNAUTHORIZED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.BAD_REQUEST: 400,
    ErrorCode.INVALID_GRANT: 400,
    ErrorCode.PRECONDITION_REQUIRED: 428,
    ErrorCode.PAYLOAD_TOO_LARGE: 413,
    ErrorCode.RANGE_NOT_SATISFIABLE: 416,
    ErrorCode.INTERNAL_ERROR: 500,
    ErrorCode.NUMBER_CONFLICT: 409,
    ErrorCode.DEADLINE_PASSED: 409,
    ErrorCode.YEAR_CLOSED: 409,
    ErrorCode.DELEGATION_CONFLICT: 409,
}

# Only these are retried with the same Idempotency-Key; everything else is a decision for a human.
_RETRYABLE = frozenset({ErrorCode.REQUEST_IN_FLIGHT, ErrorCode.RATE_LIMITED, ErrorCode.INTERNAL_ERROR})

_TITLES: dict[ErrorCode, str] = {
    ErrorCode.VERSION_CONFLICT: "Pesanan sudah diubah orang lain",
    ErrorCode.INVALID_TRANSITION: "Langkah tidak sesuai status pesanan",
    ErrorCode.PRICE_CHANGED: "Harga produk berubah",
    ErrorCode.PRODUCT_UNAVAILABLE: "Produk tidak tersedia lagi",
    ErrorCode.STALE_APPROVAL: "Persetujuan sudah kedaluwarsa",
    ErrorCode.FORBIDDEN_ROLE: "Peran Anda tidak berwenang",
    ErrorCode.NOT_EDITABLE: "Pesanan tidak dapat diubah lagi",
    ErrorCode.CAP_EXCEEDED: "Melebihi batas nilai belanja",
    ErrorCode.IDEMPOTENCY_MISMATCH: "Kunci permintaan dipakai ulang dengan isi berbeda",
    ErrorCode.REQUEST_IN_FLIGHT: "Permintaan yang sama sedang diproses",
    ErrorCode.CURSOR_EXPIRED: "Data sinkronisasi kedaluwarsa, unduh ulang katalog",
    ErrorCode.UPGRADE_REQUIRED: "Versi aplikasi terlalu lama",
    ErrorCode.VALIDATION_ERROR: "Data tidak valid",
    ErrorCode.UNAUTHORIZED: "Perlu masuk (login) ulang",
    ErrorCode.FORBIDDEN: "Akses ditolak",
    ErrorCode.NOT_FOUND: "Data tidak ditemukan",
    ErrorCode.RATE_LIMITED: "Terlalu banyak percobaan",
    ErrorCode.BAD_REQUEST: "Permintaan tidak dapat dibaca",
    ErrorCode.INVALID_GRANT: "Nama pengguna, kata sandi, atau token salah",
    ErrorCode.PRECONDITION_REQUIRED: "Versi pesanan wajib disertakan",
    ErrorCode.PAYLOAD_TOO_LARGE: "Data yang dikirim terlalu besar",
    ErrorCode.RANGE_NOT_SATISFIABLE: "Rentang unduhan tidak valid",
    ErrorCode.INTERNAL_ERROR: "Kesalahan server",
    ErrorCode.NUMBER_CONFLICT: "Nomor dokumen tidak dapat dipakai",
    ErrorCode.DEADLINE_PASSED: "Batas waktu persetujuan PPK sudah lewat",
    ErrorCode.YEAR_CLOSED: "Tahun anggaran sudah ditutup (tutup buku)",
    ErrorCode.DELEGATION_CONFLICT: "Pelimpahan Plt/Plh tumpang tindih",
}


class LineCode(StrEnum):
    """`details[].code` of a refusal about single order lines; the problem's own `code` says what kind it is.

    409 price_changed / product_unavailable: the catalog moved on since the line was quoted (reconcile).
    422 validation_error: the line itself is wrong and must be fixed (#12.7, #12.9) — its id belongs to another
    order, or its name, unit or unit price are not those of the product version it quotes."""

    PRICE_CHANGED = "price_changed"  # quoted: line price, current: today's catalog price
    PRODUCT_UNAVAILABLE = "product_unavailable"
    LINE_ID_TAKEN = "line_id_taken"  # line ids are UUIDs unique across all orders
    PRODUCT_UNKNOWN = "product_unknown"  # not in the catalog, or another seller's product
    VERSION_UNKNOWN = "version_unknown"  # the server does not know that version of the product
    NAME_MISMATCH = "name_mismatch"  # the name is not the quoted version's
    UNIT_MISMATCH = "unit_mismatch"
    PRICE_MISMATCH = "price_mismatch"  # quoted: line price, current: the quoted version's price


@dataclass(frozen=True, slots=True)
class LineIssue:
    """One order line that is refused; `code` is a LineCode value (prices in rupiah where they apply)."""

    line_id: str
    code: str
    quoted: int | None
    current: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"line_id": self.line_id, "code": self.code, "quoted": self.quoted, "current": self.current}


class ProtocolError(Exception):
    """A typed refusal: the server turns it into problem+json; the client rebuilds it from one."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str,
        *,
        order_id: str | None = None,
        server_version: int | None = None,
        current_order: dict[str, Any] | None = None,
        details: tuple[LineIssue, ...] = (),
    ) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail
        self.order_id = order_id
        self.server_version = server_version
        self.current_order = current_order
        self.details = details

    @property
    def status(self) -> int:
        return self.code.status

    @property
    def retryable(self) -> bool:
        return self.code.retryable

    def to_problem(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.code.type_uri,
            "title": self.code.problem_title,
            "status": self.code.status,
            "code": self.code.value,
            "detail": self.detail,
        }
        if self.order_id is not None:
            body["order_id"] = self.order_id
        if self.server_version is not None:
            body["server_version"] = self.server_version
        if self.current_order is not None:
            body["current_order"] = self.current_order
        if self.details:
            body["details"] = [d.to_dict() for d in self.details]
        return body
