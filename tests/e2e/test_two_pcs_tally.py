"""Issue 21's closing tally, through the real server with two PCs and three officers: a price change and a
delisting resolved once, a race between two offline PPKs, an offline approval numbered from the PC's block, an
online approval. At the end every PC holds exactly the orders created, each with the server's state, version,
total and SP number, and the loser's SP is in the server's void register."""

from __future__ import annotations

import pytest

from sync.protocol.states import OrderState
from tests.e2e.desks import OPD, add_officer, cheap_products, server_voids
from tests.server.live import start_server
from tests.sync.kit import ServerView
from tests.sync.server_side import change_products


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=400, seed=43)
    yield srv
    srv.stop()


def _row(view, product_id):
    return next(r for r in view.products() if r["id"] == product_id)


def test_orders_created_equal_the_servers_equal_each_pcs(live, make_desk, capsys):
    view = ServerView(live)
    pp, ppk_a = live.account("PP", OPD), live.account("PPK", OPD)
    ppk_b = add_officer(live, "rudi.ppk2", "PPK", "Rudi Hartono, S.T.")
    pc1, pc2 = make_desk("pc1"), make_desk("pc2")
    pc1.login("pp", pp)
    pc1.login("ppk", ppk_a)
    pc2.login("pp", pp)
    pc2.login("ppk", ppk_b)
    for desk in (pc1, pc2):
        desk.sync("pp")
        desk.sync("ppk")
    created: list[str] = []

    def draft(desk, *products, submit=True):
        desk.as_("pp")
        order = desk.draft_ready(products[0].id, 2)
        for p in products[1:]:
            desk.orders.add_line(order.id, p.id, 1)
        if submit:
            desk.orders.submit(order.id)
        created.append(order.id)
        return order.id

    priced, keep, gone, x, y, z = cheap_products(pc1, 6)
    repriced = draft(pc1, priced)          # its price changes while PC 1 is offline
    delisted = draft(pc1, keep, gone)      # one of its products is delisted meanwhile
    kept_draft = draft(pc1, x, submit=False)
    raced = draft(pc2, y)
    offline_ok = draft(pc2, z)
    online_ok = draft(pc2, x)
    change_products(live, [_row(view, priced.id)], price=priced.price + 2_500)
    change_products(live, [_row(view, gone.id)], status="delisted")

    assert pc2.sync("pp").outbox.rejected == 0
    report = pc1.sync("pp")
    assert sorted(c["code"] for c in report.outbox.conflicts) == ["price_changed", "product_unavailable"]
    pc1.as_("pp")
    for conflict in pc1.conflicts.open_conflicts():
        if conflict.code == "price_changed":
            pc1.conflicts.accept_prices(conflict.id)
        else:
            pc1.conflicts.substitute(conflict.id, {ln.line_id: None for ln in conflict.lines})
    assert pc1.sync("pp").outbox.rejected == 0  # resolved once: no false version conflict
    for desk in (pc1, pc2):
        desk.sync("ppk")

    # the race: PPK A approves offline on PC 1 (SP printed), PPK B rejects offline on PC 2 and syncs first
    pc1.as_("ppk")
    lost = pc1.approvals.approve(raced)
    pc1.documents.record_output(pc1.documents.render(raced, "sp"), "print")
    numbered = pc1.approvals.approve(offline_ok)
    pc2.as_("ppk")
    pc2.approvals.reject(raced, "Harga di atas HPS")
    pc2.approvals.approve(repriced)
    assert pc2.sync("ppk").outbox.rejected == 0
    assert pc1.sync("ppk").outbox.rejected == 1
    (race,) = pc1.conflicts.open_conflicts(raced)
    assert race.server_act.by_name == "Rudi Hartono, S.T." and race.voided == (lost.number,)
    pc1.conflicts.take_server_copy(race.id)
    pc2.approvals.approve(online_ok)
    pc2.sync("ppk")
    for desk in (pc1, pc2):  # the last passes: every officer on every PC
        desk.sync("pp")
        desk.sync("ppk")

    server = view.orders()
    mine = {oid: o for oid, o in server.items() if oid in created}
    assert set(server) == set(created)  # nothing lost, nothing doubled
    tally = {"created": len(created), "server": len(server)}
    for name, desk in (("pc1", pc1), ("pc2", pc2)):
        local = desk.order_ids()
        tally[name] = len(local)
        assert local == set(created), name
        for oid, o in mine.items():
            view_ = desk.orders.get(oid)
            assert (view_.state.value, view_.version, view_.total, view_.number) == \
                (o["state"], o["version"], o["total"], o["number"]), (name, oid)
    assert mine[raced]["state"] == OrderState.DITOLAK.value and mine[kept_draft]["state"] == "DRAFT"
    assert mine[delisted]["state"] == "DIAJUKAN" and [ln["product_id"] for ln in mine[delisted]["lines"]] == [keep.id]
    assert mine[offline_ok]["number"] == numbered.number  # the printed number, kept
    assert mine[repriced]["state"] == mine[online_ok]["state"] == mine[offline_ok]["state"] == "DISETUJUI"
    year, seq = int(lost.number[-4:]), int(lost.number.split("/")[1])
    assert (OPD, year, "SP", seq) in server_voids(live)
    with capsys.disabled():
        print(f"\n#21 tally: orders created {tally['created']}, on the server {tally['server']}, "
              f"on PC 1 {tally['pc1']}, on PC 2 {tally['pc2']}")
