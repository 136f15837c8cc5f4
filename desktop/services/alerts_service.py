"""Login alerts for officers (PPK approvals nearing the limit, bendahara payments overdue), from the local replica.

Called by the shell after login and by the PPK inbox / bendahara desk (through the task runner's read lane).
"Today" is the server-corrected clock in WIB, so a wrong PC clock does not move a legal deadline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.alerts import Alert, OrderClock, alerts_for_role
from desktop.domain.calendar import WorkingCalendar
from desktop.domain.thresholds import Thresholds
from desktop.services.order_lists import OrderList, list_orders
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store
from desktop.store.records import Order
from sync.client import delegations

WIB = dt.timedelta(hours=7)
ALERT_ROLES = ("PPK", "PA_KPA", "BENDAHARA")  # the roles with login alerts (desktop.domain.alerts)
KEY_UNPAID_LIMIT = "alerts_unpaid_working_days"  # settings_kv override of bendahara_unpaid_alert_working_days
KEY_WARN_WITHIN = "alerts_ppk_warn_within_working_days"


def wib_date(stamp: str | None) -> dt.date | None:
    """'2026-11-23T20:15:00.000Z' -> 2026-11-24; a plain 'YYYY-MM-DD' is taken as is; junk -> None."""
    if not stamp:
        return None
    try:
        if len(stamp) == 10:
            return dt.date.fromisoformat(stamp)
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment.astimezone(dt.UTC) + WIB).date()


def submitted_day(order: Order) -> dt.date | None:
    """The day (WIB) an order was submitted to the PPK: the local submit's day (stamped with the session's clock),
    else the server's stamp of its last change (nothing but the next step changes a submitted order). Never the
    device clock of the last local write: a server copy stored days later would read as submitted that day."""
    local = order.flags.get("submitted_on")
    if isinstance(local, str) and (day := wib_date(local)) is not None:
        return day
    return wib_date(order.updated_at)


def order_clock(order: Order) -> OrderClock:
    """Map a store `Order` record to the dates the alert rules need."""
    receipt = order.receipt or {}
    bast = order.bast or {}
    submitted = submitted_day(order) if order.state == "DIAJUKAN" else None
    due = (order.server_snapshot or {}).get("approval_due") if order.state == "DIAJUKAN" else None
    return OrderClock(order.id, order.number, order.state, int(order.total), str(order.flags.get("provider_name", "")),
                      submitted_on=submitted, received_on=wib_date(receipt.get("date") or receipt.get("at")),
                      bast_on=wib_date(bast.get("date") or bast.get("at")),
                      due_on=wib_date(due) if isinstance(due, str) else None)


class AlertsService:
    def __init__(self, store: Store, session: SessionState, calendar: WorkingCalendar | None = None,
                 thresholds: Thresholds | None = None) -> None:
        self._store = store
        self._session = session
        self._calendar = calendar or WorkingCalendar.from_resources()
        self._thresholds = thresholds or Thresholds.from_resources()

    def today(self) -> dt.date:
        now: dt.datetime = self._session.now()
        return (now.astimezone(dt.UTC) + WIB).date()

    def settings(self) -> tuple[int | None, int]:
        """(unpaid limit override or None, PPK warning window in working days)."""
        with self._store.unit_of_work(readonly=True) as uow:
            limit = uow.settings.get_int(KEY_UNPAID_LIMIT)
            within = uow.settings.get_int(KEY_WARN_WITHIN, 1)
        return limit, int(within if within is not None else 1)

    def set_unpaid_limit(self, working_days: int | None) -> None:
        if working_days is not None and (isinstance(working_days, bool) or not 0 <= int(working_days) <= 60):
            raise ValueError(SERVICE_TEXTS("unpaid_limit_invalid"))
        with self._store.unit_of_work() as uow:
            if working_days is None:
                uow.settings.delete(KEY_UNPAID_LIMIT)
            else:
                uow.settings.set(KEY_UNPAID_LIMIT, int(working_days))

    def for_current_user(self, today: dt.date | None = None) -> list[Alert]:
        user = self._session.require_user()
        with self._store.unit_of_work(readonly=True) as uow:
            day = today or self.today()
            role = alert_role(uow, user, day)  # own role, or a Plt/Plh one (#17)
            if role is None:
                return []
            orders = list_orders(uow, user, OrderList.ALERTS, today=day, with_lines=False)
        limit, within = self.settings()
        return alerts_for_role(role, [order_clock(o) for o in orders], day, self._calendar,
                               self._thresholds, warn_within=within, unpaid_limit_override=limit)


def alert_role(uow: Any, user: Any, day: dt.date) -> str | None:
    """The role whose alerts the officer gets: their own when it has alerts, else one a Plt/Plh letter gives
    them on `day` (#17: a Plh PPK is reminded of the PPK's deadlines)."""
    own = getattr(user.role, "value", str(user.role))
    if own in ALERT_ROLES:
        return str(own)
    if user.opd_id is None:
        return None
    held = delegations.load(uow.sync_state.get_str, str(user.opd_id))
    found = sorted(d.role.value for d in held if d.delegate_id == str(user.id) and d.covers(day)
                   and d.role.value in ALERT_ROLES)
    return found[0] if found else None
