"""Server tables (SQLAlchemy Core). Migrations in `migrations/` create exactly these; `alembic check` keeps them equal.

Catalog rows and orders keep indexed columns for queries; the order document itself (lines, approval, payment…)
is stored as JSON text so the wire shape and the stored shape never drift apart.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Key/value settings shared by every worker: token secret, SoD policy, minimum client version.
server_state = Table(
    "server_state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row (id=1). Holding its row lock is "being the catalog writer": seq values therefore commit in order.
catalog_meta = Table(
    "catalog_meta", metadata,
    Column("id", Integer, primary_key=True),
    Column("epoch", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("active_count", BigInteger, nullable=False),
    Column("checksum", BigInteger, nullable=False),
    Column("min_seq", BigInteger, nullable=False),
)

kabkota = Table(
    "kabkota", metadata,
    Column("code", String(8), primary_key=True),
    Column("jenis", String(16), nullable=False),
    Column("nama", String(64), nullable=False),
)

category = Table(
    "category", metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
)

opd = Table(
    "opd", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(256), nullable=False),
    Column("kabkota_code", String(8), nullable=False),
    Column("audit_head", String(64), nullable=False),
    Column("audit_count", BigInteger, nullable=False),
)

provider = Table(
    "provider", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("name", String(256), nullable=False),
    Column("owner_name", String(256), nullable=False),
    Column("legal_form", String(16), nullable=False),
    Column("kabkota_code", String(8), nullable=False),
    Column("kabkota", String(64), nullable=False),
    Column("address", Text, nullable=False),
    Column("nib", String(32), nullable=False),
    Column("npwp", String(16)),
    Column("nik", String(16), nullable=False),
    Column("pkp", Boolean, nullable=False),
    Column("suket_pp55", Boolean, nullable=False),
    Column("bank_name", String(64), nullable=False),
    Column("bank_account", String(32), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("has_sales", Boolean, nullable=False),
    Column("delisted_reason", Text),
)

product = Table(
    "product", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("provider_id", BigInteger, nullable=False, index=True),
    Column("name", String(512), nullable=False),
    Column("description", Text, nullable=False),
    Column("category", String(32), nullable=False),
    Column("unit", String(32), nullable=False),
    Column("price", BigInteger, nullable=False),
    Column("stock", BigInteger, nullable=False),
    Column("tkdn", Float),
    Column("pdn", Boolean),
    Column("kind", String(16), nullable=False),
    Column("provider_name", String(256), nullable=False),
    Column("kabkota_code", String(8), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("legal_form", String(16), nullable=False),
    Column("delisted_reason", Text),
)

# Superseded versions of catalog products (#12.9): what a line quoting an older version must say. The current
# version is the `product` row itself; the catalog writer copies a row here before it changes it.
product_version = Table(
    "product_version", metadata,
    Column("product_id", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
    Column("provider_id", BigInteger, nullable=False),
    Column("name", String(512), nullable=False),
    Column("unit", String(32), nullable=False),
    Column("price", BigInteger, nullable=False),
    PrimaryKeyConstraint("product_id", "version"),
)

snapshot = Table(
    "snapshot", metadata,
    Column("id", String(64), primary_key=True),
    Column("epoch", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("row_count", BigInteger, nullable=False),
    Column("checksum", BigInteger, nullable=False),
    Column("manifest", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

app_user = Table(
    "app_user", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", String(256), nullable=False),
    Column("role", String(64), nullable=False),  # "PPK" or several: "PA_KPA,PPK" (first = primary)
    Column("opd_id", String(64), ForeignKey("opd.id")),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False),
    Column("created_at", String(32), nullable=False),
    # Bumped when access must end at once (disabled, roles changed, password reset): tokens carry it.
    Column("auth_gen", Integer, nullable=False, server_default="0"),
    # The officer's NIP (18 digits, checked with desktop.domain's parse_nip), printed under their signature;
    # NULL for accounts made before it was kept, and for accounts that sign nothing (admin) (#13.19).
    Column("nip", String(18)),
)

refresh_token = Table(
    "refresh_token", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("app_user.id"), nullable=False, index=True),
    Column("family_id", String(36), nullable=False, index=True),
    Column("device_id", String(128)),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("replaced_by", String(64)),
    Column("revoked", Boolean, nullable=False),
)

login_attempt = Table(
    "login_attempt", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", BigInteger, nullable=False),
    Column("success", Boolean, nullable=False),
    Index("ix_login_attempt_username_at", "username", "at"),
    Index("ix_login_attempt_address_at", "address", "at"),
)

# Account security log: delays started, admin unlocks, disables, role changes, password resets (kept).
security_event = Table(
    "security_event", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", BigInteger, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("username", String(64)),
    Column("address", String(64)),
    Column("actor", String(64)),
    Column("detail", Text, nullable=False),
    Index("ix_security_event_username_at", "username", "at"),
    Index("ix_security_event_address_at", "address", "at"),
)

orders = Table(
    "orders", metadata,
    Column("id", String(36), primary_key=True),
    Column("opd_id", String(64), ForeignKey("opd.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("state", String(32), nullable=False),
    Column("change_seq", BigInteger, nullable=False, unique=True),
    Column("doc", Text, nullable=False),
    # The PPK's last day (Jakarta date, #17), copied from the document so the expiry job finds overdue orders
    # by index; null for orders not waiting for the PPK's first answer or without a deadline.
    Column("approval_due", String(10)),
    Index("ix_orders_opd_id_change_seq", "opd_id", "change_seq"),
    Index("ix_orders_state_approval_due", "state", "approval_due"),
)

# Every order line id ever written and the order it belongs to (#12.7): line ids are unique across all orders, for
# good — a line removed from a draft keeps its id reserved for that order, so no replica can meet it twice.
order_line_id = Table(
    "order_line_id", metadata,
    Column("line_id", String(64), primary_key=True),
    Column("order_id", String(36), nullable=False),
)

order_event = Table(
    "order_event", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("order_id", String(36), nullable=False, index=True),
    Column("opd_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("action", String(32), nullable=False),
    Column("from_state", String(32)),
    Column("to_state", String(32), nullable=False),
    Column("actor", String(36), nullable=False),
    Column("role", String(16), nullable=False),
    Column("at", String(32), nullable=False),
    Column("client_recorded_at", String(64)),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_order_event_opd_id_seq", "opd_id", "seq"),
)

# Counters serialise writers that need an ordered sequence (orders feed, document numbers).
counter = Table(
    "counter", metadata,
    Column("name", String(128), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

idempotency = Table(
    "idempotency", metadata,
    Column("user_id", String(36), nullable=False),
    Column("key", String(200), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("state", String(16), nullable=False),  # in_flight | done
    Column("status", Integer),
    Column("headers", Text),
    Column("body", LargeBinary),
    Column("created_at", BigInteger, nullable=False),
    Column("lease_until", BigInteger, nullable=False),
    PrimaryKeyConstraint("user_id", "key"),
)

number_block = Table(
    "number_block", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("opd_id", String(64), ForeignKey("opd.id"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("doc_type", String(16), nullable=False),
    Column("start", BigInteger, nullable=False),
    Column("end", BigInteger, nullable=False),
    Column("device_id", String(128)),
    Column("issued_to", String(36), nullable=False),
    Column("issued_at", String(32), nullable=False),
)

number_void = Table(
    "number_void", metadata,
    Column("opd_id", String(64), nullable=False),
    Column("year", Integer, nullable=False),
    Column("doc_type", String(16), nullable=False),
    Column("number", BigInteger, nullable=False),
    Column("reason", Text, nullable=False),
    Column("voided_by", String(36), nullable=False),
    Column("voided_at", String(32), nullable=False),
    PrimaryKeyConstraint("opd_id", "year", "doc_type", "number"),
)

# Every number that became final on an order: issued by the server's counter, or claimed from a block leased to
# the device that printed it (#12.1). The primary key makes "unused" a database fact, also under races.
number_used = Table(
    "number_used", metadata,
    Column("opd_id", String(64), nullable=False),
    Column("year", Integer, nullable=False),
    Column("doc_type", String(16), nullable=False),
    Column("number", BigInteger, nullable=False),
    Column("text", String(128), nullable=False),
    Column("order_id", String(36), nullable=False),
    Column("device_id", String(128)),  # null: issued by the server's own counter
    Column("used_by", String(36), nullable=False),
    Column("used_at", String(32), nullable=False),
    PrimaryKeyConstraint("opd_id", "year", "doc_type", "number"),
)

# Fiscal years an OPD's Bendahara has closed (tutup buku, #17): commands dated in them are refused (409
# year_closed, sync.protocol.closing). `doc` keeps the closing as sent (carried/cancelled orders, UP returned).
closed_year = Table(
    "closed_year", metadata,
    Column("opd_id", String(64), nullable=False),
    Column("year", Integer, nullable=False),
    Column("closed_on", String(10), nullable=False),
    Column("closed_by", String(36), nullable=False),
    Column("closed_at", String(32), nullable=False),
    Column("doc", Text, nullable=False),
    PrimaryKeyConstraint("opd_id", "year"),
)

# Acting officials (#17, sync.protocol.delegation): who acts as PPK / PA-KPA / Bendahara for whom, from when to
# when, under which letter. Rows are never deleted: a revoked delegation stays, for the audit trail.
delegation = Table(
    "delegation", metadata,
    Column("id", String(36), primary_key=True),
    Column("opd_id", String(64), ForeignKey("opd.id"), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("delegate_id", String(36), ForeignKey("app_user.id"), nullable=False, index=True),
    Column("delegate_nip", String(18), nullable=False),
    Column("for_user_id", String(36), ForeignKey("app_user.id")),
    Column("starts_on", String(10), nullable=False),
    Column("ends_on", String(10), nullable=False),
    Column("letter_number", String(128), nullable=False),
    Column("letter_date", String(10), nullable=False),
    Column("revoked", Boolean, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("revoked_by", String(64)),
    Column("revoked_at", String(32)),
)

# Device keys certified to sign printed documents (scheme BLK1). Kept for audit and later revocation.
device_cert = Table(
    "device_cert", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(64), nullable=False, index=True),
    Column("opd_id", String(64), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("certificate", Text, nullable=False),
    Column("issued_at", String(32), nullable=False),
)
