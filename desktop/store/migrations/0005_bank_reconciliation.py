"""v5: bank statements and the Bendahara's reconciliation decisions (issue #18).

- bank_import: each file read (name, sha256, how many lines it had and how many were new).
- bank_line: one row per statement line, keyed by its identity (desktop.domain.bank.statement), so importing
  the same statement twice adds nothing.
- bank_balance: opening/closing balances the bank states, per account and day.
- bank_link (+ _line, _entry): what the Bendahara confirmed — these lines are explained by these recorded
  payments/deposits/receipts, or are a fee, a reversal or something noted. A line and an entry are each
  explained at most once (unique indexes); removing a link ("koreksi") deletes its rows, never a payment.
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "bank_import, bank_line, bank_balance, bank_link tables"

STATEMENTS = [
    """CREATE TABLE bank_import (
        id INTEGER PRIMARY KEY AUTOINCREMENT, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
        source TEXT NOT NULL, account TEXT NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT,
        lines_read INTEGER NOT NULL DEFAULT 0, lines_new INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE bank_line (
        id TEXT PRIMARY KEY, account TEXT NOT NULL, date TEXT NOT NULL, amount INTEGER NOT NULL,
        reference TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
        counterparty_account TEXT NOT NULL DEFAULT '', counterparty_name TEXT NOT NULL DEFAULT '',
        balance INTEGER, code TEXT NOT NULL DEFAULT '', occurrence INTEGER NOT NULL DEFAULT 1,
        import_id INTEGER NOT NULL REFERENCES bank_import (id))""",
    "CREATE INDEX ix_bank_line_account_date ON bank_line (account, date)",
    """CREATE TABLE bank_balance (
        account TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL, amount INTEGER NOT NULL,
        import_id INTEGER REFERENCES bank_import (id), PRIMARY KEY (account, date, kind))""",
    """CREATE TABLE bank_link (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', confirmed_by TEXT,
        confirmed_at TEXT NOT NULL)""",
    """CREATE TABLE bank_link_line (
        link_id TEXT NOT NULL REFERENCES bank_link (id) ON DELETE CASCADE,
        line_id TEXT NOT NULL REFERENCES bank_line (id), PRIMARY KEY (link_id, line_id))""",
    "CREATE UNIQUE INDEX ux_bank_link_line ON bank_link_line (line_id)",
    """CREATE TABLE bank_link_entry (
        link_id TEXT NOT NULL REFERENCES bank_link (id) ON DELETE CASCADE, entry_id TEXT NOT NULL,
        order_id TEXT NOT NULL DEFAULT '', PRIMARY KEY (link_id, entry_id))""",
    "CREATE UNIQUE INDEX ux_bank_link_entry ON bank_link_entry (entry_id)",
    "CREATE INDEX ix_bank_link_entry_order ON bank_link_entry (order_id)",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
