"""Incrementally maintained tables behind `GET /v1/stats/...` (issue 8).

Orders are stored as JSON documents (models.orders.doc); aggregating 200k documents per request is far too slow,
so `stats_refresh.refresh()` folds every order changed since the last watermark (`orders.change_seq`, unique and
indexed) into these flat, indexed rows. One order = one `stats_order` row, one `stats_order_cat` row per category
it bought, one `stats_sold_product` row per product of a *counted* order.

They are server tables like any other (#14: one schema mechanism): defined on `storage.models.metadata`, created
by the Alembic migration 0007 and kept equal to it by `alembic check`. They hold derived data only, so a later
layout change is a migration that drops and recreates them; the next answer refolds every order.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Index, String, Table, Text

from sync.server.storage.models import metadata

# key -> integer: "orders_seq" (last folded orders.change_seq), "sales_version" (bumped when the set of sold
# products/providers may have changed: used to memoise the never-sold report).
stats_meta = Table(
    "stats_meta", metadata,
    Column("key", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

stats_order = Table(
    "stats_order", metadata,
    Column("id", String(36), primary_key=True),
    Column("change_seq", BigInteger, nullable=False),
    Column("opd_id", String(64), nullable=False),
    Column("buyer_kab", String(8), nullable=False),  # the OPD's kab/kota ("33.00" = Pemprov)
    Column("provider_id", BigInteger, nullable=False),
    Column("seller_kab", String(8), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("legal_form", String(16), nullable=False),
    Column("umkm", Boolean, nullable=False),
    Column("state", String(32), nullable=False),
    Column("counted", Boolean, nullable=False),  # approved (SP signed) and not cancelled: a transaction
    Column("day", String(10)),  # approval date in WIB (YYYY-MM-DD); null until approved
    Column("month", String(7)),
    Column("created_day", String(10), nullable=False),
    Column("total", BigInteger, nullable=False),
    Column("goods_value", BigInteger, nullable=False),  # lines only (no shipping): the PDN/TKDN denominator
    Column("pdn_value", BigInteger, nullable=False),
    Column("tkdn_value", BigInteger, nullable=False),  # sum of line value x TKDN% (rounded down)
    Column("submitted_day", String(10)),  # WIB date the order entered DIAJUKAN (only while it waits)
    Column("bast_day", String(10)),
    Column("paid_day", String(10)),
    Column("paid_late", Boolean, nullable=False),
    Index("ix_stats_order_counted_day", "counted", "day"),
    Index("ix_stats_order_opd_id_day", "opd_id", "day"),
    Index("ix_stats_order_buyer_kab_day", "buyer_kab", "day"),
    Index("ix_stats_order_state_submitted_day", "state", "submitted_day"),
    Index("ix_stats_order_state_bast_day", "state", "bast_day"),
    Index("ix_stats_order_provider_id_counted", "provider_id", "counted"),
)

stats_order_cat = Table(
    "stats_order_cat", metadata,
    Column("order_id", String(36), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("opd_id", String(64), nullable=False),
    Column("buyer_kab", String(8), nullable=False),
    Column("counted", Boolean, nullable=False),
    Column("day", String(10)),
    Column("umkm", Boolean, nullable=False),
    Column("value", BigInteger, nullable=False),
    Column("pdn_value", BigInteger, nullable=False),
    Index("ix_stats_order_cat_counted_day", "counted", "day"),
    Index("ix_stats_order_cat_opd_id_day", "opd_id", "day"),
)

stats_sold_product = Table(
    "stats_sold_product", metadata,
    Column("order_id", String(36), primary_key=True),
    Column("product_id", BigInteger, primary_key=True),
    Index("ix_stats_sold_product_product_id", "product_id"),
)

# How many transactions each product / provider has (kept by fold): the never-sold report is an anti-join
# against these small tables instead of a scan of every order row.
stats_product_sales = Table(
    "stats_product_sales", metadata,
    Column("product_id", BigInteger, primary_key=True),
    Column("n", BigInteger, nullable=False),
    Column("kabkota_code", String(8), nullable=False),  # the product's kab/kota when it last sold
    Index("ix_stats_product_sales_kabkota_code", "kabkota_code"),
)
stats_provider_sales = Table(
    "stats_provider_sales", metadata,
    Column("provider_id", BigInteger, primary_key=True),
    Column("n", BigInteger, nullable=False),
)

# Catalog-wide report results computed once per catalog version and shared by every worker (1M-row scans).
stats_cache = Table(
    "stats_cache", metadata,
    Column("name", String(32), primary_key=True),
    Column("version", String(64), nullable=False),
    Column("body", Text, nullable=False),
)
