from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.store import Store
from desktop.store.errors import NotFoundError, NumberBlockOverlapError, NumbersExhaustedError, StoreError
from tests.store.conftest import NOW, make_order


def test_audit_log_is_append_only(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        first = uow.audit.append("create", actor_user_id="u-pp", order_id="o-1", details={"total": 165_000}, now=NOW)
        uow.audit.append("submit", actor_user_id="u-pp", order_id="o-1", now=NOW)
        uow.audit.append("login", actor_user_id="u-pp", now=NOW)
    assert first.prev_hash == "0" * 64 and len(first.entry_hash) == 64
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(IntegrityError, match="append-only"), store.unit_of_work() as uow:
            uow.session.execute(text(sql))
    with store.unit_of_work(readonly=True) as uow:
        entries = uow.audit.for_order("o-1")
        assert [e.action for e in entries] == ["create", "submit"]
        assert entries[1].prev_hash == entries[0].entry_hash and entries[0].details == {"total": 165_000}
        assert uow.audit.verify_chain() is None and [e.action for e in uow.audit.recent(1)] == ["login"]


def test_audit_chain_detects_an_outside_edit(store: Store) -> None:
    with store.unit_of_work() as uow:
        for action in ("a", "b", "c"):
            uow.audit.append(action, actor_user_id="u", now=NOW)
    with store.raw_connection() as conn:  # someone bypasses the app with a SQLite tool
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET details = '{\"total\":1}' WHERE id = 2")
    with store.unit_of_work(readonly=True) as uow:
        assert uow.audit.verify_chain() == 2


def test_numbers_are_gap_free_across_blocks_and_never_reused(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.numbers.add_block("opd-1", 2026, "SP", 1, 2, now=NOW)
        uow.numbers.add_block("opd-1", 2026, "SP", 3, 4, now=NOW)
        uow.numbers.add_block("opd-1", 2026, "BAST", 1, 5, now=NOW)
        got = [uow.numbers.next_number("opd-1", 2026, "SP", order_id=f"o{i}", now=NOW).number for i in range(3)]
        assert got == [1, 2, 3] and uow.numbers.remaining("opd-1", 2026, "SP") == 1
        assert uow.numbers.next_number("opd-1", 2026, "BAST").number == 1  # separate sequence per type
        voided = uow.numbers.void("opd-1", 2026, "SP", 2, "pesanan dibatalkan", now=NOW)
        assert voided.void and voided.void_reason == "pesanan dibatalkan"
        assert uow.numbers.next_number("opd-1", 2026, "SP").number == 4  # 2 stays "batal"
        with pytest.raises(NumbersExhaustedError):
            uow.numbers.next_number("opd-1", 2026, "SP")
        with pytest.raises(NumbersExhaustedError):
            uow.numbers.next_number("opd-1", 2027, "SP")
        assert [n.number for n in uow.numbers.issued("opd-1", 2026, "SP")] == [1, 2, 3, 4]
        assert [n.number for n in uow.numbers.for_order("o1")] == [2]
        with pytest.raises(NotFoundError):
            uow.numbers.void("opd-1", 2026, "SP", 99, "x")


def test_rolled_back_document_returns_its_number(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.numbers.add_block("opd-1", 2026, "SP", 10, 20)
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        assert uow.numbers.next_number("opd-1", 2026, "SP").number == 10
        raise RuntimeError("printing failed")
    with store.unit_of_work() as uow:
        issued = uow.numbers.next_number("opd-1", 2026, "SP", text="000.3/010/SP/DINKOP/XI/2026")
        assert issued.number == 10 and issued.text.startswith("000.3/010")
        uow.numbers.set_text(issued.id, "000.3/010/SP/DINKOP/XII/2026")
        assert uow.numbers.issued_count() == 1


def test_issued_numbers_cannot_be_deleted_or_renumbered(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.numbers.add_block("opd-1", 2026, "SP", 1, 5)
        uow.numbers.next_number("opd-1", 2026, "SP")
    for sql in ("DELETE FROM doc_number_issued", "UPDATE doc_number_issued SET number = 9"):
        with pytest.raises(IntegrityError), store.unit_of_work() as uow:
            uow.session.execute(text(sql))


def test_blocks_must_not_overlap_or_be_empty(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.numbers.add_block("opd-1", 2026, "SP", 1, 10)
        with pytest.raises(NumberBlockOverlapError):
            uow.numbers.add_block("opd-1", 2026, "SP", 10, 12)
        with pytest.raises(StoreError):
            uow.numbers.add_block("opd-1", 2026, "SP", 30, 29)
        assert uow.numbers.add_block("opd-2", 2026, "SP", 1, 10).remaining == 10
        assert [b.start for b in uow.numbers.blocks("opd-1", 2026, "SP")] == [1]


def test_conflicts_are_parked_until_resolved(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        c = uow.conflicts.add("o-1", "price_changed",
                              {"details": [{"line_id": "o-1-l0", "quoted": 55_000, "current": 60_000}]},
                              cmd_id="c1", now=NOW)
        assert [x.id for x in uow.conflicts.open_for_order("o-1")] == [c.id] and c.details["details"][0]["current"] == 60_000
        uow.conflicts.resolve(c.id, now=NOW)
        assert uow.conflicts.open_for_order("o-1") == [] and uow.conflicts.open_all() == []
