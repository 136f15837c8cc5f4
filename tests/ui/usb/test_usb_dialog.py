"""The USB dialog (#18) through the real services and the real server: export on the field PC, "Unggah berkas
USB" on a connected PC, the receipt back on the field PC — and a refusal shown in words, never a crash.

With BLANGKON_USB_SCREENSHOTS=DIR the dialog is also saved at 1366×768 over the main window (docs/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap

from desktop.services.session import CurrentUser, SessionState
from desktop.services.usb_transfer import UsbTransfer
from desktop.store.records import CommandStatus, SyncStatus
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from desktop.ui.usb.dialogs import EXPORT, RECEIPT, RELAY, UsbDialog
from sync.protocol.states import Role
from tests.server.live import start_server
from tests.sync.kit import Client, ServerView, install_keyring, same_provider_products
from tests.ui.partial_services import partial_services

OPD = "33.00-DINKES"
SHOTS = os.environ.get("BLANGKON_USB_SCREENSHOTS")


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=800, seed=7)
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def ring():
    found, previous = install_keyring()
    yield found
    keyring.set_keyring(previous)


def _dialog(qtbot, pc: Client, account: dict, role: Role, focus: str) -> UsbDialog:
    uid = pc.users[account["username"]]
    session = SessionState()
    session.set_user(CurrentUser(id=uid, username=account["username"], full_name=account["username"], role=role,
                                 opd_id=OPD, opd_name="Dinas Kesehatan"))
    usb = UsbTransfer(pc.store, pc.service.identity, pc.folder / "data",
                      sender=lambda user_id: (lambda *a, **kw: pc.service.auth.send(user_id, *a, **kw)))
    ctx = UiContext(services=partial_services(usb=usb), tasks=SyncTaskRunner(), session=session,
                    navigate=lambda key, **p: None)
    dialog = UsbDialog(ctx, None, focus)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shot(dialog: UsbDialog, name: str) -> None:
    """The dialog as the officer sees it: centred on a 1366×768 main window."""
    if not SHOTS:
        return
    canvas = QPixmap(1366, 768)
    canvas.fill(dialog.palette().window().color().darker(115))
    image = dialog.grab()
    painter = QPainter(canvas)
    painter.drawPixmap(QPoint((1366 - image.width()) // 2, (768 - image.height()) // 2), image)
    painter.end()
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    canvas.save(str(Path(SHOTS) / name))


def test_out_through_and_back_in_the_dialog(qtbot, live, tmp_path):
    pp, ppk = live.account("PP", OPD), live.account("PPK", OPD)
    field = Client(live.url, tmp_path / "field")
    office = Client(live.url, tmp_path / "office")
    try:
        field.login(pp)
        assert field.sync(pp["username"]).status == "ok"
        products = [p for p in ServerView(live).products() if p["status"] == "active"]
        oid = field.new_draft(pp["username"], same_provider_products(products, 2, skip=3), OPD)
        field.act(pp["username"], oid, "submit", 1)
        stick = tmp_path / "stick"
        stick.mkdir()

        out = _dialog(qtbot, field, pp, Role.PP, EXPORT)
        qtbot.waitUntil(lambda: "2 perintah untuk 1 pesanan" in out.status_labels[EXPORT].text())
        assert out.buttons[EXPORT].isEnabled()
        out.run(EXPORT, stick)
        qtbot.waitUntil(lambda: "Ekspor nomor 1" in out.outcome_label.text())
        _shot(out, "usb_ekspor.png")
        exported = next(stick.glob("*.blkusb"))

        office.login(ppk)
        relay = _dialog(qtbot, office, ppk, Role.PPK, RELAY)
        relay.run(RELAY, exported)
        qtbot.waitUntil(lambda: "2 perintah diterima server" in relay.outcome_label.text())
        _shot(relay, "usb_unggah.png")
        receipt = next(stick.glob("*.blkterima"))

        back = _dialog(qtbot, field, pp, Role.PP, RECEIPT)
        back.run(RECEIPT, receipt)
        qtbot.waitUntil(lambda: "Tanda terima ekspor nomor 1" in back.outcome_label.text())
        _shot(back, "usb_tanda_terima.png")
        assert [c.status for c in field.commands(oid)] == [CommandStatus.DONE] * 2
        assert field.order(oid).sync_status == SyncStatus.SENT

        back.run(RECEIPT, receipt)  # the same receipt again: refused in words, nothing changes
        qtbot.waitUntil(lambda: back.outcome_label.text().startswith("Ditolak"))
        assert "sudah diimpor" in back.outcome_label.text()
        cut = tmp_path / "cut.blkterima"
        cut.write_bytes(receipt.read_bytes()[:-50])
        back.run(RECEIPT, cut)
        qtbot.waitUntil(lambda: "tidak utuh" in back.outcome_label.text())
        _shot(back, "usb_ditolak.png")
    finally:
        field.close()
        office.close()



def test_the_dialog_and_its_refusals_in_english(qtbot, live, tmp_path):
    """The officer's language: every text of the dialog and the coded refusal come out in English."""
    from PySide6.QtWidgets import QApplication

    from desktop.app.paths import resource_path
    from desktop.ui.i18n import I18n

    pp = live.account("PP", OPD)
    field = Client(live.url, tmp_path / "field-en")
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    try:
        assert i18n.set_language("en")
        field.login(pp)
        assert field.sync(pp["username"]).status == "ok"
        products = [p for p in ServerView(live).products() if p["status"] == "active"]
        field.new_draft(pp["username"], same_provider_products(products, 2, skip=5), OPD)
        stick = tmp_path / "stick-en"
        stick.mkdir()
        dialog = _dialog(qtbot, field, pp, Role.PP, EXPORT)
        qtbot.waitUntil(lambda: "1 command(s) for 1 order(s) not yet received" in dialog.status_labels[EXPORT].text())
        assert dialog.buttons[RELAY].text() == "&Upload USB file…"
        dialog.run(EXPORT, stick)
        qtbot.waitUntil(lambda: "Export number 1: 1 command(s)" in dialog.outcome_label.text())
        _shot(dialog, "usb_ekspor_en.png")
        cut = tmp_path / "cut.blkusb"
        cut.write_bytes(next(stick.glob("*.blkusb")).read_bytes()[:300])
        dialog.run(RECEIPT, cut)  # an export where a receipt belongs, and cut short: refused in English
        qtbot.waitUntil(lambda: dialog.outcome_label.text().startswith("Refused:"))
        assert "is incomplete" in dialog.outcome_label.text() or "is a " in dialog.outcome_label.text()
        _shot(dialog, "usb_ditolak_en.png")
    finally:
        i18n.set_language("id")
        field.close()
