"""The order lifecycle: ONE table of transitions plus segregation of duties (DOMAIN.md §2–§3).

Client and server both call `check()`: the client to grey out buttons and pre-flight commands, the server as the
authority. The check is semantic (state, role, people), never an exact version match (SYNC.md §6).
The PPK's deadline and when a device's clock is believed (bounded skew) are in `deadline.py` (#17).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .artefacts import validate_payment, validate_receipt
from .deadline import ACTIONS as DEADLINE_ACTIONS
from .deadline import ClockEvidence
from .errors import ErrorCode, ProtocolError
from .rows import is_calendar_date
from .states import Action, OrderState, Role

S = OrderState
R = Role


@dataclass(frozen=True, slots=True)
class Transition:
    from_states: frozenset[OrderState]
    to_state: OrderState | None  # None: the state stays (e.g. authorize_payment only records the PA/KPA consent)
    roles: frozenset[Role]
    required_payload: tuple[str, ...] = ()


def _t(froms: set[OrderState], to: OrderState | None, roles: set[Role], *payload: str) -> Transition:
    return Transition(frozenset(froms), to, frozenset(roles), tuple(payload))


TRANSITIONS: dict[Action, Transition] = {
    Action.SUBMIT: _t({S.DRAFT, S.DITOLAK}, S.DIAJUKAN, {R.PP, R.PPK}),
    Action.APPROVE: _t({S.DIAJUKAN}, S.DISETUJUI, {R.PPK}),
    Action.REJECT: _t({S.DIAJUKAN}, S.DITOLAK, {R.PPK}, "reason"),
    Action.SEND_TO_SELLER: _t({S.DISETUJUI}, S.DIKIRIM_KE_PENYEDIA, {R.PP, R.PPK}),
    Action.SELLER_CONFIRM: _t({S.DIKIRIM_KE_PENYEDIA}, S.DIKONFIRMASI_PENYEDIA, {R.PP, R.PPK}),
    Action.SHIP: _t({S.DIKONFIRMASI_PENYEDIA}, S.DALAM_PENGIRIMAN, {R.PP, R.PPK}),
    Action.RECEIVE: _t(
        {S.DIKONFIRMASI_PENYEDIA, S.DALAM_PENGIRIMAN, S.KETIDAKSESUAIAN}, S.DITERIMA, {R.PPK, R.PPTK}
    ),
    Action.REPORT_MISMATCH: _t(
        {S.DIKONFIRMASI_PENYEDIA, S.DALAM_PENGIRIMAN}, S.KETIDAKSESUAIAN, {R.PPK, R.PPTK}, "reason"
    ),
    Action.SIGN_BAST: _t({S.DITERIMA}, S.BAST, {R.PPK}),
    Action.REQUEST_PAYMENT: _t({S.BAST}, S.MENUNGGU_BAYAR, {R.PPTK, R.PPK, R.BENDAHARA}),
    Action.AUTHORIZE_PAYMENT: _t({S.MENUNGGU_BAYAR}, None, {R.PA_KPA}),
    Action.MARK_PAID: _t({S.MENUNGGU_BAYAR}, S.DIBAYAR, {R.BENDAHARA}, "method", "amount"),
    Action.COMPLETE: _t({S.DIBAYAR}, S.SELESAI, {R.BENDAHARA}),
    # Cancel only before the order reaches the seller (or on the seller's refusal); never after payment.
    Action.CANCEL: _t({S.DRAFT, S.DIAJUKAN, S.DITOLAK, S.DISETUJUI, S.DIKIRIM_KE_PENYEDIA}, S.DIBATALKAN,
                      {R.PP, R.PPK}, "reason"),
}

# Drafts (and rejected orders, which return to DRAFT when edited) are the only editable orders;
# the bendahara never edits lines, prices or the seller (DOMAIN.md §2 rule 3).
EDITABLE_STATES: frozenset[OrderState] = frozenset({S.DRAFT, S.DITOLAK})
EDIT_ROLES: frozenset[Role] = frozenset({R.PP, R.PPK})
READ_ALL_ROLES: frozenset[Role] = frozenset({R.ADMIN_PROVINSI})
PAYMENT_METHODS = ("UP_TUNAI", "TRANSFER", "KKPD", "LS")


@dataclass(frozen=True, slots=True)
class SodPolicy:
    """Segregation-of-duties switches. Defaults are the strict rules of DOMAIN.md §2.

    `approver_not_payer` (PPK ≠ Bendahara on one order) is the rule an admin may switch off; the others are
    also switchable for pilots but should stay on. `creator_cannot_approve` bars every *maker* (SOD_RULES).
    """

    creator_cannot_approve: bool = True
    approver_not_payer: bool = True
    receiver_not_payer: bool = True
    require_payment_authorization: bool = True

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> SodPolicy:
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown SoD switches: {sorted(unknown)}")
        if not all(isinstance(v, bool) for v in data.values()):
            raise ValueError("SoD switches must be booleans")
        return cls(**data)


DEFAULT_POLICY = SodPolicy()


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: str
    roles: frozenset[Role]

    @classmethod
    def of(cls, user_id: str, *roles: Role) -> Actor:
        return cls(user_id, frozenset(roles))


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """What the rules need to know about an order: its state and who did what so far."""

    state: OrderState
    created_by: str
    approved_by: str | None = None
    received_by: str | None = None
    authorized_by: str | None = None
    paid_by: str | None = None
    # Everyone who created or changed the order's content (every accepted draft write adds its author).
    makers: frozenset[str] = frozenset()

    @property
    def all_makers(self) -> frozenset[str]:
        """The makers, always including the creator (orders stored before makers were kept name only him)."""
        return self.makers | {self.created_by}

    def people(self, fact: str) -> frozenset[str]:
        """The people a segregation rule names: "makers", or one of the single-person facts."""
        if fact == "makers":
            return self.all_makers
        who = getattr(self, fact)
        return frozenset() if who is None else frozenset({who})

    @classmethod
    def from_order(cls, order: Any) -> OrderFacts:
        """From a `messages.Order` (or anything with the same attributes; `makers` may be absent)."""
        approval = order.approval or {}
        receipt = order.receipt or {}
        payment = order.payment or {}
        return cls(
            state=OrderState(order.state),
            created_by=order.created_by,
            approved_by=approval.get("by"),
            received_by=receipt.get("by"),
            authorized_by=payment.get("authorized_by"),
            paid_by=payment.get("paid_by"),
            makers=frozenset(getattr(order, "makers", None) or ()),
        )


@dataclass(frozen=True, slots=True)
class SodRule:
    """One row of the segregation-of-duties table: nobody in `barred` (people named by the order's facts, see
    `OrderFacts.people`) may take `action`. `switch` names the SodPolicy field that turns the row off (None: it
    is always on). `message` is what the officer is told, also why a client greys the button out."""

    action: Action
    barred: str
    switch: str | None
    message: str


# DOMAIN.md §2. Makers (#12.8): whoever creates or changes an order's content — a PPK who edits a PP's draft
# (qty 2 → 40) included — may not approve it; another PPK must. Makers may not pay it either.
SOD_RULES: tuple[SodRule, ...] = (
    SodRule(Action.APPROVE, "makers", "creator_cannot_approve",
            "Anda ikut menyusun atau mengubah isi pesanan ini, jadi tidak boleh menyetujuinya sendiri. "
            "Persetujuan harus oleh PPK lain yang tidak ikut menyusun."),
    SodRule(Action.MARK_PAID, "approved_by", "approver_not_payer",
            "PPK yang menyetujui pesanan tidak boleh juga membayarnya (Bendahara)."),
    SodRule(Action.MARK_PAID, "received_by", "receiver_not_payer",
            "Pencatat penerimaan barang tidak boleh juga membayarnya."),
    SodRule(Action.MARK_PAID, "makers", None,
            "Penyusun atau pengubah isi pesanan tidak boleh juga membayarnya."),
)


def _deny(detail: str) -> ProtocolError:
    return ProtocolError(ErrorCode.FORBIDDEN_ROLE, detail)


def check(
    order: OrderFacts, action: Action, actor: Actor, policy: SodPolicy = DEFAULT_POLICY
) -> OrderState:
    """Return the state `action` leads to, or raise ProtocolError(invalid_transition | forbidden_role)."""
    rule = TRANSITIONS[Action(action)]
    if order.state not in rule.from_states:
        raise ProtocolError(
            ErrorCode.INVALID_TRANSITION,
            f"Aksi '{action.value}' tidak dapat dilakukan pada pesanan berstatus {order.state.value}.",
        )
    if not (actor.roles & rule.roles):
        allowed = ", ".join(sorted(r.value for r in rule.roles))
        raise _deny(f"Aksi '{action.value}' hanya boleh dilakukan oleh: {allowed}.")
    if (
        action is Action.MARK_PAID
        and policy.require_payment_authorization
        and order.authorized_by is None
    ):
        raise ProtocolError(
            ErrorCode.INVALID_TRANSITION,
            "Pembayaran belum disetujui PA/KPA (setuju dibayar). Minta otorisasi terlebih dahulu.",
        )
    for sod in SOD_RULES:
        switched_on = sod.switch is None or getattr(policy, sod.switch)
        if sod.action is action and switched_on and actor.user_id in order.people(sod.barred):
            raise _deny(sod.message)
    if action is Action.AUTHORIZE_PAYMENT and order.authorized_by is not None:
        raise ProtocolError(ErrorCode.INVALID_TRANSITION, "Pembayaran sudah diotorisasi PA/KPA.")
    return order.state if rule.to_state is None else rule.to_state


def check_edit(order: OrderFacts | None, actor: Actor) -> OrderState:
    """May `actor` create (order is None) or replace the draft? Returns the state after the edit."""
    if not (actor.roles & EDIT_ROLES):
        raise _deny("Hanya Pejabat Pengadaan atau PPK yang boleh menyusun pesanan.")
    if order is None:
        return S.DRAFT
    if order.state not in EDITABLE_STATES:
        raise ProtocolError(
            ErrorCode.NOT_EDITABLE,
            f"Pesanan berstatus {order.state.value} tidak dapat diubah; gunakan adendum atau batalkan.",
        )
    return S.DRAFT


def validate_payload(action: Action, payload: Mapping[str, Any]) -> None:
    """The artefacts each action must carry (reason for reject/cancel, method and amount for payment)."""
    for name in TRANSITIONS[Action(action)].required_payload:
        value = payload.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ProtocolError(ErrorCode.VALIDATION_ERROR, f"Kolom 'payload.{name}' wajib diisi.")
    if "reason" in payload and not isinstance(payload["reason"], str):
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Kolom 'payload.reason' harus berupa teks.")
    if action in DEADLINE_ACTIONS:
        ClockEvidence.from_payload(payload)  # the device's clock as of its last sync (deadline.py)
    if action is Action.MARK_PAID:
        if payload["method"] not in PAYMENT_METHODS:
            raise ProtocolError(
                ErrorCode.VALIDATION_ERROR,
                f"Kolom 'payload.method' harus salah satu dari: {', '.join(PAYMENT_METHODS)}.",
            )
        amount = payload["amount"]
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Kolom 'payload.amount' harus rupiah bulat ≥ 0.")
        validate_payment(payload)
    if action in (Action.RECEIVE, Action.REPORT_MISMATCH):
        validate_receipt(payload)
    if action is Action.SIGN_BAST and payload.get("date") is not None:
        day = payload["date"]
        if not isinstance(day, str) or not is_calendar_date(day):
            raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Kolom 'payload.date' harus tanggal YYYY-MM-DD yang ada.")


def why_not(
    order: OrderFacts, action: Action, actor: Actor, policy: SodPolicy = DEFAULT_POLICY
) -> str | None:
    """None when `actor` may take `action` now; otherwise the Indonesian reason (for a disabled button)."""
    try:
        check(order, action, actor, policy)
    except ProtocolError as err:
        return err.detail
    return None


def allowed_actions(
    order: OrderFacts, actor: Actor, policy: SodPolicy = DEFAULT_POLICY
) -> list[Action]:
    """Actions `actor` may take now, in table order (for enabling buttons)."""
    out = []
    for action in TRANSITIONS:
        try:
            check(order, action, actor, policy)
        except ProtocolError:
            continue
        out.append(action)
    return out
