"""#13.19 in the app: the first login on a PC without kop surat and signatories opens the first-run setup beside
the main window (not modal); after 'Nanti saja' the next login does not ask again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.test_gui import app_ctrl, login  # noqa: F401 (fixture)


def test_first_login_asks_once(qtbot, app_ctrl, dict_keyring):  # noqa: F811
    login(qtbot, app_ctrl)
    qtbot.waitUntil(lambda: "first_run_dialog" in app_ctrl.ctx.extras, timeout=10000)
    dialog = app_ctrl.ctx.extras["first_run_dialog"]
    assert dialog.isVisible() and not dialog.isModal() and dialog.parent() is app_ctrl.window
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    settings = app_ctrl.core.services.settings
    qtbot.waitUntil(lambda: not settings.needs_first_run_setup(), timeout=5000)
    del app_ctrl.ctx.extras["first_run_dialog"]
    app_ctrl.on_logout()
    login(qtbot, app_ctrl)
    assert app_ctrl.tasks.wait_idle()  # the check has answered…
    QApplication.processEvents()  # …and its answer was delivered
    assert "first_run_dialog" not in app_ctrl.ctx.extras
