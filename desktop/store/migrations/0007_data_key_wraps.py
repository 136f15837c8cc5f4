"""v7: the data keys of the local database, held by the officers' credentials (issue 15, docs/DATA_AT_REST.md).

- data_key: the id of each AES-256 key that seals personal data and order content here (the key itself never).
  The version-6 keyring key (`sync_state.data_key_id`) becomes the first row, so values it sealed still open.
- officer_key: each officer's X25519 pair on this PC — the public key in clear, the private key only wrapped
  under a key derived from the officer's password (argon2id; its salt and cost in `kdf`). A password changed on
  the server gives a new pair; the old one is kept `retired` (it opens only with the old password).
- data_key_wrap: each data key wrapped to an officer's public key (X25519 + HKDF + AES-GCM), so an officer's
  password opens every key a holder has given them.
Only public keys, salts and wrapped blobs are stored: nothing here opens a value without a password or the keyring.
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "data_key, officer_key, data_key_wrap tables"

STATEMENTS = [
    """CREATE TABLE data_key (
        id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE officer_key (
        public_key BLOB PRIMARY KEY, user_id TEXT NOT NULL, wrapped_private BLOB NOT NULL, kdf TEXT NOT NULL,
        created_at TEXT NOT NULL, retired_at TEXT)""",
    "CREATE UNIQUE INDEX ux_officer_key_active ON officer_key (user_id) WHERE retired_at IS NULL",
    """CREATE TABLE data_key_wrap (
        key_id TEXT NOT NULL REFERENCES data_key (id), public_key BLOB NOT NULL REFERENCES officer_key (public_key),
        wrapped BLOB NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (key_id, public_key))""",
    # the version-6 keyring key: written by KeyValueRepository as JSON text
    """INSERT INTO data_key (id, created_at, created_by)
        SELECT CASE WHEN json_valid(value) THEN json_extract(value, '$') ELSE value END,
               strftime('%Y-%m-%dT%H:%M:%S', 'now') || '.000000Z', ''
        FROM sync_state WHERE key = 'data_key_id' AND value IS NOT NULL AND value NOT IN ('', 'null')""",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
