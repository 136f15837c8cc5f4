"""The one mapping between an order line as it travels and as it is stored here.

- wire shape: `sync.protocol.messages.OrderLine` (`unit_price` = the price quoted from the catalog version);
- stored shape: `desktop.store.records.OrderLine` (the same price named `unit_price_quoted`, plus what only this
  PC knows: the catalog's `current_price` when it moved, a `flag` set by the catalog sync, the `position`).

Everything that turns one into the other goes through here: pulled orders and parked server copies (store),
the draft body of `PUT /v1/orders/{id}` and the content hash an approval freezes (services). Documents print
their own line (`desktop.documents.model.DocumentLine`), built from the stored line by the documents service.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.store.records import Order, OrderLine
from sync.protocol import messages
from sync.protocol.orders import content_hash


def line_to_wire(line: OrderLine) -> messages.OrderLine:
    """Raises sync.protocol's ProtocolError when the line would not pass the server's validation."""
    return messages.OrderLine(id=line.id, product_id=line.product_id, product_version=line.product_version,
                              name=line.name, unit=line.unit, qty=line.qty, unit_price=line.unit_price_quoted)


def line_from_wire(line: messages.OrderLine | Mapping[str, Any]) -> OrderLine:
    """A line from the server (a message, or its dict inside a pulled order) as stored: nothing flagged."""
    d = line if isinstance(line, Mapping) else line.to_dict()
    return OrderLine(id=str(d["id"]), product_id=int(d["product_id"]), product_version=int(d["product_version"]),
                     name=str(d["name"]), unit=str(d["unit"]), qty=int(d["qty"]), unit_price_quoted=int(d["unit_price"]))


@dataclass(frozen=True)
class _HashLine:
    """The wire line's hashed fields, without the message's validation: a stored order is hashed as it is."""

    id: str
    product_id: int
    product_version: int
    qty: int
    unit_price: int


@dataclass(frozen=True)
class _HashContent:
    provider_id: int
    shipping: int
    lines: tuple[_HashLine, ...]


def order_content_hash(order: Order) -> str:
    """`sync.protocol.orders.content_hash` of a stored order: what an approval freezes and a document's QR
    carries (the server computes the same over its wire copy)."""
    lines = tuple(_HashLine(ln.id, ln.product_id, ln.product_version, ln.qty, ln.unit_price_quoted)
                  for ln in order.lines)
    return content_hash(_HashContent(order.provider_id or 0, order.shipping, lines))
