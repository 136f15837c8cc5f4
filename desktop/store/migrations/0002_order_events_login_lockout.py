"""v2: a local copy of each order's server event log (history screen works offline) and an offline-login
lockout counter on cached users (the verifier must not be guessable at full speed through the login form)."""

from __future__ import annotations

import sqlite3

DESCRIPTION = "order_event table; app_user failed_logins/locked_until"

STATEMENTS = [
    """CREATE TABLE order_event (
        order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE, seq INTEGER NOT NULL,
        version INTEGER NOT NULL, action TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL,
        actor TEXT NOT NULL, role TEXT NOT NULL, at TEXT NOT NULL, client_recorded_at TEXT,
        payload TEXT NOT NULL DEFAULT '{}', hash TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (order_id, seq))""",
    "ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE app_user ADD COLUMN locked_until TEXT",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
