from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desktop.store import Store, tables
from desktop.store.records import Opd
from tests.store.conftest import make_order


def test_pragmas_on_every_connection(store: Store) -> None:
    with store.unit_of_work(readonly=True) as uow:
        get = lambda p: uow.session.execute(text(f"PRAGMA {p}")).scalar()  # noqa: E731
        assert get("journal_mode") == "wal"
        assert get("foreign_keys") == 1
        assert get("busy_timeout") == 5000
        assert get("synchronous") == 1  # NORMAL
    with store.raw_connection() as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.unit_of_work() as uow:
        uow.session.execute(text("INSERT INTO conflict (order_id, code, created_at) VALUES ('nope', 'x', 'now')"))


def test_unit_of_work_commits_on_success(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        uow.sync_state.set("catalog_cursor", "abc")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require("o-1").lines_total == 55_000 + 110_000
        assert uow.sync_state.get("catalog_cursor") == "abc"


def test_unit_of_work_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError, match="boom"), store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        uow.outbox.enqueue(method="POST", path="/v1/orders", body={"id": "o-1"}, actor_user_id="u-pp",
                           order_id="o-1")
        uow.audit.append("create", actor_user_id="u-pp", order_id="o-1")
        raise RuntimeError("boom")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.orders.get("o-1") is None
        assert uow.outbox.pending_count() == 0
        assert uow.audit.count() == 0


def test_writers_take_the_lock_up_front(store: Store) -> None:
    """A writing unit of work is BEGIN IMMEDIATE: a second writer waits (here: fails fast) at BEGIN, instead of
    failing later on a read→write upgrade."""
    with store.unit_of_work() as uow:
        uow.session.connection()  # BEGIN happens here
        other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_raw_connection_is_autocommit_and_rolls_back_leftovers(store: Store) -> None:
    with store.raw_connection() as conn:
        assert conn.isolation_level is None
        conn.execute("BEGIN")
        conn.execute("INSERT INTO sync_state VALUES ('k', '1')")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get("k") is None


def test_key_value_types_round_trip(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.sync_state.set("n", 42)
        uow.sync_state.set("d", {"a": [1, 2]})
        uow.settings.set("flag", True)
    with store.raw_connection() as conn:  # raw writers (the replica) store plain text
        conn.execute("INSERT INTO sync_state VALUES ('cursor', 'MTox')")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get("n") == 42 and uow.sync_state.get_int("n") == 42
        assert uow.sync_state.get("d") == {"a": [1, 2]}
        assert uow.sync_state.get_str("cursor") == "MTox"
        assert uow.sync_state.get("missing", "x") == "x"
        assert uow.settings.get("flag") is True
    with store.unit_of_work() as uow:
        uow.sync_state.delete("n")
        assert "n" not in uow.sync_state.all()


def test_tables_module_matches_migrated_schema(store: Store) -> None:
    with store.raw_connection() as conn:
        for name, table in tables.metadata.tables.items():
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            assert cols == [c.name for c in table.columns], name


def test_records_never_leak_orm_state(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.master.upsert_opds([Opd("opd-1", "DINKOP", "Dinas Koperasi")])
        got = uow.master.get_opd("opd-1")
    assert got == Opd("opd-1", "DINKOP", "Dinas Koperasi")  # usable after the session closed
    with pytest.raises(AttributeError):
        got.name = "x"  # type: ignore[misc]


def test_readonly_unit_of_work_refuses_writes(store: Store) -> None:
    with pytest.raises(Exception, match="readonly"), store.unit_of_work(readonly=True) as uow:
        uow.sync_state.set("k", 1)
    with store.unit_of_work() as uow:  # the pooled connection is writable again for a writer
        uow.sync_state.set("k", 2)
    with store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get("k") == 2


def test_concurrent_writers_serialise_without_busy_errors(store: Store) -> None:
    """Two threads each read-then-write the same counter (next document number). BEGIN IMMEDIATE makes the
    second wait for the first instead of failing on a lock upgrade; numbers stay unique."""
    import threading

    with store.unit_of_work() as uow:
        uow.numbers.add_block("opd-1", 2026, "SP", 1, 100)
    got: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(10):
                with store.unit_of_work() as uow:
                    got.append(uow.numbers.next_number("opd-1", 2026, "SP").number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and sorted(got) == list(range(1, 31))


def test_raw_connection_is_writable_after_a_reader(store: Store) -> None:
    with store.unit_of_work(readonly=True) as uow:
        uow.sync_state.get("x")
    with store.raw_connection() as conn:
        conn.execute("INSERT INTO sync_state VALUES ('raw', '1')")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get("raw") == 1


def test_health_check_reports_real_problems(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.audit.append("login", actor_user_id="u", details={})
        uow.catalog.upsert_providers([{"id": 1, "version": 1, "seq": 1, "status": "active", "name": "UD A",
                                       "legal_form": "perorangan", "kabkota_code": "33.01", "marketplace": "MBIZ"}])
        uow.catalog.upsert_products([{"id": 5, "version": 1, "seq": 2, "status": "active", "provider_id": 1,
                                      "name": "Kopi", "category": "c", "unit": "kg", "price": 10, "kind": "goods",
                                      "provider_name": "UD A", "kabkota_code": "33.01", "marketplace": "MBIZ",
                                      "legal_form": "perorangan"}])
    assert store.check() == []
    with store.raw_connection() as conn:  # edits behind the app's back
        conn.execute("UPDATE product SET name = 'Teh' WHERE id = 5")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'x'")
    # the search index is derived data: its drift is repaired by the check, not reported as damage that would
    # stop every sync; the rewritten audit entry is damage and is reported
    problems = store.check()
    assert len(problems) == 1 and "audit" in problems[0]
    with store.raw_connection() as conn:
        assert conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH 'teh'").fetchall() == [(5,)]
        assert conn.execute("SELECT rowid FROM product_fts WHERE product_fts MATCH 'kopi'").fetchall() == []


def test_nested_writing_unit_of_work_fails_fast(store: Store) -> None:
    from desktop.store.errors import StoreError

    with store.unit_of_work() as outer:
        outer.sync_state.set("a", 1)
        with store.unit_of_work(readonly=True) as reader:  # reading alongside is fine (WAL snapshot)
            assert reader.sync_state.get("a") is None
        with pytest.raises(StoreError) as err, store.unit_of_work():
            pass
        assert err.value.code == "nested_unit_of_work"
    with store.unit_of_work() as uow:  # the flag is cleared afterwards
        assert uow.sync_state.get("a") == 1
