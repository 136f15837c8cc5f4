"""Main window shell: navigation per role, screens built lazily, status bar on the I/O lane, user switch."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from desktop.app.screens import screen_registry
from desktop.services.session import CurrentUser
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import UnknownScreen
from sync.protocol import Role
from tests.ui.late_answer import LateFirstAnswer


def user(role: Role, uid: str = "u1") -> CurrentUser:
    return CurrentUser(id=uid, username=f"{role.value.lower()}.demo", full_name=f"Pegawai {role.value}", role=role,
                       opd_id="opd-1", opd_name="Dinas Koperasi")


class FakeSync:
    """The calls the status bar makes (SyncFacade in the app)."""

    def __init__(self) -> None:
        self.pending = {"u1": 2, "u2": 5}
        self.release = threading.Event()
        self.fail: BaseException | None = None
        self.ran_on: list[int] = []
        self.manual: list[bool] = []
        self.progress: list[object] = ["katalog 1/2"]
        self.result: object = {"status": "ok"}
        self.reachable = True
        self.refused: dict[str, int] = {}

    def queue_counts(self, user_id: str):
        from desktop.app.sync_wiring import QueueCounts

        return QueueCounts(waiting=self.pending.get(user_id, 0), refused=self.refused.get(user_id, 0))

    def probe(self) -> bool:
        return self.reachable

    def last_success(self):
        return dt.datetime(2026, 11, 23, 3, 15, tzinfo=dt.UTC)

    def run_once(self, cancel, progress, *, manual=True):
        self.ran_on.append(threading.get_ident())
        self.manual.append(manual)
        for value in self.progress:
            progress(value)
        self.release.wait(5)
        if self.fail:
            raise self.fail
        self.pending["u1"] = 0
        return self.result


@pytest.fixture
def window(qtbot, app_ctx):
    app_ctx.services.sync = FakeSync()
    w = MainWindow(app_ctx, screen_registry())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    yield w
    app_ctx.services.sync.release.set()


@pytest.mark.parametrize("role,expected", [
    (Role.PP, ["catalog", "orders", "dashboard", "history", "settings"]),
    (Role.PPK, ["orders", "ppk_inbox", "dashboard", "history", "settings"]),
    (Role.BENDAHARA, ["bendahara", "bank", "year_closing", "dashboard", "history", "settings"]),
])
def test_navigation_by_role(qtbot, window, app_ctx, role, expected):
    app_ctx.session.set_user(user(role))
    qtbot.waitUntil(lambda: window.nav_keys() == expected, timeout=3000)
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Riwayat" in texts and "Pengaturan" in texts


def test_navigate_builds_screen_once_and_blocks_other_roles(qtbot, window, app_ctx):
    app_ctx.session.set_user(user(Role.BENDAHARA))
    qtbot.waitUntil(lambda: window.nav_keys() == ["bendahara", "bank", "year_closing", "dashboard", "history",
                                                  "settings"], timeout=3000)
    window.navigate("settings")
    first = window.screen_for("settings")
    window.navigate("settings")
    assert window.screen_for("settings") is first and window.current_key() == "settings"
    assert "Pengaturan" in window.windowTitle()
    window.navigate("catalog")  # PP-only
    assert window.current_key() == "settings"
    assert "tidak tersedia untuk peran Anda" in window.statusBar().currentMessage()


def test_status_bar_counts_only_current_user_and_syncs_in_background(qtbot, window, app_ctx):
    sync = app_ctx.services.sync
    app_ctx.session.set_user(user(Role.PP, "u1"))
    window.status.refresh()
    qtbot.waitUntil(lambda: "2" in window.status_view.pending_label.text(), timeout=3000)
    assert "23 November 2026 10.15 WIB" in window.status_view.last_sync_label.text()
    window.status.sync_now()
    assert window.status.state == "syncing" and not window.status_view.sync_button.isEnabled()
    # the UI thread is free while the sync waits: the label updates from the throttled progress
    qtbot.waitUntil(lambda: "katalog 1/2" in window.status_view.connection_label.text(), timeout=3000)
    assert sync.ran_on and sync.ran_on[0] != threading.get_ident()
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        sync.release.set()
    qtbot.waitUntil(lambda: "Menunggu dikirim: 0" in window.status_view.pending_label.text(), timeout=3000)
    # switch user on the shared PC: the other officer's queue is theirs
    app_ctx.session.set_user(user(Role.PPK, "u2"))
    qtbot.waitUntil(lambda: "Menunggu dikirim: 5" in window.status_view.pending_label.text(), timeout=3000)


def test_offline_sync_error_is_actionable(qtbot, window, app_ctx):
    sync = app_ctx.services.sync
    sync.fail = ConnectionError("refused")
    sync.release.set()
    app_ctx.session.set_user(user(Role.PP, "u1"))
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.sync_now()
    assert window.status.state == "offline"
    assert "coba lagi nanti" in window.status_view.connection_label.text()


def test_unknown_screen_key_fails_loudly(qtbot, window, app_ctx):
    """No placeholder page: a key nobody registered is a programming error that surfaces in tests."""
    app_ctx.session.set_user(user(Role.PP))
    with pytest.raises(UnknownScreen):
        window.navigate("ghost")
    with pytest.raises(UnknownScreen):
        window.navigate(False)  # what the View menu used to pass (QAction.triggered's checked flag)


def test_logout_action_and_shortcuts(qtbot, window):
    assert window.act_quit.shortcut().toString() == "Ctrl+Q"
    assert window.act_logout.shortcut().toString() == "Ctrl+Shift+L"
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        window.act_logout.trigger()


def test_auto_sync_only_when_online_and_idle(qtbot, window, app_ctx):
    sync = app_ctx.services.sync
    sync.release.set()
    app_ctx.session.set_user(CurrentUser(id="u1", username="pp", full_name="PP", role=Role.PP, online=False))
    window.status.auto_sync()
    assert window.status.state != "syncing" and not sync.ran_on  # logged in offline: nothing to reach
    app_ctx.session.set_user(user(Role.PP, "u1"))
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.auto_sync()
    assert len(sync.ran_on) == 1 and sync.manual == [False]  # the timer: the queue's back-off holds
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.view.sync_button.click()  # "Sinkronkan sekarang": waiting commands go at once
    assert sync.manual == [False, True]


def test_connection_label_follows_the_last_sync(qtbot, window, app_ctx):
    sync = app_ctx.services.sync
    sync.release.set()
    app_ctx.session.set_user(CurrentUser(id="u1", username="pp", full_name="PP", role=Role.PP, online=False))
    qtbot.waitUntil(lambda: "tanpa koneksi" in window.status_view.connection_label.text(), timeout=3000)
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.sync_now()  # the network is back: an offline login can still sync
    assert window.status_view.connection_label.text() == "Terhubung ke server"
    app_ctx.session.set_user(CurrentUser(id="u2", username="ppk", full_name="PPK", role=Role.PPK, online=False))
    qtbot.waitUntil(lambda: "tanpa koneksi" in window.status_view.connection_label.text(), timeout=3000)


def test_local_write_recounts_the_queue_and_roles_read_as_officers_write_them(qtbot, window, app_ctx):
    sync = app_ctx.services.sync
    app_ctx.session.set_user(user(Role.PA_KPA, "u1"))
    window.status.start()
    qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 2", timeout=3000)
    assert window.status_view.user_label.text() == "Pegawai PA_KPA (PA/KPA)"
    sync.pending["u1"] = 3  # a draft saved on the DB lane queued one more command
    app_ctx.tasks.run_db(lambda: None)
    qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 3", timeout=3000)
    window.status.stop()


def test_a_successful_sync_invalidates_the_price_cache(qtbot, window, app_ctx):
    class Prices:
        invalidated = 0

        def invalidate(self) -> None:
            self.invalidated += 1

    app_ctx.services.prices = prices = Prices()
    app_ctx.session.set_user(user(Role.PP, "u1"))
    window.status.sync_now()
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        app_ctx.services.sync.release.set()
    assert prices.invalidated == 1
    app_ctx.services.sync.fail = ConnectionError("offline")
    window.status.sync_now()
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        pass
    assert prices.invalidated == 1  # a failed sync changed nothing


def test_progress_phases_are_shown_as_translated_labels(qtbot, window, app_ctx):
    from types import SimpleNamespace

    sync = app_ctx.services.sync
    sync.progress = [SimpleNamespace(phase="catalog_snapshot", label="mengunduh katalog", done=500, total=1000)]
    app_ctx.session.set_user(user(Role.PP, "u1"))
    window.status.sync_now()
    qtbot.waitUntil(lambda: window.status_view.connection_label.text()
                    == "Menyinkronkan: mengunduh katalog 500/1000", timeout=3000)
    window.status.render()  # a recount mid-sync keeps the phase on screen
    assert window.status_view.connection_label.text() == "Menyinkronkan: mengunduh katalog 500/1000"
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        sync.release.set()
    status = window.status
    assert status.progress_text(SimpleNamespace(label="mengambil pesanan dari server", done=7, total=None)) \
        == "mengambil pesanan dari server (7)"
    assert status.progress_text(SimpleNamespace(label="menyiapkan pencarian katalog", done=0, total=None)) \
        == "menyiapkan pencarian katalog"
    assert status.progress_text("katalog 1/2") == "katalog 1/2"


def test_partial_and_error_passes_say_what_to_do_next(qtbot, window, app_ctx):
    from types import SimpleNamespace

    class LocalFailure(RuntimeError):
        code = "sync_error"
        message = "disk penuh"

    sync = app_ctx.services.sync
    sync.release.set()
    app_ctx.session.set_user(user(Role.PP, "u1"))
    label = window.status_view.connection_label
    for notice, words in (("partial_retry", "dicoba lagi otomatis"), ("partial_login", "masuk lagi"),
                          ("partial_catalog", "diperiksa ulang")):
        sync.result = SimpleNamespace(status="partial", notice=notice)
        with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
            window.status.sync_now()
        assert window.status.state == "idle"
        assert label.text().startswith("Sinkron sebagian") and words in label.text()
        assert "Tidak ada yang hilang" in label.text() or "aman" in label.text()
    sync.fail = LocalFailure("OperationalError: database or disk is full")
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.sync_now()
    assert window.status.state == "error"
    assert "Tidak ada yang hilang" in label.text() and "sinkronkan lagi" in label.text()
    sync.fail = None
    sync.result = {"status": "ok"}
    with qtbot.waitSignal(window.status.sync_finished, timeout=5000):
        window.status.sync_now()
    assert label.text() == "Terhubung ke server"



def test_the_strip_never_contradicts_itself_and_follows_the_network(qtbot, window, app_ctx):
    """#13.2 / #21.9: one fact (did the last contact get through) decides every connection word; the periodic
    probe turns "Terhubung" into "tidak terjangkau" when the network goes, without waiting for a sync to fail."""
    sync = app_ctx.services.sync
    sync.release.set()
    status, view = window.status, window.status_view
    app_ctx.session.set_user(CurrentUser(id="u1", username="pp", full_name="Rina", role=Role.PP, online=False))
    qtbot.waitUntil(lambda: "tanpa koneksi" in view.connection_label.text(), timeout=3000)
    assert view.user_label.text() == "Rina (PP)"  # no second, possibly contradicting, "luring/daring"
    sync.pending["u1"] = 0
    status.refresh()
    with qtbot.waitSignal(status.sync_finished, timeout=5000):
        status.probe()  # the server answers: "Terhubung", and a first sync runs at once
    assert view.connection_label.text() == "Terhubung ke server"
    sync.reachable = False
    status.probe()
    qtbot.waitUntil(lambda: status.state == "offline", timeout=3000)
    assert view.connection_label.text().startswith("Server tidak terjangkau")
    assert "luring" not in view.user_label.text() and "daring" not in view.user_label.text()
    sync.reachable, sync.pending["u1"] = True, 3
    status.refresh()
    qtbot.waitUntil(lambda: status.pending == 3, timeout=3000)
    with qtbot.waitSignal(status.sync_finished, timeout=5000):
        status.probe()  # back: what waited is sent without anyone pressing F5
    assert sync.manual[-1] is True and view.connection_label.text() == "Terhubung ke server"


def test_refused_commands_are_not_counted_as_waiting(qtbot, window, app_ctx):
    """#21.9: "Menunggu dikirim" counts what will go out by itself; what the server refused is shown apart."""
    sync = app_ctx.services.sync
    sync.pending["u1"], sync.refused["u1"] = 1, 2
    app_ctx.session.set_user(user(Role.PP, "u1"))
    window.status.refresh()
    qtbot.waitUntil(lambda: window.status_view.refused_label.text() == "Ditolak server: 2", timeout=3000)
    assert window.status_view.pending_label.text() == "Menunggu dikirim: 1"
    assert not window.status_view.refused_label.isHidden()
    sync.refused["u1"] = 0
    window.status.refresh()
    qtbot.waitUntil(lambda: window.status_view.refused_label.isHidden(), timeout=3000)


def test_a_plh_ppk_sees_the_ppk_screens_while_the_letter_runs(qtbot, window, app_ctx, store):
    """#17: a PP named Plh PPK (the OPD's delegations as of the last sync) gets the approvals screen."""
    import json

    from desktop.services.approvals import ApprovalService
    from sync.client.delegations import key
    from sync.protocol.delegation import ActingKind, Delegation

    today = dt.datetime.now(dt.UTC).date()
    letter = Delegation(id="d1", opd_id="opd-1", role=Role.PPK, kind=ActingKind.PLH, delegate_id="u1",
                        delegate_name="Pegawai PP", for_user_id="ppk-1", for_name="Budi",
                        starts_on=(today - dt.timedelta(days=1)).isoformat(),
                        ends_on=(today + dt.timedelta(days=2)).isoformat(), letter_number="800/1/2026",
                        letter_date=today.isoformat())
    with store.unit_of_work() as uow:
        uow.sync_state.set(key("opd-1"), json.dumps([letter.to_dict()]))
    app_ctx.services.approvals = ApprovalService(store, app_ctx.session)
    app_ctx.session.set_user(user(Role.PP))
    qtbot.waitUntil(lambda: "ppk_inbox" in window.nav_keys(), timeout=3000)
    assert window.nav_keys() == ["catalog", "orders", "ppk_inbox", "dashboard", "history", "settings"]
    window.navigate("ppk_inbox")
    assert window.current_key() == "ppk_inbox"
    app_ctx.session.set_user(user(Role.PP, "u2"))  # another PP on the same PC: not named in the letter
    qtbot.waitUntil(lambda: "ppk_inbox" not in window.nav_keys(), timeout=3000)


def test_an_older_recount_answering_late_does_not_bring_back_what_the_sync_sent(qtbot, window, app_ctx):
    """A recount read while a sync is still sending (the queue still 1) that answers after the recount asked for
    when the sync finished (0) must not put 'Menunggu dikirim: 1' back until the next 15 s tick (the read lane
    runs two at once): the journeys' 'Menunggu dikirim: 0' wait timed out under load."""
    sync = app_ctx.services.sync
    app_ctx.session.set_user(user(Role.PP, "u1"))
    qtbot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 2", timeout=3000)
    read_then_wait = LateFirstAnswer(sync.queue_counts)  # the first read counts the queue before the sync emptied it, and answers late
    entered, release, calls = read_then_wait.entered, read_then_wait.release, read_then_wait.calls

    sync.queue_counts = read_then_wait
    try:
        window.status.refresh()
        qtbot.waitUntil(entered.is_set, timeout=3000)
        sync.pending["u1"] = 0  # the sync sent everything
        window.status.refresh()  # what the strip does when the sync finishes
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: app_ctx.tasks.pending_count("read") == 0, timeout=3000)
    assert window.status_view.pending_label.text() == "Menunggu dikirim: 0"
