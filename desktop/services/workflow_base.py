"""What every order-workflow service shares: who acts, the local lifecycle check, and the one-transaction write
of (local order change + outbox command + audit entry).

Services are synchronous and Qt-free; the UI calls them on its DB lane. Each public method opens exactly one
unit of work, so an order edit, its command and its audit line commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.thresholds import Thresholds, default_thresholds
from desktop.services import catalog_lookup
from desktop.services.order_view import (
    LineView,
    OrderView,
    ProviderInfo,
    SyncStatus,
    WorkflowError,
    command_note,
    sync_status_of,
)
from desktop.services.protocol_refusals import protocol_text, refusal
from desktop.services.session import CurrentUser, SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store, UnitOfWork
from desktop.store.errors import NotFoundError
from desktop.store.order_wire import line_to_wire
from desktop.store.records import Order
from desktop.store.records import SyncStatus as SyncStatusRecord

if TYPE_CHECKING:
    from desktop.services.price_service import PriceService
from sync.client import delegations
from sync.client.clock_evidence import last_evidence
from sync.protocol.deadline import ACTIONS as DEADLINE_ACTIONS
from sync.protocol.delegation import acting_stamp, acting_under, effective_actor
from sync.protocol.errors import ProtocolError
from sync.protocol.lifecycle import (
    DEFAULT_POLICY,
    TRANSITIONS,
    Actor,
    OrderFacts,
    SodPolicy,
    allowed_actions,
    check,
)
from sync.protocol.lifecycle import why_not as lifecycle_why_not
from sync.protocol.messages import OrderDraft, TransitionRequest
from sync.protocol.states import Action, OrderState, Role

# Legal dates (SP, BAST, payment) are Jakarta calendar days; the session clock is UTC (server-corrected).
WIB = dt.timezone(dt.timedelta(hours=7))
POLICY_KEY = "sod_policy"

_STATUS_MAP = {"LOCAL_ONLY": SyncStatus.LOCAL_ONLY, "PENDING": SyncStatus.PENDING, "SENT": SyncStatus.SENT,
               "NEEDS_ATTENTION": SyncStatus.ATTENTION}


def new_id() -> str:
    """Client-side UUID for orders and lines (UUIDv7 when the runtime has it: sorts by creation)."""
    maker = getattr(uuid, "uuid7", None)
    return str(maker() if maker else uuid.uuid4())


def iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class WorkflowBase:
    """Base of OrderService, ApprovalService, PaymentService, DocumentService and ConflictService."""

    def __init__(self, store: Store, session: SessionState, *, thresholds: Thresholds | None = None,
                 calendar: WorkingCalendar | None = None, prices: PriceService | None = None) -> None:
        self.store = store
        self.session = session
        # PriceService (or None): price reasonableness warnings in the pre-submission checks and the PPK inbox.
        self.prices = prices
        self._thresholds = thresholds
        self._calendar = calendar

    # -- context ---------------------------------------------------------------------------------------------
    @property
    def thresholds(self) -> Thresholds:
        if self._thresholds is None:
            self._thresholds = default_thresholds()
        return self._thresholds

    @property
    def calendar(self) -> WorkingCalendar:
        if self._calendar is None:
            self._calendar = WorkingCalendar.from_resources()
        return self._calendar

    def user(self) -> CurrentUser:
        try:
            return self.session.require_user()
        except PermissionError as exc:
            raise WorkflowError("not_logged_in", exc.args[0] if exc.args else None) from exc

    def uid(self) -> str:
        return str(self.user().id)

    def actor(self, uow: UnitOfWork | None = None) -> Actor:
        """The officer for the lifecycle's check: their own role plus a Plt/Plh role in force today (#17; the
        OPD's delegations as of the last sync, so it holds offline too)."""
        user = self.user()
        own = Actor.of(str(user.id), Role(user.role))
        if uow is None or user.opd_id is None:
            return own
        return effective_actor(own, delegations.load(uow.sync_state.get_str, str(user.opd_id)), self.today())

    def delegated_roles(self) -> frozenset[Role]:
        """The roles a Plt/Plh delegation gives the officer today (#17), for the navigation."""
        user = self.session.current_user
        if user is None or user.opd_id is None:
            return frozenset()
        with self.store.unit_of_work(readonly=True) as uow:
            return self.actor(uow).roles - {Role(user.role)}

    def acting(self, uow: UnitOfWork, action: Action) -> dict[str, Any] | None:
        """The delegation this officer takes `action` under today (None: in their own role), for the records
        and the printed title."""
        user = self.user()
        allowed = TRANSITIONS[action].roles
        if Role(user.role) in allowed or user.opd_id is None:
            return None
        held = delegations.load(uow.sync_state.get_str, str(user.opd_id))
        for role in sorted(allowed):
            found = acting_under(held, str(user.id), role, self.today())
            if found is not None:
                return acting_stamp(found)
        return None

    def opd_id(self) -> str:
        user = self.user()
        if user.opd_id is None:
            raise WorkflowError("no_opd")
        return str(user.opd_id)

    def now(self) -> dt.datetime:
        return self.session.now()

    def today(self) -> dt.date:
        return self.now().astimezone(WIB).date()

    def stamp(self) -> str:
        return self.now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def policy(self, uow: UnitOfWork) -> SodPolicy:
        raw = uow.settings.get(POLICY_KEY)
        if not raw:
            return DEFAULT_POLICY
        try:
            return SodPolicy.from_mapping(json.loads(raw) if isinstance(raw, str) else raw)
        except (ValueError, TypeError):
            return DEFAULT_POLICY

    # -- reading ---------------------------------------------------------------------------------------------
    def require(self, uow: UnitOfWork, order_id: str) -> Order:
        """The local order, refused when it belongs to another OPD (the server would refuse it too)."""
        try:
            order = uow.orders.require(order_id)
        except NotFoundError as exc:
            raise WorkflowError("not_found") from exc
        user = self.user()
        if user.role != Role.ADMIN_PROVINSI and user.opd_id is not None and order.opd_id != str(user.opd_id):
            raise WorkflowError("other_opd")
        return order

    def provider_info(self, uow: UnitOfWork, provider_id: int | None) -> ProviderInfo | None:
        if provider_id is None:
            return None
        p = catalog_lookup.provider(uow, provider_id)
        if p is None:
            return ProviderInfo(id=provider_id, name=f"Penyedia #{provider_id}", status="unknown")
        return ProviderInfo(id=p.id, name=p.name, owner_name=p.owner_name, legal_form=p.legal_form, npwp=p.npwp,
                            nik=p.nik, pkp=bool(p.pkp), suket_pp55=bool(p.suket_pp55), marketplace=p.marketplace,
                            status=p.status, address=p.address, nib=p.nib or "", bank_name=p.bank_name or "",
                            bank_account=p.bank_account or "")

    def view(self, uow: UnitOfWork, order: Order) -> OrderView:
        lines = tuple(LineView(id=ln.id, product_id=ln.product_id, product_version=ln.product_version, name=ln.name,
                               unit=ln.unit, qty=ln.qty, unit_price=ln.unit_price_quoted,
                               flag=ln.flag, current_price=ln.current_price) for ln in order.lines)
        stored = _STATUS_MAP.get(str(order.sync_status), SyncStatus.LOCAL_ONLY)
        attention = stored == SyncStatus.ATTENTION or bool(uow.conflicts.open_for_order(order.id))
        snapshot = order.server_snapshot or {}
        server_state = OrderState(snapshot["state"]) if snapshot.get("state") in OrderState.__members__ else None
        note = command_note(uow.outbox.for_order(order.id, include_done=False)) if stored != SyncStatus.SENT \
            else None
        status = sync_status_of(state=OrderState(order.state), server_seen=order.server_version is not None,
                                pending=int(stored == SyncStatus.PENDING), attention=attention)
        return OrderView(
            id=order.id, opd_id=order.opd_id, version=order.server_version or 0, state=OrderState(order.state),
            created_by=order.created_by, lines=lines, number=order.number,
            provider=self.provider_info(uow, order.provider_id), marketplace=order.marketplace or "",
            kode_rup=order.kode_rup, sub_kegiatan=order.sub_kegiatan, kode_rekening=order.kode_rekening,
            delivery_address=order.delivery_address, delivery_date=parse_date(order.delivery_date),
            shipping=order.shipping, notes=order.notes, approval=order.approval, receipt=order.receipt,
            bast=order.bast, payment=order.payment, reasons=tuple(r if isinstance(r, dict) else {"text": str(r)}
                                                                   for r in order.reasons),
            created_at=order.created_at, updated_at=order.updated_at or order.updated_at_local,
            sync_status=status, server_state=server_state, command=note,
            bank_confirmed_at=uow.bank.confirmed_orders([order.id]).get(order.id) if order.payment else None)

    def facts(self, order: Order) -> OrderFacts:
        return OrderFacts.from_order(order)

    def allowed(self, uow: UnitOfWork, order: Order) -> list[Action]:
        """What the officer may do next. Nothing while the server refused a step of this order: the local copy
        is not what the server holds until the conflict is resolved (#21.3: no "Sudah dikirim ke penyedia" on
        an approval another PPK's rejection overtook)."""
        if order.sync_status is SyncStatusRecord.NEEDS_ATTENTION or uow.conflicts.open_for_order(order.id):
            return []
        return allowed_actions(self.facts(order), self.actor(uow), self.policy(uow))

    def why_not(self, order_id: str, action: Action) -> str | None:
        """Why the officer may not take `action` on this order now (see `reason_not`), or None."""
        with self.store.unit_of_work(readonly=True) as uow:
            return self.reason_not(uow, self.require(uow, order_id), action)

    def reason_not(self, uow: UnitOfWork, order: Order, action: Action) -> str | None:
        """Why the officer may not take `action` on this order now (the lifecycle's reason as a Message, e.g. a
        maker may not approve: SOD_RULES), or None when he may. Shown beside the disabled button."""
        if order.sync_status is SyncStatusRecord.NEEDS_ATTENTION or uow.conflicts.open_for_order(order.id):
            return SERVICE_TEXTS("conflict_open")
        reason = lifecycle_why_not(self.facts(order), action, self.actor(), self.policy(uow))
        return None if reason is None else protocol_text(reason)

    # -- writing ---------------------------------------------------------------------------------------------
    def draft_body(self, order: Order) -> dict[str, Any]:
        """The full `PUT /v1/orders/{id}` body, validated by the protocol's own message class."""
        try:
            draft = OrderDraft(
                opd_id=order.opd_id, provider_id=order.provider_id or 0, marketplace=order.marketplace or "",
                kode_rup=order.kode_rup, sub_kegiatan=order.sub_kegiatan, kode_rekening=order.kode_rekening,
                delivery_address=order.delivery_address, delivery_date=order.delivery_date,
                shipping=order.shipping, notes=order.notes,
                lines=tuple(line_to_wire(ln) for ln in order.lines))
        except ProtocolError as exc:
            raise WorkflowError("invalid_draft", exc.detail) from exc
        return draft.to_dict()

    def save(self, uow: UnitOfWork, order: Order, *, audit: str, details: Mapping[str, Any] | None = None) -> Order:
        """Save the local order (total recomputed) and its audit entry; returns the stored record."""
        total = sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping
        saved = uow.orders.save_draft(replace(order, total=total), now=self.now())
        uow.audit.append(audit, actor_user_id=self.uid(), order_id=order.id, details=dict(details or {}),
                         now=self.now())
        return saved

    def enqueue_put(self, uow: UnitOfWork, order: Order) -> Order:
        """Queue the full draft; an older never-attempted PUT of the same order is replaced (coalesced).
        The officer becomes one of the order's makers (#12.8, as the server records on accepting it).
        Returns the order as stored now (its sync status follows the queue)."""
        body = self.draft_body(order)
        uow.orders.add_maker(order.id, self.uid())
        unsettled = uow.outbox.for_order(order.id, include_done=False)
        last = unsettled[-1] if unsettled else None
        if (last is not None and last.method == "PUT" and not last.attempted and last.status.value == "pending"
                and last.actor_user_id == self.uid()):
            uow.outbox.replace_unattempted(last.cmd_id, body)
        else:
            uow.outbox.enqueue(order_id=order.id, method="PUT", path=f"/v1/orders/{order.id}", body=body,
                               base_version=order.server_version, actor_user_id=self.uid(), now=self.now())
        return uow.orders.require(order.id)

    def transition(self, uow: UnitOfWork, order: Order, action: Action, payload: Mapping[str, Any] | None = None, *,
                   content_hash: str | None = None, changes: Mapping[str, Any] | None = None) -> Order:
        """Check the lifecycle locally, apply it to the local copy and queue the transition command. Refused while
        the server's refusal of an earlier step waits for the officer (it would only be blocked behind it)."""
        if uow.conflicts.open_for_order(order.id):
            raise WorkflowError("conflict_open")
        try:
            new_state = check(self.facts(order), action, self.actor(uow), self.policy(uow))
        except ProtocolError as exc:
            raise refusal(exc) from exc
        sent = dict(payload or {})
        if action in DEADLINE_ACTIONS:  # the PPK's deadline (#17): this PC's clock as of its last sync
            evidence = last_evidence(uow.sync_state.get_str)
            if evidence is not None:
                sent["clock"] = evidence.to_payload()
        body = TransitionRequest(action=action, base_version=order.server_version or 0, content_hash=content_hash,
                                 client_recorded_at=self.stamp(), payload=sent)
        updated = replace(order, state=new_state.value, **dict(changes or {}))
        acting = self.acting(uow, action)  # under a Plt/Plh letter (#17): the local trail names it too
        self.save(uow, updated, audit=action.value,
                          details={"from": order.state, "to": new_state.value,
                                   "role": acting["role"] if acting else self.user().role.value,
                                   **({"acting": acting} if acting else {}),
                                   **{k: v for k, v in (payload or {}).items() if k != "lines"}})
        uow.outbox.enqueue(order_id=order.id, method="POST", path=f"/v1/orders/{order.id}/transitions",
                           body=body.to_dict(), base_version=order.server_version, actor_user_id=self.uid(),
                           now=self.now())
        return uow.orders.require(order.id)
