"""#21.1: resolving a price or delisting conflict never creates a new conflict no one caused, and "Pakai salinan
server" never drops the officer's decision silently — two PCs, one real server on loopback."""

from __future__ import annotations

import pytest

from desktop.services.order_view import SyncStatus
from sync.protocol.states import OrderState
from tests.e2e.desks import OPD, cheap_products
from tests.server.live import start_server
from tests.sync.kit import ServerView
from tests.sync.server_side import change_products


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=400, seed=31)
    yield srv
    srv.stop()


def _pp_desk(live, make_desk, name):
    desk = make_desk(name)
    desk.login("pp", live.account("PP", OPD))
    desk.sync("pp")  # catalog snapshot
    return desk


def _server_row(view, product_id):
    return next(r for r in view.products() if r["id"] == product_id)


def test_accepting_a_new_price_sends_once_and_the_order_is_submitted(live, make_desk):
    view = ServerView(live)
    pc1 = _pp_desk(live, make_desk, "pc1")
    (product,) = cheap_products(pc1)
    draft = pc1.draft_ready(product.id, 3)
    pc1.orders.submit(draft.id)  # offline: PUT (create) + submit queued
    change_products(live, [_server_row(view, product.id)], price=product.price + 1_500)
    report = pc1.sync("pp")
    assert report.outbox.rejected == 1 and report.outbox.conflicts[0]["code"] == "price_changed"
    (conflict,) = pc1.conflicts.open_conflicts(draft.id)
    pc1.conflicts.accept_prices(conflict.id)
    report = pc1.sync("pp")
    assert report.outbox.rejected == 0, report.outbox.conflicts  # no false "Pesanan sudah diubah orang lain"
    server = view.order(draft.id)
    assert server["state"] == "DIAJUKAN" and server["lines"][0]["unit_price"] == product.price + 1_500
    local = pc1.orders.get(draft.id)
    assert local.state is OrderState.DIAJUKAN and local.sync_status is SyncStatus.SENT
    assert local.version == server["version"] and local.total == server["total"]
    assert pc1.conflicts.open_conflicts() == []


def test_removing_a_delisted_line_sends_once_and_the_order_is_submitted(live, make_desk):
    view = ServerView(live)
    pc1 = _pp_desk(live, make_desk, "pc1")
    keep, gone = cheap_products(pc1, 2)
    draft = pc1.draft_ready(keep.id, 2)
    pc1.orders.add_line(draft.id, gone.id, 1)
    pc1.orders.submit(draft.id)
    change_products(live, [_server_row(view, gone.id)], status="delisted")
    report = pc1.sync("pp")
    assert report.outbox.conflicts[0]["code"] == "product_unavailable"
    (conflict,) = pc1.conflicts.open_conflicts(draft.id)
    pc1.conflicts.substitute(conflict.id, {ln.line_id: None for ln in conflict.lines})
    report = pc1.sync("pp")
    assert report.outbox.rejected == 0, report.outbox.conflicts
    server = view.order(draft.id)
    assert server["state"] == "DIAJUKAN" and [ln["product_id"] for ln in server["lines"]] == [keep.id]
    assert pc1.orders.get(draft.id).sync_status is SyncStatus.SENT
