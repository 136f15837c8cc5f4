from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.store.records import Order, OrderLine

NOW = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "blangkon.db") as s:
        yield s


def make_order(order_id: str = "o-1", *, lines: int = 2, created_by: str = "u-pp", opd_id: str = "opd-1",
               **fields) -> Order:
    return Order(id=order_id, opd_id=opd_id, created_by=created_by, provider_id=7, marketplace="MBIZ",
                 lines=tuple(OrderLine(id=f"{order_id}-l{i}", product_id=100 + i, product_version=1,
                                       name=f"Kertas A4 {i}", unit="rim", qty=i + 1, unit_price_quoted=55_000)
                             for i in range(lines)),
                 total=sum((i + 1) * 55_000 for i in range(lines)), **fields)


def wire_order(order_id: str = "o-1", version: int = 2, state: str = "DIAJUKAN", **extra) -> dict:
    return {"id": order_id, "opd_id": "opd-1", "version": version, "state": state, "number": None,
            "created_by": "u-pp", "provider_id": 7, "marketplace": "MBIZ", "kode_rup": "123",
            "sub_kegiatan": "1.01.02", "kode_rekening": "5.1.02", "delivery_address": "Jl. Pahlawan 9",
            "delivery_date": "2026-12-01", "shipping": 10_000, "notes": "",
            "lines": [{"id": f"{order_id}-l0", "product_id": 100, "product_version": 2, "name": "Kertas A4 0",
                       "unit": "rim", "qty": 3, "unit_price": 56_000}],
            "total": 178_000, "reasons": [], "created_at": "2026-11-20T01:00:00Z",
            "updated_at": "2026-11-23T01:00:00Z", **extra}
