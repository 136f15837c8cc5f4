"""#21.3 and #21.2 with two PCs and two PPKs, both offline: one approves (SP printed as official), the other
rejects. After sync the loser is told who rejected, why, and which SP to withdraw; the SP is void here, in the
server's register and on every reprint; what no longer applies is disabled."""

from __future__ import annotations

import pytest

from desktop.services.order_view import SyncStatus, WorkflowError
from sync.protocol.states import STATE_LABELS, Action, OrderState
from tests.e2e.desks import OPD, add_officer, cheap_products, pdf_text, server_voids
from tests.server.live import start_server
from tests.sync.kit import ServerView

REASON = "Spesifikasi tidak sesuai RAB; pilih tinta original"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=33)
    yield srv
    srv.stop()


def test_the_ppk_who_lost_the_race_is_told_and_his_sp_is_void_everywhere(live, make_desk):
    view = ServerView(live)
    second_ppk = add_officer(live, "dewi.ppk2", "PPK", "Dewi Anggraini, S.E.")
    pc1, pc2 = make_desk("pc1"), make_desk("pc2")
    pc1.login("pp", live.account("PP", OPD))
    pc1.login("ppk", live.account("PPK", OPD))
    pc2.login("ppk2", second_ppk)
    for desk, who in ((pc1, "pp"), (pc1, "ppk"), (pc2, "ppk2")):
        desk.sync(who)  # catalog and number blocks while online
    pc1.as_("pp")
    (product,) = cheap_products(pc1)
    draft = pc1.draft_ready(product.id, 4)
    pc1.orders.submit(draft.id)
    pc1.sync("pp")
    pc2.sync("ppk2")  # both PPKs hold the submitted order; then both work offline
    pc1.as_("ppk")
    approved = pc1.approvals.approve(draft.id)
    sp = pc1.documents.render(draft.id, "sp")
    assert sp.official and approved.number in pdf_text(sp.pdf)
    pc1.documents.record_output(sp, "print")
    pc2.as_("ppk2")
    pc2.approvals.reject(draft.id, REASON)
    assert pc2.sync("ppk2").outbox.rejected == 0
    report = pc1.sync("ppk")  # the approval arrives second
    assert report.outbox.rejected == 1

    (conflict,) = pc1.conflicts.open_conflicts(draft.id)
    act = conflict.server_act
    assert conflict.heading == "Pesanan sudah ditolak oleh PPK lain"
    assert (act.action, act.by_name, act.reason) == ("reject", "Dewi Anggraini, S.E.", REASON) and act.at
    assert conflict.voided == (approved.number,)  # the SP to withdraw from the supplier
    local = pc1.orders.get(draft.id)
    assert local.server_state is OrderState.DITOLAK and local.command and local.command.refused
    assert local.state_column == (STATE_LABELS[OrderState.DITOLAK], "persetujuan (SP) ditolak server")
    assert Action.SEND_TO_SELLER not in pc1.orders.allowed_actions(draft.id)
    with pytest.raises(WorkflowError):
        pc1.orders.advance_delivery(draft.id, Action.SEND_TO_SELLER)
    reprint = pdf_text(pc1.documents.render(draft.id, "sp").pdf)
    assert "BATAL" in reprint and approved.number in reprint
    assert any(e.action == "number_void" and approved.number in e.note for e in pc1.orders.timeline(draft.id))

    # the void reached the server's register (#21.2), and resolving leaves the server's word here
    year, seq = int(approved.number[-4:]), int(approved.number.split("/")[1])
    assert (OPD, year, "SP", seq) in server_voids(live)
    pc1.conflicts.take_server_copy(conflict.id)
    resolved = pc1.orders.get(draft.id)
    assert resolved.state is OrderState.DITOLAK and resolved.number is None
    assert resolved.sync_status is SyncStatus.SENT and pc1.conflicts.open_conflicts() == []
    assert "BATAL" in pdf_text(pc1.documents.render(draft.id, "sp").pdf)
    pc1.as_("pp")
    assert pc1.orders.get(draft.id).reasons[-1]["reason"] == REASON  # the PP reads why (#21.6)
    server = view.order(draft.id)
    assert (server["state"], server["number"]) == ("DITOLAK", None)
