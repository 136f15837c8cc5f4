"""Local store: SQLAlchemy 2 on one SQLite file (WAL, foreign keys, busy_timeout, synchronous=NORMAL).

Quick API (everything returns frozen dataclasses from `desktop.store.records`, never ORM rows):

    store = Store.open(path)                  # creates/migrates; backs the file up before an upgrade
    with store.unit_of_work() as uow:         # one Session = one transaction: commit on success, rollback on error
        uow.orders.save_draft(order)          # Order + lines; get/require/list(states=, opd_id=, created_by=, ...)
        uow.orders.apply_server_order(d)      # wire dict; parked in server_snapshot while commands are unsettled
        uow.orders.lines_for_products(ids); flag_lines(oid, {line: (price, flag)}); save_events/events(oid)
        uow.orders.adopt_server_snapshot(oid)  # "use the server version" once its commands are settled
        uow.outbox.enqueue(method=, path=, body=, actor_user_id=, order_id=, base_version=)  # same transaction
        uow.outbox.next_ready(now)            # FIFO per order, orders in parallel
        uow.outbox.mark_in_flight/mark_done/mark_rejected/retry/resolve_order/recover_in_flight/reset_backoff
        uow.outbox.pending_count(), pending_for_user(uid), for_order(oid), replace_unattempted(cmd_id, body)
        uow.audit.append(action, actor_user_id=, order_id=, details=); for_order(oid); verify_chain()
        uow.conflicts.add/open_for_order/resolve   uow.attachments.add/for_order/read
        uow.numbers.add_block(opd, year, doc_type, start, end); next_number(...); void(...); remaining(...)
        uow.sync_state.get/set/get_int/get_str     uow.settings (same API)   uow.chunks (snapshot_chunk)
        uow.master.upsert_*/list_* (opd, sub_kegiatan, kode_rekening, marketplaces)
        uow.users.cache(user); get/by_username/list; set_verifier/get_verifier (offline login)
        uow.users.note_failed_login/locked_until/clear_failed_logins   # offline-login throttling
        uow.catalog.search(CatalogQuery(text=..., category=..., ...)) -> CatalogPage(ids, total_estimate, ...)
        uow.catalog.get_products(ids); get_provider(id); product_count(); catalog_checksum(); rebuild_fts()
        uow.catalog.upsert_products(rows) / upsert_providers(rows)   # deltas: version-guarded, FTS kept in step
    with store.unit_of_work(readonly=True) as uow: ...   # plain BEGIN, no write lock, writes refused
    with store.raw_connection() as conn: ...  # sqlite3, autocommit: bulk loaders issue BEGIN/COMMIT themselves
    store.path, store.schema_version(), store.check() -> [problems] (diagnostics; slow on big catalogs)

Catalog functions on a raw connection: `desktop.store.catalog_search.search/get_products` and
`desktop.store.catalog_write.rebuild_fts/upsert_products/upsert_providers/catalog_checksum`.
Errors: `desktop.store.errors.StoreError` subclasses with a stable `.code` and an Indonesian `.message`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.catalog_search import CatalogPage, CatalogQuery
    from desktop.store.db import Store, UnitOfWork
    from desktop.store.errors import StoreError

__all__ = ["CatalogPage", "CatalogQuery", "Store", "StoreError", "UnitOfWork"]

# Imported on first use (PEP 562): the raw-sqlite modules (the replica, which the first sync's child process runs,
# issue 16) then load without SQLAlchemy — ~20 MB and ~0.3 s less for that process. Plain import statements, not
# dotted strings: import-linter and PyInstaller see them.
def __getattr__(name: str) -> Any:
    if name in ("CatalogPage", "CatalogQuery"):
        from desktop.store import catalog_search as home
    elif name in ("Store", "UnitOfWork"):
        from desktop.store import db as home  # type: ignore[no-redef]
    elif name == "StoreError":
        from desktop.store import errors as home  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(home, name)
    globals()[name] = value
    return value
