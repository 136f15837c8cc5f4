"""The whole order workflow through the real main window against the real server on loopback, as the officers
use it on one office PC: the PP finds a product in the catalog, adds it to an order, fills the budget fields
(from master data seeded at login), sees the pre-submission checks and submits; the PPK approves (SP numbered
from the device block), records the receipt and signs the BAST; the PA/KPA consents; the Bendahara sees the
taxes, records the payment, prints the kuitansi and closes the order. Every step is synced, and the server
agrees at each one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import bootstrap
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from sync.protocol.states import OrderState
from tests.server.live import start_server
from tests.sync.kit import ServerView

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("flow"), products=300, seed=5)
    yield srv
    srv.stop()


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch, live, dict_keyring):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    ctrl = AppController(core, UiSettings(str(tmp_path / "ui.ini")), i18n, forced_server=live.url)
    ctrl.start()
    yield ctrl
    ctrl.shutdown()


def login(qtbot, ctrl: AppController, account: dict[str, Any]) -> Any:
    if ctrl.window is not None and ctrl.window.isVisible():
        ctrl.on_logout()
    view = ctrl.login_view
    view.username_edit.setText(account["username"])
    view.password_edit.setText(account["password"])
    with qtbot.waitSignal(ctrl.login.logged_in, timeout=TIMEOUT):
        view.login_button.click()
    window = ctrl.window
    qtbot.waitUntil(lambda: window.status.state != "syncing", timeout=TIMEOUT)  # the sync after login
    return window


def sync(qtbot, window: Any) -> None:
    """'Sinkronkan sekarang' from the status bar; everything this officer queued is delivered."""
    qtbot.waitUntil(lambda: window.status.state != "syncing", timeout=TIMEOUT)
    with qtbot.waitSignal(window.status.sync_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(window.status_view.sync_button, Qt.MouseButton.LeftButton)
    assert not isinstance(blocker.args[0], BaseException), blocker.args[0]
    assert getattr(blocker.args[0].outbox, "rejected", 0) == 0
    qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 0", timeout=TIMEOUT)


def open_screen(qtbot, window: Any, key: str, **params: Any) -> Any:
    window.navigate(key, **params)
    qtbot.waitUntil(lambda: window.current_key() == key, timeout=TIMEOUT)
    return window.screen_for(key)


def click_when_enabled(qtbot, button: Any) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_pp_ppk_pa_bendahara_through_the_main_window(qtbot, app, live):
    server = ServerView(live)
    pp = live.account("PP")
    opd = pp["opd_id"]

    # -- PP: catalog → order → checks → submit ----------------------------------------------------------------
    window = login(qtbot, app, pp)
    catalog = window.screen_for("catalog")
    model = catalog.controller.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=TIMEOUT)
    catalog.view.table.selectRow(0)
    qtbot.waitUntil(lambda: catalog.controller.current is not None, timeout=TIMEOUT)
    catalog.controller.add_to_order()
    qtbot.waitUntil(lambda: window.current_key() == "order_editor", timeout=TIMEOUT)
    editor = window.screen_for("order_editor")
    v = editor.view
    qtbot.waitUntil(lambda: editor.order is not None and len(editor.order.lines) == 1, timeout=TIMEOUT)
    order_id = editor.order.id
    # the queued draft is counted at once, not at the next timer tick
    qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 1", timeout=TIMEOUT)
    # budget pickers are filled from the reference data seeded at login (a fresh PC has no master lists)
    qtbot.waitUntil(lambda: v.sub_kegiatan.count() > 0 and v.kode_rekening.count() > 0, timeout=TIMEOUT)
    v.kode_rup.setText("51234567")
    v.kode_rup.editingFinished.emit()
    for combo in (v.sub_kegiatan, v.kode_rekening):
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
    v.delivery_address.setText("Jl. Pemuda No. 134, Semarang")
    v.delivery_address.editingFinished.emit()
    deliver = dt.date.today() + dt.timedelta(days=14)
    v.delivery_date.edit.setText(f"{deliver:%d/%m/%Y}")
    v.delivery_date.commit_text()
    qtbot.waitUntil(lambda: bool(editor.order.kode_rup and editor.order.sub_kegiatan and editor.order.kode_rekening
                                 and editor.order.delivery_address), timeout=TIMEOUT)
    v.recheck_button.click()
    click_when_enabled(qtbot, v.submit_button)
    qtbot.waitUntil(lambda: editor.order.state is OrderState.DIAJUKAN, timeout=TIMEOUT)
    sync(qtbot, window)
    assert server.order(order_id)["state"] == "DIAJUKAN"

    # -- PPK: approve (SP numbered from the device block) -----------------------------------------------------
    window = login(qtbot, app, live.account("PPK", opd_id=opd))
    inbox = open_screen(qtbot, window, "ppk_inbox")
    click_when_enabled(qtbot, inbox.view.approve_button)
    qtbot.waitUntil(lambda: inbox.view.inbox_model.rowCount() == 0, timeout=TIMEOUT)
    sync(qtbot, window)
    approved = server.order(order_id)
    assert approved["state"] == "DISETUJUI" and approved["number"]

    # -- PP: the marketplace steps ----------------------------------------------------------------------------
    window = login(qtbot, app, pp)
    orders = open_screen(qtbot, window, "orders", order_id=order_id)
    qtbot.waitUntil(lambda: orders.selected() is not None and orders.selected().id == order_id, timeout=TIMEOUT)
    for button, state in ((orders.view.sent_button, OrderState.DIKIRIM_KE_PENYEDIA),
                          (orders.view.confirmed_button, OrderState.DIKONFIRMASI_PENYEDIA),
                          (orders.view.shipped_button, OrderState.DALAM_PENGIRIMAN)):
        click_when_enabled(qtbot, button)
        qtbot.waitUntil(lambda s=state: orders.selected() is not None and orders.selected().state is s,
                        timeout=TIMEOUT)
    sync(qtbot, window)

    # -- PPK: receipt and BAST --------------------------------------------------------------------------------
    window = login(qtbot, app, live.account("PPK", opd_id=opd))
    inbox = open_screen(qtbot, window, "ppk_inbox")
    inbox.view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(inbox.view.receive_button.isEnabled, timeout=TIMEOUT)
    QTimer.singleShot(0, lambda: inbox.last_dialog.accept())
    inbox.receive()
    qtbot.waitUntil(inbox.view.bast_button.isEnabled, timeout=TIMEOUT)
    QTimer.singleShot(0, lambda: inbox.last_dialog.accept())
    inbox.sign_bast()
    qtbot.waitUntil(inbox.view.print_bast_button.isEnabled, timeout=TIMEOUT)
    sync(qtbot, window)
    assert server.order(order_id)["state"] == "BAST"

    # -- Bendahara: tax breakdown, payment request ------------------------------------------------------------
    window = login(qtbot, app, live.account("BENDAHARA", opd_id=opd))
    desk = open_screen(qtbot, window, "bendahara", order_id=order_id)
    qtbot.waitUntil(lambda: desk.taxes is not None, timeout=TIMEOUT)
    assert desk.view.figures["net"][1].text().startswith("Rp")
    assert "Dasar hukum" in desk.view.explanations.toPlainText()
    click_when_enabled(qtbot, desk.view.request_button)
    qtbot.waitUntil(lambda: "PA/KPA" in desk.view.status.text(), timeout=TIMEOUT)
    sync(qtbot, window)

    # -- PA/KPA: consent to pay -------------------------------------------------------------------------------
    window = login(qtbot, app, live.account("PA_KPA", opd_id=opd))
    consent = open_screen(qtbot, window, "ppk_inbox")
    assert consent.view.tabs.currentIndex() == 2
    click_when_enabled(qtbot, consent.view.authorize_button)
    qtbot.waitUntil(lambda: consent.view.consent_model.rowCount() == 0, timeout=TIMEOUT)
    sync(qtbot, window)

    # -- Bendahara: record payment, print the kuitansi, close the order ---------------------------------------
    window = login(qtbot, app, live.account("BENDAHARA", opd_id=opd))
    desk = open_screen(qtbot, window, "bendahara", order_id=order_id)
    qtbot.waitUntil(desk.view.pay_button.isEnabled, timeout=TIMEOUT)

    def pay() -> None:
        dialog = desk.last_dialog
        dialog.method.setCurrentIndex(dialog.method.findData("TRANSFER"))
        qtbot.keyClicks(dialog.bku, "0458")
        dialog.accept()

    QTimer.singleShot(0, pay)
    desk.record_payment()
    qtbot.waitUntil(lambda: "BKU 0458" in desk.view.status.text(), timeout=TIMEOUT)
    click_when_enabled(qtbot, desk.view.kuitansi_button)
    qtbot.waitUntil(lambda: desk.property("last_preview") is not None, timeout=TIMEOUT)
    kuitansi = desk.property("last_preview")
    qtbot.addWidget(kuitansi)
    assert kuitansi.rendered.kind == "kuitansi"
    click_when_enabled(qtbot, desk.view.complete_button)
    qtbot.waitUntil(lambda: desk.view.model.row_of(order_id) < 0, timeout=TIMEOUT)
    sync(qtbot, window)
    final = server.order(order_id)
    assert final["state"] == "SELESAI"
