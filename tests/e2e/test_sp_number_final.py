"""#12.1: the SP number printed on an official document never changes — approved offline from the PC's leased
block, printed, then synced: the server keeps that exact number, and every copy and reprint shows it."""

from __future__ import annotations

import pytest

from desktop.services.order_view import SyncStatus
from tests.e2e.desks import OPD, cheap_products, pdf_text
from tests.server.live import start_server
from tests.sync.kit import ServerView


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=12)
    yield srv
    srv.stop()


def test_offline_sp_number_is_the_servers_and_every_reprints(live, make_desk):
    view = ServerView(live)
    pc = make_desk("pc1")
    pc.login("pp", live.account("PP", OPD))
    pc.login("ppk", live.account("PPK", OPD))
    pc.sync("pp")
    pc.sync("ppk")  # catalog and this PC's number blocks
    pc.as_("pp")
    (product,) = cheap_products(pc)
    draft = pc.draft_ready(product.id)
    pc.orders.submit(draft.id)
    pc.sync("pp")
    pc.as_("ppk")
    approved = pc.approvals.approve(draft.id)  # offline: the number comes from the leased block
    printed = pc.documents.render(draft.id, "sp")
    assert printed.official and approved.number in pdf_text(printed.pdf)
    pc.documents.record_output(printed, "print")
    report = pc.sync("ppk")
    assert report.outbox.rejected == 0, report.outbox.conflicts
    server = view.order(draft.id)
    local = pc.orders.get(draft.id)
    assert server["number"] == approved.number == local.number  # not renumbered at sync
    assert server["approval"]["sp_number"] == approved.number and local.sync_status is SyncStatus.SENT
    reprint = pc.documents.render(draft.id, "sp")
    text = pdf_text(reprint.pdf)
    assert reprint.reprint and "SALINAN" in text and approved.number in text
    assert [e for e in pc.orders.timeline(draft.id) if e.action == "approve"]
