"""Local orders and their lines.

The server is authoritative (SYNC.md §4): local edits travel as outbox commands, and a downloaded server copy
never overwrites an order that still has unsettled commands — it is parked in `server_snapshot` and the UI
overlays the pending commands on it (DHIS2's rule).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.store._util import dumps, iso, loads, rowcount
from desktop.store.errors import NotFoundError, StoreError
from desktop.store.order_wire import line_from_wire
from desktop.store.records import Order, OrderEvent, OrderLine, SyncStatus
from desktop.store.repositories.closings import ClosingRepository, jakarta_day
from desktop.store.repositories.outbox import has_unsettled, refresh_sync_status
from desktop.store.sealing import PLAINTEXT, ContentSealing, SealedContentWithheld, is_withheld
from desktop.store.tables import order_event, order_line, orders
from desktop.store.texts import STORE_TEXTS

_JSON_FIELDS = ("approval", "receipt", "bast", "payment")
# Sealed at rest (desktop.store.sealing), with reasons, the JSON records, the parked server copy and the events'
# payloads. Ids, state, number, totals, dates and sync status stay clear: lists, filters and counts use them.
_SEALED_TEXT = ("delivery_address", "notes")
# Header columns that come straight from the wire Order (docs/DESIGN.md "Orders (wire)").
_WIRE_FIELDS = ("opd_id", "state", "number", "created_by", "provider_id", "marketplace", "kode_rup",
                "sub_kegiatan", "kode_rekening", "delivery_address", "delivery_date", "shipping", "notes",
                "total", "created_at", "updated_at")


def _line(r: Any) -> OrderLine:
    return OrderLine(id=r.id, product_id=r.product_id, product_version=r.product_version, name=r.name,
                     unit=r.unit, qty=r.qty, unit_price_quoted=r.unit_price_quoted,
                     current_price=r.current_price, flag=r.flag, position=r.position)


def _line_rows(order_id: str, lines: Iterable[OrderLine]) -> list[dict[str, Any]]:
    return [{"id": ln.id, "order_id": order_id, "position": i, "product_id": ln.product_id,
             "product_version": ln.product_version, "name": ln.name, "unit": ln.unit, "qty": ln.qty,
             "unit_price_quoted": ln.unit_price_quoted, "current_price": ln.current_price, "flag": ln.flag}
            for i, ln in enumerate(lines)]


def _wire_lines(order_dict: Mapping[str, Any]) -> list[OrderLine]:
    return [line_from_wire(ln) for ln in order_dict.get("lines", ())]


class OrderRepository:
    def __init__(self, session: Session, content: ContentSealing | None = None) -> None:
        self._s = session
        self._c = content or ContentSealing(lambda: PLAINTEXT)

    # -- reads -------------------------------------------------------------------------------------------
    def get(self, order_id: str) -> Order | None:
        found = self._load(select(orders).where(orders.c.id == order_id), with_lines=True)
        return found[0] if found else None

    def require(self, order_id: str) -> Order:
        order = self.get(order_id)
        if order is None:
            raise NotFoundError(STORE_TEXTS("order_not_found", order_id=order_id))
        return order

    def list(self, *, states: Iterable[str] | None = None, opd_id: str | None = None,
             created_by: str | None = None, sync_status: Iterable[str] | None = None,
             with_lines: bool = True, limit: int | None = None) -> list[Order]:
        """Newest local change first. E.g. the PPK queue: `list(states=["DIAJUKAN"], opd_id=...)`.
        (What an officer's lists show is decided in desktop.services.order_lists, which calls this.)"""
        q = select(orders).order_by(orders.c.updated_at_local.desc(), orders.c.id)
        if states is not None:
            q = q.where(orders.c.state.in_(list(states)))
        if sync_status is not None:
            q = q.where(orders.c.sync_status.in_([str(s) for s in sync_status]))
        if opd_id is not None:
            q = q.where(orders.c.opd_id == opd_id)
        if created_by is not None:
            q = q.where(orders.c.created_by == created_by)
        if limit is not None:
            q = q.limit(limit)
        return self._load(q, with_lines=with_lines)

    def count_by_state(self, *, opd_id: str | None = None) -> dict[str, int]:
        from sqlalchemy import func

        q = select(orders.c.state, func.count()).group_by(orders.c.state)
        if opd_id is not None:
            q = q.where(orders.c.opd_id == opd_id)
        return {state: n for state, n in self._s.execute(q)}

    def lines_for_products(self, product_ids: Iterable[int], *, states: Iterable[str] = ("DRAFT",)
                           ) -> builtins.list[tuple[str, OrderLine]]:
        """(order id, line) of orders in `states` that quote any of these products: the pre-flight check
        after a catalog delta re-prices exactly these."""
        ids = list(product_ids)
        if not ids:
            return []
        q = (select(order_line).join(orders, orders.c.id == order_line.c.order_id)
             .where(order_line.c.product_id.in_(ids), orders.c.state.in_(list(states)))
             .order_by(order_line.c.order_id, order_line.c.position))
        return [(r.order_id, _line(r)) for r in self._s.execute(q)]

    def _order(self, r: Any, lines: tuple[OrderLine, ...]) -> Order:
        c = self._c
        return Order(
            id=r.id, opd_id=r.opd_id, created_by=r.created_by, state=r.state, number=r.number,
            provider_id=r.provider_id, marketplace=r.marketplace, kode_rup=r.kode_rup, sub_kegiatan=r.sub_kegiatan,
            kode_rekening=r.kode_rekening, delivery_address=c.open("orders.delivery_address", r.delivery_address) or "",
            delivery_date=r.delivery_date, shipping=r.shipping, notes=c.open("orders.notes", r.notes) or "",
            total=r.total,
            lines=lines, approval=c.open_json("orders.approval", r.approval),
            receipt=c.open_json("orders.receipt", r.receipt), bast=c.open_json("orders.bast", r.bast),
            payment=c.open_json("orders.payment", r.payment),
            reasons=tuple(c.open_json("orders.reasons", r.reasons, [])), created_at=r.created_at,
            updated_at=r.updated_at, server_version=r.server_version, local_version=r.local_version,
            sync_status=SyncStatus(r.sync_status),
            server_snapshot=c.open_json("orders.server_snapshot", r.server_snapshot),
            updated_at_local=r.updated_at_local, flags=loads(r.flags, {}), makers=tuple(loads(r.makers, [])),
        )

    def _load(self, q: Any, *, with_lines: bool) -> builtins.list[Order]:
        heads = self._s.execute(q).all()
        lines: dict[str, list[OrderLine]] = {}
        if with_lines and heads:
            ids = [h.id for h in heads]
            for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
                lq = (select(order_line).where(order_line.c.order_id.in_(ids[start:start + 500]))
                      .order_by(order_line.c.order_id, order_line.c.position))
                for r in self._s.execute(lq):
                    lines.setdefault(r.order_id, []).append(_line(r))
        return [self._order(h, tuple(lines.get(h.id, ()))) for h in heads]

    # -- writes ------------------------------------------------------------------------------------------
    def save_draft(self, order: Order, *, now: datetime | None = None) -> Order:
        """Insert or update the local copy with its lines (replaced as a whole). Bumps `local_version`.
        Sync status is left alone for an existing order: enqueueing its command marks it PENDING.
        A local edit that touches a closed year's books is refused (YearLockedError, tutup buku #17)."""
        closings = ClosingRepository(self._s)
        if closings.closed_years(order.opd_id):
            closings.guard_order_write(self.get(order.id), order, jakarta_day(now))
        return self._write(order, now=now)

    def _write(self, order: Order, *, now: datetime | None = None) -> Order:
        stamp = iso(now)
        c = self._c
        row = {f: getattr(order, f) for f in _WIRE_FIELDS}
        row.update({f: c.seal(f"orders.{f}", row[f]) for f in _SEALED_TEXT})
        row.update({f: c.seal_json(f"orders.{f}", getattr(order, f)) for f in _JSON_FIELDS})
        row.update(id=order.id, reasons=c.seal_json("orders.reasons", list(order.reasons)), flags=dumps(order.flags),
                   makers=dumps(list(order.makers)),
                   updated_at_local=stamp, created_at=order.created_at or stamp)
        stmt = insert(orders).values(**row, server_version=order.server_version, local_version=1,
                                     sync_status=SyncStatus.LOCAL_ONLY.value)
        update_set: dict[str, Any] = {k: stmt.excluded[k] for k in row if k not in ("id", "created_at")}
        update_set["local_version"] = orders.c.local_version + 1
        self._s.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=update_set))
        self._replace_lines(order.id, order.lines)
        return self.require(order.id)

    def _replace_lines(self, order_id: str, lines: Iterable[OrderLine]) -> None:
        self._s.execute(delete(order_line).where(order_line.c.order_id == order_id))
        rows = _line_rows(order_id, lines)
        if rows:
            self._s.execute(insert(order_line), rows)

    def apply_server_order(self, order_dict: Mapping[str, Any], *, now: datetime | None = None,
                           acknowledged: bool = False) -> Order:
        """Take the authoritative server copy (wire `Order` dict). Overwrites the local copy only when the
        order has no unsettled outbox commands; otherwise it is kept in `server_snapshot`. Copies older than
        what we already hold are ignored. Call after `outbox.mark_done` for a command's own response.

        `acknowledged`: the copy is the server's answer to one of OUR commands (or a refusal whose copy holds
        exactly what we sent), so its version is the base of our next command even while later commands
        wait (#21.1: a resend after a resolved conflict must not look like a second create)."""
        order_id = str(order_dict["id"])
        version = int(order_dict["version"])
        current = self._s.execute(select(orders.c.server_version, orders.c.server_snapshot)
                                  .where(orders.c.id == order_id)).one_or_none()
        if current is not None:
            parked = self._c.open_json("orders.server_snapshot", current.server_snapshot, {})
            # a parked copy this session cannot open is replaced by the newer one it is given, never read
            parked_version = 0 if is_withheld(parked) else int(parked.get("version", 0))
            known = max(current.server_version or 0, parked_version)
            if version < known:
                return self.require(order_id)
        snapshot = self._c.seal_json("orders.server_snapshot", dict(order_dict))
        if current is not None and has_unsettled(self._s, order_id):
            values: dict[str, Any] = {"server_snapshot": snapshot}
            if acknowledged:
                values["server_version"] = version
            self._s.execute(update(orders).where(orders.c.id == order_id).values(**values))
            return self.require(order_id)
        try:
            fields: dict[str, Any] = {f: order_dict.get(f) for f in _JSON_FIELDS}
            fields.update({f: order_dict.get(f, Order.__dataclass_fields__[f].default) for f in _WIRE_FIELDS})
            local = Order(id=order_id, lines=tuple(_wire_lines(order_dict)),
                          reasons=tuple(order_dict.get("reasons") or ()),
                          makers=tuple(str(m) for m in order_dict.get("makers") or ()), **fields)
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(STORE_TEXTS("bad_server_order", order_id=order_id, problem=str(exc)),
                             code="bad_server_order") from exc
        self._write(local, now=now)  # the server's copy is the authority: never refused by the local lock
        self._s.execute(update(orders).where(orders.c.id == order_id).values(
            server_version=version, server_snapshot=snapshot, flags=dumps({})))
        refresh_sync_status(self._s, order_id, self._c)
        return self.require(order_id)

    def take_parked_snapshot(self, order_id: str, *, now: datetime | None = None) -> Order | None:
        """Nothing of the order is left unsettled: the server copy parked in `server_snapshot` becomes the
        local copy (fields, lines, version, state, number; sync status SENT). Called by the outbox when the
        last command settles; returns None (and changes nothing) while commands are unsettled or no copy
        is parked."""
        stored = self._s.execute(select(orders.c.server_snapshot).where(orders.c.id == order_id)
                                 ).scalar_one_or_none()
        if stored is None or has_unsettled(self._s, order_id):
            return None
        snapshot = self._c.open_json("orders.server_snapshot", stored)
        if is_withheld(snapshot):  # sealed with a key this session lacks: the next pull brings the copy again
            return None
        return self.apply_server_order(snapshot, now=now)

    def adopt_server_snapshot(self, order_id: str, *, now: datetime | None = None) -> Order:
        """"Use the server's version" after a conflict: once the order's commands are settled (see
        `outbox.resolve_order`), replace the local copy with the parked server copy."""
        order = self.require(order_id)
        if order.server_snapshot is None:
            raise StoreError(STORE_TEXTS("no_server_copy", order_id=order_id), code="no_server_copy")
        if is_withheld(order.server_snapshot):
            raise SealedContentWithheld()
        if has_unsettled(self._s, order_id):
            raise StoreError(STORE_TEXTS("commands_unsettled", order_id=order_id), code="commands_unsettled")
        return self.apply_server_order(order.server_snapshot, now=now)

    def save_events(self, events: Iterable[Mapping[str, Any]]) -> int:
        """Store server order events (wire `OrderEvent` dicts). The log is append-only on the server, so an
        event already held is left as is. Returns how many were new."""
        rows = [{"order_id": e["order_id"], "seq": int(e["seq"]), "version": int(e["version"]),
                 "action": e["action"], "from_state": e.get("from_state"), "to_state": e["to_state"],
                 "actor": e["actor"], "role": e["role"], "at": e["at"],
                 "client_recorded_at": e.get("client_recorded_at"),
                 "payload": self._c.seal_json("order_event.payload", e.get("payload") or {}),
                 "hash": e.get("hash") or ""} for e in events]
        if not rows:
            return 0
        return rowcount(self._s.execute(insert(order_event).on_conflict_do_nothing(), rows))

    def events(self, order_id: str) -> builtins.list[OrderEvent]:
        q = select(order_event).where(order_event.c.order_id == order_id).order_by(order_event.c.seq)
        return [OrderEvent(r.order_id, r.seq, r.version, r.action, r.from_state, r.to_state, r.actor, r.role,
                           r.at, r.client_recorded_at, self._c.open_json("order_event.payload", r.payload, {}), r.hash)
                for r in self._s.execute(q)]

    def flag_lines(self, order_id: str, updates: Mapping[str, tuple[int | None, str | None]]) -> None:
        """Mark lines whose catalog price changed or whose product was delisted, before submit (§5).
        `updates` maps line id → (current catalog price or None, flag or None to clear)."""
        for line_id, (current_price, flag) in updates.items():
            self._s.execute(update(order_line)
                            .where(order_line.c.id == line_id, order_line.c.order_id == order_id)
                            .values(current_price=current_price, flag=flag))
        stale = [r.id for r in self._s.execute(select(order_line.c.id).where(
            order_line.c.order_id == order_id, order_line.c.flag.is_not(None)).order_by(order_line.c.position))]
        self.set_flags(order_id, {**self.require(order_id).flags, "stale_lines": stale} if stale else
                       {k: v for k, v in self.require(order_id).flags.items() if k != "stale_lines"})

    def add_maker(self, order_id: str, user_id: str) -> None:
        """`user_id` wrote the order's content on this PC (#12.8): a maker until the server's copy says
        otherwise (the server adds the author of every draft write it accepts; taking its copy replaces ours)."""
        makers = self.require(order_id).makers
        if user_id not in makers:
            self._s.execute(update(orders).where(orders.c.id == order_id)
                            .values(makers=dumps([*makers, user_id])))

    def set_flags(self, order_id: str, flags: Mapping[str, Any]) -> None:
        self._s.execute(update(orders).where(orders.c.id == order_id).values(flags=dumps(dict(flags))))

    def delete_local_draft(self, order_id: str) -> None:
        """Only a draft the server never saw may disappear; anything else is cancelled through a command."""
        order = self.require(order_id)
        if order.sync_status is not SyncStatus.LOCAL_ONLY or has_unsettled(self._s, order_id):
            raise StoreError(STORE_TEXTS("not_local_only", order_id=order_id), code="not_local_only")
        self._s.execute(delete(orders).where(orders.c.id == order_id))
