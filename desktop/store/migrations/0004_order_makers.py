"""v4: each order's makers — everyone who created or changed its content (#12.8). The server keeps the list
(sync.protocol Order.makers); the PC mirrors it and adds the officer of each local draft write, so the lifecycle's
SOD_RULES grey out Approve (and pay) for a maker and refuse an offline approval by one, as the server would."""

from __future__ import annotations

import sqlite3

DESCRIPTION = "orders.makers (JSON list of user ids)"


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE orders ADD COLUMN makers TEXT NOT NULL DEFAULT '[]'")
