"""Screenshots of the conflict dialogs (#21.7) and of what an officer sees around them — the list's state column
(#21.5) and the PPK's reason in the editor (#21.6) — grabbed offscreen into docs/screenshots/.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.workflow.make_conflict_screenshots`
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.services.sync_service import StoreOutbox
from desktop.ui.conflicts import (
    ActedFirstDialog,
    NumberConflictDialog,
    PriceChangedDialog,
    ProductUnavailableDialog,
    StaleApprovalDialog,
)
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.orders import OrdersScreen
from desktop.ui.tasks import SyncTaskRunner
from sync.protocol.lifecycle import TRANSITIONS
from sync.protocol.states import Action
from tests.services.test_conflicts import price_problem, server_order
from tests.services.workflow_world import make_world
from tests.ui.workflow.conftest import make_ctx
from tests.ui.workflow.make_screenshots import grab, server_events, wire_copy


def send_order(world, order_id: str, reject_at: str = "", problem: dict | None = None) -> None:
    """Play the server for one order: each accepted command answers with the copy the server would hold (a
    PUT leaves a draft, a transition its lifecycle state), until `reject_at` is refused with `problem`."""
    outbox = StoreOutbox(world.store)
    state, version = "DRAFT", 0
    while ready := [c for c in outbox.sendable() if c.order_id == order_id]:
        for cmd in ready:
            outbox.mark_attempt(cmd.cmd_id)
            what = json.loads(cmd.body).get("action", cmd.method)
            if what == reject_at and problem is not None:
                outbox.mark_rejected(cmd.cmd_id, problem["status"], problem)
                return
            version += 1
            rule = TRANSITIONS.get(Action(what)) if what in Action.__members__.values() else None
            state = rule.to_state.value if rule and rule.to_state else state if rule else "DRAFT"
            outbox.mark_done(cmd.cmd_id, 200, {}, {**wire_copy(world, order_id, version), "state": state})
    server_events(world, order_id)


def refused(world, order_id: str, at: str, code: str, **problem: object) -> None:
    send_order(world, order_id, at, {"type": "x", "title": "t", "status": 409, "code": code, "detail": "", **problem})


def race(world) -> str:
    """PPK Budi approved offline and printed the SP; PPK Dewi's rejection reached the server first."""
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_order(world, order.id)
    world.login("ppk")
    approved = world.approvals.approve(order.id)
    server = server_order(approved, version=3, state="DITOLAK")
    server["reasons"] = [{"action": "reject", "reason": "Spesifikasi tidak sesuai RAB; pilih tinta original",
                          "by": "u-dewi", "by_name": "Dewi Anggraini, S.E.", "role": "PPK",
                          "at": "2026-11-23T02:40:00.000Z"}]
    refused(world, order.id, "approve", "invalid_transition", current_order=server)
    return order.id


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    world = make_world(Path(tempfile.mkdtemp()))
    ctx = make_ctx(world, SyncTaskRunner())

    world.login("pp")
    stale = world.draft(1003, 30)
    world.orders.submit(stale.id)
    world.set_product(1003, price=36_000)
    send_order(world, stale.id, "submit", price_problem(stale, 36_000))
    (c,) = world.conflicts.open_conflicts(stale.id)
    grab(PriceChangedDialog(ctx, c), "conflict_price_changed.png", (780, 380))

    gone = world.draft(1001, 10)
    gone = world.orders.add_line(gone.id, 1002, 2)
    world.orders.submit(gone.id)
    line = gone.lines[1]
    refused(world, gone.id, "submit", "product_unavailable",
            details=[{"line_id": line.id, "code": "product_unavailable", "quoted": line.unit_price, "current": None}])
    (c,) = world.conflicts.open_conflicts(gone.id)
    subs = [p for p in world.orders.find_products("", provider_id=101) if p.id != 1002]
    grab(ProductUnavailableDialog(ctx, c, subs), "conflict_product_unavailable.png", (780, 380))

    edited = world.draft(3001, 20)
    send_order(world, edited.id)
    world.orders.set_qty(edited.id, edited.lines[0].id, 25)
    world.orders.submit(edited.id)
    theirs = server_order(world.orders.get(edited.id), version=2)
    theirs["lines"][0]["qty"], theirs["total"] = 20, 20 * theirs["lines"][0]["unit_price"]
    theirs["updated_at"] = "2026-11-23T02:55:00.000Z"
    send_order(world, edited.id, "PUT", {"type": "x", "title": "t", "status": 412, "code": "version_conflict",
                                         "detail": "", "server_version": 2, "current_order": theirs})
    (c,) = world.conflicts.open_conflicts(edited.id)
    grab(ActedFirstDialog(ctx, c), "conflict_server_copy.png", (780, 420))

    race_id = race(world)
    (c,) = world.conflicts.open_conflicts(race_id)
    grab(ActedFirstDialog(ctx, c), "conflict_race_rejected.png", (780, 440))

    world.login("pp")
    late = world.draft(1001, 4)
    world.orders.submit(late.id)
    send_order(world, late.id)
    world.login("ppk")
    world.approvals.approve(late.id)
    refused(world, late.id, "approve", "stale_approval",
            current_order=server_order(world.orders.get(late.id), version=3, state="DIAJUKAN"))
    (c,) = world.conflicts.open_conflicts(late.id)
    grab(StaleApprovalDialog(ctx, c), "conflict_stale_approval.png", (780, 400))

    world.login("pp")
    numbered = world.draft(2001, 3)
    world.orders.submit(numbered.id)
    send_order(world, numbered.id)
    world.login("ppk")
    approved = world.approvals.approve(numbered.id)
    refused(world, numbered.id, "approve", "number_conflict",
            detail=f"Nomor SP {approved.number} tidak dapat dipakai: nomor itu sudah dipakai pesanan lain (sejak "
                   "20 November 2026). Nomor yang sudah tercetak tidak diganti diam-diam; batalkan dokumen itu dan ulangi "
                   "dengan nomor baru.",
            current_order=server_order(world.orders.get(numbered.id), version=3, state="DIAJUKAN"))
    (c,) = world.conflicts.open_conflicts(numbered.id)
    grab(NumberConflictDialog(ctx, c), "conflict_number.png", (780, 400))

    world.login("ppk")
    orders = OrdersScreen(ctx)
    orders.activate(order_id=race_id)
    grab(orders, "order_list_server_state.png")

    world.login("pp")
    rejected = world.draft(1003, 12)
    world.orders.submit(rejected.id)
    world.login("ppk")
    world.approvals.reject(rejected.id, "Kode rekening bukan belanja ATK; pakai 5.1.02.01.01.0024")
    world.login("pp")
    editor = OrderEditorScreen(ctx)
    editor.activate(order_id=rejected.id)
    grab(editor, "order_editor_rejected.png")
    QTimer.singleShot(0, app.quit)
    world.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
