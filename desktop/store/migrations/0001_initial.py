"""v1: the whole local schema (SYNC.md §8, docs/DESIGN.md "Local store").

Frozen once released: later changes go in new numbered steps, never here. DDL is written out by hand (not
generated from `desktop.store.tables`) so that what an old installation ran stays reproducible.
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "initial schema"

STATEMENTS = [
    # -- sync bookkeeping --------------------------------------------------------------------------------
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings_kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE snapshot_chunk (
        snapshot_id TEXT NOT NULL, n INTEGER NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,
        bytes_done INTEGER NOT NULL DEFAULT 0, rows INTEGER NOT NULL DEFAULT 0,
        downloaded INTEGER NOT NULL DEFAULT 0, applied INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (snapshot_id, n))""",
    # -- catalog replica (server wins; no FKs so bulk loads and out-of-order deltas never fail) -----------
    """CREATE TABLE provider (
        id INTEGER PRIMARY KEY, version INTEGER NOT NULL, seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'delisted')),
        name TEXT NOT NULL, owner_name TEXT NOT NULL DEFAULT '',
        legal_form TEXT NOT NULL CHECK (legal_form IN ('perorangan', 'badan_usaha')),
        kabkota_code TEXT NOT NULL, kabkota TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
        nib TEXT, npwp TEXT, nik TEXT, pkp INTEGER NOT NULL DEFAULT 0, suket_pp55 INTEGER NOT NULL DEFAULT 0,
        bank_name TEXT, bank_account TEXT, marketplace TEXT NOT NULL, has_sales INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX ix_provider_has_sales ON provider (has_sales)",
    # `kabkota` (the name) is not on the wire product row: the loader copies it from the provider so the
    # external-content FTS table can read it from `product`.
    """CREATE TABLE product (
        id INTEGER PRIMARY KEY, version INTEGER NOT NULL, seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'delisted')),
        provider_id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL, unit TEXT NOT NULL, price INTEGER NOT NULL, stock INTEGER NOT NULL DEFAULT 0,
        tkdn REAL, pdn INTEGER, kind TEXT NOT NULL, provider_name TEXT NOT NULL, kabkota_code TEXT NOT NULL,
        kabkota TEXT NOT NULL DEFAULT '', marketplace TEXT NOT NULL, legal_form TEXT NOT NULL)""",
    "CREATE INDEX ix_product_category ON product (category)",
    "CREATE INDEX ix_product_kabkota_code ON product (kabkota_code)",
    "CREATE INDEX ix_product_marketplace ON product (marketplace)",
    "CREATE INDEX ix_product_price ON product (price)",
    "CREATE INDEX ix_product_provider_id ON product (provider_id)",
    """CREATE VIRTUAL TABLE product_fts USING fts5(
        name, provider_name, kabkota, category, content='product', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='2 3 4')""",
    # -- master data --------------------------------------------------------------------------------------
    """CREATE TABLE opd (
        id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',
        kabkota TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1)""",
    """CREATE TABLE sub_kegiatan (
        opd_id TEXT NOT NULL, kode TEXT NOT NULL, year INTEGER NOT NULL, name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (opd_id, kode, year))""",
    """CREATE TABLE kode_rekening (
        kode TEXT PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)""",
    """CREATE TABLE marketplace (
        code TEXT PRIMARY KEY, name TEXT NOT NULL,
        tax_collector TEXT NOT NULL CHECK (tax_collector IN ('BENDAHARA', 'PIHAK_LAIN')),
        active INTEGER NOT NULL DEFAULT 1)""",
    """CREATE TABLE app_user (
        id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, full_name TEXT NOT NULL,
        nip TEXT, opd_id TEXT, jabatan TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1, login_verifier TEXT, verifier_updated_at TEXT,
        updated_at TEXT NOT NULL)""",
    # -- orders (server-authoritative; local copy + outbox) -----------------------------------------------
    """CREATE TABLE orders (
        id TEXT PRIMARY KEY, opd_id TEXT NOT NULL, server_version INTEGER,
        local_version INTEGER NOT NULL DEFAULT 1, state TEXT NOT NULL DEFAULT 'DRAFT', number TEXT,
        sync_status TEXT NOT NULL DEFAULT 'LOCAL_ONLY'
            CHECK (sync_status IN ('LOCAL_ONLY', 'PENDING', 'SENT', 'NEEDS_ATTENTION')),
        server_snapshot TEXT, created_by TEXT NOT NULL, provider_id INTEGER, marketplace TEXT,
        kode_rup TEXT NOT NULL DEFAULT '', sub_kegiatan TEXT NOT NULL DEFAULT '',
        kode_rekening TEXT NOT NULL DEFAULT '', delivery_address TEXT NOT NULL DEFAULT '', delivery_date TEXT,
        shipping INTEGER NOT NULL DEFAULT 0 CHECK (shipping >= 0), notes TEXT NOT NULL DEFAULT '',
        total INTEGER NOT NULL DEFAULT 0, approval TEXT, receipt TEXT, bast TEXT, payment TEXT,
        reasons TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, updated_at TEXT,
        updated_at_local TEXT NOT NULL, flags TEXT NOT NULL DEFAULT '{}')""",
    "CREATE INDEX ix_orders_opd_state ON orders (opd_id, state)",
    "CREATE INDEX ix_orders_state ON orders (state)",
    "CREATE INDEX ix_orders_sync_status ON orders (sync_status)",
    "CREATE INDEX ix_orders_created_by ON orders (created_by)",
    """CREATE TABLE order_line (
        id TEXT PRIMARY KEY, order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0, product_id INTEGER NOT NULL, product_version INTEGER NOT NULL,
        name TEXT NOT NULL, unit TEXT NOT NULL, qty INTEGER NOT NULL CHECK (qty > 0),
        unit_price_quoted INTEGER NOT NULL CHECK (unit_price_quoted >= 0), current_price INTEGER, flag TEXT)""",
    "CREATE INDEX ix_order_line_order ON order_line (order_id, position)",
    "CREATE INDEX ix_order_line_product ON order_line (product_id)",
    # cmd_id is the Idempotency-Key; seq (AUTOINCREMENT: never reused) gives the FIFO order.
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, cmd_id TEXT NOT NULL UNIQUE, order_id TEXT,
        method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, base_version INTEGER,
        actor_user_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'in_flight', 'done', 'rejected', 'blocked')),
        attempts INTEGER NOT NULL DEFAULT 0, attempted INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL, last_error TEXT, response TEXT, created_at TEXT NOT NULL,
        finished_at TEXT, resolved_at TEXT)""",
    "CREATE INDEX ix_outbox_order_seq ON outbox (order_id, seq)",
    "CREATE INDEX ix_outbox_status_next ON outbox (status, next_attempt_at)",
    "CREATE INDEX ix_outbox_actor_status ON outbox (actor_user_id, status)",
    # A body the server may have seen must stay byte-identical (fingerprint mismatch → 422).
    """CREATE TRIGGER outbox_attempted_body_frozen BEFORE UPDATE OF body, cmd_id, method, path ON outbox
        WHEN OLD.attempted = 1
        BEGIN SELECT RAISE(ABORT, 'outbox: an attempted command is immutable'); END""",
    """CREATE TABLE conflict (
        id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        cmd_id TEXT, code TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL,
        resolved_at TEXT)""",
    "CREATE INDEX ix_conflict_order ON conflict (order_id)",
    # -- document numbers reserved per device (gap-free, never reused) ------------------------------------
    """CREATE TABLE doc_number_block (
        id INTEGER PRIMARY KEY AUTOINCREMENT, opd_id TEXT NOT NULL, year INTEGER NOT NULL,
        doc_type TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, next INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        CHECK (start >= 1 AND "end" >= start AND next >= start AND next <= "end" + 1))""",
    "CREATE INDEX ix_doc_number_block_key ON doc_number_block (opd_id, year, doc_type, start)",
    """CREATE TABLE doc_number_issued (
        id INTEGER PRIMARY KEY AUTOINCREMENT, opd_id TEXT NOT NULL, year INTEGER NOT NULL,
        doc_type TEXT NOT NULL, number INTEGER NOT NULL, text TEXT, order_id TEXT, issued_at TEXT NOT NULL,
        void INTEGER NOT NULL DEFAULT 0, void_reason TEXT, voided_at TEXT,
        UNIQUE (opd_id, year, doc_type, number))""",
    """CREATE TRIGGER doc_number_issued_no_delete BEFORE DELETE ON doc_number_issued
        BEGIN SELECT RAISE(ABORT, 'doc_number_issued: numbers are never deleted, void them'); END""",
    """CREATE TRIGGER doc_number_issued_no_renumber BEFORE UPDATE OF opd_id, year, doc_type, number
        ON doc_number_issued
        BEGIN SELECT RAISE(ABORT, 'doc_number_issued: an issued number never changes'); END""",
    # -- audit (append-only, hash-chained so an edit made outside the app is detectable) ------------------
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_user_id TEXT, action TEXT NOT NULL,
        order_id TEXT, details TEXT NOT NULL DEFAULT '{}', prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL)""",
    "CREATE INDEX ix_audit_log_order ON audit_log (order_id, id)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    # -- attachments (invoice, faktur pajak, photos): small ones inline, large ones by path ----------------
    """CREATE TABLE attachment (
        id INTEGER PRIMARY KEY AUTOINCREMENT, order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        kind TEXT NOT NULL, filename TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
        data BLOB, path TEXT, created_at TEXT NOT NULL, CHECK (data IS NOT NULL OR path IS NOT NULL))""",
    "CREATE INDEX ix_attachment_order ON attachment (order_id)",
]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
