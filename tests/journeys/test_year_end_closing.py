"""(h) Tutup buku at the Biro Umum (#17). In December the Pejabat Pengadaan orders two things; the PPK approves
both, the first is delivered and inspected but has no BAST yet, the second is never sent to the seller. The
Bendahara opens the closing assistant: the delivered order can only be carried over to 2027, the other is
cancelled with a reason; the unspent UP goes back to the Kas Daerah (STS), the year is closed and the closing set
printed, then synced. From then on the server refuses a command dated in 2026 — and the PC already refuses to
write one — while the carried-over order goes on with a BAST dated January 2027, numbered in 2027's sequence."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import requests
from PySide6.QtCore import QDate

from desktop.domain.year_closing import Decision
from desktop.services.workflow_base import WIB
from sync.protocol.states import OrderState
from tests.journeys.catalog import ITEMS
from tests.journeys.office import TIMEOUT
from tests.journeys.story import Journey, Purchase, pp_drafts_and_submits, ppk_approves_and_prints_sp
from tests.sync.kit import ServerView

OPD = "33.00-BIROUMUM"
YEAR = dt.datetime.now(WIB).year  # the fiscal year the journey runs in (closable from 1 December)
UP_RECEIVED = 50_000_000
CANCEL_REASON = "Rapat koordinasi dibatalkan; anggaran tidak dibawa ke tahun depan"
STS = "900/0099/BIROUMUM"
NEXT_BAST = f"027/BAST-BU/I/{YEAR + 1}"
pytestmark = pytest.mark.skipif(dt.datetime.now(WIB).month != 12,
                                reason="a fiscal year is closed from 1 December of that year (desktop.domain.year_closing)")


def _receive_only(office: Any, order_id: str) -> None:
    """Pemeriksaan (all ticks, full quantities); no BAST."""
    inbox = office.deliveries(order_id, "receive_button")
    office.later(lambda: inbox.last_dialog.accept())
    inbox.receive()
    model = inbox.view.deliveries_model
    office.bot.waitUntil(lambda: any(model.order(r).id == order_id and model.order(r).state is OrderState.DITERIMA
                                     for r in range(model.rowCount())), timeout=TIMEOUT)


def _act(live: Any, role: str, order: dict[str, Any], action: str, payload: dict[str, Any]) -> requests.Response:
    import uuid

    return requests.post(f"{live.url}/v1/orders/{order['id']}/transitions", timeout=30,
                         headers={**live.headers(role, OPD), "Idempotency-Key": str(uuid.uuid4())},
                         json={"action": action, "base_version": order["version"], "payload": payload})


@pytest.fixture(scope="module")
def closing(office_for: Any, live: Any) -> Journey:
    office = office_for(OPD)
    carried, cancelled = Purchase(ITEMS["a"], bku="0901"), Purchase(ITEMS["b"], bku="0902")
    j = Journey(office, [carried, cancelled])
    pp_drafts_and_submits(j)
    ppk_approves_and_prints_sp(j)
    office.marketplace_steps(carried.order_id)
    _receive_only(office, carried.order_id)
    office.sync()
    with office.core.store.unit_of_work() as uow:  # the SP2D UP, where the books read receipts (no screen yet)
        uow.settings.set("bku_receipts", [{"date": f"{YEAR}-01-06", "uraian": f"Penerimaan SP2D UP {YEAR}",
                                           "amount": UP_RECEIVED, "reference": "SP2D-UP-01", "number": "1"}])

    office.login("BENDAHARA")
    screen = office.screen("year_closing", year=YEAR)
    v = screen.view
    office.wait(lambda: screen.overview is not None and screen.overview.year == YEAR and v.model.rowCount() == 2,
                "the two open orders in the assistant")
    j.notes["before"] = screen.overview
    for p, decision, reason in ((carried, Decision.CARRY, "Barang diterima; BAST awal tahun depan"),
                                (cancelled, Decision.CANCEL, CANCEL_REASON)):
        v.table.selectRow(v.model.row_of(f"order:{p.order_id}"))
        office.wait(lambda p=p: screen.selected() is not None and screen.selected().order_id == p.order_id,
                    "the order selected")
        j.notes[f"cancel_enabled_{p.item.key}"] = v.cancel.isEnabled()
        j.notes[f"cancel_note_{p.item.key}"] = v.cancel_note.text()
        (v.cancel if decision is Decision.CANCEL else v.carry).setChecked(True)
        v.reason.setText(reason)
        office.click(v.save_decision)
        office.wait(lambda p=p, d=decision: screen.overview is not None and any(
            x.order_id == p.order_id and x.decision is d for x in screen.overview.items), "the decision kept")
    v.up_date.setDate(QDate(YEAR, 12, min(31, dt.datetime.now(WIB).day)))
    v.up_reference.setText(STS)
    v.up_bku.setText("0950")
    office.click(v.up_record)
    office.wait(lambda: screen.overview is not None and screen.overview.up_return is not None, "the UP return kept")
    j.notes["up_return"] = screen.overview.up_return
    office.click(v.close_button)
    office.wait(lambda: screen.overview is not None and screen.overview.locked, "the year closed")
    j.notes["locked_controls"] = {w.objectName() or w.text(): (w.isEnabled(), w.toolTip())
                                  for w in (v.save_decision, v.up_record, v.close_button)}
    j.notes["lock_text"] = v.lock.text()
    j.notes["set"] = office.print_with(screen, v.print_button, said=v.message)
    office.sync()  # the closing reaches the server (after everything queued before it)
    j.notes["closings"] = requests.get(f"{live.url}/v1/closings", headers=live.headers("BENDAHARA", OPD),
                                       timeout=30).json()["closings"]
    server = ServerView(live)
    j.notes["server_cancelled"] = server.order(cancelled.order_id)
    j.notes["server_carried"] = server.order(carried.order_id)

    # a command dated in the closed year: the PC refuses to write it, the server refuses it
    office.login("PPK")
    inbox = office.deliveries(carried.order_id, "bast_button")
    office.later(lambda: inbox.last_dialog.accept())
    inbox.sign_bast()
    office.wait(lambda: bool(inbox.view.message.text()), "the PC's refusal of a BAST dated in the closed year")
    j.notes["pc_refusal"] = inbox.view.message.text()
    order = j.notes["server_carried"]
    j.notes["server_refusal"] = _act(live, "PPK", order, "sign_bast",
                                     {"bast_date": dt.datetime.now(WIB).date().isoformat()})
    # the carried-over order goes on in the next year: a BAST dated in January. (The journey runs in December:
    # the PPK types the OPD's own BAST number, which the server keeps with its date; a number from the server's
    # counter or a device block is dated today. Numbering per year: tests/server/test_closed_years.py and
    # tests/services/test_year_closing.py.)
    j.notes["next_year"] = _act(live, "PPK", order, "sign_bast", {"bast_date": f"{YEAR + 1}-01-04",
                                                                  "bast_number": NEXT_BAST})
    office.sync()
    j.notes["pc_after"] = office.core.services.orders.get(carried.order_id)
    return j


def test_the_assistant_lists_what_is_open_and_offers_only_what_the_rules_allow(closing: Journey) -> None:
    carried, cancelled = closing.purchases
    before = closing.notes["before"]
    kinds = {x.order_id: x.kind.value for x in before.items}
    assert kinds == {carried.order_id: "no_bast", cancelled.order_id: "unpaid"}
    assert not closing.notes["cancel_enabled_a"] and "tidak dapat dibatalkan" in closing.notes["cancel_note_a"]
    assert closing.notes["cancel_enabled_b"]
    assert before.unspent_up == UP_RECEIVED == closing.notes["up_return"]["amount"]  # nothing paid this year


def test_the_closed_year_is_shown_locked(closing: Journey) -> None:
    assert "sudah ditutup" in closing.notes["lock_text"] and "dilihat dan dicetak" in closing.notes["lock_text"]
    for name, (enabled, tip) in closing.notes["locked_controls"].items():
        assert not enabled and "sudah ditutup" in tip, name


def test_the_closing_set_is_printed(closing: Journey) -> None:
    carried, cancelled = closing.purchases
    printed = closing.notes["set"]
    assert not printed.error and printed.official and printed.kind == "tutup_buku"
    text = printed.flat
    assert "BERKAS TUTUP BUKU" in text and f"Tahun Anggaran {YEAR}" in text and STS in text
    assert "Pesanan Dibatalkan pada Tutup Buku" in text and "koordinasi" in text  # the reason (wrapped in its cell)
    local = closing.office.core.services.orders
    assert local.get(carried.order_id).number in text and local.get(cancelled.order_id).number in text


def test_the_server_holds_the_closing_and_cancelled_the_order(closing: Journey) -> None:
    carried, cancelled = closing.purchases
    [held] = closing.notes["closings"]
    assert held["year"] == YEAR and held["carried"] == [carried.order_id]
    assert held["cancelled"] == [cancelled.order_id] and held["up_returned"] == UP_RECEIVED
    server = closing.notes["server_cancelled"]
    assert server["state"] == "DIBATALKAN" and CANCEL_REASON in server["reasons"][-1]["reason"]
    assert closing.notes["server_carried"]["state"] == "DITERIMA"


def test_a_command_dated_in_the_closed_year_is_refused(closing: Journey) -> None:
    assert f"{YEAR} sudah ditutup" in closing.notes["pc_refusal"]
    r = closing.notes["server_refusal"]
    assert r.status_code == 409 and r.json()["code"] == "year_closed"
    assert f"Tahun anggaran {YEAR} sudah ditutup" in r.json()["detail"]


def test_the_carried_over_order_continues_next_year(closing: Journey) -> None:
    r = closing.notes["next_year"]
    assert r.status_code == 200, r.text
    bast = r.json()["bast"]
    assert bast["date"] == f"{YEAR + 1}-01-04" and bast["number"] == NEXT_BAST
    after = closing.notes["pc_after"]
    assert after.state is OrderState.BAST and after.bast["number"] == bast["number"]
