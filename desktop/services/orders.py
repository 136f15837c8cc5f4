"""OrderService: the Pejabat Pengadaan's drafts — lines with quoted price snapshots, budget codes, routing,
pre-submission checks and submission to the PPK (DOMAIN.md §1–§3, SYNC.md §4–§5).

Every change writes the local order AND its outbox command in ONE unit of work: `PUT /v1/orders/{id}` with the
full draft (a never-attempted PUT of the same order is coalesced), or a transition `POST`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop.domain.rules import Marketplace
from desktop.services import catalog_lookup, draft_recheck
from desktop.services.master_data import SeedResult, seed_master_data
from desktop.services.order_checks import run_prechecks
from desktop.services.order_lists import OrderList, list_orders
from desktop.services.order_view import (
    CheckItem,
    Choice,
    LineView,
    OrderView,
    ProductChoice,
    TaxView,
    TimelineEntry,
    WorkflowError,
)
from desktop.services.payments import PaymentService
from desktop.services.protocol_refusals import refusal
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.workflow_base import WorkflowBase, iso_date, new_id
from desktop.store.db import Store, UnitOfWork
from desktop.store.records import Order, OrderLine, Product
from sync.protocol.errors import ProtocolError
from sync.protocol.lifecycle import check_edit
from sync.protocol.messages import MARKETPLACES
from sync.protocol.states import ROLE_LABELS, Action, OrderState, Role

EDITABLE_FIELDS = ("marketplace", "kode_rup", "sub_kegiatan", "kode_rekening", "delivery_address",
                   "delivery_date", "shipping", "notes")
MARKETPLACE_NAMES = {m.value: m.label for m in Marketplace}  # owner: desktop.domain.rules
DELIVERY_ACTIONS = (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP)


class OrderService(WorkflowBase):
    def __init__(self, store: Store, session: SessionState, **kw: Any) -> None:
        super().__init__(store, session, **kw)
        self._payments = PaymentService(store, session, **kw)

    @staticmethod
    def new_line_id() -> str:
        """A client UUID for a line about to be added (kept by the undo command so redo re-adds the same id)."""
        return new_id()

    # -- lists and lookups -----------------------------------------------------------------------------------
    def list_mine(self) -> list[OrderView]:
        """The "Pesanan" list: PP — the orders I made; PPK / PA-KPA / admin OPD — my OPD's orders; anyone's
        drafts only to their maker (desktop.services.order_lists)."""
        user = self.user()
        with self.store.unit_of_work(readonly=True) as uow:
            return [self.view(uow, r) for r in list_orders(uow, user, OrderList.MINE, today=self.today())]

    def list_history(self) -> list[OrderView]:
        """The orders whose history the officer may read: as "Pesanan", and for the Bendahara and PPTK too."""
        with self.store.unit_of_work(readonly=True) as uow:
            return [self.view(uow, r) for r in list_orders(uow, self.user(), OrderList.HISTORY, today=self.today())]

    def get(self, order_id: str) -> OrderView:
        with self.store.unit_of_work(readonly=True) as uow:
            return self.view(uow, self.require(uow, order_id))

    def recheck(self, order_id: str) -> OrderView:
        """Open a draft: its lines are re-checked against the local replica first (#21.4), so an old price or a
        delisted product shows as such, not as current."""
        with self.store.unit_of_work() as uow:
            draft_recheck.recheck(uow, self.require(uow, order_id))
            return self.view(uow, self.require(uow, order_id))

    def allowed_actions(self, order_id: str) -> list[Action]:
        with self.store.unit_of_work(readonly=True) as uow:
            return self.allowed(uow, self.require(uow, order_id))

    def can_edit(self, order_id: str) -> bool:
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            try:
                check_edit(self.facts(order), self.actor())
            except ProtocolError:
                return False
            return True

    def find_products(self, text: str, *, provider_id: int | None = None, limit: int = 30) -> list[ProductChoice]:
        """Active catalog products for the "add product" dialog (optionally only one seller's)."""
        with self.store.unit_of_work(readonly=True) as uow:
            rows = catalog_lookup.search(uow, text, provider_id=provider_id, limit=limit)
            out = []
            for p in rows:
                if p.status != "active":
                    continue
                out.append(ProductChoice(id=p.id, version=p.version, name=p.name, unit=p.unit, price=p.price,
                                         provider_id=p.provider_id, provider_name=p.provider_name,
                                         marketplace=p.marketplace, kind=p.kind))
            return out

    def ensure_master_data(self) -> SeedResult:
        """Fill empty sub-kegiatan/kode rekening lists from the bundled reference data (idempotent)."""
        with self.store.unit_of_work() as uow:
            return seed_master_data(uow, self.user().opd_id, self.today().year)

    def sub_kegiatan_choices(self, year: int | None = None) -> list[Choice]:
        with self.store.unit_of_work(readonly=True) as uow:
            items = uow.master.list_sub_kegiatan(self.opd_id(), year or self.today().year)
            return [Choice(s.kode, s.name) for s in items if s.active]

    def kode_rekening_choices(self) -> list[Choice]:
        with self.store.unit_of_work(readonly=True) as uow:
            return [Choice(k.kode, k.name) for k in uow.master.list_kode_rekening() if k.active]

    def marketplace_choices(self) -> list[Choice]:
        with self.store.unit_of_work(readonly=True) as uow:
            known = {m.code: m.name for m in uow.master.list_marketplaces() if m.active}
        return [Choice(code, known.get(code, MARKETPLACE_NAMES[code])) for code in MARKETPLACES]

    # -- drafting --------------------------------------------------------------------------------------------
    def create_draft(self, product_id: int, qty: int = 1, *, order_id: str | None = None) -> OrderView:
        """A new draft for the seller of `product_id`, with that product as its first line."""
        self._require_editor()
        with self.store.unit_of_work() as uow:
            product = self._product(uow, product_id)
            opd = uow.master.get_opd(self.opd_id())
            order = Order(id=order_id or new_id(), opd_id=self.opd_id(), created_by=self.uid(),
                          provider_id=product.provider_id, marketplace=product.marketplace,
                          delivery_address=opd.address if opd else "", created_at=self.stamp(),
                          lines=(self._new_line(product, _qty(qty), new_id()),))
            saved = self.save(uow, order, audit="create_draft", details={"product_id": product_id, "qty": qty})
            saved = self.enqueue_put(uow, saved)
            return self.view(uow, saved)

    def add_line(self, order_id: str, product_id: int, qty: int = 1, *, line_id: str | None = None) -> OrderView:
        def change(uow: UnitOfWork, order: Order) -> Order:
            product = self._product(uow, product_id)
            if order.provider_id is not None and product.provider_id != order.provider_id:
                raise WorkflowError("other_provider", provider=product.provider_name)
            existing = next((ln for ln in order.lines if ln.product_id == product_id), None)
            if existing is not None and line_id is None:
                # "Add to order" from the catalog again: the same product adds to its quantity.
                merged = replace(existing, qty=_qty(existing.qty + _qty(qty)))
                return replace(order, lines=tuple(merged if ln.id == existing.id else ln for ln in order.lines))
            if existing is not None:
                raise WorkflowError("duplicate_line", product=product.name)
            line = self._new_line(product, _qty(qty), line_id or new_id())
            return replace(order, provider_id=product.provider_id, lines=(*order.lines, line))

        return self._edit(order_id, change, "add_line", {"product_id": product_id, "qty": qty})

    def restore_line(self, order_id: str, line: LineView, index: int) -> OrderView:
        """Put back a removed line exactly as it was quoted (undo of remove)."""
        def change(uow: UnitOfWork, order: Order) -> Order:
            if any(ln.id == line.id for ln in order.lines):
                return order
            restored = OrderLine(id=line.id, product_id=line.product_id, product_version=line.product_version,
                                 name=line.name, unit=line.unit, qty=line.qty, unit_price_quoted=line.unit_price,
                                 current_price=line.current_price, flag=line.flag)
            lines = list(order.lines)
            lines.insert(max(0, min(index, len(lines))), restored)
            return replace(order, lines=tuple(lines))

        return self._edit(order_id, change, "restore_line", {"line_id": line.id})

    def set_qty(self, order_id: str, line_id: str, qty: int) -> OrderView:
        def change(uow: UnitOfWork, order: Order) -> Order:
            self._line(order, line_id)
            return replace(order, lines=tuple(replace(ln, qty=_qty(qty)) if ln.id == line_id else ln
                                              for ln in order.lines))

        return self._edit(order_id, change, "set_qty", {"line_id": line_id, "qty": qty})

    def remove_line(self, order_id: str, line_id: str) -> OrderView:
        def change(uow: UnitOfWork, order: Order) -> Order:
            self._line(order, line_id)
            return replace(order, lines=tuple(ln for ln in order.lines if ln.id != line_id))

        return self._edit(order_id, change, "remove_line", {"line_id": line_id})

    def update_fields(self, order_id: str, **changes: Any) -> OrderView:
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise WorkflowError("unknown_field", fields=", ".join(unknown))
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name == "delivery_date":
                clean[name] = iso_date(value) if isinstance(value, dt.date) else (value or None)
            elif name == "shipping":
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise WorkflowError("bad_shipping")
                clean[name] = value
            elif name == "marketplace":
                if value not in MARKETPLACES:
                    raise WorkflowError("bad_marketplace")
                clean[name] = value
            else:
                clean[name] = str(value or "").strip()
        return self._edit(order_id, lambda uow, order: replace(order, **clean), "update_fields",
                          {k: v for k, v in clean.items()})

    def reprice_line(self, order_id: str, line_id: str) -> OrderView:
        """Accept the catalog's current price and version for one flagged line (a new quote)."""
        def change(uow: UnitOfWork, order: Order) -> Order:
            line = self._line(order, line_id)
            product = catalog_lookup.product(uow, line.product_id)
            if product is None or product.status != "active":
                raise WorkflowError("product_unavailable",
                                    SERVICE_TEXTS("line_product_unavailable", product=line.name))
            fresh = replace(line, product_version=product.version, unit_price_quoted=product.price,
                            current_price=None, flag=None, name=product.name, unit=product.unit)
            return replace(order, lines=tuple(fresh if ln.id == line_id else ln for ln in order.lines))

        return self._edit(order_id, change, "reprice_line", {"line_id": line_id})

    # -- checks and transitions ------------------------------------------------------------------------------
    def precheck(self, order_id: str) -> list[CheckItem]:
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            return run_prechecks(self, uow, order)

    def estimate_taxes(self, order_id: str) -> TaxView | None:
        """Running tax estimate for the editor's totals panel (None while the order has no lines)."""
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            if not order.lines:
                return None
            return self._payments.taxes_in(uow, order)

    def submit(self, order_id: str) -> OrderView:
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            blocking = [c for c in run_prechecks(self, uow, order) if c.blocking]
            if blocking:
                raise WorkflowError("precheck_failed", items=tuple(c.title for c in blocking))
            saved = self.transition(uow, order, Action.SUBMIT, {"submitted_on": self.today().isoformat()},
                                    changes={"flags": {**order.flags, "submitted_on": self.today().isoformat()}})
            return self.view(uow, saved)

    def cancel(self, order_id: str, reason: str) -> OrderView:
        if not reason.strip():
            raise WorkflowError("reason_required", SERVICE_TEXTS("cancel_reason_required"))
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            saved = self.transition(uow, order, Action.CANCEL, {"reason": reason.strip()},
                                    changes={"reasons": (*order.reasons, {"action": "cancel", "text": reason.strip(),
                                                                          "by": self.uid(), "at": self.stamp()})})
            return self.view(uow, saved)

    def advance_delivery(self, order_id: str, action: Action, note: str = "") -> OrderView:
        """Typed-in marketplace progress: sent to the seller, confirmed by the seller, shipped (DOMAIN.md §3)."""
        if action not in DELIVERY_ACTIONS:
            raise WorkflowError("bad_action")
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            payload = {"note": note.strip()} if note.strip() else {}
            return self.view(uow, self.transition(uow, order, action, payload))

    def timeline(self, order_id: str) -> list[TimelineEntry]:
        """Who did what, oldest first: the server's events (legal time) and this PC's steps not yet confirmed
        by the server (device time, marked as local)."""
        with self.store.unit_of_work(readonly=True) as uow:
            self.require(uow, order_id)
            users = {u.id: u for u in uow.users.list()}
            server = uow.orders.events(order_id)
            seen = Counter(e.action for e in server)
            out = [TimelineEntry(at=e.at, actor=_name(users, e.actor), role=_event_role(e), action=e.action,
                                 from_state=e.from_state or "", to_state=e.to_state, note=_event_note(e),
                                 source="server")
                   for e in server]
            for a in uow.audit.for_order(order_id):
                if seen[a.action] > 0:
                    seen[a.action] -= 1
                    continue
                d = a.details
                role = d.get("role") or (users[a.actor_user_id].roles[0] if a.actor_user_id in users
                                         and users[a.actor_user_id].roles else "")
                acting = d.get("acting") if isinstance(d.get("acting"), dict) else None
                out.append(TimelineEntry(
                    at=a.at, actor=_name(users, a.actor_user_id),
                    role=str(acting["title"]) if acting and acting.get("title") else
                    (ROLE_LABELS.get(Role(role), role) if role in Role.__members__ else role),
                    action=a.action, from_state=str(d.get("from", "")), to_state=str(d.get("to", "")),
                    note=_acting_note(_note(a.action, d), acting), source="local"))
            return sorted(out, key=lambda e: e.at)  # ISO-8601 UTC strings sort chronologically

    # -- internals -------------------------------------------------------------------------------------------
    def _require_editor(self) -> None:
        if self.user().role not in (Role.PP, Role.PPK):
            raise WorkflowError("forbidden_role")

    def _edit(self, order_id: str, change: Callable[[UnitOfWork, Order], Order], audit: str, details: dict[str, Any]) -> OrderView:
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            try:
                check_edit(self.facts(order), self.actor())
            except ProtocolError as exc:
                raise refusal(exc) from exc
            updated = change(uow, order)
            if updated.state == OrderState.DITOLAK.value:
                updated = replace(updated, state=OrderState.DRAFT.value)
            saved = self.save(uow, updated, audit=audit, details=details)
            saved = self.enqueue_put(uow, saved)
            return self.view(uow, saved)

    def _product(self, uow: UnitOfWork, product_id: int) -> Product:
        product = catalog_lookup.product(uow, product_id)
        if product is None or product.status != "active":
            raise WorkflowError("product_unavailable")
        return product

    @staticmethod
    def _new_line(product: Product, qty: int, line_id: str) -> OrderLine:
        return OrderLine(id=line_id, product_id=product.id, product_version=product.version, name=product.name,
                         unit=product.unit, qty=qty, unit_price_quoted=product.price)

    @staticmethod
    def _line(order: Order, line_id: str) -> OrderLine:
        for ln in order.lines:
            if ln.id == line_id:
                return ln
        raise WorkflowError("line_not_found")


def _name(users: dict[str, Any], user_id: str | None) -> str:
    user = users.get(user_id or "")
    return user.full_name if user else (user_id or "—")


def _note(action: str, details: dict[str, Any]) -> str:
    if action == "print_document":
        how = "dicetak" if details.get("how") == "print" else "disimpan sebagai PDF"
        copy = " (SALINAN)" if details.get("reprint") else ""
        return f"{str(details.get('kind', '')).upper()} {how}{copy}"
    for key in ("reason", "note", "sp_number", "bast_number", "bku_number", "code"):
        if details.get(key):
            return str(details[key])
    return ""


def _qty(qty: Any) -> int:
    if isinstance(qty, bool) or not isinstance(qty, int) or qty <= 0:
        raise WorkflowError("bad_qty")
    if qty > 1_000_000:
        raise WorkflowError("bad_qty", SERVICE_TEXTS("qty_too_large"))
    return qty


def _event_role(e: Any) -> str:
    """The role an event was taken in; under a Plt/Plh delegation (#17) the acting title ("Plh. Pejabat Pembuat
    Komitmen"), as the server recorded it."""
    acting = e.payload.get("acting") if isinstance(e.payload, dict) else None
    if isinstance(acting, dict) and acting.get("title"):
        return str(acting["title"])
    return ROLE_LABELS.get(Role(e.role), e.role) if e.role in Role.__members__ else str(e.role)


def _event_note(e: Any) -> str:
    return _acting_note(str(e.payload.get("reason") or e.payload.get("note") or ""), e.payload.get("acting"))


def _acting_note(note: str, acting: Any) -> str:
    """The note, and which Plt/Plh letter the act was taken under (#17)."""
    if isinstance(acting, dict) and acting.get("letter_number"):
        return SERVICE_TEXTS("acting_letter_note", reason=f"{note}; " if note else "",
                             number=str(acting["letter_number"]), date=str(acting.get("letter_date") or "-"))
    return note
