"""StatsService against the real stats router (in-process), offline fallback to the local cache, exports."""

from __future__ import annotations

import csv
from typing import Any

import pytest
import requests
from openpyxl import load_workbook

from desktop.services.stats_service import (
    MemoryStatsCache,
    StatsError,
    StatsFilters,
    StatsOffline,
    StatsService,
    StoreStatsCache,
    export_csv,
    export_xlsx,
    http_fetcher,
)
from desktop.store.db import Store
from sync.client.auth import NeedsLogin
from sync.client.transport import TransportError
from tests.server.test_stats_support import stats_app, token


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with stats_app("sqlite", tmp_path_factory.mktemp("svc"), products=800, orders=250) as pair:
        yield pair


class Switch:
    """A `send` that talks to the in-process app until it is switched off (the network goes away)."""

    def __init__(self, server, role: str = "ADMIN_PROVINSI", opd: str | None = None) -> None:
        self.app, self.client = server
        self.headers = token(self.app, role, opd)
        self.online = True
        self.calls: list[str] = []

    def __call__(self, user_id: str, method: str, path: str, params: dict[str, str]) -> Any:
        self.calls.append(path)
        if not self.online:
            raise ConnectionError("Network is unreachable")
        return self.client.request(method, path, params=params, headers=self.headers)


def test_dashboard_online_then_offline_from_cache(server, tmp_path):
    send = Switch(server)
    store = Store.open(tmp_path / "local.db")
    try:
        svc = StatsService(http_fetcher(send, "u-admin"), StoreStatsCache(store), lambda: "u-admin")
        online = svc.dashboard(StatsFilters(date_from="2026-01-01"), province=True)
        assert not online.offline and not online.missing and online.as_of and online.as_of.endswith("Z")
        assert {"summary", "by-kabkota", "sellers", "never-sold", "orders-by-state"} <= set(online.sections)
        assert online.sections["summary"]["filters"]["date_from"] == "2026-01-01"
        send.online = False
        offline = svc.dashboard(StatsFilters(date_from="2026-01-01"), province=True)
        assert offline.offline and offline.as_of == online.as_of
        assert offline.sections["summary"] == online.sections["summary"]
        assert offline.rows("by-kabkota") == online.rows("by-kabkota")
        other = svc.dashboard(StatsFilters(kabkota="33.25"), province=True)  # never fetched: nothing cached
        assert other.offline and set(other.missing) >= {"summary", "by-kabkota"} and not other.sections
        with pytest.raises(StatsOffline):
            svc.orders_behind(StatsFilters(), bar_kabkota="33.25")
    finally:
        store.close()


def test_cache_is_per_user_and_officers_get_no_province_table(server):
    send = Switch(server, "PPK", "33.00-DINKES")
    cache = MemoryStatsCache()
    svc = StatsService(http_fetcher(send, "u-ppk"), cache, lambda: "u-ppk")
    board = svc.dashboard()
    assert "sellers" not in board.sections and board.sections["summary"]["scope"]["opd_id"] == "33.00-DINKES"
    assert all(k.startswith("stats:u-ppk:") for k in cache.data)
    send.online = False
    other_user = StatsService(http_fetcher(send, "u-2"), cache, lambda: "u-2")
    assert set(other_user.dashboard().missing) >= {"summary"}  # someone else's figures are never shown


def test_refusals_become_actionable_errors(server):
    send = Switch(server, "PPK", "33.00-DINKES")
    svc = StatsService(http_fetcher(send, "u"), MemoryStatsCache(), lambda: "u")
    with pytest.raises(StatsError) as err:
        svc.fetch("summary", StatsFilters(), opd_id="33.01-DISDIK")
    assert err.value.code == "forbidden" and "OPD Anda sendiri" in err.value.message


def test_drill_down_and_never_sold_paging(server):
    svc = StatsService(http_fetcher(Switch(server), "a"), MemoryStatsCache(), lambda: "a")
    bar = svc.dashboard(province=True).rows("by-kabkota")[0]
    behind = svc.orders_behind(StatsFilters(), bar_kabkota=bar["kabkota"], limit=500)
    assert behind["total"] == bar["count"] and {o["buyer_kab"] for o in behind["rows"]} == {bar["kabkota"]}
    page = svc.never_sold(StatsFilters(), limit=3, offset=3)
    assert page["providers"]["offset"] == 3 and len(page["providers"]["rows"]) <= 3


def test_session_fetcher_acts_as_the_current_user(server):
    from desktop.services.session import CurrentUser, SessionState
    from desktop.services.stats_service import session_fetcher
    from sync.protocol import Role

    send = Switch(server)
    seen: list[str] = []

    def spy(user_id: str, method: str, path: str, params: dict[str, str]) -> Any:
        seen.append(user_id)
        return send(user_id, method, path, params)

    session = SessionState()
    fetch = session_fetcher(spy, session)
    with pytest.raises(PermissionError):
        fetch("/v1/stats/summary", {})
    session.set_user(CurrentUser("u-77", "admin", "Admin", Role.ADMIN_PROVINSI))
    assert fetch("/v1/stats/summary", {})["scope"]["all"] is True and seen == ["u-77"]


def test_server_failure_counts_as_offline():
    class Response:
        status_code = 503

        def json(self) -> dict[str, Any]:
            return {"code": "internal_error"}

    fetch = http_fetcher(lambda *a, **k: Response(), "u")
    with pytest.raises(StatsOffline):
        fetch("/v1/stats/summary", {})


class ServerUnreachable(TransportError):
    """A transport failure under another class name: recognised by its type, not by its name."""


@pytest.mark.parametrize("failure", [ServerUnreachable("retries exhausted"), NeedsLogin("no refresh token"),
                                     requests.Timeout("read timed out"), ConnectionRefusedError()])
def test_transport_failures_count_as_offline_by_type(failure):
    def send(*a, **k):
        raise failure

    with pytest.raises(StatsOffline):
        http_fetcher(send, "u")("/v1/stats/summary", {})


def test_a_programming_error_is_not_taken_for_offline():
    def send(*a, **k):
        raise KeyError("TransportError")

    with pytest.raises(KeyError):
        http_fetcher(send, "u")("/v1/stats/summary", {})


def test_exports_keep_integer_rupiah(tmp_path):
    headers = ["Kab/Kota", "Nilai (Rp)", "Jumlah"]
    rows: list[list[Any]] = [["Kabupaten Batang", 42_000_000_000, 1200], ["Kota Semarang", 1_500_000, 3]]
    export_csv(tmp_path / "t.csv", headers, rows)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh, delimiter=";"))
    assert got == [headers, ["Kabupaten Batang", "42000000000", "1200"], ["Kota Semarang", "1500000", "3"]]
    export_xlsx(tmp_path / "t.xlsx", [("Peringkat kab/kota", headers, rows), ("Peringkat kab/kota", headers, [])],
                note="Per 2026-11-23T10:00:00Z")
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Peringkat kabkota", "Peringkat kabkota-2"]
    sheet = book["Peringkat kabkota"]
    assert sheet["A1"].value == "Per 2026-11-23T10:00:00Z"
    assert [c.value for c in sheet[3]] == headers
    assert sheet["B4"].value == 42_000_000_000 and sheet["B4"].number_format == "#,##0"
