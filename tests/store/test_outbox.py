from __future__ import annotations

import random
import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.store import Store
from desktop.store.errors import OutboxStateError
from desktop.store.records import CommandStatus, SyncStatus
from desktop.store.repositories.outbox import MAX_BACKOFF_S, backoff_delay
from tests.store.conftest import NOW, make_order


def _seed(store: Store, plan: list[tuple[str, str]]) -> dict[str, str]:
    """plan: (order id, label) in enqueue order → {label: cmd_id}."""
    ids = {}
    with store.unit_of_work() as uow:
        for order_id in dict.fromkeys(o for o, _ in plan):
            uow.orders.save_draft(make_order(order_id), now=NOW)
        for i, (order_id, label) in enumerate(plan):
            cmd = uow.outbox.enqueue(method="POST", path=f"/v1/orders/{order_id}/transitions",
                                     body={"action": label}, actor_user_id="u-pp", order_id=order_id,
                                     base_version=1, cmd_id=label, now=NOW + timedelta(seconds=i))
            ids[label] = cmd.cmd_id
    return ids


def _ready(store: Store, now=NOW + timedelta(minutes=1), **kw) -> list[str]:
    with store.unit_of_work(readonly=True) as uow:
        return [c.cmd_id for c in uow.outbox.next_ready(now, **kw)]


def test_fifo_per_order_and_orders_in_parallel(store: Store) -> None:
    _seed(store, [("A", "a1"), ("B", "b1"), ("A", "a2"), ("B", "b2"), ("C", "c1")])
    assert _ready(store) == ["a1", "b1", "c1"]  # one head per order
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("a1")
    assert _ready(store) == ["b1", "c1"]  # a2 waits behind the in-flight a1
    with store.unit_of_work() as uow:
        uow.outbox.mark_done("a1", {"id": "A", "version": 2}, now=NOW)
        uow.outbox.mark_in_flight("b1")
        uow.outbox.mark_done("b1", now=NOW)
    assert _ready(store) == ["a2", "b2", "c1"]


def test_enqueue_commits_with_the_order_edit_and_marks_it_pending(store: Store) -> None:
    _seed(store, [("A", "a1")])
    with store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require("A").sync_status is SyncStatus.PENDING
        cmd = uow.outbox.require("a1")
    assert cmd.body_json() == {"action": "a1"} and cmd.body == '{"action":"a1"}'
    assert cmd.status is CommandStatus.PENDING and not cmd.attempted


def test_rejection_blocks_later_commands_of_that_order_only(store: Store) -> None:
    _seed(store, [("A", "a1"), ("A", "a2"), ("A", "a3"), ("B", "b1"), ("B", "b2")])
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("a1")
        uow.outbox.mark_rejected("a1", "price_changed", {"code": "price_changed"}, now=NOW)
        assert uow.orders.require("A").sync_status is SyncStatus.NEEDS_ATTENTION
        assert [c.status for c in uow.outbox.for_order("A")] == ["rejected", "blocked", "blocked"]
    assert _ready(store) == ["b1"]  # B flows on
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("b1")
        uow.outbox.mark_done("b1", now=NOW)
    assert _ready(store) == ["b2"]
    with store.unit_of_work() as uow:  # the user reconciled: resend the blocked ones, same keys, same order
        assert uow.outbox.resolve_order("A", requeue_blocked=True, now=NOW) == 2
        assert uow.orders.require("A").sync_status is SyncStatus.PENDING
    assert _ready(store) == ["a2", "b2"]


def test_resolving_can_drop_blocked_commands(store: Store) -> None:
    _seed(store, [("A", "a1"), ("A", "a2")])
    with store.unit_of_work() as uow:
        uow.outbox.mark_rejected("a1", "stale_approval", now=NOW)
        assert uow.outbox.resolve_order("A", requeue_blocked=False, now=NOW) == 1
        assert [c.cmd_id for c in uow.outbox.for_order("A")] == ["a1"]
        assert uow.outbox.pending_count() == 0
        assert uow.orders.require("A").sync_status is SyncStatus.LOCAL_ONLY  # server never had it


def test_retry_backs_off_with_same_key(store: Store) -> None:
    _seed(store, [("A", "a1")])
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("a1")
        cmd = uow.outbox.retry("a1", "timeout", now=NOW, delay_s=30)
    assert cmd.cmd_id == "a1" and cmd.status is CommandStatus.PENDING and cmd.attempts == 1
    assert _ready(store, NOW + timedelta(seconds=29)) == []
    assert _ready(store, NOW + timedelta(seconds=30)) == ["a1"]
    with store.unit_of_work() as uow:  # "Sync now" resets the backoff
        uow.outbox.mark_in_flight("a1")
        uow.outbox.retry("a1", "503", now=NOW, rng=random.Random(1))
        uow.outbox.reset_backoff(NOW)
    assert _ready(store, NOW) == ["a1"]


def test_backoff_is_full_jitter_capped() -> None:
    rng = random.Random(7)
    assert all(0 <= backoff_delay(n, rng) <= min(MAX_BACKOFF_S, 2**n) for n in range(0, 40))
    assert max(backoff_delay(30, rng) for _ in range(200)) > 200  # reaches toward the 300 s cap


def test_in_flight_after_crash_is_resent(store: Store) -> None:
    _seed(store, [("A", "a1")])
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("a1")
    with store.unit_of_work() as uow:
        assert uow.outbox.recover_in_flight() == 1
    assert _ready(store) == ["a1"]


def test_attempted_command_is_immutable(store: Store) -> None:
    _seed(store, [("A", "a1"), ("A", "a2")])
    with store.unit_of_work() as uow:
        fresh = uow.outbox.replace_unattempted("a2", {"action": "submit", "note": "edited"}, new_cmd_id="a2b")
        assert fresh.seq == uow.outbox.require("a2b").seq and uow.outbox.get("a2") is None
        uow.outbox.mark_in_flight("a1")
        with pytest.raises(OutboxStateError):
            uow.outbox.replace_unattempted("a1", {"x": 1})
    with pytest.raises(IntegrityError, match="immutable"), store.unit_of_work() as uow:
        uow.session.execute(text("UPDATE outbox SET body = '{}' WHERE cmd_id = 'a1'"))
    with pytest.raises(OutboxStateError), store.unit_of_work() as uow:
        uow.outbox.mark_done("a1")
        uow.outbox.mark_in_flight("a1")  # done is final


def test_actor_filter_and_counts(store: Store) -> None:
    _seed(store, [("A", "a1")])
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order("B"))
        uow.outbox.enqueue(method="POST", path="/x", body="{}", actor_user_id="u-ppk", order_id="B", cmd_id="b1",
                           now=NOW)
        uow.outbox.enqueue(method="POST", path="/x", body="{}", actor_user_id="u-ppk", order_id="A", cmd_id="a2",
                           now=NOW)
    assert _ready(store, actor_user_id="u-ppk") == ["b1"]  # a2 waits behind u-pp's a1 (FIFO per order)
    with store.unit_of_work(readonly=True) as uow:
        assert uow.outbox.pending_count() == 3
        assert uow.outbox.pending_count(actor_user_id="u-ppk") == 2
        assert [c.cmd_id for c in uow.outbox.pending_for_user("u-pp")] == ["a1"]


def test_commands_without_order_form_one_fifo_and_done_ones_prune(store: Store) -> None:
    with store.unit_of_work() as uow:
        for i in range(3):
            uow.outbox.enqueue(method="PUT", path="/v1/me/prefs", body={"i": i}, actor_user_id="u", cmd_id=f"g{i}",
                               now=NOW)
    assert _ready(store) == ["g0"]
    with store.unit_of_work() as uow:
        uow.outbox.mark_in_flight("g0")
        uow.outbox.mark_done("g0", now=NOW)
        assert uow.outbox.prune_done(NOW + timedelta(days=1)) == 1
    assert _ready(store) == ["g1"]


def test_cmd_id_is_unique(store: Store) -> None:
    _seed(store, [("A", "a1")])
    with pytest.raises((IntegrityError, sqlite3.IntegrityError)), store.unit_of_work() as uow:
        uow.outbox.enqueue(method="POST", path="/x", body={}, actor_user_id="u", order_id="A", cmd_id="a1")
