"""What a conflict dialog shows, in facts the UI puts into words (#21.7): who acted on the server and when, why,
the new total where prices changed, which printed numbers are now void and must be withdrawn (#21.3), and what
"use the server's copy" would drop (#21.1). No raw codes or version numbers reach the officer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.services.number_voids import voided_for_order
from desktop.services.order_view import OrderView
from desktop.services.refusal_texts import server_refusal
from desktop.store.db import UnitOfWork
from desktop.store.order_wire import line_from_wire
from desktop.store.records import Conflict, Order, OutboxCommand
from desktop.store.sealing import is_withheld
from sync.protocol.states import OrderState

TITLES = {
    "price_changed": "Harga produk berubah",
    "product_unavailable": "Produk tidak tersedia lagi",
    "stale_approval": "Persetujuan sudah kedaluwarsa",
    "version_conflict": "Pesanan sudah diubah orang lain",
    "invalid_transition": "Langkah tidak sesuai status pesanan (didahului pengguna lain)",
    "forbidden_role": "Peran Anda tidak berwenang",
    "not_editable": "Pesanan tidak dapat diubah lagi",
    "cap_exceeded": "Melebihi batas nilai belanja",
    "validation_error": "Data pesanan ditolak server",
    "number_conflict": "Nomor dokumen tidak dapat dipakai",
    "deadline_passed": "Batas waktu persetujuan PPK sudah lewat",
    "year_closed": "Tahun anggaran sudah ditutup (tutup buku)",
}
# The server acted before this PC's step arrived: the title says what it did.
ACT_TITLES = {
    "reject": "Pesanan sudah ditolak oleh PPK lain",
    "approve": "Pesanan sudah disetujui oleh PPK lain",
    "cancel": "Pesanan sudah dibatalkan",
    "expire": "Pesanan sudah dibatalkan otomatis (batas waktu PPK lewat)",
    "update": "Pesanan sudah diubah orang lain",
}
_APPROVED_ON = {s.value for s in OrderState} - {"DRAFT", "DIAJUKAN", "DITOLAK", "DIBATALKAN"}


@dataclass(frozen=True)
class ConflictLine:
    line_id: str
    name: str
    qty: int
    unit: str
    quoted: int | None
    current: int | None
    code: str


@dataclass(frozen=True)
class ServerCopy:
    version: int
    state: str
    total: int
    number: str | None
    lines: tuple[tuple[str, int, int], ...]  # name, qty, unit price
    updated_at: str

    @property
    def state_enum(self) -> OrderState | None:
        return OrderState(self.state) if self.state in OrderState.__members__ else None


@dataclass(frozen=True)
class ServerAct:
    """What the server holds that the refused step ran into: who did it, in which role, when (server time, UTC),
    and their reason."""

    action: str  # "reject", "approve", "cancel", "expire" (the PPK's deadline; reason = due day) or "update"
    by_name: str
    role: str
    at: str
    reason: str = ""


@dataclass(frozen=True)
class ConflictView:
    id: int
    order_id: str
    code: str
    title: str
    detail: str  # the server's own sentence, kept for the record; dialogs speak from the fields below
    created_at: str
    local: OrderView
    lines: tuple[ConflictLine, ...] = ()
    server: ServerCopy | None = None
    rejected_action: str | None = None  # "submit", "approve", … or "PUT" for a draft edit
    server_act: ServerAct | None = None
    voided: tuple[str, ...] = ()  # numbers this PC printed for the order that are now BATAL: withdraw them
    new_total: int | None = None  # the order's total at the catalog's current prices (price_changed)
    discards: tuple[str, ...] = ()  # what "use the server's copy" drops: "my_lines", then queued verbs

    @property
    def heading(self) -> str:
        if self.code in ("invalid_transition", "version_conflict", "not_editable") and self.server_act:
            return ACT_TITLES[self.server_act.action]
        return self.title


def build(uow: UnitOfWork, c: Conflict, order: Order, local: OrderView, rejected: OutboxCommand | None,
          users: dict[str, str]) -> ConflictView:
    by_id = {ln.id: ln for ln in order.lines}
    lines = tuple(
        ConflictLine(d.get("line_id", ""), by_id[d["line_id"]].name if d.get("line_id") in by_id else "?",
                     by_id[d["line_id"]].qty if d.get("line_id") in by_id else 0,
                     by_id[d["line_id"]].unit if d.get("line_id") in by_id else "",
                     d.get("quoted"), d.get("current"), d.get("code", c.code))
        for d in c.details.get("details") or ())
    server_dict = c.details.get("current_order") or order.server_snapshot
    server = None
    if isinstance(server_dict, dict) and server_dict.get("id") == order.id:
        server = ServerCopy(int(server_dict.get("version", 0)), str(server_dict.get("state", "")),
                            int(server_dict.get("total", 0)), server_dict.get("number"),
                            tuple((ln.name, ln.qty, ln.unit_price_quoted)
                                  for ln in map(line_from_wire, server_dict.get("lines", ()))),
                            str(server_dict.get("updated_at", "")))
    action = _action_of(rejected)
    new_total = None
    if lines and c.code == "price_changed":
        current = {ln.line_id: ln.current for ln in lines if ln.current is not None}
        new_total = order.shipping + sum(ln.qty * current.get(ln.id, ln.unit_price_quoted) for ln in order.lines)
    return ConflictView(
        c.id, c.order_id, c.code, TITLES.get(c.code, "Server menolak perubahan"),
        server_refusal(c.code, str(c.details.get("detail") or "")),
        c.created_at, local, lines, server, action,
        server_act=server_act(server_dict, users) if isinstance(server_dict, dict) else None,
        voided=tuple(n.text or "" for n in voided_for_order(uow, order.id, "SP") + voided_for_order(uow, order.id,
                                                                                                   "BAST")),
        new_total=new_total, discards=_discards(uow, order, server, rejected))


def server_act(server: dict[str, Any], users: dict[str, str]) -> ServerAct:
    """Who made the server's copy what it is: the last rejection or cancellation with its reason, the approval
    that numbered it, or (a draft) an edit made elsewhere."""
    state = str(server.get("state", ""))

    def name(stamp: dict[str, Any]) -> str:
        return str(stamp.get("by_name") or users.get(str(stamp.get("by")), "") or "petugas lain")

    wanted = {"DITOLAK": "reject", "DIBATALKAN": "cancel"}.get(state)
    last = (server.get("reasons") or [{}])[-1]
    if state == "DIBATALKAN" and isinstance(last, dict) and last.get("action") == "expire":
        # the server's deadline (#17): the "reason" is the due day, put into words by the dialog
        return ServerAct("expire", name(last), str(last.get("role", "")), str(last.get("at", "")),
                         str(last.get("due") or ""))
    if wanted:
        reason: dict[str, Any] = next((r for r in reversed(server.get("reasons") or ()) if r.get("action") == wanted), {})
        return ServerAct(wanted, name(reason), str(reason.get("role", "")), str(reason.get("at", "")),
                         str(reason.get("reason") or reason.get("text") or ""))
    approval = server.get("approval") or {}
    if state in _APPROVED_ON and approval:
        return ServerAct("approve", name(approval), str(approval.get("role", "PPK")), str(approval.get("at", "")))
    return ServerAct("update", "", "", str(server.get("updated_at", "")))


def _action_of(cmd: OutboxCommand | None) -> str | None:
    if cmd is None:
        return None
    if cmd.method != "POST":
        return cmd.method
    return None if is_withheld(cmd.body) else str(json.loads(cmd.body).get("action"))


def _discards(uow: UnitOfWork, order: Order, server: ServerCopy | None,
              rejected: OutboxCommand | None) -> tuple[str, ...]:
    """What taking the server's copy throws away, so the dialog can say it first (#21.1)."""
    if server is None:
        return ()
    out = []
    mine = sorted((ln.name, ln.qty, ln.unit_price_quoted) for ln in order.lines)
    if mine != sorted(server.lines) or order.shipping + sum(q * p for _, q, p in mine) != server.total:
        out.append("my_lines")
    for cmd in uow.outbox.for_order(order.id, include_done=False):
        verb = _action_of(cmd)
        if verb and verb not in out and (rejected is None or cmd.cmd_id != rejected.cmd_id):  # refused: said
            out.append(verb)
    return tuple(out)
