"""#21 items 4, 6, 8 and 9, used as an officer uses them — the real main window, the real server on loopback:

(4) the seller changes a price on the server; the PP's sync flags the draft, the editor shows today's price,
    the pre-submission check blocks the submit until she presses "Terima harga baru";
(6) the PPK rejects with a reason; the PP reads who rejected, when and why above the order in the editor;
(9) the server goes away: the status bar says so at the next probe (not only when a sync fails), and counts
    the PP's change as waiting;
(8) the PP logs out with that change unsent: she is asked first and told it goes out under her own name;
    the next officer is told whose work waits.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.order_view import Severity
from sync.protocol.states import OrderState
from tests.journeys.catalog import ITEMS, Item
from tests.journeys.office import TIMEOUT, Office
from tests.sync.kit import ServerView
from tests.sync.server_side import change_products

OPD = "33.00-DPUBMCK"
REASON = "Kode rekening salah, gunakan 5.1.02.01.01.0025"


def demo_item(live: Any) -> tuple[Item, dict[str, Any]]:
    """A demo-catalog product no other journey buys (its price is changed here), with a unique name."""
    rows = [r for r in ServerView(live).products() if r.get("status", "active") == "active"]
    names = Counter(r["name"] for r in rows)
    taken = {i.product_id for i in ITEMS.values()}
    row = next(r for r in rows if names[r["name"]] == 1 and r["id"] not in taken and 1_000 <= r["price"] <= 500_000)
    item = Item(key="u", provider_id=row["provider_id"], seller="", legal_form="badan_usaha", pkp=False, npwp=None,
                nik="", suket_pp55=False, marketplace="", product_id=row["id"], product=row["name"],
                category=row.get("category", ""), unit=row["unit"], price=row["price"], qty=2)
    return item, row


def answer_unsent(office: Office, button: str, seen: list[str]) -> None:
    def click() -> None:
        box = office.window.property("last_unsent_dialog")
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(button)).click()

    office.later(click)


@pytest.fixture(scope="module")
def seen(office_for: Any, live: Any) -> dict[str, Any]:
    office: Office = office_for(OPD)
    bot, notes = office.bot, {}
    item, row = demo_item(live)
    office.login("PP")
    order_id = office.pp_orders(item)
    office.sync()

    # (4) the price moves on the server; the PP's sync flags the line; the editor says so and blocks
    change_products(live, [row], price=row["price"] + 1_500)
    office.sync()
    editor = office.screen("order_editor", order_id=order_id)
    office.wait(lambda: editor.order is not None and editor.order.id == order_id
                and editor.order.lines[0].flag == "price_changed", "the line flagged")
    v = editor.view
    office.wait(lambda: v.checks_model.items() and not v.submit_button.isEnabled(), "the check to block")
    notes["flag_text"] = v.lines_model.index(0, v.lines_model.columnCount() - 1).data()
    notes["blocking"] = [c.title for c in v.checks_model.items() if c.severity == Severity.BLOCKING]
    office.click(v.reprice_button)
    office.wait(lambda: editor.order.lines[0].flag is None, "the line re-quoted")
    notes["requoted_price"] = editor.order.lines[0].unit_price
    office.submit(order_id)
    office.sync()

    # (6) the PPK rejects with a reason; the PP reads it in the editor
    office.login("PPK")
    inbox = office.screen("ppk_inbox")
    iv = inbox.view
    office._select(iv.inbox_table, iv.inbox_model, order_id, lambda r: iv.inbox_model.item(r).order,
                   inbox.inbox_order, iv.reject_button.isEnabled)

    def reject() -> None:
        inbox.last_dialog.reason.setPlainText(REASON)
        inbox.last_dialog.accept()

    office.later(reject)
    office.click(iv.reject_button)
    office.wait(lambda: inbox.view.inbox_model.row_of(order_id) < 0, "the order to leave the inbox")
    office.sync()
    office.login("PP")
    editor = office.screen("order_editor", order_id=order_id)
    office.wait(lambda: editor.order is not None and editor.order.id == order_id
                and editor.order.state is OrderState.DITOLAK, "the rejected order in the editor")
    office.wait(lambda: editor.view.rejection.isVisibleTo(editor), "the rejection reason")
    notes["rejection"] = editor.view.rejection.text()

    # (9) the PP changes the order; the server goes away; the status bar says so at the next probe
    office.edit_qty(order_id, 3)
    status, strip = office.window.status, office.window.status_view
    live.stop()
    try:
        status.refresh()
        bot.waitUntil(lambda: strip.pending_label.text() == "Menunggu dikirim: 1", timeout=TIMEOUT)
        status.probe()
        bot.waitUntil(lambda: status.state == "offline", timeout=TIMEOUT)
        notes["connection"] = strip.connection_label.text()
        notes["pending"] = strip.pending_label.text()
        notes["refused_hidden"] = strip.refused_label.isHidden()

        # (8) logging out with that change unsent asks first, and says under whose name it goes
        asked: list[str] = []
        answer_unsent(office, "Batal", asked)
        office.window.logout_requested.emit()
        notes["still_in_after_cancel"] = office.core.session.current_user is not None
        answer_unsent(office, "Keluar", asked)
        office.window.logout_requested.emit()
        notes["asked"] = asked
    finally:
        live.restart()
    office.login("PPK")

    def notice() -> str:
        return " ".join(b.text() for b in office.window.findChildren(QMessageBox) if b.isVisible())

    office.wait(lambda: "belum terkirim" in notice(), "the notice about the PP's unsent change")
    notes["notice"] = notice()
    for box in office.window.findChildren(QMessageBox):
        box.close()
    office.login("PP")  # her change goes out under her own name
    office.sync()
    notes["server_qty"] = ServerView(live).order(order_id)["lines"][0]["qty"]
    notes["item"] = item
    return notes


def test_a_moved_price_shows_in_the_editor_and_blocks_submit(seen):
    assert "Harga kini" in seen["flag_text"], seen["flag_text"]
    assert seen["blocking"], "the pre-submission check said all is well"


def test_the_pp_accepts_the_new_price_in_the_editor(seen):
    assert seen["requoted_price"] == seen["item"].price + 1_500


def test_the_pp_reads_the_ppk_reason_in_the_editor(seen):
    assert REASON in seen["rejection"] and "Ditolak oleh" in seen["rejection"], seen["rejection"]


def test_the_status_bar_says_offline_at_the_next_probe_and_counts_what_waits(seen):
    assert seen["connection"].startswith("Server tidak terjangkau"), seen["connection"]
    assert seen["pending"] == "Menunggu dikirim: 1" and seen["refused_hidden"]


def test_logging_out_with_unsent_work_asks_and_says_whose_name(seen):
    assert seen["still_in_after_cancel"]
    assert len(seen["asked"]) == 2 and "1 perubahan Anda belum diterima server" in seen["asked"][0]
    assert "atas nama Anda" in seen["asked"][0]


def test_the_next_officer_is_told_and_the_change_goes_out_under_its_maker(seen):
    assert "atas nama mereka sendiri" in seen["notice"], seen["notice"]
    assert seen["server_qty"] == 3
