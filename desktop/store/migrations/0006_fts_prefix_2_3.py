"""v6: the catalog's FTS keeps prefix indexes for 2- and 3-character prefixes only (issue 16: chosen by measure).

Measured on a 1M-product replica on the 2-core test box (tests/bench; CPU times, load ~8):
  prefix='2 3 4': FTS build 4.0 s CPU, 419 MB; search CPU p95 14.4 ms (bench queries), 13.6 ms (UI keystrokes)
  prefix='2 3'  : FTS build 2.9 s CPU, 388 MB; search CPU p95 16.3 ms,                 12.6 ms
  prefix='2'    : FTS build 2.3 s CPU, 354 MB; search CPU p95 17.6 ms,                 14.4 ms
  no prefix     : FTS build 1.7 s CPU, 319 MB; search CPU p95 17.5 ms,                 19.7 ms (max 27.6)
At 5M products (CPU, load ~8): '2 3 4' search p50/p95 11.3/30.6 ms (bench), 9.6/21.2 ms (keystrokes); '2 3'
19.1/34.0 and 9.8/23.9 ms — both well inside the 50 ms goal; the 4-character index's FTS build there is 25.7 s CPU
(~7 s more than '2 3', scaling the 1M ratio) and the 5M first sync measured 98.4 → 87.1 s CPU, 3.41 → 3.07 GB.
The 4-character index costs every first sync ~1.1 s CPU and ~30 MB per million products and buys little search
time (a 4+ character prefix matches few distinct terms: the term range scan is short); 2 and 3 characters still
need theirs (type-ahead's first keystrokes). The table is recreated and rebuilt from `product` (~3 s per million).
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "product_fts prefix indexes 2 and 3 (4 dropped, measured)"

STATEMENTS = [
    "DROP TABLE product_fts",
    """CREATE VIRTUAL TABLE product_fts USING fts5(
        name, provider_name, kabkota, category, content='product', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='2 3')""",
    "INSERT INTO product_fts(product_fts) VALUES ('rebuild')",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
