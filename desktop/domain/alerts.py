"""Officer alerts shown at login (pure): PPK approvals nearing the working-day limit, bendahara payments overdue.

- PPK: an order waiting for approval (DIAJUKAN) must be approved within `ppk_approval_working_days` working days
  of its submission (Katalog v6: otherwise it is cancelled automatically). Alert when at most `warn_within`
  working days remain, and when the limit has passed.
- Bendahara: an order received (DITERIMA / BAST / MENUNGGU_BAYAR) and not yet paid for more than
  `bendahara_unpaid_alert_working_days` working days after the BAST (or the receipt, before a BAST) — the number
  can be overridden by a local setting.
Working days come from `WorkingCalendar` (weekends, libur nasional, cuti bersama).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import RuleError
from desktop.domain.messages import Message
from desktop.domain.money import format_rupiah
from desktop.domain.rules import ppk_approval_deadline
from desktop.domain.texts import DOMAIN_TEXTS
from desktop.domain.thresholds import Thresholds

UNPAID_STATES = frozenset({"DITERIMA", "BAST", "MENUNGGU_BAYAR"})


class AlertKind(StrEnum):
    PPK_DEADLINE_NEAR = "ppk_deadline_near"
    PPK_OVERDUE = "ppk_overdue"
    UNPAID_OVERDUE = "unpaid_overdue"


@dataclass(frozen=True)
class OrderClock:
    """The dates an alert needs from one order (filled by the service from the local replica)."""

    order_id: str
    number: str | None
    state: str
    total: int
    provider_name: str = ""
    submitted_on: dt.date | None = None
    received_on: dt.date | None = None
    bast_on: dt.date | None = None
    # The due day the server stamped at submission (#17): the one the server's expiry job acts on.
    due_on: dt.date | None = None


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    order_id: str
    deadline: dt.date | None
    working_days: int  # left before the deadline (PPK, may be negative) or waited (bendahara)
    message: str

    @property
    def urgent(self) -> bool:
        return self.kind is not AlertKind.PPK_DEADLINE_NEAR or self.working_days <= 0


def _label(order: OrderClock) -> Message:
    name = order.number or DOMAIN_TEXTS("alert_unnumbered", order_id=order.order_id[:8])
    if order.provider_name:
        return DOMAIN_TEXTS("alert_order", number=name, seller=order.provider_name, total=format_rupiah(order.total))
    return DOMAIN_TEXTS("alert_order_no_seller", number=name, total=format_rupiah(order.total))


def ppk_alerts(orders: Iterable[OrderClock], today: dt.date, calendar: WorkingCalendar,
               thresholds: Thresholds, warn_within: int = 1) -> list[Alert]:
    """Orders waiting for the PPK whose approval deadline is at most `warn_within` working days away or past."""
    if warn_within < 0:
        raise RuleError("alert_window_invalid")
    out: list[Alert] = []
    for order in orders:
        if order.state != "DIAJUKAN" or order.submitted_on is None:
            continue
        deadline = order.due_on or ppk_approval_deadline(order.submitted_on, calendar, thresholds)
        left = calendar.working_days_between(today, deadline)
        if left > warn_within:
            continue
        if left < 0 or (left == 0 and today > deadline):
            out.append(Alert(AlertKind.PPK_OVERDUE, order.order_id, deadline, left,
                             DOMAIN_TEXTS("alert_ppk_overdue", order=_label(order), deadline=deadline)))
        else:
            text = (DOMAIN_TEXTS("alert_ppk_last_day", order=_label(order), deadline=deadline) if left == 0 else
                    DOMAIN_TEXTS("alert_ppk_days_left", order=_label(order), days=left, deadline=deadline))
            out.append(Alert(AlertKind.PPK_DEADLINE_NEAR, order.order_id, deadline, left, text))
    out.sort(key=lambda a: (a.working_days, a.order_id))
    return out


def bendahara_alerts(orders: Iterable[OrderClock], today: dt.date, calendar: WorkingCalendar,
                     thresholds: Thresholds, limit_override: int | None = None) -> list[Alert]:
    """Received orders not paid for more than the limit (working days after the BAST, or the receipt)."""
    if limit_override is not None and (isinstance(limit_override, bool) or limit_override < 0):
        raise RuleError("alert_limit_invalid")
    out: list[Alert] = []
    for order in orders:
        start = order.bast_on or order.received_on
        if order.state not in UNPAID_STATES or start is None:
            continue
        limit = limit_override if limit_override is not None else \
            thresholds.value("bendahara_unpaid_alert_working_days", start)
        waited = calendar.working_days_between(start, today) if today > start else 0
        if waited <= limit:
            continue
        text = DOMAIN_TEXTS("alert_unpaid_since_bast" if order.bast_on else "alert_unpaid_since_receipt",
                            order=_label(order), days=waited, since=start, limit=limit)
        out.append(Alert(AlertKind.UNPAID_OVERDUE, order.order_id, calendar.add_working_days(start, limit),
                         waited, text))
    out.sort(key=lambda a: (-a.working_days, a.order_id))
    return out


def alerts_for_role(role: str, orders: Iterable[OrderClock], today: dt.date, calendar: WorkingCalendar,
                    thresholds: Thresholds, *, warn_within: int = 1,
                    unpaid_limit_override: int | None = None) -> list[Alert]:
    """What a user of `role` sees at login: PPK (and PA/KPA acting as PPK) approvals; bendahara payments."""
    items = list(orders)
    if role in ("PPK", "PA_KPA"):
        return ppk_alerts(items, today, calendar, thresholds, warn_within)
    if role == "BENDAHARA":
        return bendahara_alerts(items, today, calendar, thresholds, unpaid_limit_override)
    return []
