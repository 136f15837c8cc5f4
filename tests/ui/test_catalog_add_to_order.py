"""'Tambah ke pesanan' with the real order service: one open draft per seller, then the order editor opens."""

from __future__ import annotations

from desktop.services.catalog_service import CatalogService
from desktop.ui.catalog import CatalogScreen
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from sync.protocol.states import OrderState
from tests.services.workflow_world import make_world
from tests.ui.partial_services import partial_services


def select(screen, product_id: int) -> None:
    ids = screen.controller.model.ids()
    screen.view.table.selectRow(ids.index(product_id))
    assert screen.controller.current.row.id == product_id


def test_add_creates_then_extends_the_sellers_draft(qtbot, tmp_path):
    world = make_world(tmp_path)
    world.login("pp")
    nav: list[tuple[str, dict]] = []
    services = partial_services(catalog=CatalogService(world.store), orders=world.orders)
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=world.session,
                    navigate=lambda key, **p: nav.append((key, p)))
    screen = CatalogScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate()
    select(screen, 1001)
    screen.view.details.qty.setValue(5)
    screen.controller.add_to_order()
    key, params = nav[-1]
    assert key == "order_editor"
    order = world.orders.get(params["order_id"])
    assert order.state == OrderState.DRAFT and [(ln.product_id, ln.qty) for ln in order.lines] == [(1001, 5)]

    screen.view.details.qty.setValue(1)  # the same product again: its quantity grows
    screen.controller.add_to_order()
    assert [(ln.product_id, ln.qty) for ln in world.orders.get(order.id).lines] == [(1001, 6)]

    select(screen, 1002)  # same seller: goes into the same draft
    assert screen.view.details.qty.value() == 1  # a newly selected product starts at one
    screen.controller.add_to_order()
    assert nav[-1][1]["order_id"] == order.id
    assert [ln.product_id for ln in world.orders.get(order.id).lines] == [1001, 1002]

    select(screen, 2001)  # another seller: a new draft
    screen.controller.add_to_order()
    assert nav[-1][1]["order_id"] != order.id


def test_add_error_is_shown_not_raised(qtbot, tmp_path):
    world = make_world(tmp_path)
    world.login("pp")
    services = partial_services(catalog=CatalogService(world.store), orders=world.orders)
    notes: list[str] = []
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=world.session,
                    navigate=lambda key, **p: None, notify=notes.append)
    screen = CatalogScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate()
    world.login("bendahara")  # segregation of duties: a Bendahara cannot draft orders
    select(screen, 1001)
    screen.controller.add_to_order()
    assert notes and "Produk ditambahkan" not in notes[-1]
    assert notes[-1] == screen.view.count_label.text()  # the service's own actionable message is shown
