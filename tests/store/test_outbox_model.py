"""Property test: random interleavings of outbox operations match a small reference model of SYNC.md §4
(FIFO per order, orders in parallel, a rejection blocks only its own order until resolved)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.store import Store
from desktop.store.records import SyncStatus
from tests.store.conftest import NOW, make_order

ORDERS = ("A", "B")  # few orders, so commands of one order interleave often
_ENQUEUE = st.tuples(st.just("enqueue"), st.sampled_from(ORDERS))
_SEND = st.tuples(st.just("send"), st.integers(0, 3))
OPS = st.lists(st.one_of(
    _ENQUEUE, _ENQUEUE, _SEND, _SEND,
    st.tuples(st.sampled_from(["ok", "reject", "fail"]), st.integers(0, 3)),
    st.tuples(st.just("resolve"), st.sampled_from(ORDERS), st.booleans()),
), max_size=30)


@dataclass
class Cmd:
    cmd_id: str
    order: str
    status: str = "pending"
    resolved: bool = False


@dataclass
class Model:
    cmds: list[Cmd] = field(default_factory=list)

    def unsettled(self, c: Cmd) -> bool:
        return c.status in ("pending", "in_flight", "blocked") or (c.status == "rejected" and not c.resolved)

    def ready(self) -> list[str]:
        heads = {}
        for c in self.cmds:
            if self.unsettled(c) and c.order not in heads:
                heads[c.order] = c
        return [c.cmd_id for c in self.cmds if heads.get(c.order) is c and c.status == "pending"]

    def sync_status(self, order: str) -> SyncStatus:
        mine = [c for c in self.cmds if c.order == order and self.unsettled(c)]
        if any(c.status == "rejected" for c in mine):
            return SyncStatus.NEEDS_ATTENTION
        return SyncStatus.PENDING if mine else SyncStatus.LOCAL_ONLY


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "m.db") as store:
        yield store


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_outbox_matches_reference_model(shared_store: Store, ops) -> None:
    model, store = Model(), shared_store
    with store.unit_of_work() as uow:  # a clean slate per example, without the cost of a new file
        uow.session.execute(text("DELETE FROM outbox"))
        uow.session.execute(text("DELETE FROM orders"))
        for o in ORDERS:
            uow.orders.save_draft(make_order(o), now=NOW)
    for n, op in enumerate(ops):
        with store.unit_of_work() as uow:
            in_flight = [c for c in model.cmds if c.status == "in_flight"]
            if op[0] == "enqueue":
                cmd = uow.outbox.enqueue(method="POST", path="/x", body={"n": n}, actor_user_id="u",
                                         order_id=op[1], cmd_id=f"c{n}", now=NOW)
                model.cmds.append(Cmd(cmd.cmd_id, op[1]))
            elif op[0] == "send" and model.ready():
                target = model.ready()[op[1] % len(model.ready())]
                uow.outbox.mark_in_flight(target)
                next(c for c in model.cmds if c.cmd_id == target).status = "in_flight"
            elif op[0] in ("ok", "reject", "fail") and in_flight:
                c = in_flight[op[1] % len(in_flight)]
                if op[0] == "ok":
                    uow.outbox.mark_done(c.cmd_id, now=NOW)
                    c.status = "done"
                elif op[0] == "fail":
                    uow.outbox.retry(c.cmd_id, "timeout", now=NOW, delay_s=0)
                    c.status = "pending"
                else:
                    uow.outbox.mark_rejected(c.cmd_id, "price_changed", now=NOW)
                    c.status = "rejected"
                    for later in model.cmds[model.cmds.index(c) + 1:]:
                        if later.order == c.order and later.status == "pending":
                            later.status = "blocked"
            elif op[0] == "resolve":
                order, requeue = op[1], op[2]
                uow.outbox.resolve_order(order, requeue_blocked=requeue, now=NOW)
                for c in model.cmds:
                    if c.order == order and c.status == "rejected":
                        c.resolved = True
                    if c.order == order and c.status == "blocked":
                        c.status = "pending" if requeue else "dropped"
                model.cmds = [c for c in model.cmds if c.status != "dropped"]
        with store.unit_of_work(readonly=True) as uow:
            assert [c.cmd_id for c in uow.outbox.next_ready(NOW)] == model.ready()
            assert uow.outbox.pending_count() == sum(model.unsettled(c) for c in model.cmds)
            for o in ORDERS:
                assert uow.orders.require(o).sync_status is model.sync_status(o)
                assert [c.status.value for c in uow.outbox.for_order(o)] == \
                    [c.status for c in model.cmds if c.order == o]
