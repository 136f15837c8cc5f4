"""What the order workflow screens see: plain frozen dataclasses, built by the services from store records.

The UI never imports the store; it only receives these. Money is integer rupiah, dates are `datetime.date`,
server timestamps are ISO-8601 UTC strings (legal time).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.domain.messages import CodedError
from desktop.services.texts import SERVICE_TEXTS
from sync.protocol.states import STATE_LABELS, OrderState

if TYPE_CHECKING:
    from desktop.store.records import OutboxCommand


class SyncStatus(StrEnum):
    """Per-record sync status, worded for the officer (issue 6: "Sync status per record")."""

    LOCAL_ONLY = "local_only"
    PENDING = "pending"
    SENT = "sent"
    ATTENTION = "attention"


SYNC_STATUS_LABELS: dict[SyncStatus, str] = {
    SyncStatus.LOCAL_ONLY: "Tersimpan di PC ini saja",
    SyncStatus.PENDING: "Menunggu dikirim",
    SyncStatus.SENT: "Terkirim",
    SyncStatus.ATTENTION: "Perlu perhatian",
}

SYNC_STATUS_HINTS: dict[SyncStatus, str] = {
    SyncStatus.LOCAL_ONLY: "Belum pernah dikirim ke server. Ajukan pesanan lalu sinkronkan saat ada koneksi.",
    SyncStatus.PENDING: "Perubahan akan dikirim otomatis saat ada koneksi, atau tekan \"Sinkronkan sekarang\".",
    SyncStatus.SENT: "Server sudah menerima semua perubahan pesanan ini.",
    SyncStatus.ATTENTION: "Server menolak perubahan. Buka pesanan ini dan selesaikan konflik yang ditampilkan.",
}


def sync_status_of(*, state: OrderState, server_seen: bool, pending: int, attention: bool) -> SyncStatus:
    """One rule for every list: a problem wins, then queued work, then "sent"."""
    if attention:
        return SyncStatus.ATTENTION
    if not server_seen and (pending == 0 or state == OrderState.DRAFT):
        return SyncStatus.LOCAL_ONLY
    if pending:
        return SyncStatus.PENDING
    return SyncStatus.SENT


# The command waiting (or refused) beside the server's state, as the list's state column words it (#21.5).
COMMAND_LABELS: dict[str, str] = {
    "PUT": "perubahan draf", "submit": "pengajuan", "approve": "persetujuan (SP)", "reject": "penolakan",
    "send_to_seller": "kirim ke penyedia", "seller_confirm": "konfirmasi penyedia", "ship": "pengiriman",
    "receive": "pemeriksaan barang", "report_mismatch": "laporan ketidaksesuaian", "sign_bast": "BAST",
    "request_payment": "pengajuan bayar", "authorize_payment": "setuju dibayar", "mark_paid": "pembayaran",
    "complete": "penyelesaian", "cancel": "pembatalan",
}


@dataclass(frozen=True)
class CommandNote:
    """The head of an order's unsettled commands: what it does and whether the server refused it."""

    action: str  # a wire verb ("submit", …) or "PUT" for a draft edit
    refused: bool

    @property
    def label(self) -> str:
        return COMMAND_LABELS.get(self.action, self.action)

    @property
    def text(self) -> str:
        """"pengajuan ditolak server" / "persetujuan (SP) menunggu dikirim" (Indonesian; the UI translates)."""
        return f"{self.label} {'ditolak server' if self.refused else 'menunggu dikirim'}"


def command_note(commands: Sequence[OutboxCommand]) -> CommandNote | None:
    """From an order's unsettled outbox commands (FIFO): the refused one if any, else the first waiting."""
    import json

    if not commands:
        return None
    head = next((c for c in commands if c.status.value == "rejected"), commands[0])
    action = head.method.upper()
    if action == "POST":
        try:
            action = str(json.loads(head.body).get("action") or action)
        except ValueError:
            pass
    return CommandNote(action, head.status.value == "rejected")


class WorkflowError(CodedError):
    """A refusal by a workflow service: stable `code` plus a message saying what to do next (a Message from
    desktop.services.texts, made from `code` and named parameters; the older (code, text) form still works)."""

    texts = SERVICE_TEXTS


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    OK = "ok"


@dataclass(frozen=True)
class CheckItem:
    """One line of the pre-submission check panel: the rule, whether it passes, and what to do."""

    code: str
    severity: Severity
    title: str
    detail: str

    @property
    def blocking(self) -> bool:
        return self.severity == Severity.BLOCKING


@dataclass(frozen=True)
class ProviderInfo:
    id: int
    name: str
    owner_name: str = ""
    legal_form: str = "perorangan"
    npwp: str | None = None
    nik: str | None = None
    pkp: bool = False
    suket_pp55: bool = False
    marketplace: str = ""
    status: str = "active"
    address: str = ""
    nib: str = ""
    bank_name: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class LineView:
    id: str
    product_id: int
    product_version: int
    name: str
    unit: str
    qty: int
    unit_price: int
    kind: str = "goods"
    # Set by the catalog sync: "price_changed" (current_price differs) or "product_unavailable".
    flag: str | None = None
    current_price: int | None = None

    @property
    def subtotal(self) -> int:
        return self.qty * self.unit_price


@dataclass(frozen=True)
class OrderView:
    id: str
    opd_id: str
    version: int
    state: OrderState
    created_by: str
    lines: tuple[LineView, ...] = ()
    number: str | None = None
    provider: ProviderInfo | None = None
    marketplace: str = ""
    kode_rup: str = ""
    sub_kegiatan: str = ""
    kode_rekening: str = ""
    delivery_address: str = ""
    delivery_date: dt.date | None = None
    shipping: int = 0
    notes: str = ""
    approval: dict[str, Any] | None = None
    receipt: dict[str, Any] | None = None
    bast: dict[str, Any] | None = None
    payment: dict[str, Any] | None = None
    reasons: tuple[dict[str, Any], ...] = ()
    created_at: str = ""
    updated_at: str = ""
    sync_status: SyncStatus = SyncStatus.LOCAL_ONLY
    # What the server holds (None: never sent) and the command beside it (#21.5). `state` above is this PC's
    # view: the server's state with the waiting commands applied.
    server_state: OrderState | None = None
    command: CommandNote | None = None
    # When the Bendahara confirmed this payment against the bank statement (#18; local decision, UTC stamp).
    bank_confirmed_at: str | None = None

    @property
    def state_column(self) -> tuple[str, str]:
        """(the state the server holds, the pending or refused command beside it) in Indonesian: a refused
        submit shows "Draf" and "pengajuan ditolak server", never "Menunggu persetujuan PPK"."""
        shown = self.server_state or self.state
        return STATE_LABELS[shown], self.command.text if self.command else ""

    @property
    def rejection(self) -> dict[str, str] | None:
        """The PPK's last rejection while the order is back with the PP (#21.6): {"reason", "by_name", "at"}
        (server time when the server stamped it), else None."""
        if self.state not in (OrderState.DITOLAK, OrderState.DRAFT) or not self.reasons:
            return None
        last = self.reasons[-1]
        if last.get("action") != "reject":
            return None
        return {"reason": str(last.get("reason") or last.get("text") or ""),
                "by_name": str(last.get("by_name") or ""), "at": str(last.get("at") or "")}

    @property
    def expiry(self) -> dict[str, str] | None:
        """The server cancelled the order because the PPK did not answer by its deadline (#17): {"due", "at"},
        else None."""
        if self.state is not OrderState.DIBATALKAN or not self.reasons:
            return None
        last = self.reasons[-1]
        if last.get("action") != "expire":
            return None
        return {"due": str(last.get("due") or ""), "at": str(last.get("at") or "")}

    @property
    def goods_total(self) -> int:
        return sum(line.subtotal for line in self.lines)

    @property
    def total(self) -> int:
        return self.goods_total + self.shipping

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def sync_label(self) -> str:
        return SYNC_STATUS_LABELS[self.sync_status]

    @property
    def title(self) -> str:
        """A short human name for lists and dialogs: SP number when there is one, else the seller."""
        who: str = self.provider.name if self.provider else SERVICE_TEXTS("order_title_no_provider")
        if self.number:
            return SERVICE_TEXTS("order_title", number=self.number, who=who)
        return SERVICE_TEXTS("order_title_draft", id=self.id[:8], who=who)  # shown through ui.i18n.render


@dataclass(frozen=True)
class TimelineEntry:
    at: str
    actor: str
    role: str
    action: str
    from_state: str = ""
    to_state: str = ""
    note: str = ""
    source: str = "local"  # "local" (this PC, device time) or "server" (legal time)


@dataclass(frozen=True)
class Choice:
    """A master-data item for pickers: code and name."""

    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}" if self.name else self.code


@dataclass(frozen=True)
class TaxLineView:
    code: str
    label: str
    base: int
    rate_text: str
    amount: int
    collector: str = "BENDAHARA"  # who collects it: BENDAHARA, PIHAK_LAIN (marketplace, PMK 58/2022), PENYEDIA


@dataclass(frozen=True)
class ExplanationView:
    title: str
    formula: str
    rule: str
    legal_basis: str


@dataclass(frozen=True)
class TaxView:
    """Tax breakdown of an order for the Bendahara desk (DOMAIN.md §5)."""

    gross: int
    dpp: int
    dpp_nilai_lain: int
    ppn: int
    pph_label: str
    pph: int
    net: int
    meterai: int
    collector: str  # "BENDAHARA" or "PIHAK_LAIN"
    collector_text: str
    lines: tuple[TaxLineView, ...] = ()
    explanations: tuple[ExplanationView, ...] = field(default_factory=tuple)
    withheld: int = 0  # what the Bendahara itself withholds (gross − net), the tax engine's figure


@dataclass(frozen=True)
class PaymentStakes:
    """What a PA/KPA consents to or a Bendahara closes (#13.12): the order's seller and bank account, the amount,
    each tax with its collector and what the seller receives — the tax engine's figures before payment, the stored
    payment record after it (never recomputed)."""

    order: OrderView
    amount: int
    taxes: tuple[TaxLineView, ...]
    net: int
    paid: bool = False  # True: figures from the payment record
    method: str = ""  # PAYMENT_METHODS code, once paid
    payment_date: dt.date | None = None
    bku_number: str = ""

    @property
    def seller(self) -> str:
        return self.order.provider.name if self.order.provider else ""

    @property
    def bank(self) -> tuple[str, str]:
        """(bank name, account number) of the seller; "" when the catalog does not say."""
        p = self.order.provider
        return (p.bank_name, p.bank_account) if p else ("", "")


@dataclass(frozen=True)
class ProductChoice:
    """A catalog product offered in the editor's "add product" dialog."""

    id: int
    version: int
    name: str
    unit: str
    price: int
    provider_id: int
    provider_name: str
    marketplace: str
    kind: str = "goods"


@dataclass(frozen=True)
class ReceiptInput:
    """Pemeriksaan Tepat Guna, as the PPK enters it."""

    inspection_date: dt.date
    fungsi_ok: bool
    jumlah_ok: bool
    waktu_ok: bool
    received: dict[str, int]  # line id → quantity received
    notes: str = ""
    arrived_on: dt.date | None = None  # the day the goods arrived (default: the inspection date), #12.6


@dataclass(frozen=True)
class PaymentInput:
    method: str  # one of sync.protocol.lifecycle.PAYMENT_METHODS
    payment_date: dt.date
    bku_number: str
    ntpn: Mapping[str, str] = field(default_factory=dict)  # tax code → NTPN of its deposit, when deposited
    deposit_date: dt.date | None = None  # day the withheld taxes were deposited (default: the payment date)


METHOD_LABELS = {"UP_TUNAI": "UP/GU (tunai)", "TRANSFER": "Transfer bank (CMS)", "KKPD": "KKPD (kartu kredit)",
                 "LS": "LS (langsung ke penyedia)"}
