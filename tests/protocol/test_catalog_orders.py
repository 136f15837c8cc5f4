"""Checksums, cursors, content hash and totals."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.catalog import checksum_of, combine, decode_cursor, encode_cursor, remove, row_checksum
from sync.protocol.messages import OrderDraft, OrderLine
from sync.protocol.orders import compute_total, content_hash


def test_row_checksum_is_crc32_of_tagged_id_version():
    assert row_checksum("product", 12, 3) == zlib.crc32(b"product:12:3")
    count, total = checksum_of([("product", 1, 1, "active"), ("provider", 1, 1, "active"),
                                ("product", 2, 1, "delisted")])
    assert count == 2
    assert total == (zlib.crc32(b"product:1:1") + zlib.crc32(b"provider:1:1")) % 2**32


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10**9), st.integers(1, 100)), max_size=30))
def test_incremental_checksum_matches_full(rows):
    total = 0
    for rid, ver in rows:
        total = combine(total, row_checksum("product", rid, ver))
    for rid, ver in rows[: len(rows) // 2]:
        total = remove(total, row_checksum("product", rid, ver))
    rest = [("product", rid, ver, "active") for rid, ver in rows[len(rows) // 2:]]
    assert total == checksum_of(rest)[1]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2**40), st.integers(0, 2**62))
def test_cursor_roundtrip(epoch, seq):
    cur = encode_cursor(epoch, seq)
    assert "=" not in cur and "/" not in cur and "+" not in cur
    assert decode_cursor(cur) == (epoch, seq)


@pytest.mark.parametrize("bad", ["", "!!", "Zm9v", encode_cursor(1, 2) + "x", "LTE6Mg", "' OR 1=1 --"])
def test_bad_cursor_is_validation_error(bad):
    with pytest.raises(ProtocolError) as err:
        decode_cursor(bad)
    assert err.value.code is ErrorCode.VALIDATION_ERROR


def _draft(lines, shipping=0, provider_id=1):
    return OrderDraft("opd", provider_id, "MBIZ", "", "", "", "", None, shipping, "", tuple(lines))


def test_content_hash_ignores_line_order_but_not_money():
    a = OrderLine("a", 1, 1, "Beras", "kg", 2, 15000)
    b = OrderLine("b", 2, 3, "Gula", "kg", 1, 17000)
    h = content_hash(_draft([a, b]))
    assert h == content_hash(_draft([b, a])) and len(h) == 64
    assert h != content_hash(_draft([a, OrderLine("b", 2, 3, "Gula", "kg", 1, 17001)]))
    assert h != content_hash(_draft([a, b], shipping=1))
    assert h != content_hash(_draft([a, b], provider_id=2))
    # names are display only: renaming a product does not invalidate an approval
    assert h == content_hash(_draft([a, OrderLine("b", 2, 3, "Gula pasir", "kg", 1, 17000)]))


def test_total_is_integer_rupiah():
    lines = [OrderLine("a", 1, 1, "x", "kg", 3, 33333), OrderLine("b", 1, 1, "y", "kg", 1, 1)]
    assert compute_total(_draft(lines, shipping=25000)) == 3 * 33333 + 1 + 25000
