"""Tutup buku in the local store (#17): decisions kept as they are made, the lock a closed year puts on local
order writes (server copies still land), and the closing command as a barrier in the outbox."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.store.db import Store
from desktop.store.errors import YearLockedError
from desktop.store.records import Order
from tests.store.conftest import make_order, wire_order

JAN = dt.datetime(2027, 1, 4, 3, 0, tzinfo=dt.UTC)
DEC31 = dt.datetime(2026, 12, 31, 3, 0, tzinfo=dt.UTC)


def _paid(order_id: str, day: str = "2026-12-20") -> Order:
    return make_order(order_id, state="DIBAYAR", approval={"sp_date": "2026-12-01"},
                      payment={"date": day, "amount": 165_000, "deposits": []})


def _close(store: Store, year: int = 2026) -> None:
    with store.unit_of_work() as uow:
        uow.closings.close("opd-1", year, {"on": "2026-12-31", "by": "u-bend"})


def test_decisions_are_kept_until_the_year_is_closed(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.closings.decide("opd-1", 2026, "order:o-1", {"decision": "carry", "reason": ""})
        uow.closings.set_up_return("opd-1", 2026, {"amount": 5_000, "date": "2026-12-31"})
    with store.unit_of_work(readonly=True) as uow:
        record = uow.closings.get("opd-1", 2026)
        assert record["decisions"] == {"order:o-1": {"decision": "carry", "reason": ""}}
        assert list(uow.closings.up_returns("opd-1")) == [(2026, {"amount": 5_000, "date": "2026-12-31"})]
        assert uow.closings.closed_years("opd-1") == frozenset()
    _close(store)
    with store.unit_of_work() as uow:
        assert uow.closings.closed_years("opd-1") == {2026} and uow.closings.closed_years("opd-2") == frozenset()
        with pytest.raises(YearLockedError) as err:
            uow.closings.decide("opd-1", 2026, "order:o-1", {"decision": "cancel"})
        assert err.value.code == "year_locked" and "2026 sudah ditutup" in err.value.message
        with pytest.raises(YearLockedError):
            uow.closings.set_up_return("opd-1", 2026, None)


def test_a_closed_year_locks_local_writes_of_its_books(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.orders.save_draft(_paid("o-paid"), now=DEC31)
        uow.orders.save_draft(make_order("o-open", state="DISETUJUI", approval={"sp_date": "2026-12-01"}), now=DEC31)
    _close(store)
    with store.unit_of_work() as uow:
        paid = uow.orders.require("o-paid")
        with pytest.raises(YearLockedError):  # a payment of the closed year never changes
            uow.orders.save_draft(replace(paid, payment={**(paid.payment or {}), "bku_number": "0099"}), now=JAN)
        opened = uow.orders.require("o-open")
        with pytest.raises(YearLockedError):  # no record dated in the closed year
            uow.orders.save_draft(replace(opened, state="DITERIMA", receipt={"date": "2026-12-30"}), now=JAN)
        with pytest.raises(YearLockedError):  # no step taken on a day of the closed year
            uow.orders.save_draft(replace(opened, state="DIKIRIM_KE_PENYEDIA"), now=DEC31)
        # the carried-over order goes on with next year's dates
        moved = uow.orders.save_draft(replace(opened, state="DITERIMA", receipt={"date": "2027-01-04"}), now=JAN)
        assert moved.state == "DITERIMA"
        # a new order of next year, and another OPD's books, are not locked
        uow.orders.save_draft(make_order("o-new"), now=JAN)
        uow.orders.save_draft(replace(_paid("o-other"), opd_id="opd-2"), now=JAN)


def test_server_copies_are_never_refused(store: Store) -> None:
    _close(store)
    with store.unit_of_work() as uow:
        stored = uow.orders.apply_server_order(wire_order("o-srv", version=5, state="DIBAYAR",
                                                          payment={"date": "2026-12-30", "amount": 1}))
        assert stored.state == "DIBAYAR" and stored.server_version == 5


def test_the_closing_command_waits_for_everything_queued_before_it(store: Store) -> None:
    with store.unit_of_work() as uow:
        first = uow.outbox.enqueue(method="POST", path="/v1/orders/o-1/transitions", body={"a": 1},
                                   actor_user_id="u", order_id="o-1")
        closing = uow.outbox.enqueue(method="POST", path="/v1/closings", body={"year": 2026}, actor_user_id="u",
                                     order_id="closing:opd-1:2026")
        later = uow.outbox.enqueue(method="POST", path="/v1/orders/o-2/transitions", body={"a": 2},
                                   actor_user_id="u", order_id="o-2")
        loose = uow.outbox.enqueue(method="POST", path="/v1/numbers/void", body={}, actor_user_id="u")
        ready = [c.cmd_id for c in uow.outbox.next_ready()]
        # commands queued after the closing, and commands of no order, are not held back by it
        assert ready == [first.cmd_id, later.cmd_id, loose.cmd_id]
        uow.outbox.mark_in_flight(first.cmd_id)
        uow.outbox.mark_done(first.cmd_id, {})
        assert [c.cmd_id for c in uow.outbox.next_ready()] == [closing.cmd_id, later.cmd_id, loose.cmd_id]


def test_a_year_another_pc_closed_is_locked_here_after_sync(store: Store) -> None:
    import json

    from sync.protocol.closing import state_key

    with store.unit_of_work() as uow:
        uow.orders.save_draft(_paid("o-paid"), now=DEC31)
        # what sync.client.closings keeps from GET /v1/closings
        uow.sync_state.set(state_key("opd-1"), json.dumps([{
            "opd_id": "opd-1", "year": 2026, "closed_on": "2026-12-31", "closed_by": "u-b",
            "closed_by_name": "Rina Kusumawati", "closed_at": "2026-12-31T08:00:00.000Z"}]))
    with store.unit_of_work() as uow:
        assert uow.closings.closed_years("opd-1") == {2026} and uow.closings.is_closed("opd-1", 2026)
        record = uow.closings.get("opd-1", 2026)
        assert record["closed"]["by_name"] == "Rina Kusumawati" and record["closed"]["on"] == "2026-12-31"
        with pytest.raises(YearLockedError):
            uow.closings.decide("opd-1", 2026, "order:o-paid", {"decision": "carry"})
        paid = uow.orders.require("o-paid")
        with pytest.raises(YearLockedError):
            uow.orders.save_draft(replace(paid, payment={**(paid.payment or {}), "bku_number": "0099"}), now=JAN)
    with store.unit_of_work() as uow:  # an unreadable copy locks nothing more than the PC's own closings
        uow.sync_state.set(state_key("opd-1"), "not json")
        assert uow.closings.closed_years("opd-1") == frozenset()
