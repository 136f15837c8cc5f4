"""v3: two composite product indexes replace single-column ones (names kept, so loaders that drop and
recreate indexes by name keep working).

- (kabkota_code, kabkota): catalog search turns a kabupaten/kota filter into an FTS column filter on the
  kabkota name (a few index seeks find the names used with a code and prove none is missing) instead of
  testing every text match row by row: ~50 → ~10 ms CPU for "pulpen" in one kabupaten on 1M products.
- (category, price): browsing a category sorted by price reads the index in order instead of sorting.
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "product (kabkota_code, kabkota) and (category, price) indexes"

STATEMENTS = [
    "DROP INDEX IF EXISTS ix_product_kabkota_code",
    "CREATE INDEX ix_product_kabkota_code ON product (kabkota_code, kabkota)",
    "DROP INDEX IF EXISTS ix_product_category",
    "CREATE INDEX ix_product_category ON product (category, price)",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
