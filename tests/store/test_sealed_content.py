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
