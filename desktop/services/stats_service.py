"""Dashboard figures: fetched from `GET /v1/stats/...`, cached locally, served from the cache when offline.

Qt-free and synchronous: the UI calls `dashboard()` through the task runner's I/O lane. Each answer is cached in
the local store (`sync_state`, key `stats:<user>:<endpoint>?<filters>`) with the server's `as_of` time, so the
dashboard works offline on the last synced figures and says how old they are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.documents import csv_excel
from desktop.services.refusal_texts import server_refusal
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store
from sync.client.auth import NeedsLogin
from sync.client.transport import TransportError

# endpoint -> what the dashboard shows; drill-down (`orders`) is online only
DASHBOARD_ENDPOINTS = ("summary", "by-kabkota", "by-category", "by-marketplace", "by-month", "shares",
                       "orders-by-state", "never-sold", "sellers", "by-opd")
PROVINCE_ONLY = frozenset({"sellers"})  # catalog-wide table: shown to admin provinsi only (noise for an OPD)

Fetch = Callable[[str, Mapping[str, str]], dict[str, Any]]


class StatsOffline(Exception):
    """The server could not be reached (no network, server down): fall back to cached figures."""


class StatsError(Exception):
    """The server refused or failed; `.message` is Indonesian and says what to do."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class StatsCache(Protocol):
    def get(self, key: str) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class StatsFilters:
    date_from: str | None = None
    date_to: str | None = None
    kabkota: str | None = None

    def params(self) -> dict[str, str]:
        return {k: v for k, v in (("date_from", self.date_from), ("date_to", self.date_to),
                                  ("kabkota", self.kabkota)) if v}


@dataclass(frozen=True)
class Dashboard:
    """Everything one dashboard page shows. `sections` maps endpoint -> server JSON (or missing)."""

    sections: dict[str, dict[str, Any]]
    as_of: str | None  # oldest server time among the sections shown
    offline: bool  # True when at least one section came from the cache
    missing: tuple[str, ...] = ()  # sections neither online nor cached
    problems: tuple[str, ...] = field(default=())  # server refusals, in Indonesian

    def rows(self, endpoint: str) -> list[dict[str, Any]]:
        return list(self.sections.get(endpoint, {}).get("rows", []))


class StatsService:
    def __init__(self, fetch: Fetch, cache: StatsCache, user_key: Callable[[], str]) -> None:
        self._fetch = fetch
        self._cache = cache
        self._user_key = user_key

    def _key(self, endpoint: str, params: Mapping[str, str]) -> str:
        query = "&".join(f"{k}={params[k]}" for k in sorted(params))
        return f"stats:{self._user_key()}:{endpoint}?{query}"

    def fetch(self, endpoint: str, filters: StatsFilters = StatsFilters(), **extra: str | int) -> tuple[dict[str, Any], bool]:
        """(answer, from_cache). Online answers refresh the cache; offline falls back to it."""
        params = {**filters.params(), **{k: str(v) for k, v in extra.items() if v is not None and v != ""}}
        key = self._key(endpoint, params)
        try:
            body = self._fetch(f"/v1/stats/{endpoint}", params)
        except StatsOffline:
            cached = self._cache.get(key)
            if cached is None:
                raise
            return dict(cached), True
        self._cache.set(key, body)
        return body, False

    def dashboard(self, filters: StatsFilters = StatsFilters(), *, province: bool = False) -> Dashboard:
        sections: dict[str, dict[str, Any]] = {}
        missing: list[str] = []
        problems: list[str] = []
        offline = False
        for endpoint in DASHBOARD_ENDPOINTS:
            if endpoint in PROVINCE_ONLY and not province:
                continue
            try:
                body, cached = self.fetch(endpoint, filters, **({"limit": 200} if endpoint == "never-sold" else {}))
            except StatsOffline:
                missing.append(endpoint)
                offline = True
                continue
            except StatsError as exc:
                problems.append(exc.message)
                continue
            sections[endpoint] = body
            offline |= cached
        stamps = [s["as_of"] for s in sections.values() if s.get("as_of")]
        return Dashboard(sections, min(stamps) if stamps else None, offline, tuple(missing),
                         tuple(dict.fromkeys(problems)))

    def orders_behind(self, filters: StatsFilters, *, limit: int = 200, **bar: str) -> dict[str, Any]:
        """Drill-down rows for one bar (bar_kabkota=, month=, category=, marketplace=, bar_opd=)."""
        body, _cached = self.fetch("orders", filters, limit=limit, **bar)
        return body

    def never_sold(self, filters: StatsFilters, *, limit: int = 200, offset: int = 0) -> dict[str, Any]:
        body, _cached = self.fetch("never-sold", filters, limit=limit, offset=offset)
        return body


class StoreStatsCache:
    """Cache in the local store's `sync_state` table (key/value JSON), one unit of work per call."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> Any:
        with self._store.unit_of_work(readonly=True) as uow:
            raw = uow.sync_state.get(key)
        return json.loads(raw) if isinstance(raw, str) else raw

    def set(self, key: str, value: Any) -> None:
        with self._store.unit_of_work() as uow:
            uow.sync_state.set(key, value)


class MemoryStatsCache:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = json.loads(json.dumps(value))


def http_fetcher(send: Callable[..., Any], user_id: str) -> Fetch:
    """Adapt `SyncService.auth.send(user_id, method, path, params=...)` to a Fetch; maps network failures to
    StatsOffline and problem+json refusals to StatsError."""

    def fetch(path: str, params: Mapping[str, str]) -> dict[str, Any]:
        try:
            response = send(user_id, "GET", path, params=dict(params))
        # OSError covers requests' ConnectionError and Timeout; TransportError is sync.client's (retries
        # exhausted, DNS, refused); NeedsLogin: no usable refresh token (offline login) - the cache is shown.
        except (OSError, TransportError, NeedsLogin) as exc:
            raise StatsOffline(str(exc)) from exc
        if response.status_code == 200:
            return dict(response.json())
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        if response.status_code >= 500:
            raise StatsOffline(f"HTTP {response.status_code}")
        code, detail = str(problem.get("code") or ""), str(problem.get("detail") or "")
        raise StatsError(server_refusal(code, detail) if detail else
                         SERVICE_TEXTS("stats_refused", status=response.status_code), code)

    return fetch


def session_fetcher(send: Callable[..., Any], session: SessionState) -> Fetch:
    """A Fetch that always acts as the user logged in at call time (the composition root wires this once):
    `StatsService(session_fetcher(sync.send, session), StoreStatsCache(store), lambda: session.require_user().id)`.
    `send` raising ConnectionError/OSError (e.g. not connected to a server yet) counts as offline."""

    def fetch(path: str, params: Mapping[str, str]) -> dict[str, Any]:
        return http_fetcher(send, session.require_user().id)(path, params)

    return fetch


# --- exports (every dashboard table): the UI passes translated headers and plain cell values -----------------

Cell = str | int | float | None


def export_csv(path: str | os.PathLike[str], headers: list[str], rows: list[list[Cell]]) -> None:
    """The app's one CSV dialect (desktop/documents/csv_excel.py): what Excel in an Indonesian locale opens
    correctly. Money stays an integer number of rupiah so it can be summed; shares get a decimal comma."""
    with open(path, "wb") as fh:
        fh.write(csv_excel.to_csv(headers, rows))


def export_xlsx(path: str | os.PathLike[str], sheets: list[tuple[str, list[str], list[list[Cell]]]], *, note: str = "") -> None:
    """One worksheet per table; integer rupiah formatted `#,##0` (shown with dots in an Indonesian Excel)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for title, headers, rows in sheets:
        name = _sheet_name(title, used)
        sheet = book.create_sheet(name)
        if note:
            sheet.append([note])
            sheet.append([])
        sheet.append(headers)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, int) and not isinstance(cell.value, bool) and abs(cell.value) >= 1000:
                    cell.number_format = "#,##0"
        for i, header in enumerate(headers, start=1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200] if i - 1 < len(r)])
            sheet.column_dimensions[sheet.cell(row=1, column=i).column_letter].width = min(60, width + 2)
    book.properties.creator = "Blangkon Desktop"
    book.save(path)


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:28] or "Tabel"
    name, n = base, 2
    while name in used:
        name = f"{base[:26]}-{n}"
        n += 1
    used.add(name)
    return name
