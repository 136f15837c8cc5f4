"""#17 tutup buku through the real server, moved across New Year on a shifted clock.

28 December 2026: two orders are approved; the goods of the first arrive and are inspected (no BAST yet). The PP's
second PC, offline, records the second order as sent to the seller — dated the 28th — and keeps it queued.
30 December: the Bendahara closes 2026, carrying both orders over; the closing reaches the server, which from then
on refuses the late PC's step dated in 2026 (409 year_closed, in Indonesian, a conflict the PP reads).
5 January 2027: the carried-over order goes on — its BAST is dated 2027 and numbered in 2027's own sequence
(the first number of the PC's new block), and the server accepts it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import requests

from desktop.domain.numbering import document_number
from desktop.domain.year_closing import Decision
from desktop.services.approvals import ReceiptInput
from desktop.services.device_identity import DEVICE_ID_KEY
from desktop.services.year_closing import YearClosingService
from sync.protocol.states import Action
from tests.e2e.desks import OPD, Desk, cheap_products
from tests.e2e.timeline import Timeline
from tests.server.live import LiveServer, start_server
from tests.server.shifted_clock import ShiftedClock
from tests.sync.kit import ServerView

WIB = dt.timezone(dt.timedelta(hours=7))


def wib(year: int, month: int, day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=WIB)


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Timeline]:
    folder = tmp_path_factory.mktemp("closing")
    shifted = ShiftedClock(folder / "server-clock")
    shifted.set(wib(2026, 12, 28))
    srv = start_server(folder, products=300, seed=19, clock_file=shifted.path,
                       env={"BLANGKON_SERVER_EXPIRE_INTERVAL": "0"})
    yield Timeline(srv, shifted)
    srv.stop()


def lease_2027_block(live: LiveServer, pc: Desk) -> None:
    """The PC's first BAST block of 2027, as sync.client.numbers.top_up asks for it in the server's year. (The
    test kit's sync engine counts years on the real clock, so in this shifted journey the block is asked here,
    with the same request and the PC's own device id.)"""
    with pc.client.store.unit_of_work(readonly=True) as uow:
        device = uow.sync_state.get_str(DEVICE_ID_KEY)
    r = requests.post(f"{live.url}/v1/numbers/blocks", headers=live.headers("PPK", OPD), timeout=30,
                      json={"opd_id": OPD, "year": 2027, "doc_type": "BAST", "size": 50, "device_id": device})
    assert r.status_code == 201, r.text
    block = r.json()
    assert block["start"] == 1  # numbering restarts in the new year
    with pc.client.store.unit_of_work() as uow:
        uow.numbers.add_block(OPD, 2027, "BAST", block["start"], block["end"])


def test_a_closed_year_refuses_late_steps_and_the_carried_order_goes_on(timeline: Timeline, tmp_path) -> None:
    live = timeline.live
    pc = Desk(live, tmp_path / "office-pc", clock=timeline.pc_clock())
    late = Desk(live, tmp_path / "pp-laptop", clock=timeline.pc_clock())
    try:
        for key, role in (("pp", "PP"), ("ppk", "PPK"), ("bendahara", "BENDAHARA")):
            pc.login(key, live.account(role, OPD))
        late.login("pp", live.account("PP", OPD))
        pc.sync("pp")  # the catalog
        product = cheap_products(pc)[0]
        pc.as_("pp")
        carried, other = pc.draft_ready(product.id), pc.draft_ready(product.id)
        for order in (carried, other):
            pc.orders.submit(order.id)
        pc.sync("pp")
        pc.as_("ppk")
        for order in (carried, other):
            pc.approvals.approve(order.id)
        pc.sync("ppk")
        pc.as_("pp")
        for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
            pc.orders.advance_delivery(carried.id, action)
        pc.sync("pp")
        pc.as_("ppk")
        pc.approvals.record_receipt(carried.id, ReceiptInput(dt.date(2026, 12, 28), True, True, True, {}))
        pc.sync("ppk")

        late.sync("pp")  # the laptop has the approved order, then goes offline
        late.orders.advance_delivery(other.id, Action.SEND_TO_SELLER)  # recorded on the 28th, still queued

        timeline.move_to(wib(2026, 12, 30))
        pc.as_("bendahara")
        closing = YearClosingService(pc.client.store, pc.session, documents=pc.documents)
        view = closing.overview(2026)
        assert {x.order_id for x in view.items} == {carried.id, other.id}
        for item in view.items:
            closing.decide(2026, item.key, Decision.CARRY, "Dilanjutkan dengan anggaran 2027")
        assert closing.close(2026, dt.date(2026, 12, 30)).locked
        assert pc.sync("bendahara").outbox.rejected == 0
        listed = requests.get(f"{live.url}/v1/closings", headers=live.headers("BENDAHARA", OPD), timeout=30)
        assert [(c["year"], sorted(c["carried"])) for c in listed.json()["closings"]] == \
            [(2026, sorted([carried.id, other.id]))]

        # the laptop's step dated 28 December arrives after the closing: refused, and the PP reads why
        report = late.sync("pp")
        assert report.outbox.rejected == 1
        (conflict,) = late.conflicts.open_conflicts(other.id)
        assert conflict.code == "year_closed" and conflict.heading == "Tahun anggaran sudah ditutup (tutup buku)"
        assert "Tahun anggaran 2026 sudah ditutup" in conflict.detail
        assert ServerView(live).order(other.id)["state"] == "DISETUJUI"
        # …and from this sync on the laptop locks 2026 too (it was closed on the office PC)
        assert report.closed_years == 1
        with late.client.store.unit_of_work(readonly=True) as uow:
            assert uow.closings.closed_years(OPD) == {2026}
        late_view = YearClosingService(late.client.store, late.session, documents=late.documents).overview(2026)
        assert late_view.locked and late_view.closed is not None and late_view.closed["on"] == "2026-12-30"

        # New Year: the carried-over order goes on with 2027's date and 2027's numbers
        timeline.move_to(wib(2027, 1, 5))
        pc.sync("ppk")
        lease_2027_block(live, pc)
        pc.as_("ppk")
        signed = pc.approvals.sign_bast(carried.id, dt.date(2027, 1, 5))
        expected = document_number(OPD, "BAST", 1, dt.date(2027, 1, 5))
        assert signed.bast is not None and signed.bast["number"] == expected
        assert pc.sync("ppk").outbox.rejected == 0
        server = ServerView(live).order(carried.id)
        assert server["state"] == "BAST" and server["bast"]["number"] == expected
        assert server["bast"]["date"] == "2027-01-05"
    finally:
        pc.close()
        late.close()
