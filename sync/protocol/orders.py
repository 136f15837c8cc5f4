"""Canonical order content: the hash an offline approval carries and the authoritative total (SYNC.md §5)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Protocol


class _Line(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def product_id(self) -> int: ...
    @property
    def product_version(self) -> int: ...
    @property
    def qty(self) -> int: ...
    @property
    def unit_price(self) -> int: ...


class _OrderContent(Protocol):
    @property
    def provider_id(self) -> int: ...
    @property
    def shipping(self) -> int: ...
    @property
    def lines(self) -> tuple[_Line, ...]: ...


def canonical_lines(lines: Iterable[_Line]) -> list[list[object]]:
    """Lines as [id, product_id, product_version, qty, unit_price], sorted by id: order-independent."""
    return sorted(([ln.id, ln.product_id, ln.product_version, ln.qty, ln.unit_price] for ln in lines),
                  key=lambda row: str(row[0]))


def content_hash(order: _OrderContent) -> str:
    """sha256 hex over what money depends on: seller, shipping and the canonical lines."""
    doc = {"provider_id": order.provider_id, "shipping": order.shipping, "lines": canonical_lines(order.lines)}
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def lines_total(lines: Iterable[_Line]) -> int:
    return sum(ln.qty * ln.unit_price for ln in lines)


def compute_total(order: _OrderContent) -> int:
    """Total in integer rupiah: Σ qty × unit_price (gross, tax included) + shipping."""
    return lines_total(order.lines) + order.shipping
