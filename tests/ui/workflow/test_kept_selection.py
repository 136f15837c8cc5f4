"""After a sync the visible screen reloads (MainWindow re-activates it): the selected order stays selected —
found again by its id even when the reload moved it — and the list keeps its scroll position; the PPK stays on
the tab he was on. "Pesanan saya", the PPK inbox (all three tabs) and the Bendahara desk."""

from __future__ import annotations

from desktop.services.approvals import ReceiptInput
from desktop.ui.bendahara import BendaharaDeskScreen
from desktop.ui.orders import OrdersScreen
from desktop.ui.ppk_inbox import PpkInboxScreen
from sync.protocol.states import Action
from tests.services.workflow_world import NOW


def shown(screen, qtbot):
    qtbot.addWidget(screen)
    screen.resize(1000, 420)  # short: 25 orders need scrolling
    screen.show()
    screen.activate()
    return screen


def drafts(world, n):
    return [world.draft(1001 + i % 3, 1 + i) for i in range(n)]


def select(table, model, row):
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))


def test_my_orders_keep_the_selected_order_and_the_scroll_after_a_sync(ctx, world, qtbot):
    made = drafts(world, 25)
    screen = shown(OrdersScreen(ctx), qtbot)
    v = screen.view
    select(v.table, v.model, 18)
    picked = screen.selected().id
    scroll = v.table.verticalScrollBar().value()
    assert scroll > 0  # the list really scrolls
    world.orders.update_fields(made[0].id, notes="diubah di PC lain")  # moves an order to the top
    screen.activate()  # what MainWindow does when a sync pass ends
    assert screen.selected().id == picked
    assert v.table.currentIndex().row() != 18 or v.model.row_of(picked) == 18
    assert v.table.verticalScrollBar().value() == scroll


def test_ppk_inbox_keeps_tab_selection_and_scroll_after_a_sync(ctx, world, qtbot):
    made = [world.orders.submit(d.id) for d in drafts(world, 25)]
    world.login("ppk")
    for order in made[:3]:
        world.approvals.approve(order.id)
    screen = shown(PpkInboxScreen(ctx), qtbot)
    v = screen.view
    select(v.inbox_table, v.inbox_model, 15)
    picked = screen.inbox_order().id
    scroll = v.inbox_table.verticalScrollBar().value()
    assert scroll > 0
    screen.activate()
    assert screen.inbox_order().id == picked
    assert v.inbox_table.verticalScrollBar().value() == scroll
    v.tabs.setCurrentIndex(1)
    select(v.deliveries_table, v.deliveries_model, 1)
    delivery = screen.delivery_order().id
    screen.activate()
    assert v.tabs.currentIndex() == 1, "a sync sent the PPK back to the first tab"
    assert screen.delivery_order().id == delivery


def test_ppk_inbox_goes_on_with_the_next_order_when_the_selected_one_leaves(ctx, world, qtbot):
    made = [world.orders.submit(d.id) for d in drafts(world, 5)]
    world.login("ppk")
    screen = shown(PpkInboxScreen(ctx), qtbot)
    v = screen.view
    select(v.inbox_table, v.inbox_model, 2)
    gone = screen.inbox_order().id
    after = v.inbox_model.item(3).order.id
    world.approvals.approve(gone)  # approved on this PC by another path (or by another PPK, then synced)
    screen.activate()
    assert screen.inbox_order().id == after and {o.id for o in made} - {gone} >= {after}


def test_bendahara_desk_keeps_the_selected_order_after_a_sync(ctx, world, qtbot):
    orders = []
    for i in range(3):
        order = world.orders.submit(world.draft(1001, 10 + i).id)
        world.login("ppk")
        world.approvals.approve(order.id)
        world.login("pp")
        for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
            world.orders.advance_delivery(order.id, action)
        world.login("ppk")
        world.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {}))
        world.approvals.sign_bast(order.id, NOW.date(), f"02{i}/BAST/2026")
        orders.append(order)
    screen = BendaharaDeskScreen(ctx)
    world.login("bendahara")
    shown(screen, qtbot)
    v = screen.view
    v.table.selectRow(1)
    picked = screen.selected().id
    screen.activate()
    assert screen.selected().id == picked
