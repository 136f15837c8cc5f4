"""Endurance scenario (issue 15): 30 days offline on a simulated clock, 1,000 commands from officers on 2 PCs, then
one sync per PC against the real server. Run by `make soak ARGS=--endurance` (tests/bench/bench_soak.py).

Day 0 (online): the PP drafts 60 orders and submits 20 more; both PCs pull them. Days 1–30 (offline, every
command stamped with its simulated day): on PC1 the PP drafts and submits new orders, edits the 60 shared drafts
and the PPK approves the 20 submitted ones; on PC2 the PPTK does the same with its own drafts and edits the same 60
drafts, and the PPK (signed in on both PCs) rejects the same 20 orders. The bendahara is signed in on PC2 and
waits. Then PC1 syncs, then PC2: whichever acts second on a shared order meets a typed conflict.
Pass: 0 lost (every command is done, or rejected with a conflict row the officer sees), 0 doubled (each order
once on the server, one server event per accepted command), every conflict shown; catch-up time printed.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.store.records import Order, OrderLine
from tests.sync.kit import Client, ServerView, draft_body, same_provider_products

OPD = "33.00-DINKES"
START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@dataclass
class Figures:
    commands: int = 0
    done: int = 0
    rejected: int = 0
    conflicts_shown: int = 0
    held: int = 0
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    unshown: list[str] = field(default_factory=list)
    catch_up_s: dict[str, float] = field(default_factory=dict)


def _draft(client: Client, username: str, products: list[dict[str, Any]], now: datetime) -> str:
    oid = str(uuid.uuid4())
    body = draft_body(products, OPD)
    uid = client.users[username]
    lines = tuple(OrderLine(id=ln["id"], product_id=ln["product_id"], product_version=ln["product_version"],
                            name=ln["name"], unit=ln["unit"], qty=ln["qty"], unit_price_quoted=ln["unit_price"],
                            position=i) for i, ln in enumerate(body["lines"]))
    with client.store.unit_of_work() as uow:
        uow.orders.save_draft(Order(id=oid, opd_id=OPD, created_by=uid, provider_id=body["provider_id"],
                                    marketplace=body["marketplace"], lines=lines), now=now)
        uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{oid}", body=body, actor_user_id=uid, order_id=oid,
                           base_version=None, now=now)
    return oid


def _command(client: Client, username: str, oid: str, method: str, path: str, body: dict[str, Any],
             base: int | None, now: datetime) -> None:
    with client.store.unit_of_work() as uow:
        uow.outbox.enqueue(method=method, path=path, body=body, actor_user_id=client.users[username], order_id=oid,
                           base_version=base, now=now)


def run(srv: Any, folder: Path, new_drafts: tuple[int, int] = (270, 150)) -> Figures:
    view = ServerView(srv)
    accounts = {r: srv.account(r, OPD) for r in ("PP", "PPTK", "PPK", "BENDAHARA")}
    pc1, pc2 = Client(srv.url, folder / "pc1", seed=1, max_attempts=6), Client(srv.url, folder / "pc2", seed=2,
                                                                                 max_attempts=6)
    try:
        # the PP and the PPK work on both PCs (PPTK may not edit orders: EDIT_ROLES), PPTK and bendahara wait
        for pc, roles in ((pc1, ("PP", "PPK")), (pc2, ("PP", "PPTK", "PPK", "BENDAHARA"))):
            for role in roles:
                pc.login(accounts[role])
        pp, pptk, ppk = (accounts[r]["username"] for r in ("PP", "PPTK", "PPK"))
        products = same_provider_products(view.products(), 2, skip=11)
        # day 0, online
        shared = [pc1.new_draft(pp, products, OPD) for _ in range(60)]
        submitted = [pc1.new_draft(pp, products, OPD) for _ in range(20)]
        for oid in submitted:
            pc1.act(pp, oid, "submit", 1)
        pc1.sync(pp)
        pc2.sync(pptk)
        server_orders = {oid: view.order(oid) for oid in submitted}
        # days 1–30, offline
        n1, n2 = new_drafts
        for i in range(n1):
            day = START + timedelta(days=1 + i * 30 // n1, minutes=i)
            oid = _draft(pc1, pp, products, day)
            _command(pc1, pp, oid, "POST", f"/v1/orders/{oid}/transitions", {"action": "submit", "base_version": 1},
                     1, day)
        for i in range(n2):
            day = START + timedelta(days=1 + i * 30 // n2, minutes=i)
            oid = _draft(pc2, pp, products, day)
            _command(pc2, pp, oid, "POST", f"/v1/orders/{oid}/transitions",
                     {"action": "submit", "base_version": 1}, 1, day)
        for i, oid in enumerate(shared):  # both PCs edit the same drafts: one edit wins, the other conflicts
            for pc, who in ((pc1, pp), (pc2, pp)):
                body = draft_body(products, OPD, qty=3 + (pc is pc2))
                _command(pc, who, oid, "PUT", f"/v1/orders/{oid}", body, 1, START + timedelta(days=2 + i % 25))
        from sync.protocol.messages import Order as WireOrder
        from sync.protocol.orders import content_hash

        for i, oid in enumerate(submitted):
            order = server_orders[oid]
            day = START + timedelta(days=5 + i)
            _command(pc1, ppk, oid, "POST", f"/v1/orders/{oid}/transitions",
                     {"action": "approve", "base_version": order["version"],
                      "content_hash": content_hash(WireOrder.from_dict(order))}, order["version"], day)
            _command(pc2, ppk, oid, "POST", f"/v1/orders/{oid}/transitions",
                     {"action": "reject", "base_version": order["version"], "payload": {"reason": "harga"}},
                     order["version"], day + timedelta(hours=1))
        figures = Figures()
        # back online: one sync per PC
        for name, pc, who in (("pc1", pc1, pp), ("pc2", pc2, pptk)):
            started = time.perf_counter()
            pc.sync(who)
            figures.catch_up_s[name] = time.perf_counter() - started
        _verify(view, (pc1, pc2), figures)
        return figures
    finally:
        pc1.close()
        pc2.close()


def _verify(view: ServerView, pcs: tuple[Client, Client], figures: Figures) -> None:
    done_per_order: dict[str, int] = {}
    for pc in pcs:
        with pc.store.unit_of_work(readonly=True) as uow:
            commands = [c for oid in {o.id for o in uow.orders.list(with_lines=False)}
                        for c in uow.outbox.for_order(oid)]
            shown = {(c.order_id, c.cmd_id) for c in uow.conflicts.open_all()}
        for cmd in commands:
            figures.commands += 1
            status = str(cmd.status)
            if status == "done":
                figures.done += 1
                done_per_order[cmd.order_id or ""] = done_per_order.get(cmd.order_id or "", 0) + 1
            elif status == "blocked":  # held behind a rejected command of its order, shown with that conflict
                figures.held += 1
            elif status == "rejected":
                figures.rejected += 1
                if (cmd.order_id, cmd.cmd_id) in shown:
                    figures.conflicts_shown += 1
                else:
                    figures.unshown.append(cmd.cmd_id)
            else:
                figures.lost.append(f"{cmd.cmd_id} {status}")
    server = view.orders()
    for oid, done in done_per_order.items():
        if oid not in server:
            figures.lost.append(f"order {oid} missing on the server")
            continue
        events = len(view.events(oid))
        if events != done:
            (figures.doubled if events > done else figures.lost).append(f"{oid}: {events} events, {done} done")
