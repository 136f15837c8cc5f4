"""Alembic environment: uses the caller's connection when given (db.migrate), else the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.server.storage.models import metadata

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
        compare_type=connection.dialect.name != "sqlite",  # SQLite ignores VARCHAR lengths
        # stats_* tables are derived data owned by stats_models.ensure_schema, not by Alembic
        include_name=lambda name, type_, parents: not (type_ == "table" and (name or "").startswith("stats_")),
    )
    with context.begin_transaction():
        context.run_migrations()


conn = config.attributes.get("connection")
if conn is not None:
    _run(conn)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as c:
        _run(c)
        c.commit()
