"""Screenshots of the PPK's deadline (#17) — the PP's note on an order the server cancelled, the PPK's conflict
for a late offline approval — grabbed offscreen into docs/screenshots/ (Indonesian, and English with _en).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.workflow.make_deadline_screenshots [en]`
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import paths
from desktop.services.sync_service import StoreOrders
from desktop.ui.conflicts import ActedFirstDialog
from desktop.ui.i18n import I18n
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.tasks import SyncTaskRunner
from tests.services.test_conflicts import send_all
from tests.services.workflow_world import make_world
from tests.ui.workflow.conftest import make_ctx
from tests.ui.workflow.make_screenshots import grab
from tests.ui.workflow.test_deadline_words import expired_copy


def main(language: str = "id") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    I18n(app, paths.translations_dir(), Path(tempfile.mkdtemp()) / "qm").set_language(language)
    suffix = "" if language == "id" else f"_{language}"
    world = make_world(Path(tempfile.mkdtemp()))
    ctx = make_ctx(world, SyncTaskRunner())

    world.login("pp")
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_all(world, "nothing", {})
    StoreOrders(world.store).apply_pulled(expired_copy(world.orders.get(order.id), 3))
    editor = OrderEditorScreen(ctx)
    editor.activate(order_id=order.id)
    grab(editor, f"order_editor_expired{suffix}.png")

    late = world.draft(1001, 4)
    world.orders.submit(late.id)
    send_all(world, "nothing", {})
    world.login("ppk")
    approved = world.approvals.approve(late.id)
    send_all(world, "approve", {"type": "x", "title": "t", "status": 409, "code": "deadline_passed",
                                "detail": "Batas waktu PPK menanggapi pesanan ini adalah 29 Desember 2026 dan sudah "
                                          "lewat; pesanan dibatalkan otomatis.",
                                "current_order": expired_copy(approved, 3)})
    (c,) = world.conflicts.open_conflicts(late.id)
    grab(ActedFirstDialog(ctx, c), f"conflict_deadline_passed{suffix}.png", (780, 440))
    QTimer.singleShot(0, app.quit)
    world.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(sys.argv[1:2] or ["id"])))
