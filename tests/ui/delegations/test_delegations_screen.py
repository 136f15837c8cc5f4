"""#17: the Admin OPD's Plt/Plh screen against the real server — record a letter, see an overlap refused in the
server's words, revoke it; the list stays readable offline (the last sync's copy)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from desktop.services.delegations import DelegationService
from desktop.services.session import CurrentUser, SessionState
from desktop.ui.delegations import DelegationsScreen
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from sync.protocol import Role
from tests.server.live import LiveServer, start_server
from tests.sync.kit import Client, install_keyring
from tests.ui.late_answer import LateFirstAnswer
from tests.ui.partial_services import partial_services

OPD = "33.00-DINKES"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    srv = start_server(tmp_path_factory.mktemp("srv"), products=50, seed=7)
    yield srv
    srv.stop()


def admin_screen(live: LiveServer, folder: Path) -> tuple[DelegationsScreen, Client, dict[str, Any]]:
    """The screen as the OPD's Admin sees it on their PC (real store, real sync login, real server)."""
    client = Client(live.url, folder)
    admin = live.account("ADMIN_OPD", OPD)
    uid = client.login(admin)
    session = SessionState()
    session.set_user(CurrentUser(uid, admin["username"], "Admin Dinkes", Role.ADMIN_OPD, OPD))
    online: dict[str, Any] = {"send": client.service.auth.send}
    service = DelegationService(client.store, session, lambda: online["send"])
    ctx = UiContext(services=partial_services(delegations=service), tasks=SyncTaskRunner(), session=session,
                    navigate=lambda key, **p: None)
    screen = DelegationsScreen(ctx)
    return screen, client, online


@pytest.fixture
def ring() -> Iterator[None]:
    _, previous = install_keyring()
    yield
    keyring.set_keyring(previous)


def fill(screen: DelegationsScreen, live: LiveServer, start: dt.date, end: dt.date) -> None:
    screen.delegate.setText(live.account("PP", OPD)["username"])
    screen.nip.setText("19850312 201001 2 004")
    screen.for_user.setText(live.account("PPK", OPD)["username"])
    for edit, day in ((screen.starts, start), (screen.ends, end), (screen.letter_date, start)):
        edit.setDate(edit.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    screen.letter.setText("800.1.3/0457/2026")


def test_the_admin_records_sees_an_overlap_refused_and_revokes(qtbot, live, tmp_path, ring):
    screen, client, online = admin_screen(live, tmp_path / "admin-pc")
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.activate()
    assert screen.form_box.isEnabled() and screen.table.rowCount() == 0
    today = dt.date.today()
    fill(screen, live, today, today + dt.timedelta(days=4))
    screen.add_button.click()
    assert screen.table.rowCount() == 1, screen.message.text()
    row = [screen.table.item(0, c).text() for c in range(screen.table.columnCount())]
    assert row[0] == "Plh. Pejabat Pembuat Komitmen" and "NIP 19850312 201001 2 004" in row[1]
    assert row[6] == "berlaku" and "800.1.3/0457/2026" in row[5]
    assert screen.message.text().startswith("Dicatat: Plh. Pejabat Pembuat Komitmen")

    fill(screen, live, today + dt.timedelta(days=2), today + dt.timedelta(days=6))
    screen.add_button.click()
    assert "Tumpang tindih dengan Plh. Pejabat Pembuat Komitmen" in screen.message.text()
    assert screen.table.rowCount() == 1

    fill(screen, live, today - dt.timedelta(days=9), today - dt.timedelta(days=3))
    screen.add_button.click()
    assert "sudah berakhir" in screen.message.text()

    screen.table.selectRow(0)
    assert screen.revoke_button.isEnabled()
    screen.revoke_button.click()
    assert screen.table.item(0, 6).text() == "dicabut" and not screen.revoke_button.isEnabled()

    online["send"] = None  # the server out of reach: the last copy is still listed, changes are refused
    screen.activate()
    assert screen.table.rowCount() == 1 and "Server tidak terjangkau" in screen.message.text()
    client.close()


def listed(screen: DelegationsScreen) -> bool:
    """The letter that starts in 20 days is on the table (an earlier test may have left a revoked one)."""
    return any(screen.table.item(r, 6).text() == "belum mulai" for r in range(screen.table.rowCount()))


def test_a_refresh_answering_after_a_letter_was_added_does_not_take_it_off(qtbot, live, tmp_path, ring):
    """A visit's refresh that fetched the list before the Admin added a letter, and answers after the list that
    follows the addition (the I/O lane runs several at once), must not empty the table again."""
    from desktop.ui.tasks import TaskRunner

    screen, client, _online = admin_screen(live, tmp_path / "admin-pc")
    runner = TaskRunner()
    screen.ctx.tasks = runner
    qtbot.addWidget(screen)
    service = screen.ctx.services.delegations
    fetch_then_wait = LateFirstAnswer(service.refresh)  # the first refresh has the server's list before the letter, and answers late
    entered, release = fetch_then_wait.entered, fetch_then_wait.release

    service.refresh = fetch_then_wait
    try:
        screen.activate()
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        today = dt.date.today()
        fill(screen, live, today + dt.timedelta(days=20), today + dt.timedelta(days=24))
        screen.add_button.click()
        qtbot.waitUntil(lambda: listed(screen), timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=10_000)
    assert listed(screen), screen.message.text()
    runner.shutdown()
    client.close()
