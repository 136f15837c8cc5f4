from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.store import Store
from desktop.store.errors import NotFoundError, StoreError
from desktop.store.records import SyncStatus
from tests.store.conftest import NOW, make_order, wire_order


def test_save_and_read_back_with_lines_in_order(store: Store) -> None:
    order = make_order(lines=3, approval={"by": "u-ppk"}, reasons=("harga naik",), flags={"x": 1})
    with store.unit_of_work() as uow:
        saved = uow.orders.save_draft(order, now=NOW)
    assert saved.local_version == 1 and saved.sync_status is SyncStatus.LOCAL_ONLY
    assert [ln.id for ln in saved.lines] == ["o-1-l0", "o-1-l1", "o-1-l2"]
    assert saved.lines[2].subtotal == 3 * 55_000 and saved.approval == {"by": "u-ppk"}
    assert saved.reasons == ("harga naik",) and saved.flags == {"x": 1}
    assert saved.created_at == saved.updated_at_local == "2026-11-23T10:00:00.000000Z"
    with store.unit_of_work() as uow:  # edit: lines replaced as a whole, version bumped, created_at kept
        again = uow.orders.save_draft(replace(saved, lines=saved.lines[:1], notes="cepat"))
    assert again.local_version == 2 and len(again.lines) == 1 and again.notes == "cepat"
    assert again.created_at == saved.created_at


def test_list_filters(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order("a", state="DRAFT"))
        uow.orders.save_draft(make_order("b", state="DIAJUKAN", created_by="u-2"))
        uow.orders.save_draft(make_order("c", state="DIAJUKAN", opd_id="opd-2"))
    with store.unit_of_work(readonly=True) as uow:
        assert {o.id for o in uow.orders.list(states=["DIAJUKAN"])} == {"b", "c"}
        assert [o.id for o in uow.orders.list(states=["DIAJUKAN"], opd_id="opd-1")] == ["b"]
        assert [o.id for o in uow.orders.list(created_by="u-2")] == ["b"]
        assert all(o.lines == () for o in uow.orders.list(with_lines=False))
        assert uow.orders.count_by_state(opd_id="opd-1") == {"DRAFT": 1, "DIAJUKAN": 1}
        assert len(uow.orders.list(sync_status=[SyncStatus.LOCAL_ONLY], limit=2)) == 2


def test_server_copy_overwrites_when_nothing_is_pending(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        got = uow.orders.apply_server_order(wire_order(version=2, number="000.3/001/SP"), now=NOW)
    assert got.state == "DIAJUKAN" and got.server_version == 2 and got.sync_status is SyncStatus.SENT
    assert got.number == "000.3/001/SP" and got.shipping == 10_000 and got.total == 178_000
    assert [(ln.product_version, ln.unit_price_quoted) for ln in got.lines] == [(2, 56_000)]
    assert got.server_snapshot is not None and got.server_snapshot["version"] == 2


def test_server_copy_never_clobbers_pending_commands(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order(notes="local edit"))
        uow.outbox.enqueue(method="POST", path="/v1/orders/o-1/transitions", body={"action": "submit"},
                           actor_user_id="u-pp", order_id="o-1", cmd_id="c1")
        got = uow.orders.apply_server_order(wire_order(version=5, state="DITOLAK"))
    assert got.notes == "local edit" and got.state == "DRAFT" and len(got.lines) == 2
    assert got.server_snapshot["version"] == 5 and got.server_snapshot["state"] == "DITOLAK"
    assert got.sync_status is SyncStatus.PENDING
    with store.unit_of_work() as uow:  # once the command is done, the server copy wins
        uow.outbox.mark_in_flight("c1")
        uow.outbox.mark_done("c1", wire_order(version=6))
        got = uow.orders.apply_server_order(wire_order(version=6))
    assert got.server_version == 6 and got.state == "DIAJUKAN" and got.sync_status is SyncStatus.SENT


def test_older_server_copies_are_ignored(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.apply_server_order(wire_order(version=4, state="DISETUJUI"))
        got = uow.orders.apply_server_order(wire_order(version=3, state="DIAJUKAN"))
    assert got.state == "DISETUJUI" and got.server_version == 4


def test_new_order_from_server_and_bad_copy(store: Store) -> None:
    with store.unit_of_work() as uow:
        got = uow.orders.apply_server_order(wire_order("srv-1"))
        assert got.created_by == "u-pp" and got.sync_status is SyncStatus.SENT
        with pytest.raises(StoreError) as err:
            uow.orders.apply_server_order({"id": "bad", "version": 1, "opd_id": "x", "created_by": "u",
                                           "lines": [{"id": "l"}]})
    assert err.value.code == "bad_server_order"


def test_flag_stale_lines_and_find_drafts_by_product(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        uow.orders.save_draft(make_order("sent", state="DIAJUKAN"))
        hits = uow.orders.lines_for_products([100, 999])
        assert [(oid, ln.id) for oid, ln in hits] == [("o-1", "o-1-l0")]
        uow.orders.flag_lines("o-1", {"o-1-l0": (60_000, "price_changed")})
        order = uow.orders.require("o-1")
        assert order.lines[0].current_price == 60_000 and order.lines[0].flag == "price_changed"
        assert order.flags["stale_lines"] == ["o-1-l0"]
        uow.orders.flag_lines("o-1", {"o-1-l0": (None, None)})
        assert "stale_lines" not in uow.orders.require("o-1").flags


def test_only_local_drafts_can_be_deleted(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order("gone"))
        uow.orders.save_draft(make_order("kept"))
        uow.outbox.enqueue(method="POST", path="/v1/orders", body={}, actor_user_id="u-pp", order_id="kept")
        uow.attachments.add("gone", "invoice", "inv.pdf", data=b"%PDF-1.4")
        uow.orders.delete_local_draft("gone")
        assert uow.orders.get("gone") is None and uow.attachments.for_order("gone") == []
        with pytest.raises(StoreError):
            uow.orders.delete_local_draft("kept")
        with pytest.raises(NotFoundError):
            uow.orders.require("nope")


def test_adopting_the_server_copy_after_a_rejection(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.apply_server_order(wire_order(version=4, state="DRAFT"))
        uow.orders.save_draft(replace(uow.orders.require("o-1"), notes="my edit"))
        uow.outbox.enqueue(method="PUT", path="/v1/orders/o-1", body={"notes": "my edit"}, actor_user_id="u-pp",
                           order_id="o-1", base_version=4, cmd_id="c1")
        uow.outbox.mark_in_flight("c1")
        uow.outbox.mark_rejected("c1", "version_conflict")
        uow.orders.apply_server_order(wire_order(version=5, state="DRAFT", notes="theirs"))
        assert uow.orders.require("o-1").notes == "my edit"  # parked while unresolved
        with pytest.raises(StoreError) as err:
            uow.orders.adopt_server_snapshot("o-1")
        assert err.value.code == "commands_unsettled"
        uow.outbox.resolve_order("o-1", requeue_blocked=False)
        got = uow.orders.adopt_server_snapshot("o-1")
    assert got.notes == "theirs" and got.server_version == 5 and got.sync_status is SyncStatus.SENT


def test_adopt_needs_a_server_copy(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        with pytest.raises(StoreError) as err:
            uow.orders.adopt_server_snapshot("o-1")
    assert err.value.code == "no_server_copy"


def test_parked_server_copy_becomes_local_once_the_rejection_is_resolved(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.apply_server_order(wire_order(version=4, state="DRAFT"))
        uow.orders.save_draft(replace(uow.orders.require("o-1"), notes="my edit", lines=()))
        for cmd in ("c1", "c2"):
            uow.outbox.enqueue(method="PUT", path="/v1/orders/o-1", body={"n": cmd}, actor_user_id="u-pp",
                               order_id="o-1", base_version=4, cmd_id=cmd)
        uow.outbox.mark_in_flight("c1")
        uow.outbox.mark_rejected("c1", "version_conflict")
        theirs = wire_order(version=6, state="DIAJUKAN", number="027/SP/2026", notes="theirs")
        uow.orders.apply_server_order(theirs)
        assert uow.orders.require("o-1").notes == "my edit"  # parked while unresolved
        uow.outbox.resolve_order("o-1", requeue_blocked=True)  # c2 still unsettled: still parked
        assert uow.orders.require("o-1").sync_status is SyncStatus.PENDING
        assert uow.orders.require("o-1").notes == "my edit"
        uow.outbox.mark_in_flight("c2")
        uow.outbox.mark_rejected("c2", "version_conflict")
        uow.outbox.resolve_order("o-1", requeue_blocked=False)  # nothing left: the server copy is local now
        got = uow.orders.require("o-1")
    assert (got.notes, got.state, got.number, got.server_version) == ("theirs", "DIAJUKAN", "027/SP/2026", 6)
    assert got.sync_status is SyncStatus.SENT and got.server_snapshot == theirs
    assert [(ln.id, ln.qty, ln.unit_price_quoted) for ln in got.lines] == [("o-1-l0", 3, 56_000)]


def test_parked_server_copy_becomes_local_when_the_last_command_is_done(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.apply_server_order(wire_order(version=2, state="DIAJUKAN"))
        uow.outbox.enqueue(method="POST", path="/v1/orders/o-1/transitions", body={"action": "approve"},
                           actor_user_id="u-ppk", order_id="o-1", base_version=2, cmd_id="c1")
        uow.orders.apply_server_order(wire_order(version=4, state="DISETUJUI", number="9/SP"))  # a pull
        assert uow.orders.require("o-1").state == "DIAJUKAN"
        uow.outbox.mark_in_flight("c1")
        uow.outbox.mark_done("c1")  # a reply without an order body
        got = uow.orders.require("o-1")
        assert (got.state, got.number, got.server_version, got.sync_status) == ("DISETUJUI", "9/SP", 4,
                                                                                 SyncStatus.SENT)
        uow.orders.apply_server_order(wire_order(version=3, state="DISETUJUI"))  # the older reply: ignored
        assert uow.orders.require("o-1").server_version == 4
