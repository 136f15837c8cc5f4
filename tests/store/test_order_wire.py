"""One mapping between the wire order line (sync.protocol) and the stored one (desktop.store)."""

from __future__ import annotations

from desktop.store.order_wire import line_from_wire, line_to_wire, order_content_hash
from desktop.store.records import Order, OrderLine
from sync.protocol import messages
from sync.protocol.orders import content_hash

STORED = OrderLine(id="l-1", product_id=1001, product_version=3, name="Kertas HVS A4", unit="rim", qty=10,
                   unit_price_quoted=55_500, current_price=57_000, flag="price_changed", position=2)


def test_the_quoted_price_is_the_wire_unit_price_and_local_flags_stay_local():
    wire = line_to_wire(STORED)
    assert wire == messages.OrderLine(id="l-1", product_id=1001, product_version=3, name="Kertas HVS A4",
                                      unit="rim", qty=10, unit_price=55_500)
    back = line_from_wire(wire)
    assert back.unit_price_quoted == 55_500 and back.current_price is None and back.flag is None
    assert line_from_wire(wire.to_dict()) == back  # a line inside a pulled order's dict maps the same way


def test_the_content_hash_of_a_stored_order_is_the_hash_of_its_wire_copy():
    order = Order(id="o-1", opd_id="33.00-DINKES", created_by="u", provider_id=7, shipping=25_000,
                  lines=(STORED, OrderLine("l-0", 1002, 1, "Tinta", "botol", 3, 120_000)))

    class Wire:  # what the server hashes: its own copy, lines in the wire shape
        provider_id, shipping = 7, 25_000
        lines = tuple(line_to_wire(ln) for ln in order.lines)

    assert order_content_hash(order) == content_hash(Wire())
