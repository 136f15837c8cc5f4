"""Screenshots of the order workflow screens with realistic demo data, grabbed offscreen into docs/screenshots/.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.workflow.make_screenshots`
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.resources import resource_path
from desktop.services.order_view import PaymentInput, ReceiptInput
from desktop.services.sync_service import StoreOutbox
from desktop.ui.bendahara import BendaharaDeskScreen
from desktop.ui.bendahara.dialogs import PaymentDialog
from desktop.ui.documents_preview.dialogs import DocumentPreviewDialog
from desktop.ui.history import OrderHistoryScreen
from desktop.ui.i18n import I18n
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.order_editor.product_dialog import ProductPickerDialog
from desktop.ui.orders import OrdersScreen
from desktop.ui.ppk_inbox import PpkInboxScreen
from desktop.ui.ppk_inbox.dialogs import ReceiptDialog
from desktop.ui.tasks import SyncTaskRunner
from desktop.ui.widgets.stakes import stakes_text
from sync.protocol.states import Action
from tests.services.test_conflicts import price_problem
from tests.services.workflow_world import NOW, make_world
from tests.ui.workflow.conftest import make_ctx

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
SIZE = (1366, 768)


def grab(widget: QWidget, name: str, size: tuple[int, int] = SIZE, fit_height: bool = False) -> None:
    widget.resize(size[0], widget.sizeHint().height() if fit_height else size[1])
    widget.show()
    QTest.qWait(300 if isinstance(widget, DocumentPreviewDialog) else 20)  # QPdfView renders pages in a thread
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def stakes_box(title: str, text: str) -> QMessageBox:
    """The confirmation confirm_stakes asks through QMessageBox.question, built as a widget to be grabbed."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def wire_copy(world, order_id: str, version: int) -> dict:
    """What the server would answer: the same content as the local copy, with its version and times."""
    with world.store.unit_of_work(readonly=True) as uow:
        o = uow.orders.require(order_id)
    return {"id": o.id, "opd_id": o.opd_id, "version": version, "state": o.state, "number": o.number,
            "created_by": o.created_by, "provider_id": o.provider_id, "marketplace": o.marketplace,
            "kode_rup": o.kode_rup, "sub_kegiatan": o.sub_kegiatan, "kode_rekening": o.kode_rekening,
            "delivery_address": o.delivery_address, "delivery_date": o.delivery_date, "shipping": o.shipping,
            "notes": o.notes, "lines": [{"id": ln.id, "product_id": ln.product_id,
                                         "product_version": ln.product_version, "name": ln.name, "unit": ln.unit,
                                         "qty": ln.qty, "unit_price": ln.unit_price_quoted} for ln in o.lines],
            "total": o.total, "approval": o.approval, "receipt": o.receipt, "bast": o.bast, "payment": o.payment,
            "reasons": list(o.reasons), "created_at": o.created_at, "updated_at": "2026-11-23T03:10:00Z"}


def send_order(world, order_id: str, reject_at: str = "", problem: dict | None = None) -> None:
    """Play the sync engine for one order only: its commands succeed (the server copy is stored) until
    `reject_at` is refused."""
    outbox = StoreOutbox(world.store)
    version = 0
    while ready := [c for c in outbox.sendable() if c.order_id == order_id]:
        for cmd in ready:
            outbox.mark_attempt(cmd.cmd_id)
            what = json.loads(cmd.body).get("action", cmd.method)
            if what == reject_at and problem is not None:
                outbox.mark_rejected(cmd.cmd_id, problem["status"], problem)
                return
            version += 1
            outbox.mark_done(cmd.cmd_id, 200, {}, wire_copy(world, order_id, version))
    server_events(world, order_id)


def server_events(world, order_id: str) -> None:
    """The server's event log for the sent steps (legal time a few seconds after the device recorded them)."""
    with world.store.unit_of_work() as uow:
        steps = [a for a in uow.audit.for_order(order_id) if "to" in a.details or a.action == "create_draft"]
        uow.orders.save_events([
            {"order_id": order_id, "seq": i + 1, "version": i + 1, "action": a.action,
             "from_state": a.details.get("from"), "to_state": a.details.get("to", "DRAFT"),
             "actor": a.actor_user_id, "role": a.details.get("role", "PP"),
             "at": f"2026-11-23T03:{i + 1:02d}:{7 * i % 60:02d}Z", "payload": {}}
            for i, a in enumerate(steps)])


def demo(world) -> dict[str, str]:
    """Orders in every interesting state, as an OPD would have them on a Monday morning."""
    ids: dict[str, str] = {}
    sub = world.draft(3001, 60)
    world.orders.update_fields(sub.id, sub_kegiatan="2.18.01.2.06.0009", kode_rekening="5.1.02.01.01.0052")
    world.orders.submit(sub.id)
    ids["submitted"] = sub.id
    batik = world.draft(2001, 12)
    world.session._clock = lambda: dt.datetime(2026, 11, 18, 2, 0, tzinfo=dt.UTC)  # Wednesday
    world.orders.submit(batik.id)
    world.session._clock = lambda: NOW
    ids["batik"] = batik.id
    big = world.draft(1001, 200)
    world.orders.submit(big.id)
    world.login("ppk")
    world.approvals.approve(big.id)
    world.login("pp")
    for a in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        world.orders.advance_delivery(big.id, a)
    world.login("ppk")
    world.approvals.record_receipt(big.id, ReceiptInput(NOW.date(), True, True, True, {}))
    world.approvals.sign_bast(big.id, NOW.date(), "027/BAST/DINKOP/XI/2026")
    world.login("bendahara")
    world.payments.request_payment(big.id)
    world.login("pa")
    world.payments.authorize(big.id)
    ids["to_pay"] = big.id
    for order_id in (big.id, sub.id):
        send_order(world, order_id)
    # an order the server refused because the price changed meanwhile
    world.login("pp")
    stale = world.draft(1003, 30)
    world.orders.submit(stale.id)
    world.set_product(1003, price=36_000)
    send_order(world, stale.id, "submit", price_problem(stale, 36_000))
    ids["conflict"] = stale.id
    # an order the PPK approved offline while another PPK rejected it on the server
    race = world.draft(1002, 6)
    world.session._clock = lambda: dt.datetime(2026, 11, 16, 2, 0, tzinfo=dt.UTC)  # Monday a week ago
    world.orders.submit(race.id)
    world.session._clock = lambda: NOW
    ids["race"] = race.id
    o = world.draft(1001, 20)
    o = world.orders.add_line(o.id, 1002, 4)
    o = world.orders.add_line(o.id, 1003, 10)
    world.orders.update_fields(o.id, shipping=25_000, notes="Kirim ke Subbag Umum, lantai 2")
    ids["draft"] = o.id
    return ids


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    OUT.mkdir(parents=True, exist_ok=True)
    i18n = I18n(app, resource_path("translations"), Path(tempfile.mkdtemp()))
    i18n.set_language("id")  # Qt's own buttons read Ya/Tidak, as in the app
    world = make_world(Path(tempfile.mkdtemp()))
    ids = demo(world)
    ctx = make_ctx(world, SyncTaskRunner())

    world.login("pp")
    orders = OrdersScreen(ctx)
    orders.activate(order_id=ids["conflict"])
    grab(orders, "order_list.png")

    editor = OrderEditorScreen(ctx)
    editor.activate(order_id=ids["draft"])
    grab(editor, "order_editor.png")

    picker = ProductPickerDialog(lambda text, done: done(world.orders.find_products(text, provider_id=101)))
    picker.query.setText("")
    picker._run_search()
    grab(picker, "order_product_picker.png", (640, 420))

    # the conflict dialogs: tests/ui/workflow/make_conflict_screenshots.py (docs/screenshots/conflict_*.png)

    world.login("ppk")
    inbox = PpkInboxScreen(ctx)
    inbox.activate()
    grab(inbox, "ppk_inbox.png")

    receipt = ReceiptDialog(world.orders.get(ids["to_pay"]), NOW.date())
    grab(receipt, "ppk_receipt_dialog.png", (620, 420), fit_height=True)

    # the PA/KPA's consent, with what is at stake (#13.12): an order waiting for "Setuju dibayar"
    consent = world.draft(1002, 40)
    world.orders.submit(consent.id)
    world.login("ppk")
    world.approvals.approve(consent.id)
    world.login("pp")
    for a in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        world.orders.advance_delivery(consent.id, a)
    world.login("ppk")
    world.approvals.record_receipt(consent.id, ReceiptInput(NOW.date(), True, True, True, {}))
    world.approvals.sign_bast(consent.id, NOW.date(), "028/BAST/DINKOP/XI/2026")
    world.login("bendahara")
    world.payments.request_payment(consent.id)
    world.login("pa")
    kpa = PpkInboxScreen(ctx)
    kpa.activate()
    grab(kpa, "pa_kpa_consent.png")
    view = world.orders.get(consent.id)
    grab(stakes_box(kpa.tr("Setuju dibayar"), stakes_text(
        kpa.tr("Setujui pembayaran %1?").replace("%1", view.title), world.payments.stakes(consent.id),
        kpa.tr("Setelah Anda setuju, Bendahara Pengeluaran dapat membayar sejumlah di atas. Persetujuan tersimpan "
               "di PC ini dan dikirim saat sinkronisasi."))), "pa_kpa_consent_confirm.png", (620, 400), fit_height=True)

    world.login("bendahara")
    desk = BendaharaDeskScreen(ctx)
    desk.activate(order_id=ids["to_pay"])
    grab(desk, "bendahara_desk.png")
    taxes = world.payments.taxes(ids["to_pay"])
    dialog = PaymentDialog(world.orders.get(ids["to_pay"]), taxes, NOW.date())
    dialog.method.setCurrentIndex(dialog.method.findData("UP_TUNAI"))  # #13.15: cash is not "ditransfer"
    grab(dialog, "bendahara_payment_dialog.png", (560, 260), fit_height=True)
    world.payments.record_payment(ids["to_pay"], PaymentInput("UP_TUNAI", NOW.date(), "0457"))
    desk.activate(order_id=ids["to_pay"])
    grab(desk, "bendahara_desk_paid.png")
    paid = world.orders.get(ids["to_pay"])
    grab(stakes_box(desk.tr("Tandai selesai"), stakes_text(
        desk.tr("Tandai %1 selesai?").replace("%1", paid.title), world.payments.stakes(ids["to_pay"]),
        desk.tr("Pesanan yang selesai ditutup dan tidak dapat diubah lagi. Pastikan kuitansi sudah dicetak dan "
                "berkasnya lengkap."))), "bendahara_complete_confirm.png", (620, 400), fit_height=True)

    world.login("ppk")
    history = OrderHistoryScreen(ctx)
    history.activate(order_id=ids["to_pay"])
    grab(history, "history_timeline.png")

    rendered = world.documents.render(ids["to_pay"], "sp")
    preview = DocumentPreviewDialog(rendered, lambda how: None)
    grab(preview, "order_sp_preview.png", (820, 900))

    # #21.4: the seller's price moved; the draft is re-checked on opening, "Terima harga baru" re-quotes it
    world.login("pp")
    line = world.orders.get(ids["draft"]).lines[0]
    world.set_product(line.product_id, price=line.unit_price + 2_500, version=5)
    editor = OrderEditorScreen(ctx)
    editor.activate(order_id=ids["draft"])
    editor.view.table.selectRow(0)
    grab(editor, "order_editor_price_changed.png", (1366, 768))
    QTimer.singleShot(0, app.quit)
    world.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
