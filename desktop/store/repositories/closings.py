"""Year-end closings kept on this PC (tutup buku, #17), and the store-level lock they put on a closed year.

One record per OPD and fiscal year in `settings_kv` (key `year_closing:<opd>:<year>`): the Bendahara's decisions
as they are made (nothing is lost if the PC stops half-way), the return of unspent UP, and — once closed — who
closed it and when. After that the year is locked: `guard_order_write` refuses a local order write that adds or
changes a dated book record (SP, receipt, BAST, payment, tax deposit) in a closed year, or moves an order on a
day of a closed year; the decisions and the UP return can no longer change. Server copies are never refused
(the server is the authority; it applies the same rule to commands, sync.protocol.closing).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.errors import YearLockedError
from desktop.store.records import Order
from desktop.store.repositories.kv import KeyValueRepository
from desktop.store.tables import settings_kv, sync_state
from desktop.store.texts import STORE_TEXTS
from sync.protocol.closing import state_key

PREFIX = "year_closing:"


def _key(opd_id: str, year: int) -> str:
    return f"{PREFIX}{opd_id}:{year}"


def _day(value: Any) -> dt.date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def jakarta_day(now: dt.datetime | None) -> dt.date:
    """The legal (Jakarta) day of a UTC moment (now when None)."""
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment.astimezone(dt.UTC) + dt.timedelta(hours=7)).date()


def book_dates(order: Order) -> dict[str, dt.date | None]:
    """The dated book records of an order: what a closed year locks."""
    approval, receipt, bast, payment = (order.approval or {}, order.receipt or {}, order.bast or {},
                                        order.payment or {})
    dates = {"sp": _day(approval.get("sp_date")), "receipt": _day(receipt.get("date")),
             "bast": _day(bast.get("date")), "payment": _day(payment.get("date"))}
    for deposit in payment.get("deposits") or ():
        if isinstance(deposit, Mapping):
            dates[f"deposit:{deposit.get('code')}"] = _day(deposit.get("date"))
    return dates


class ClosingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._kv = KeyValueRepository(session, settings_kv)

    def _records(self, opd_id: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(year, record) of every closing kept for the OPD."""
        prefix = f"{PREFIX}{opd_id}:"
        q = select(settings_kv.c.key, settings_kv.c.value).where(settings_kv.c.key.startswith(prefix, autoescape=True))
        for key, text in self._s.execute(q):
            value = json.loads(text) if text else None
            if isinstance(value, dict) and key[len(prefix):].isdigit():
                yield int(key[len(prefix):]), value

    # -- records ---------------------------------------------------------------------------------------------
    def get(self, opd_id: str, year: int) -> dict[str, Any]:
        record = self._kv.get(_key(opd_id, year))
        record = dict(record) if isinstance(record, dict) else {"decisions": {}, "up_return": None, "closed": None}
        server = self.server_closed(opd_id).get(year) if not record.get("closed") else None
        if server is not None:  # closed on another PC of the OPD: locked here too, said by whom and when
            record["closed"] = {"on": server.get("closed_on"), "by": server.get("closed_by"),
                                "by_name": server.get("closed_by_name"), "at": server.get("closed_at"),
                                "from_server": True}
        return record

    def _put(self, opd_id: str, year: int, record: Mapping[str, Any]) -> None:
        self._kv.set(_key(opd_id, year), dict(record))

    def server_closed(self, opd_id: str) -> dict[int, dict[str, Any]]:
        """The OPD's closings the server held at this PC's last sync (sync.client.closings): a year another PC
        of the OPD closed is locked here too."""
        raw = KeyValueRepository(self._s, sync_state).get(state_key(opd_id))
        try:
            items = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            return {}
        if not isinstance(items, list):
            return {}
        return {int(c["year"]): dict(c) for c in items if isinstance(c, dict) and isinstance(c.get("year"), int)}

    def closed_years(self, opd_id: str) -> frozenset[int]:
        local = {year for year, record in self._records(opd_id) if record.get("closed")}
        return frozenset(local | set(self.server_closed(opd_id)))

    def is_closed(self, opd_id: str, year: int) -> bool:
        return year in self.closed_years(opd_id)

    def _require_open(self, opd_id: str, year: int) -> dict[str, Any]:
        record = self.get(opd_id, year)
        if record.get("closed"):
            _locked(year)
        return record

    def decide(self, opd_id: str, year: int, key: str, decision: Mapping[str, Any]) -> dict[str, Any]:
        record = self._require_open(opd_id, year)
        record["decisions"] = {**record.get("decisions", {}), key: dict(decision)}
        self._put(opd_id, year, record)
        return record

    def set_up_return(self, opd_id: str, year: int, up_return: Mapping[str, Any] | None) -> dict[str, Any]:
        record = self._require_open(opd_id, year)
        record["up_return"] = None if up_return is None else dict(up_return)
        self._put(opd_id, year, record)
        return record

    def close(self, opd_id: str, year: int, closed: Mapping[str, Any]) -> dict[str, Any]:
        record = self._require_open(opd_id, year)
        record["closed"] = dict(closed)
        self._put(opd_id, year, record)
        return record

    def up_returns(self, opd_id: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """Every recorded UP return of the OPD, with its year (the BKU books it as a pengeluaran)."""
        for year, record in self._records(opd_id):
            if record.get("up_return"):
                yield year, dict(record["up_return"])

    # -- the lock --------------------------------------------------------------------------------------------
    def guard_order_write(self, before: Order | None, after: Order, today: dt.date) -> None:
        """Refuse a local write of `after` that touches a closed year's books (module docstring)."""
        closed = self.closed_years(after.opd_id)
        if not closed:
            return
        old = book_dates(before) if before is not None else {}
        for name, day in book_dates(after).items():
            if day is not None and day.year in closed and old.get(name) != day:
                _locked(day.year)
        paid_on = old.get("payment")
        if before is not None and paid_on is not None and paid_on.year in closed and _books(before) != _books(after):
            _locked(paid_on.year)  # a payment of a closed year is never changed
        if before is not None and before.state != after.state and today.year in closed:
            _locked(today.year)  # no step dated on a day of a closed year


def _books(order: Order) -> tuple[Any, ...]:
    return (order.state, order.number, order.approval, order.receipt, order.bast, order.payment)


def _locked(year: int) -> None:
    raise YearLockedError(STORE_TEXTS("year_locked", year=year), code="year_locked")
