"""Child process for test_editor_kill9: the real order editor on a store; types an address, prints SAVED when the
"tersimpan" mark shows, then keeps running until the parent kills it with SIGKILL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, order_id: str, text: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.services.session import SessionState
    from desktop.store.db import Store
    from desktop.ui.order_editor import OrderEditorScreen
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.widgets.qt_compat import protect_none
    from tests.services.workflow_world import NOW, open_world
    from tests.ui.workflow.conftest import make_ctx

    protect_none()
    app = QApplication.instance() or QApplication([])
    world = open_world(Store.open(Path(db)), SessionState(clock=lambda: NOW), Path(db))
    world.login("pp")
    screen = OrderEditorScreen(make_ctx(world, TaskRunner()))
    screen.resize(1366, 720)
    screen.show()
    screen.activate(order_id=order_id)
    said = {"saved": False}

    def step() -> None:
        v = screen.view
        if screen.order is None:
            return
        if not v.delivery_address.text().endswith(text) and not said["saved"]:
            v.delivery_address.setFocus()
            v.delivery_address.selectAll()
            QTest.keyClicks(v.delivery_address, text)
            print("TYPED " + v.saved.text(), flush=True)
        elif v.saved.text().startswith("✓") and not said["saved"]:
            said["saved"] = True
            print("SAVED", flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    QTimer.singleShot(30_000, app.quit)  # a mark that never says saved ends the test instead of hanging it
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:4])
