"""Price reasonableness in the pre-submission checks (a warning, never blocking) and in the PPK's approve
confirmation, with the PriceService wired by the composition root."""

from __future__ import annotations

import pytest

from desktop.services.order_view import Severity
from tests.services.workflow_world import make_world


class FakePrices:
    def __init__(self) -> None:
        self.calls = 0

    def flagged(self, order, day):
        self.calls += 1
        return [type("A", (), {"product_id": ln.product_id, "message": "Jauh di atas median produk sebanding."})()
                for ln in order.lines]


@pytest.fixture
def w(tmp_path):
    world = make_world(tmp_path)
    world.orders.prices = world.approvals.prices = FakePrices()
    yield world
    world.store.close()


def test_precheck_warns_about_prices_without_blocking(w):
    order = w.draft()
    items = w.orders.precheck(order.id)
    price = [i for i in items if i.code.startswith("price:")]
    assert price and all(i.severity is Severity.WARNING for i in price)
    assert "Periksa harga" in price[0].title
    w.orders.submit(order.id)  # a price warning never blocks the submission


def test_ppk_gets_the_same_price_items_before_approving(w):
    order = w.draft()
    w.orders.submit(order.id)
    w.login("ppk")
    items = w.approvals.price_checks(order.id)
    assert [i.severity for i in items] == [Severity.WARNING]


def test_without_a_price_service_there_are_no_price_items(tmp_path):
    world = make_world(tmp_path)
    try:
        order = world.draft()
        assert not [i for i in world.orders.precheck(order.id) if i.code.startswith("price")]
        assert world.approvals.price_checks(order.id) == []
    finally:
        world.store.close()


def test_bootstrap_gives_orders_and_approvals_the_price_service(tmp_path):
    from desktop.app.bootstrap import build_core

    core = build_core(tmp_path, with_local_server=False)
    try:
        s = core.services
        assert s.prices is not None and s.orders.prices is s.prices and s.approvals.prices is s.prices
    finally:
        core.close()
