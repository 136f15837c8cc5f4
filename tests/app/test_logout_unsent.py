"""#21.8: logging out with unsent work warns and says under whose name it will be sent; the next officer is told
that the previous officer's work waits and goes out under that officer's name, not theirs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.app.test_gui import app_ctrl, login  # noqa: F401  (fixture)


def _queue_command(ctrl) -> None:
    user = ctrl.core.session.current_user
    with ctrl.core.store.unit_of_work() as uow:
        uow.outbox.enqueue(method="PUT", path="/v1/orders/o-1", body={"notes": "x"}, actor_user_id=str(user.id),
                           order_id="o-1")


def _answer(window, label_start: str, seen: list[str]) -> None:
    def click() -> None:
        box = window.property("last_unsent_dialog")
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(label_start)).click()

    QTimer.singleShot(0, click)


def test_logout_with_unsent_work_warns_and_the_next_officer_is_told(qtbot, app_ctrl, dict_keyring):  # noqa: F811
    login(qtbot, app_ctrl)
    _queue_command(app_ctrl)
    window = app_ctrl.window
    seen: list[str] = []
    _answer(window, "Batal", seen)
    window.logout_requested.emit()
    assert app_ctrl.core.session.current_user is not None  # "Batal": still signed in, nothing changed
    assert "1 perubahan Anda belum diterima server" in seen[0] and "atas nama Anda" in seen[0]
    assert "bukan sesi pengguna yang masuk berikutnya" in seen[0]
    _answer(window, "Keluar", seen)
    window.logout_requested.emit()
    assert app_ctrl.core.session.current_user is None and app_ctrl.login_view.isVisible()
    login(qtbot, app_ctrl, "ppk.demo")

    def notice() -> str:
        return " ".join(b.text() for b in app_ctrl.window.findChildren(QMessageBox) if b.isVisible())

    qtbot.waitUntil(lambda: "PP.DEMO" in notice(), timeout=5000)  # read on the background lane
    assert "PP.DEMO (1)" in notice() and "atas nama mereka sendiri, tidak atas nama Anda" in notice()


def test_logout_without_unsent_work_asks_nothing(qtbot, app_ctrl, dict_keyring):  # noqa: F811
    login(qtbot, app_ctrl)
    app_ctrl.window.logout_requested.emit()
    assert app_ctrl.core.session.current_user is None
