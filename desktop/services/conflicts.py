"""ConflictService: the server refused a command with a typed conflict (SYNC.md §4–§6). Nothing is resolved
silently: each conflict waits until an officer picks one of the resolutions offered for its type.

- price_changed: accept the current prices (new quote, new command, new key) or go back to editing;
- product_unavailable: remove the line or substitute another product of the same seller;
- stale_approval: the order changed after an offline approval — back to the PPK queue (the SP number is voided);
- version_conflict / invalid_transition / forbidden_role ("someone else acted first"): look at the server copy
  and take it, or (for a draft edit) send mine again on top of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from desktop.services import catalog_lookup, conflict_view
from desktop.services.conflict_view import TITLES, ConflictLine, ConflictView, ServerAct, ServerCopy
from desktop.services.number_voids import void_order_numbers
from desktop.services.order_view import OrderView, WorkflowError
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.unsent import UnsentWork, unsent_work
from desktop.services.workflow_base import WorkflowBase
from desktop.store.db import UnitOfWork
from desktop.store.records import Conflict, Order, OrderLine, OutboxCommand
from desktop.store.sealing import SealedContentWithheld, is_withheld
from sync.protocol.states import Action, OrderState

# A resolution's edit of the local order, inside the unit of work that resends it.
Change = Callable[[UnitOfWork, Order, Conflict], Order]
EDITABLE = (OrderState.DRAFT.value, OrderState.DITOLAK.value)
ACTED_FIRST = {"version_conflict", "invalid_transition", "forbidden_role", "not_editable"}
__all__ = ["TITLES", "ConflictLine", "ConflictService", "ConflictView", "ServerAct", "ServerCopy"]


class ConflictService(WorkflowBase):
    def open_conflicts(self, order_id: str | None = None) -> list[ConflictView]:
        with self.store.unit_of_work(readonly=True) as uow:
            rows = uow.conflicts.open_for_order(order_id) if order_id else uow.conflicts.open_all()
            out = []
            for c in rows:
                order = uow.orders.get(c.order_id)
                if order is None:
                    continue
                out.append(self._view_conflict(uow, c, order))
            return out

    def unsent_work(self) -> UnsentWork:
        """What the signed-in officer and the others on this PC still have to send (#21.8)."""
        return unsent_work(self.store, self.uid())

    def get(self, conflict_id: int) -> ConflictView:
        for c in self.open_conflicts():
            if c.id == conflict_id:
                return c
        raise WorkflowError("conflict_resolved")

    # -- resolutions -----------------------------------------------------------------------------------------
    def accept_prices(self, conflict_id: int) -> OrderView:
        """price_changed: re-quote the listed lines from the catalog replica's current product — version, name,
        unit and price together (one owner: the server checks all four against the version quoted, #12.9) — and
        send again. The refusal's `current` price only tells whether the replica already knows the new price."""
        def change(uow: UnitOfWork, order: Order, conflict: Conflict) -> Order:
            told = {d["line_id"]: d.get("current") for d in conflict.details.get("details") or ()}
            lines = []
            for ln in order.lines:
                if ln.id in told or ln.flag == "price_changed":
                    ln = self._requoted(uow, ln, told.get(ln.id))
                lines.append(ln)
            return replace(order, lines=tuple(lines))

        return self._resend(conflict_id, change, "accept_prices")

    @staticmethod
    def _requoted(uow: UnitOfWork, line: OrderLine, server_price: int | None) -> OrderLine:
        product = catalog_lookup.product(uow, line.product_id)
        if product is None or product.status != "active":
            raise WorkflowError("line_product_unavailable", product=line.name)
        if server_price is not None and int(server_price) != product.price:
            raise WorkflowError("catalog_behind", product=line.name)  # a mixed quote would be refused again
        return replace(line, product_version=product.version, name=product.name, unit=product.unit,
                       unit_price_quoted=product.price, current_price=None, flag=None)

    def substitute(self, conflict_id: int, choices: dict[str, int | None]) -> OrderView:
        """product_unavailable: for each listed line, None removes it, a product id replaces it (same seller,
        same quantity, the new product's current price)."""
        def change(uow: UnitOfWork, order: Order, conflict: Conflict) -> Order:
            lines = []
            for ln in order.lines:
                if ln.id not in choices:
                    lines.append(ln)
                    continue
                pid = choices[ln.id]
                if pid is None:
                    continue
                product = catalog_lookup.product(uow, pid)
                if product is None or product.status != "active" or product.provider_id != order.provider_id:
                    raise WorkflowError("bad_substitute")
                lines.append(replace(ln, product_id=product.id, product_version=product.version, name=product.name,
                                     unit=product.unit, unit_price_quoted=product.price, current_price=None,
                                     flag=None))
            if not lines:
                raise WorkflowError("no_lines_left")
            return replace(order, lines=tuple(lines))

        return self._resend(conflict_id, change, "substitute")

    def back_to_draft(self, conflict_id: int) -> OrderView:
        """"Ubah pesanan": close the conflict, drop the refused commands, reopen the order as a draft."""
        with self.store.unit_of_work() as uow:
            conflict, order = self._load(uow, conflict_id)
            uow.outbox.resolve_order(order.id, requeue_blocked=False, now=self.now())
            uow.conflicts.resolve(conflict.id, now=self.now())
            draft = replace(order, state=OrderState.DRAFT.value)
            saved = self.save(uow, draft, audit="conflict_back_to_draft", details={"code": conflict.code})
            saved = self.enqueue_put(uow, saved)
            return self.view(uow, saved)

    def back_to_ppk(self, conflict_id: int) -> OrderView:
        """stale_approval: the PPK must look again. The offline SP number is voided (never reused)."""
        with self.store.unit_of_work() as uow:
            conflict, order = self._load(uow, conflict_id)
            void_order_numbers(uow, order.id, "SP", "Persetujuan offline kedaluwarsa (stale_approval)", self.uid(),
                               now=self.now())
            uow.outbox.resolve_order(order.id, requeue_blocked=False, now=self.now())
            uow.conflicts.resolve(conflict.id, now=self.now())
            server = conflict.details.get("current_order") or order.server_snapshot
            if server:
                saved = uow.orders.apply_server_order(server, now=self.now())
            else:
                saved = self.save(uow, replace(order, state=OrderState.DIAJUKAN.value, number=None, approval=None),
                                  audit="conflict_back_to_ppk", details={})
            uow.audit.append("conflict_back_to_ppk", actor_user_id=self.uid(), order_id=order.id,
                             details={"code": conflict.code}, now=self.now())
            return self.view(uow, saved)

    def take_server_copy(self, conflict_id: int) -> OrderView:
        """Someone else acted first: the server's order replaces mine; my refused steps are dropped."""
        with self.store.unit_of_work() as uow:
            conflict, order = self._load(uow, conflict_id)
            server = conflict.details.get("current_order") or order.server_snapshot
            if not server:
                raise WorkflowError("no_server_copy", SERVICE_TEXTS("no_server_copy_yet"))
            dropped = list(self._view_conflict(uow, conflict, order).discards)  # said in the dialog before
            held = {"SP": server.get("number"), "BAST": (server.get("bast") or {}).get("number")}
            for doc_type, keep in held.items():
                void_order_numbers(uow, order.id, doc_type, "Didahului pengguna lain (salinan server dipakai)",
                                   self.uid(), keep=keep, now=self.now())
            uow.outbox.resolve_order(order.id, requeue_blocked=False, now=self.now())
            uow.conflicts.resolve(conflict.id, now=self.now())
            saved = uow.orders.apply_server_order(server, now=self.now())
            uow.audit.append("conflict_take_server", actor_user_id=self.uid(), order_id=order.id,
                             details={"code": conflict.code, "server_version": server.get("version"),
                                      "dropped": dropped}, now=self.now())
            return self.view(uow, saved)

    def keep_mine(self, conflict_id: int) -> OrderView:
        """version_conflict on a draft edit: send my full draft again on top of the server's version."""
        with self.store.unit_of_work() as uow:
            conflict, order = self._load(uow, conflict_id)
            rejected = self._rejected_command(uow, conflict)
            server = conflict.details.get("current_order") or order.server_snapshot or {}
            if rejected is None or rejected.method != "PUT" or \
                    server.get("state", OrderState.DRAFT.value) not in EDITABLE:
                raise WorkflowError("not_editable")
            server_version = conflict.details.get("server_version") or order.server_version
            submit = self._queued_submit(uow, order.id, self._rejected_command(uow, conflict))
            uow.outbox.resolve_order(order.id, requeue_blocked=False, now=self.now())
            uow.conflicts.resolve(conflict.id, now=self.now())
            rebased = replace(order, server_version=server_version)
            saved = self.save(uow, replace(rebased, state=OrderState.DRAFT.value), audit="conflict_keep_mine",
                              details={"server_version": server_version})
            saved = self.enqueue_put(uow, replace(saved, server_version=server_version))
            if submit is not None:  # the submit queued behind the refused edit goes again, after it
                saved = self.transition(uow, saved, Action.SUBMIT, submit)
            return self.view(uow, saved)

    # -- internals -------------------------------------------------------------------------------------------
    def _load(self, uow: UnitOfWork, conflict_id: int) -> tuple[Conflict, Order]:
        conflict = next((c for c in uow.conflicts.open_all() if c.id == conflict_id), None)
        if conflict is None:
            raise WorkflowError("conflict_resolved")
        return conflict, self.require(uow, conflict.order_id)

    def _rejected_command(self, uow: UnitOfWork, conflict: Conflict) -> OutboxCommand | None:
        return uow.outbox.get(conflict.cmd_id) if conflict.cmd_id else None

    def _resend(self, conflict_id: int, change: Change, audit: str) -> OrderView:
        with self.store.unit_of_work() as uow:
            conflict, order = self._load(uow, conflict_id)
            updated = change(uow, order, conflict)
            submit = self._queued_submit(uow, order.id, self._rejected_command(uow, conflict))
            uow.outbox.resolve_order(order.id, requeue_blocked=False, now=self.now())
            uow.conflicts.resolve(conflict.id, now=self.now())
            saved = self.save(uow, replace(updated, state=OrderState.DRAFT.value), audit=audit,
                              details={"code": conflict.code})
            saved = self.enqueue_put(uow, saved)
            if submit is not None:
                # The officer explicitly accepted the new quote: submit again (a new command, a new key).
                saved = self.transition(uow, saved, Action.SUBMIT, submit)
            return self.view(uow, saved)

    def _queued_submit(self, uow: UnitOfWork, order_id: str, rejected: OutboxCommand | None) -> dict[str, object] | None:
        """The payload of a submit that was refused or waits blocked behind the refusal (never silently lost:
        a resolution that resends the draft submits it again), or None."""
        for cmd in ([rejected] if rejected else []) + uow.outbox.for_order(order_id, include_done=False):
            if cmd.method == "POST" and cmd.path.endswith("/transitions"):
                if is_withheld(cmd.body):  # never resolve as if the queued submit were not there (#15)
                    raise SealedContentWithheld()
                body = json.loads(cmd.body)
                if body.get("action") == Action.SUBMIT.value:
                    return dict(body.get("payload") or {})
        return None

    def _view_conflict(self, uow: UnitOfWork, c: Conflict, order: Order) -> ConflictView:
        users = {u.id: u.full_name for u in uow.users.list()}
        return conflict_view.build(uow, c, order, self.view(uow, order), self._rejected_command(uow, c), users)
