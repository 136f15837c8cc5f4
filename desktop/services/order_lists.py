"""Which orders each role's lists show: the one owner of the order-list queries (#13.21).

On a shared PC several officers log in to one local database, and the sync brings every order of the OPD.
What a list shows is therefore decided here, not by which orders happen to be on the PC:

- A draft is private to its makers (the officer who created it and whoever changed it: `Order.makers`) until
  it is submitted; a rejected order that is edited is back in DRAFT and private to its makers again until
  resubmitted. No one else's list shows it — not the PPK's "Pesanan", not any queue — so a PP's half-typed
  order never reaches another officer's screen.
- After submission an order belongs to its OPD: the PPK, the PA/KPA and the admin OPD see every order of
  their OPD in "Pesanan"; the PP sees the orders they made (their own work list).
- "Riwayat" (history and audit trail) offers the same orders, and to the Bendahara and PPTK too.
- The desks are queues by state, always of the officer's own OPD: the PPK's inbox (submitted), deliveries
  (approved until the BAST), the payment queue (BAST until paid) and the login alerts.
- A role outside a list's roles gets an empty list (the screens are not offered to it either).

The table is RULES below; docs/DESIGN.md mirrors it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.services.session import CurrentUser
from desktop.store.db import UnitOfWork
from desktop.store.records import Order
from sync.client import delegations
from sync.protocol.states import OrderState, Role

S = OrderState
DELIVERY_STATES = (S.DISETUJUI, S.DIKIRIM_KE_PENYEDIA, S.DIKONFIRMASI_PENYEDIA, S.DALAM_PENGIRIMAN,
                   S.KETIDAKSESUAIAN, S.DITERIMA, S.BAST)
PAYMENT_STATES = (S.BAST, S.MENUNGGU_BAYAR, S.DIBAYAR)
WATCHED_STATES = (S.DIAJUKAN, S.DITERIMA, S.BAST, S.MENUNGGU_BAYAR)  # what the login alerts watch


class OrderList(StrEnum):
    MINE = "mine"  # the "Pesanan" screen
    HISTORY = "history"  # the order picker of "Riwayat"
    PPK_INBOX = "ppk_inbox"  # waiting for the PPK's approval
    DELIVERIES = "deliveries"  # approved, on their way: receipt and BAST
    PAYMENTS = "payments"  # after the BAST: request, PA/KPA consent, payment
    ALERTS = "alerts"  # deadlines the login alerts watch


@dataclass(frozen=True)
class ListRule:
    roles: frozenset[Role]  # who has this list
    states: tuple[OrderState, ...] | None  # None: every state
    own_only: frozenset[Role] = frozenset()  # roles that see only the orders they made


_OPD_READERS = frozenset({Role.PPK, Role.PA_KPA, Role.ADMIN_OPD})
RULES: dict[OrderList, ListRule] = {
    OrderList.MINE: ListRule(frozenset({Role.PP}) | _OPD_READERS, None, own_only=frozenset({Role.PP})),
    OrderList.HISTORY: ListRule(frozenset({Role.PP, Role.BENDAHARA, Role.PPTK}) | _OPD_READERS, None,
                                own_only=frozenset({Role.PP})),
    OrderList.PPK_INBOX: ListRule(frozenset({Role.PPK}), (S.DIAJUKAN,)),
    OrderList.DELIVERIES: ListRule(frozenset({Role.PPK, Role.PPTK}), DELIVERY_STATES),
    OrderList.PAYMENTS: ListRule(frozenset({Role.BENDAHARA, Role.PPTK, Role.PA_KPA, Role.PPK}), PAYMENT_STATES),
    OrderList.ALERTS: ListRule(frozenset({Role.PPK, Role.PA_KPA, Role.BENDAHARA}), WATCHED_STATES),
}


def list_orders(uow: UnitOfWork, user: CurrentUser, which: OrderList, *, today: dt.date,
                with_lines: bool = True) -> list[Order]:
    """The orders `user` sees in list `which`, newest local change first (empty when the role has no such list
    or the user has no OPD). `today` is the session's day (server-corrected clock): it decides which Plt/Plh
    letters run."""
    rule = RULES[which]
    if not user.opd_id:
        return []
    role = user.role if user.role in rule.roles else _delegated(uow, user, rule.roles, today)
    if role is None:
        return []
    uid = str(user.id)
    records = uow.orders.list(states=None if rule.states is None else [s.value for s in rule.states],
                              opd_id=user.opd_id, created_by=uid if role in rule.own_only else None,
                              with_lines=with_lines)
    return [o for o in records if may_see(o, uid)]


def may_see(order: Order, user_id: str) -> bool:
    """Whether an order of the officer's OPD may appear in their lists at all: a draft only to its makers."""
    return order.state != S.DRAFT.value or user_id == order.created_by or user_id in order.makers



def _delegated(uow: UnitOfWork, user: CurrentUser, roles: frozenset[Role], today: dt.date) -> Role | None:
    """A role of `roles` a Plt/Plh letter gives the officer today (#17; the OPD's letters as of the last sync):
    a Plh PPK gets the PPK's lists while the letter runs."""
    held = delegations.load(uow.sync_state.get_str, str(user.opd_id))
    found = sorted(d.role for d in held if d.delegate_id == str(user.id) and d.role in roles and d.covers(today))
    return found[0] if found else None
