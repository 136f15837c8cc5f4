"""#17: the PPK's deadline through the real server, moved through the Christmas week on a shifted clock.

An order submitted on Tuesday 22 December 2026 is due on Tuesday 29 December: three working days on the domain's
calendar skip the cuti bersama (24th), Christmas (25th) and the weekend. A weekday count would have said the
25th. The expiry job (`blangkon-server expire-overdue`) leaves it alone on the 28th and cancels it on the 30th,
with a reason and an audit entry by the system; the PP learns it at the next sync. An approval made offline on
the 29th is honoured when the PC's clock was verified at its last sync, even after the cancellation; a PC whose
clock was off gets a typed conflict instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.alerts import AlertKind
from desktop.services.alerts_service import AlertsService
from tests.e2e.desks import OPD, Desk, cheap_products
from tests.e2e.timeline import Timeline
from tests.server.live import LiveServer, start_server
from tests.server.shifted_clock import ShiftedClock
from tests.sync.kit import ServerView

WIB = dt.timezone(dt.timedelta(hours=7))


def wib(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Timeline]:
    folder = tmp_path_factory.mktemp("deadline")
    shifted = ShiftedClock(folder / "server-clock")
    shifted.set(wib(22, 9))
    srv = start_server(folder, products=300, seed=17, clock_file=shifted.path,
                       env={"BLANGKON_SERVER_EXPIRE_INTERVAL": "0"})  # the journeys run the job themselves
    yield Timeline(srv, shifted)
    srv.stop()


@pytest.fixture
def live(timeline: Timeline) -> LiveServer:
    return timeline.live


@pytest.fixture
def desk(timeline: Timeline, tmp_path: Path) -> Iterator[Any]:
    made: list[Desk] = []

    def make(name: str, behind_s: float = 0) -> Desk:
        pc = Desk(timeline.live, tmp_path / name, clock=timeline.pc_clock(behind_s))
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.close()


def submitted_on_22nd(timeline: Timeline, pc: Desk) -> str:
    timeline.move_to(wib(22, 9))
    pc.sync("pp")
    pc.as_("pp")
    (product,) = cheap_products(pc)
    draft = pc.draft_ready(product.id)
    pc.orders.submit(draft.id)
    report = pc.sync("pp")
    assert report.outbox.rejected == 0, report.outbox.conflicts
    return str(draft.id)


def test_deadline_cancels_across_the_christmas_week(timeline: Timeline, desk: Any) -> None:
    view = ServerView(timeline.live)
    pc = desk("pp-pc")
    pc.login("pp", timeline.live.account("PP", OPD))
    oid = submitted_on_22nd(timeline, pc)
    assert view.order(oid)["approval_due"] == "2026-12-29"  # 23rd, then 28th and 29th: holidays and weekend skipped

    ppk_pc = desk("ppk-pc")
    ppk_pc.login("ppk", timeline.live.account("PPK", OPD))
    timeline.move_to(wib(28, 8))  # the working day before the deadline: the PPK is reminded at login/sync
    ppk_pc.sync("ppk")
    alerts = AlertsService(ppk_pc.client.store, ppk_pc.session).for_current_user()
    mine = [a for a in alerts if a.order_id == oid]
    assert [(a.kind, a.deadline, a.working_days) for a in mine] == \
        [(AlertKind.PPK_DEADLINE_NEAR, dt.date(2026, 12, 29), 1)]

    assert oid not in timeline.expire()  # the 28th: not yet due (a weekday count would have cancelled it)
    timeline.move_to(wib(29, 16))
    assert oid not in timeline.expire()  # the due day itself still belongs to the PPK
    assert view.order(oid)["state"] == "DIAJUKAN"

    timeline.move_to(wib(30, 0, 5))  # five minutes into the 30th (Jakarta): overdue
    assert oid in timeline.expire()
    assert oid not in timeline.expire()  # a second run finds nothing left: each order is cancelled once
    server = view.order(oid)
    assert server["state"] == "DIBATALKAN"
    reason = server["reasons"][-1]
    assert (reason["action"], reason["by"], reason["role"], reason["due"]) == ("expire", "system", "SISTEM",
                                                                               "2026-12-29")
    assert "29 Desember 2026" in reason["reason"]
    events = view.detail(oid)["events"]
    assert [(e["action"], e["actor"], e["role"], e["to_state"]) for e in events][-1] == \
        ("expire", "system", "SISTEM", "DIBATALKAN")
    audit = timeline.live.cli("audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr

    pc.sync("pp")  # the PP is told on the next sync: the state and the reason arrive
    pc.as_("pp")
    local = pc.orders.get(oid)
    assert local.state.value == "DIBATALKAN"
    assert local.expiry == {"due": "2026-12-29", "at": reason["at"]}
    ppk_pc.sync("ppk")
    ppk_pc.as_("ppk")
    assert not [a for a in AlertsService(ppk_pc.client.store, ppk_pc.session).for_current_user()
                if a.order_id == oid]  # nothing left to remind the PPK of


def test_offline_approval_before_the_deadline_is_honoured(timeline: Timeline, desk: Any) -> None:
    view = ServerView(timeline.live)
    pc = desk("pp-pc")
    pc.login("pp", timeline.live.account("PP", OPD))
    oid = submitted_on_22nd(timeline, pc)

    ppk_pc = desk("ppk-laptop")
    ppk_pc.login("ppk", timeline.live.account("PPK", OPD))
    timeline.move_to(wib(29, 8))
    ppk_pc.sync("ppk")  # the last sync before going offline: the clock is verified here
    timeline.move_to(wib(29, 15))
    ppk_pc.as_("ppk")
    approved = ppk_pc.approvals.approve(oid)  # offline, on the due day
    assert approved.number

    timeline.move_to(wib(30, 9))
    assert oid in timeline.expire()  # the server has not heard of the approval yet
    report = ppk_pc.sync("ppk")  # back online the next morning
    assert report.outbox.rejected == 0, report.outbox.conflicts
    server = view.order(oid)
    assert server["state"] == "DISETUJUI" and server["number"] == approved.number
    events = view.detail(oid)["events"]
    assert [(e["action"], e["from_state"], e["to_state"]) for e in events][-2:] == \
        [("expire", "DIAJUKAN", "DIBATALKAN"), ("approve", "DIBATALKAN", "DISETUJUI")]
    clock_seen = events[-1]["payload"]["clock"]
    assert abs(clock_seen["offset_ms"]) <= 300_000 and clock_seen["verified_at"].startswith("2026-12-29T01:")
    assert events[-1]["client_recorded_at"].startswith("2026-12-29T08:")  # 15:00 WIB
    audit = timeline.live.cli("audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert not ppk_pc.conflicts.open_conflicts(oid)


def test_offline_approval_on_an_unverified_clock_is_a_conflict(timeline: Timeline, desk: Any) -> None:
    view = ServerView(timeline.live)
    pc = desk("pp-pc")
    pc.login("pp", timeline.live.account("PP", OPD))
    oid = submitted_on_22nd(timeline, pc)

    ppk_pc = desk("ppk-old-laptop", behind_s=2 * 3600)  # its clock runs two hours behind the server
    ppk_pc.login("ppk", timeline.live.account("PPK", OPD))
    timeline.move_to(wib(29, 8))
    ppk_pc.sync("ppk")
    timeline.move_to(wib(29, 15))
    ppk_pc.as_("ppk")
    ppk_pc.approvals.approve(oid)

    timeline.move_to(wib(30, 9))
    assert oid in timeline.expire()
    report = ppk_pc.sync("ppk")
    assert report.outbox.rejected == 1
    assert view.order(oid)["state"] == "DIBATALKAN"
    (conflict,) = ppk_pc.conflicts.open_conflicts(oid)
    assert conflict.code == "deadline_passed"
    assert conflict.heading == "Batas waktu persetujuan PPK sudah lewat"
    assert "29 Desember 2026" in conflict.detail
    assert conflict.server_act is not None and conflict.server_act.action == "expire"
    assert conflict.server_act.reason == "2026-12-29"
