"""Order content sealed at rest (UU PDP 27/2022, issue 15): the outbox bodies and responses, then the order's text
and JSON columns, its events, the audit details and the conflicts — sealed with the store's sealer as it is at each
write, opened on read; a value this session cannot open reads as Withheld and is never written back; a session
that cannot seal writes clear (never loses the officer's work)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.data_protection import AesGcmSealer
from desktop.services.sync_service import StoreOutbox
from desktop.store import Store
from desktop.store.sealing import PLAINTEXT, WITHHELD, SealedContentWithheld, Withheld, is_withheld
from tests.store.conftest import NOW, make_order

MARK = "RAHASIA-ALAMAT-7781"


def _raw(store: Store, sql: str) -> list:
    with store.unit_of_work(readonly=True) as uow:
        return list(uow.session.execute(text(sql)).scalars())


def _file_has(store: Store, marker: str) -> bool:
    with store.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = Path(store.path).parent
    return any(marker.encode() in p.read_bytes() for p in folder.iterdir() if p.is_file())


def _put(store: Store, body: dict, order_id: str = "o-1") -> str:
    with store.unit_of_work() as uow:
        if uow.orders.get(order_id) is None:
            uow.orders.save_draft(make_order(order_id), now=NOW)
        return uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{order_id}", body=body, actor_user_id="u-pp",
                                  order_id=order_id, now=NOW).cmd_id


@pytest.fixture
def sealed(store: Store) -> Store:
    store.sealer = AesGcmSealer(os.urandom(32))
    return store


# -- step 1: the outbox --------------------------------------------------------------------------------------
def test_outbox_body_and_response_are_sealed_and_read_back_byte_for_byte(sealed: Store) -> None:
    body = {"delivery_address": f"Jl. {MARK}", "lines": [{"id": "l1", "qty": 3}]}
    cmd_id = _put(sealed, body)
    [stored] = _raw(sealed, "SELECT body FROM outbox")
    assert stored.startswith("enc1:") and MARK not in stored
    with sealed.unit_of_work() as uow:
        cmd = uow.outbox.require(cmd_id)
        assert cmd.body == json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        uow.outbox.mark_in_flight(cmd_id)
        uow.outbox.mark_done(cmd_id, {"order": {"notes": MARK}}, now=NOW)
    [response] = _raw(sealed, "SELECT response FROM outbox")
    assert response.startswith("enc1:")
    with sealed.unit_of_work(readonly=True) as uow:
        assert json.loads(uow.outbox.require(cmd_id).response) == {"order": {"notes": MARK}}
    assert not _file_has(sealed, MARK)


def test_coalescing_replaces_a_sealed_body(sealed: Store) -> None:
    cmd_id = _put(sealed, {"notes": "first"})
    with sealed.unit_of_work() as uow:
        new = uow.outbox.replace_unattempted(cmd_id, {"notes": f"second {MARK}"})
    assert json.loads(new.body) == {"notes": f"second {MARK}"}
    [stored] = _raw(sealed, "SELECT body FROM outbox")
    assert stored.startswith("enc1:") and MARK not in stored


def test_the_sealer_is_read_at_each_write_not_when_the_store_opened(store: Store) -> None:
    _put(store, {"notes": "before login"})
    assert _raw(store, "SELECT body FROM outbox") == ['{"notes":"before login"}']  # no key yet: clear, not lost
    store.sealer = AesGcmSealer(os.urandom(32))  # what login does
    _put(store, {"notes": MARK}, "o-2")
    assert _raw(store, "SELECT body FROM outbox ORDER BY seq")[1].startswith("enc1:")


@pytest.mark.parametrize("sealer", [PLAINTEXT, WITHHELD], ids=["plaintext", "withheld"])
def test_a_session_that_cannot_seal_writes_clear_never_withheld(store: Store, sealer) -> None:
    store.sealer = sealer
    cmd_id = _put(store, {"notes": MARK})
    with store.unit_of_work(readonly=True) as uow:
        assert json.loads(uow.outbox.require(cmd_id).body) == {"notes": MARK}


def test_a_body_this_session_cannot_open_is_not_sent_and_not_dropped(sealed: Store) -> None:
    held_id = _put(sealed, {"notes": MARK})
    sealed.sealer = AesGcmSealer(os.urandom(32))  # another key (the right one is not held in this session)
    other_id = _put(sealed, {"notes": "readable"}, "o-2")
    with sealed.unit_of_work(readonly=True) as uow:
        assert is_withheld(uow.outbox.require(held_id).body)
    outbox = StoreOutbox(sealed)
    assert [c.cmd_id for c in outbox.sendable()] == [other_id]
    assert outbox.held == {held_id}
    with sealed.unit_of_work(readonly=True) as uow:
        assert uow.outbox.require(held_id).status.value == "pending"


def test_the_withheld_text_is_never_written_into_the_outbox(sealed: Store) -> None:
    with pytest.raises(SealedContentWithheld) as err:
        _put(sealed, {"delivery_address": str(Withheld())})
    assert "tidak ditimpa" in err.value.message
    assert _raw(sealed, "SELECT count(*) FROM outbox") == [0]


# -- step 2: the order's text and JSON columns, its events --------------------------------------------------
SEALED_ORDER_COLUMNS = ("delivery_address", "notes", "reasons", "approval", "receipt", "bast", "payment")


def _marked_order(order_id: str = "o-1"):
    return make_order(order_id, delivery_address=f"Jl. {MARK} No. 1", notes=f"catatan {MARK}",
                      reasons=({"text": f"alasan {MARK}", "by": "ppk"},), approval={"sp_number": f"SP {MARK}"},
                      receipt={"note": f"terima {MARK}"}, bast={"number": f"BAST {MARK}"},
                      payment={"note": f"bayar {MARK}", "amount": 110_000}, state="DIBAYAR", number="SP/1/2026")


def test_order_text_and_json_columns_are_sealed_and_the_rest_stays_clear(sealed: Store) -> None:
    order = _marked_order()
    with sealed.unit_of_work() as uow:
        uow.orders.save_draft(order, now=NOW)
    with sealed.unit_of_work(readonly=True) as uow:
        row = uow.session.execute(text("SELECT * FROM orders")).mappings().one()
        got = uow.orders.require("o-1")
        listed = uow.orders.list(states=["DIBAYAR"], opd_id="opd-1")  # filters on clear columns still work
    assert all(row[c].startswith("enc1:") for c in SEALED_ORDER_COLUMNS), row
    assert (row["id"], row["state"], row["number"], row["total"]) == ("o-1", "DIBAYAR", "SP/1/2026", order.total)
    assert [o.id for o in listed] == ["o-1"]
    for column in SEALED_ORDER_COLUMNS:
        assert getattr(got, column) == getattr(order, column)
    assert not _file_has(sealed, MARK)


def test_the_server_copy_and_its_events_are_sealed(sealed: Store) -> None:
    from tests.store.conftest import wire_order

    with sealed.unit_of_work() as uow:
        uow.orders.save_draft(make_order("o-1"), now=NOW)
        uow.outbox.enqueue(method="PUT", path="/v1/orders/o-1", body={}, actor_user_id="u-pp", order_id="o-1")
        uow.orders.apply_server_order(wire_order("o-1", notes=f"server {MARK}"))  # parked: a command waits
        uow.orders.save_events([{"order_id": "o-1", "seq": 1, "version": 2, "action": "reject", "to_state": "DRAFT",
                                 "actor": "ppk", "role": "PPK", "at": "2026-11-23T01:00:00Z",
                                 "payload": {"reason": f"tolak {MARK}"}}])
    assert _raw(sealed, "SELECT server_snapshot FROM orders")[0].startswith("enc1:")
    assert _raw(sealed, "SELECT payload FROM order_event")[0].startswith("enc1:")
    with sealed.unit_of_work(readonly=True) as uow:
        assert uow.orders.require("o-1").server_snapshot["notes"] == f"server {MARK}"
        assert uow.orders.events("o-1")[0].payload == {"reason": f"tolak {MARK}"}
    assert not _file_has(sealed, MARK)


def test_content_this_session_cannot_open_reads_withheld_and_is_never_written_back(sealed: Store) -> None:
    with sealed.unit_of_work() as uow:
        uow.orders.save_draft(_marked_order(), now=NOW)
    before = _raw(sealed, "SELECT delivery_address || notes || approval || payment FROM orders")
    sealed.sealer = AesGcmSealer(os.urandom(32))  # a session without this database's key
    with sealed.unit_of_work(readonly=True) as uow:
        order = uow.orders.require("o-1")
    assert is_withheld(order.delivery_address) and "tersegel" in order.delivery_address
    assert is_withheld(order.approval) and is_withheld(order.approval["sp_number"]) and order.payment
    assert is_withheld(order.reasons[0]) and order.state == "DIBAYAR" and order.total  # clear columns read
    from dataclasses import replace

    for attempt in (order, replace(order, notes="catatan baru"), replace(order, delivery_address="Jl. Baru",
                                                                          notes="baru", reasons=())):
        with pytest.raises(SealedContentWithheld), sealed.unit_of_work() as uow:
            uow.orders.save_draft(attempt, now=NOW)
    assert _raw(sealed, "SELECT delivery_address || notes || approval || payment FROM orders") == before


@pytest.mark.parametrize("sealer", [PLAINTEXT, WITHHELD], ids=["plaintext", "withheld"])
def test_order_content_is_written_clear_when_the_session_cannot_seal(store: Store, sealer) -> None:
    store.sealer = sealer
    with store.unit_of_work() as uow:
        uow.orders.save_draft(_marked_order(), now=NOW)
    assert MARK in _raw(store, "SELECT notes FROM orders")[0]  # never withheld: the officer's work is kept
    with store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require("o-1").approval == {"sp_number": f"SP {MARK}"}


# -- step 3: audit details (sealed before hashing) and conflicts ----------------------------------------------
def test_audit_details_are_sealed_before_hashing_so_the_chain_checks_without_a_key(sealed: Store) -> None:
    with sealed.unit_of_work() as uow:
        uow.orders.save_draft(make_order("o-1"), now=NOW)
        uow.audit.append("reject", actor_user_id="u-ppk", order_id="o-1", details={"reason": f"tolak {MARK}"})
        uow.conflicts.add("o-1", "stale_version", {"detail": f"server {MARK}"})
    assert _raw(sealed, "SELECT details FROM audit_log")[0].startswith("enc1:")
    assert _raw(sealed, "SELECT details FROM conflict")[0].startswith("enc1:")
    with sealed.unit_of_work(readonly=True) as uow:
        assert uow.audit.for_order("o-1")[0].details == {"reason": f"tolak {MARK}"}
        assert uow.conflicts.open_for_order("o-1")[0].details == {"detail": f"server {MARK}"}
    assert not _file_has(sealed, MARK)
    sealed.sealer = PLAINTEXT  # no key at all: the chain is still checked, the details read as withheld
    assert sealed.check() == []
    with sealed.unit_of_work(readonly=True) as uow:
        assert is_withheld(uow.audit.for_order("o-1")[0].details)
        assert is_withheld(uow.conflicts.open_for_order("o-1")[0].details)


# -- step 4: the one-time pass over what an older version wrote in clear ------------------------------------
def test_the_pass_on_open_seals_clear_content_in_the_file_its_wal_and_its_backups(store: Store) -> None:
    from tests.store.conftest import wire_order

    order = _marked_order()
    with store.unit_of_work() as uow:  # what an older version left: everything in clear
        uow.sync_state.set("data_key_id", "key-1")
        uow.orders.save_draft(order, now=NOW)
        cmd = uow.outbox.enqueue(method="PUT", path="/v1/orders/o-1", body={"notes": order.notes},
                                 actor_user_id="u-pp", order_id="o-1", now=NOW)
        uow.outbox.mark_in_flight(cmd.cmd_id)  # attempted: its body is frozen (a trigger)
        uow.orders.save_events([{"order_id": "o-1", "seq": 1, "version": 2, "action": "reject",
                                 "to_state": "DRAFT", "actor": "ppk", "role": "PPK", "at": "2026-11-23T01:00:00Z",
                                 "payload": {"reason": f"tolak {MARK}"}}])
        uow.conflicts.add("o-1", "stale_version", {"current_order": wire_order("o-1", notes=MARK)})
        for i in range(3):
            uow.audit.append("edit", actor_user_id="u-pp", order_id="o-1", details={"notes": f"{MARK} {i}"})
    sent_text = json.dumps({"notes": order.notes}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert store.check_audit(full=False) is None  # checkpoint recorded on the clear chain
    store.backup_now()
    assert _file_has(store, MARK)
    store.sealer = AesGcmSealer(os.urandom(32))
    store.seal_existing()
    folder = Path(store.path).parent
    found = [p.name for p in folder.rglob("*") if p.is_file() and MARK.encode() in p.read_bytes()]
    assert found == []  # the database, its WAL and the backup
    with store.unit_of_work(readonly=True) as uow:
        got = uow.orders.require("o-1")
        assert (got.delivery_address, got.notes, got.approval, got.payment) == (
            order.delivery_address, order.notes, order.approval, order.payment)
        assert uow.outbox.require(cmd.cmd_id).body == sent_text  # the same bytes go out again
        assert [e.details["notes"] for e in uow.audit.for_order("o-1")] == [f"{MARK} {i}" for i in range(3)]
        assert uow.orders.events("o-1")[0].payload == {"reason": f"tolak {MARK}"}
        assert uow.conflicts.open_for_order("o-1")[0].details["current_order"]["notes"] == MARK
    assert store.check_audit(full=False) is None and store.check() == []  # the re-chained log verifies
    with pytest.raises(Exception, match="append-only"), store.unit_of_work() as uow:  # triggers put back
        uow.session.execute(text("UPDATE audit_log SET action = 'x'"))
    with pytest.raises(Exception, match="immutable"), store.unit_of_work() as uow:
        uow.session.execute(text("UPDATE outbox SET body = '{}'"))
    store.seal_existing()  # nothing left: a no-op


def test_the_pass_leaves_a_tampered_audit_chain_as_it_is(store: Store) -> None:
    with store.unit_of_work() as uow:
        for i in range(2):
            uow.audit.append("edit", actor_user_id="u-pp", details={"notes": f"{MARK} {i}"})
    with store.raw_connection() as conn:  # edited outside the app
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'forged' WHERE id = 1")
    store.sealer = AesGcmSealer(os.urandom(32))
    store.seal_existing()
    assert store.check_audit(full=True) == 1  # still shown as broken, not laundered by a re-chain


def test_the_pass_seals_a_backup_only_when_it_knows_the_sealing_key(store: Store) -> None:
    from desktop.services.data_protection import KeySetSealer

    with store.unit_of_work() as uow:
        uow.orders.save_draft(_marked_order(), now=NOW)
    store.backup_now()  # knows no key at all: restored, it could not open a sealed value — left as it is
    with store.raw_connection() as conn:
        conn.execute("INSERT INTO data_key (id, created_at) VALUES ('k-1', '2026-12-01T00:00:00.000000Z')")
    store.backup_now(now=NOW)  # knows k-1
    store.sealer = KeySetSealer({"k-1": os.urandom(32)}, "k-1")
    store.seal_existing()
    backups = sorted((Path(store.path).parent / "backups").glob("*.db"), key=lambda p: p.stat().st_mtime_ns)
    holding = [MARK.encode() in p.read_bytes() for p in backups]
    assert holding == [True, False]
    with store.raw_connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert MARK.encode() not in Path(store.path).read_bytes()
