"""Alembic environment: uses the caller's connection when given (db.migrate), else the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import sync.server.stats.models
import sync.server.stats.rollup  # noqa: F401  (the stats tables register on the same metadata)
from sync.server.storage.models import metadata

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
        compare_type=connection.dialect.name != "sqlite",  # SQLite ignores VARCHAR lengths
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
