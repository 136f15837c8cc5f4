"""SQLAlchemy Core descriptions of the migrated schema (the DDL itself lives in `migrations/`).

Repositories build statements from these; `tests/store/test_schema.py` checks they match what the
migrations create, column for column. Catalog tables are queried with hand-written SQL in
`catalog_search.py`, so only their names are needed there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BLOB, Column, Float, Integer, MetaData, Table, Text

metadata = MetaData()


def _t(name: str, *columns: Column[Any]) -> Table:
    return Table(name, metadata, *columns)


sync_state = _t("sync_state", Column("key", Text, primary_key=True), Column("value", Text, nullable=False))
settings_kv = _t("settings_kv", Column("key", Text, primary_key=True), Column("value", Text, nullable=False))

snapshot_chunk = _t(
    "snapshot_chunk",
    Column("snapshot_id", Text, primary_key=True), Column("n", Integer, primary_key=True),
    Column("sha256", Text), Column("bytes", Integer), Column("bytes_done", Integer), Column("rows", Integer),
    Column("downloaded", Integer), Column("applied", Integer),
)

provider = _t(
    "provider",
    Column("id", Integer, primary_key=True), Column("version", Integer), Column("seq", Integer),
    Column("status", Text), Column("name", Text), Column("owner_name", Text), Column("legal_form", Text),
    Column("kabkota_code", Text), Column("kabkota", Text), Column("address", Text), Column("nib", Text),
    Column("npwp", Text), Column("nik", Text), Column("pkp", Integer), Column("suket_pp55", Integer),
    Column("bank_name", Text), Column("bank_account", Text), Column("marketplace", Text),
    Column("has_sales", Integer),
)

product = _t(
    "product",
    Column("id", Integer, primary_key=True), Column("version", Integer), Column("seq", Integer),
    Column("status", Text), Column("provider_id", Integer), Column("name", Text), Column("description", Text),
    Column("category", Text), Column("unit", Text), Column("price", Integer), Column("stock", Integer),
    Column("tkdn", Float), Column("pdn", Integer), Column("kind", Text), Column("provider_name", Text),
    Column("kabkota_code", Text), Column("kabkota", Text), Column("marketplace", Text),
    Column("legal_form", Text),
)

opd = _t(
    "opd",
    Column("id", Text, primary_key=True), Column("code", Text), Column("name", Text), Column("address", Text),
    Column("kabkota", Text), Column("active", Integer),
)
sub_kegiatan = _t(
    "sub_kegiatan",
    Column("opd_id", Text, primary_key=True), Column("kode", Text, primary_key=True),
    Column("year", Integer, primary_key=True), Column("name", Text), Column("active", Integer),
)
kode_rekening = _t(
    "kode_rekening", Column("kode", Text, primary_key=True), Column("name", Text), Column("active", Integer)
)
marketplace = _t(
    "marketplace",
    Column("code", Text, primary_key=True), Column("name", Text), Column("tax_collector", Text),
    Column("active", Integer),
)
app_user = _t(
    "app_user",
    Column("id", Text, primary_key=True), Column("username", Text), Column("full_name", Text),
    Column("nip", Text), Column("opd_id", Text), Column("jabatan", Text), Column("roles", Text),
    Column("active", Integer), Column("login_verifier", Text), Column("verifier_updated_at", Text),
    Column("updated_at", Text), Column("failed_logins", Integer), Column("locked_until", Text),
)

orders = _t(
    "orders",
    Column("id", Text, primary_key=True), Column("opd_id", Text), Column("server_version", Integer),
    Column("local_version", Integer), Column("state", Text), Column("number", Text),
    Column("sync_status", Text), Column("server_snapshot", Text), Column("created_by", Text),
    Column("provider_id", Integer), Column("marketplace", Text), Column("kode_rup", Text),
    Column("sub_kegiatan", Text), Column("kode_rekening", Text), Column("delivery_address", Text),
    Column("delivery_date", Text), Column("shipping", Integer), Column("notes", Text), Column("total", Integer),
    Column("approval", Text), Column("receipt", Text), Column("bast", Text), Column("payment", Text),
    Column("reasons", Text), Column("created_at", Text), Column("updated_at", Text),
    Column("updated_at_local", Text), Column("flags", Text), Column("makers", Text),
)
order_line = _t(
    "order_line",
    Column("id", Text, primary_key=True), Column("order_id", Text), Column("position", Integer),
    Column("product_id", Integer), Column("product_version", Integer), Column("name", Text),
    Column("unit", Text), Column("qty", Integer), Column("unit_price_quoted", Integer),
    Column("current_price", Integer), Column("flag", Text),
)
outbox = _t(
    "outbox",
    Column("seq", Integer, primary_key=True, autoincrement=True), Column("cmd_id", Text),
    Column("order_id", Text), Column("method", Text), Column("path", Text), Column("body", Text),
    Column("base_version", Integer), Column("actor_user_id", Text), Column("status", Text),
    Column("attempts", Integer), Column("attempted", Integer), Column("next_attempt_at", Text),
    Column("last_error", Text), Column("response", Text), Column("created_at", Text),
    Column("finished_at", Text), Column("resolved_at", Text),
)
order_event = _t(
    "order_event",
    Column("order_id", Text, primary_key=True), Column("seq", Integer, primary_key=True),
    Column("version", Integer), Column("action", Text), Column("from_state", Text), Column("to_state", Text),
    Column("actor", Text), Column("role", Text), Column("at", Text), Column("client_recorded_at", Text),
    Column("payload", Text), Column("hash", Text),
)
conflict = _t(
    "conflict",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("order_id", Text),
    Column("cmd_id", Text), Column("code", Text), Column("details", Text), Column("created_at", Text),
    Column("resolved_at", Text),
)
doc_number_block = _t(
    "doc_number_block",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("opd_id", Text),
    Column("year", Integer), Column("doc_type", Text), Column("start", Integer), Column("end", Integer),
    Column("next", Integer), Column("issued_at", Text),
)
doc_number_issued = _t(
    "doc_number_issued",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("opd_id", Text),
    Column("year", Integer), Column("doc_type", Text), Column("number", Integer), Column("text", Text),
    Column("order_id", Text), Column("issued_at", Text), Column("void", Integer), Column("void_reason", Text),
    Column("voided_at", Text),
)
audit_log = _t(
    "audit_log",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("at", Text),
    Column("actor_user_id", Text), Column("action", Text), Column("order_id", Text), Column("details", Text),
    Column("prev_hash", Text), Column("entry_hash", Text),
)
attachment = _t(
    "attachment",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("order_id", Text),
    Column("kind", Text), Column("filename", Text), Column("sha256", Text), Column("size", Integer),
    Column("data", BLOB), Column("path", Text), Column("created_at", Text),
)

# -- bank reconciliation (migration 0005, issue #18) --------------------------------------------------------
bank_import = _t(
    "bank_import",
    Column("id", Integer, primary_key=True, autoincrement=True), Column("file_name", Text), Column("sha256", Text),
    Column("source", Text), Column("account", Text), Column("imported_at", Text), Column("imported_by", Text),
    Column("lines_read", Integer), Column("lines_new", Integer),
)
bank_line = _t(
    "bank_line",
    Column("id", Text, primary_key=True), Column("account", Text), Column("date", Text), Column("amount", Integer),
    Column("reference", Text), Column("description", Text), Column("counterparty_account", Text),
    Column("counterparty_name", Text), Column("balance", Integer), Column("code", Text),
    Column("occurrence", Integer), Column("import_id", Integer),
)
bank_balance = _t(
    "bank_balance",
    Column("account", Text, primary_key=True), Column("date", Text, primary_key=True),
    Column("kind", Text, primary_key=True), Column("amount", Integer), Column("import_id", Integer),
)
bank_link = _t(
    "bank_link",
    Column("id", Text, primary_key=True), Column("kind", Text), Column("note", Text), Column("confirmed_by", Text),
    Column("confirmed_at", Text),
)
bank_link_line = _t(
    "bank_link_line", Column("link_id", Text, primary_key=True), Column("line_id", Text, primary_key=True),
)
bank_link_entry = _t(
    "bank_link_entry",
    Column("link_id", Text, primary_key=True), Column("entry_id", Text, primary_key=True), Column("order_id", Text),
)

# -- the data keys' holders (migration 0007; desktop.services.data_protection): ids, public keys, wrapped blobs --
data_key = _t(
    "data_key", Column("id", Text, primary_key=True), Column("created_at", Text), Column("created_by", Text),
)
officer_key = _t(
    "officer_key",
    Column("public_key", BLOB, primary_key=True), Column("user_id", Text), Column("wrapped_private", BLOB),
    Column("kdf", Text), Column("created_at", Text), Column("retired_at", Text),
)
data_key_wrap = _t(
    "data_key_wrap",
    Column("key_id", Text, primary_key=True), Column("public_key", BLOB, primary_key=True), Column("wrapped", BLOB),
    Column("created_at", Text),
)
