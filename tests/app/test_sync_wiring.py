"""The shell's view of sync: per-user pending counts, last success in server time, typed failures."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop.app.sync_wiring import (
    PHASES,
    NotConnected,
    SyncFacade,
    SyncFailed,
    SyncNeedsLogin,
    SyncProgress,
    SyncUpgradeRequired,
)
from desktop.services.credentials import CredentialStore
from desktop.services.session import CurrentUser, SessionState
from desktop.store.db import Store
from sync.protocol import Role


@dataclass
class Report:
    status: str = "ok"
    clock_offset_s: float | None = 120.0
    errors: list[str] = field(default_factory=list)
    outbox: Any = None
    needs_login: set[str] = field(default_factory=set)
    parked_orders: list[str] = field(default_factory=list)


class FakeCreds:
    def __init__(self) -> None:
        self.saved: dict[str, str] = {}

    def save_refresh_token(self, user: str, token: str) -> None:
        self.saved[user] = token


class FakeSyncService:
    instances: list[FakeSyncService] = []

    def __init__(self, store, settings, keyring_store) -> None:
        self.settings = settings
        self.credentials = FakeCreds()
        self.auth = SimpleNamespace(lapsed=set(), sessions={})
        self.report = Report()
        self.reports: list[Report] = []  # served first, one per pass
        self.calls: list[str] = []
        self.manual: list[bool] = []
        self.phases: list[tuple[str, int, int]] = [("catalog_snapshot", 1, 2)]
        FakeSyncService.instances.append(self)

    def sync_now(self, user_id, cancel, progress, *, manual=True):
        self.calls.append(user_id)
        self.manual.append(manual)
        for phase in self.phases:
            progress(*phase)
        return self.reports.pop(0) if self.reports else self.report


@pytest.fixture
def facade(tmp_path):
    store = Store.open(tmp_path / "b.db")
    session = SessionState()
    session.set_user(CurrentUser(id="u-pp", username="pp", full_name="PP", role=Role.PP))
    f = SyncFacade(store, session, CredentialStore(), tmp_path, factory=FakeSyncService)
    yield f, store, session
    store.close()


def test_not_connected_until_online_login(facade):
    f, _, _ = facade
    assert not f.connected
    with pytest.raises(NotConnected) as info:
        f.run_once(threading.Event(), lambda m: None)
    assert "alamat server" in info.value.message


def test_offline_login_connects_on_first_sync_with_the_saved_server(tmp_path):
    store = Store.open(tmp_path / "b.db")
    session = SessionState()
    session.set_user(CurrentUser(id="u-pp", username="pp", full_name="PP", role=Role.PP, online=False))
    f = SyncFacade(store, session, CredentialStore(), tmp_path, factory=FakeSyncService,
                   server_url=lambda: "http://srv")
    try:
        assert not f.connected
        assert f.run_once(threading.Event(), lambda m: None).status == "ok"  # keyring token does the rest
        assert f.connected and FakeSyncService.instances[-1].settings.server_url == "http://srv"
    finally:
        store.close()


def test_connect_hand_over_and_run(facade):
    f, _, session = facade
    f.connect("http://srv")
    f.connect("http://srv")  # same server: same engine
    assert len([i for i in FakeSyncService.instances if i.settings.server_url == "http://srv"]) >= 1
    f.hand_over_token("u-pp", "rt-1")
    engine = FakeSyncService.instances[-1]
    assert engine.credentials.saved == {"u-pp": "rt-1"}
    seen: list[str] = []
    assert f.run_once(threading.Event(), seen.append).status == "ok"
    assert engine.calls == ["u-pp"] and engine.manual == [True]
    assert seen == [SyncProgress("catalog_snapshot", "mengunduh katalog", 1, 2)]
    assert 119 <= session.clock_offset.total_seconds() <= 121  # server time learnt from the report


@pytest.mark.parametrize("status,exc", [("offline", ConnectionError), ("needs_login", SyncNeedsLogin),
                                        ("upgrade_required", SyncUpgradeRequired)])
def test_failures_are_typed(facade, status, exc):
    f, _, _ = facade
    f.connect("http://srv")
    FakeSyncService.instances[-1].report = Report(status=status, errors=["refused"])
    with pytest.raises(exc):
        f.run_once(threading.Event(), lambda m: None)


def test_pending_is_per_user_and_last_success_in_server_time(facade):
    f, store, session = facade
    with store.unit_of_work() as uow:
        uow.outbox.enqueue(method="PUT", path="/v1/orders/a", body={}, actor_user_id="u-pp", order_id=None)
        uow.outbox.enqueue(method="PUT", path="/v1/orders/b", body={}, actor_user_id="u-pp", order_id=None)
        uow.outbox.enqueue(method="PUT", path="/v1/orders/c", body={}, actor_user_id="u-ppk", order_id=None)
        uow.sync_state.set("last_success_at", "1795406400")  # device clock, epoch seconds
    assert f.pending_count("u-pp") == 2 and f.pending_count("u-ppk") == 1 and f.pending_count("x") == 0
    session.observe_server_time(dt.datetime(2026, 1, 1, 0, 1, tzinfo=dt.UTC),
                                device_now=dt.datetime(2026, 1, 1, 0, 0, tzinfo=dt.UTC))
    assert f.last_success() == dt.datetime.fromtimestamp(1795406400, dt.UTC) + dt.timedelta(minutes=1)


def test_stats_fetch_is_offline_until_connected(facade):
    from desktop.services.stats_service import StatsOffline

    f, _, _ = facade
    with pytest.raises(StatsOffline):
        f.stats_fetch("/v1/stats/summary", {})


def test_phases_match_what_the_engine_emits():
    import re

    emitted = set()
    for src in (Path(__file__).parents[2] / "sync" / "client").glob("*.py"):
        emitted |= set(re.findall(r'progress\(\s*"(\w+)"', src.read_text(encoding="utf-8")))
    assert emitted and set(PHASES) == emitted


def test_progress_sequence_maps_to_labels_and_manual_is_passed_through(facade):
    f, _, _ = facade
    f.connect("http://srv")
    engine = FakeSyncService.instances[-1]
    engine.phases = [("outbox", 1, 3), ("catalog_snapshot", 500, 1000), ("catalog_index", 0, 1),
                     ("catalog_delta", 40, 540), ("orders", 7, 7), ("something_new", 1, 1)]
    seen: list[SyncProgress] = []
    f.run_once(threading.Event(), seen.append, manual=False)
    assert engine.manual == [False]  # the background timer: the back-off holds
    assert [(p.label, p.done, p.total) for p in seen] == [
        ("mengirim pesanan yang menunggu", 1, 3), ("mengunduh katalog", 500, 1000),
        ("menyiapkan pencarian katalog", 0, None), ("mengambil perubahan katalog", 40, None),
        ("mengambil pesanan dari server", 7, None), ("memproses data sinkronisasi", 1, None)]


def test_error_is_typed_and_partial_carries_a_notice(facade):
    f, _, _ = facade
    f.connect("http://srv")
    engine = FakeSyncService.instances[-1]
    engine.report = Report(status="error", errors=["OperationalError: database or disk is full"])
    with pytest.raises(SyncFailed) as info:
        f.run_once(threading.Event(), lambda m: None)
    assert info.value.code == "sync_error" and "Tidak ada yang hilang" in info.value.message
    assert "disk is full" in info.value.detail
    cases = [(SimpleNamespace(retry_later=2, waiting_users=set()), set(), [], "partial_retry"),
             (SimpleNamespace(retry_later=0, waiting_users={"u-ppk"}), {"u-ppk"}, [], "partial_login"),
             (SimpleNamespace(retry_later=0, waiting_users=set()), set(), ["catalog checksum"], "partial_catalog")]
    for outbox, needs_login, errors, notice in cases:
        engine.report = Report(status="partial", outbox=outbox, needs_login=needs_login, errors=errors)
        outcome = f.run_once(threading.Event(), lambda m: None)
        assert outcome.notice == notice and outcome.status == "partial" and outcome.report is engine.report
    # #12.7: a pulled order this PC cannot store is parked and said so; the others arrived
    engine.report = Report(status="partial", outbox=SimpleNamespace(retry_later=0, waiting_users=set()),
                           parked_orders=["0007/SP: baris pesanan memakai ID yang sudah dipakai"])
    assert f.run_once(threading.Event(), lambda m: None).notice == "partial_parked"
    engine.report = Report()
    assert f.run_once(threading.Event(), lambda m: None).notice is None


def test_every_pass_goes_to_the_address_chosen_now(tmp_path):
    """#13.2: an address saved in Settings (or typed at login) after the engine was built is the one reached."""
    store = Store.open(tmp_path / "b.db")
    session = SessionState()
    session.set_user(CurrentUser(id="u-pp", username="pp", full_name="PP", role=Role.PP))
    address = {"url": "http://demo:1"}
    f = SyncFacade(store, session, CredentialStore(), tmp_path, factory=FakeSyncService,
                   server_url=lambda: address["url"])
    try:
        f.connect("http://demo:1")  # the online login with the demo server
        f.run_once(threading.Event(), lambda m: None)
        address["url"] = "http://127.0.0.1:9"  # Settings › Server
        f.run_once(threading.Event(), lambda m: None)
        assert FakeSyncService.instances[-1].settings.server_url == "http://127.0.0.1:9"
        assert FakeSyncService.instances[-1].calls == ["u-pp"] and f.server_url == "http://127.0.0.1:9"
    finally:
        store.close()


def test_a_new_login_ends_a_lapsed_session(facade):
    """#13.3: the engine remembers a lapsed user for the whole process; a fresh login's token must clear it."""
    f, _, _ = facade
    f.connect("http://srv")
    engine = FakeSyncService.instances[-1]
    engine.auth.lapsed.add("u-pp")
    engine.auth.sessions["u-pp"] = object()
    f.hand_over_token("u-pp", "rt-2")
    assert "u-pp" not in engine.auth.lapsed and "u-pp" not in engine.auth.sessions
    assert engine.credentials.saved["u-pp"] == "rt-2"


def test_needs_login_tries_the_password_held_for_this_session_once(tmp_path):
    store = Store.open(tmp_path / "b.db")
    session = SessionState()
    session.set_user(CurrentUser(id="u-pp", username="pp", full_name="PP", role=Role.PP, online=False))
    asked: list[str] = []
    answer = {"ok": True}

    def reauthenticate(url: str) -> bool:
        asked.append(url)
        return answer["ok"]

    f = SyncFacade(store, session, CredentialStore(), tmp_path, factory=FakeSyncService,
                   server_url=lambda: "http://srv", reauthenticate=reauthenticate)
    try:
        f.connect("http://srv")
        engine = FakeSyncService.instances[-1]
        engine.reports = [Report(status="needs_login")]
        assert f.run_once(threading.Event(), lambda m: None).status == "ok"
        assert asked == ["http://srv"] and engine.calls == ["u-pp", "u-pp"]
        answer["ok"] = False
        engine.reports = [Report(status="needs_login")]
        engine.report = Report(status="needs_login")
        with pytest.raises(SyncNeedsLogin):
            f.run_once(threading.Event(), lambda m: None)
    finally:
        store.close()


def test_queue_counts_keep_refused_apart(facade):
    """#21.9: waiting = goes out by itself; refused = the server said no; held = queued behind a refusal."""
    f, store, _ = facade
    with store.unit_of_work() as uow:
        a = uow.outbox.enqueue(method="POST", path="/v1/orders/a:submit", body={}, actor_user_id="u-pp",
                               order_id=None)
        uow.outbox.enqueue(method="PUT", path="/v1/orders/b", body={}, actor_user_id="u-pp", order_id=None)
        uow.outbox.mark_in_flight(a.cmd_id)
        uow.outbox.mark_rejected(a.cmd_id, "invalid_transition", {"code": "invalid_transition"})
    counts = f.queue_counts("u-pp")
    assert (counts.waiting, counts.refused) == (1, 1)
    assert f.pending_count("u-pp") == 1


def test_commands_kept_back_for_a_key_this_session_lacks_get_their_own_notice(facade):
    """#15: a queued command sealed with a key the session does not hold stays queued; the strip says why."""
    from desktop.ui.status.screen import SYNC_MESSAGES

    f, _, _ = facade
    f.connect("http://srv")
    engine = FakeSyncService.instances[-1]
    engine.held_back = 1
    engine.report = Report(status="partial", outbox=SimpleNamespace(retry_later=0, waiting_users=set()),
                           errors=["1 perintah belum dikirim"])
    assert f.run_once(threading.Event(), lambda m: None).notice == "partial_sealed"
    assert "terenkripsi" in SYNC_MESSAGES["partial_sealed"] and "tidak hilang" in SYNC_MESSAGES["partial_sealed"]
