"""Dashboard test data: figures computed by the real stats server over generated demo orders (no network)."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

from desktop.services.stats_service import (
    Dashboard,
    MemoryStatsCache,
    StatsFilters,
    StatsService,
    http_fetcher,
)


class ServerSend:
    """`send(user_id, method, path, params)` onto an in-process app; `online=False` simulates a lost network."""

    def __init__(self, app: Any, client: Any, role: str, opd: str | None) -> None:
        from tests.server.test_stats_support import token

        self.client = client
        self.headers = token(app, role, opd)
        self.online = True

    def __call__(self, user_id: str, method: str, path: str, params: dict[str, str]) -> Any:
        if not self.online:
            raise ConnectionError("Network is unreachable")
        return self.client.request(method, path, params=params, headers=self.headers)


class DemoServer:
    def __init__(self, products: int = 4000, orders: int = 2500) -> None:
        from tests.server.test_stats_support import stats_app

        self._cm = stats_app("sqlite", Path(tempfile.mkdtemp(prefix="dash-")), products=products, orders=orders)
        self.app, self.client = self._cm.__enter__()

    def service(self, role: str = "ADMIN_PROVINSI", opd: str | None = None) -> tuple[StatsService, ServerSend]:
        send = ServerSend(self.app, self.client, role, opd)
        return StatsService(http_fetcher(send, f"u-{role}"), MemoryStatsCache(), lambda: f"u-{role}-{opd}"), send

    def close(self) -> None:
        self._cm.__exit__(None, None, None)


@cache
def demo_server() -> DemoServer:
    return DemoServer()


class CannedStats:
    """A stats service answering from one precomputed Dashboard (for paint timing without a server)."""

    def __init__(self, board: Dashboard) -> None:
        self.board = board
        self.calls: list[StatsFilters] = []

    def dashboard(self, filters: StatsFilters | None = None, *, province: bool = False) -> Dashboard:
        self.calls.append(filters or StatsFilters())
        return self.board

    def orders_behind(self, filters: StatsFilters, *, limit: int = 200, **bar: str) -> dict[str, Any]:
        return {"rows": [], "total": 0, "limit": limit, "offset": 0}


def first_paint_ms() -> float:
    """Time from constructing the dashboard (admin provinsi, data already fetched) to its first painted frame."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.session import CurrentUser, SessionState
    from desktop.ui.dashboard import DashboardScreen
    from desktop.ui.screen import UiContext
    from desktop.ui.tasks import SyncTaskRunner
    from sync.protocol import Role
    from tests.ui.partial_services import partial_services

    app = QApplication.instance() or QApplication([])
    svc, _ = demo_server().service()
    board = svc.dashboard(province=True)
    session = SessionState()
    session.set_user(CurrentUser("u", "admin", "Admin", Role.ADMIN_PROVINSI))
    ctx = UiContext(services=partial_services(),
                    tasks=SyncTaskRunner(), session=session, navigate=lambda *a, **k: None)
    ctx.services.stats = CannedStats(board)
    started = time.perf_counter()
    screen = DashboardScreen(ctx)
    screen.resize(1280, 860)
    screen.activate()
    screen.grab()  # forces layout and a full paint, charts included
    took = (time.perf_counter() - started) * 1000
    screen.deleteLater()
    del app
    return took


TODAY = dt.date(2026, 11, 23)
