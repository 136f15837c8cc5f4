"""#12.7 (client half): a PC that meets one order it cannot store — a line id its own data already uses — parks
that order, tells the officer, and pulls every other order; the next pass is not stuck on it."""

from __future__ import annotations

import pytest

from desktop.store.records import Order, OrderLine
from tests.e2e.desks import OPD
from tests.server.live import start_server
from tests.sync.kit import Client, ServerView, same_provider_products


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=37)
    yield srv
    srv.stop()


def test_one_bad_order_is_parked_and_the_rest_are_pulled(live, tmp_path):
    view = ServerView(live)
    pp = live.account("PP", OPD)
    pc1, pc2 = Client(live.url, tmp_path / "pc1"), Client(live.url, tmp_path / "pc2")
    for pc in (pc1, pc2):
        pc.login(pp)
    products = same_provider_products(view.products(), 2, skip=3)
    clash = pc2.new_draft(pp["username"], products, OPD)
    good = pc2.new_draft(pp["username"], products, OPD)
    assert pc2.sync(pp["username"]).outbox.sent == 2
    taken = view.order(clash)["lines"][0]
    # pc1 already holds a draft whose line has that id (made before the server refused reused ids)
    with pc1.store.unit_of_work() as uow:
        uow.orders.save_draft(Order(id="local-draft", opd_id=OPD, created_by=pc1.users.get(pp["username"], "u"),
                                    lines=(OrderLine(id=taken["id"], product_id=taken["product_id"],
                                                     product_version=taken["product_version"], name=taken["name"],
                                                     unit=taken["unit"], qty=1, unit_price_quoted=taken["unit_price"]),)))
    report = pc1.sync(pp["username"])
    assert report.status == "partial" and len(report.parked_orders) == 1 and clash in report.parked_orders[0]
    assert "ID" in report.parked_orders[0]
    assert pc1.order(good) is not None and pc1.order(good).server_version == view.order(good)["version"]
    assert pc1.order(clash) is None and pc1.order("local-draft") is not None
    assert [p["id"] for p in pc1.service.parked_orders()] == [clash]
    again = pc1.sync(pp["username"])  # the cursor moved on: nothing fails twice, the rest keeps flowing
    assert again.status == "ok" and again.parked_orders == []
    pc1.close()
    pc2.close()
