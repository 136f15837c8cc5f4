"""Server fixtures: one live server per database for the whole session (SQLite always, PostgreSQL when
configured). Tests share it, so each test makes its own orders and uses accounts no other test disturbs."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
import requests

from tests.conftest import PG_URL
from tests.server.live import LiveServer, start_server


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("BLANGKON_TEST_PG_URL not set")
    # Every test logs in from 127.0.0.1 and many send wrong passwords on purpose: the per-address limit would
    # lock the whole session out, so it is raised here and tested on its own (test_tokens_unit.py).
    srv = start_server(tmp_path_factory.mktemp("srv"), db_url=PG_URL if request.param == "postgresql" else None,
                       env={"BLANGKON_SERVER_LOGIN_MAX_ADDRESS": "100000",
                            # a first delay long enough that a slow machine still sees it (tests never wait it out)
                            "BLANGKON_SERVER_LOGIN_DELAY_BASE": "30", "BLANGKON_SERVER_LOGIN_DELAY_MAX": "60"})
    yield srv
    srv.stop()


OPD = "33.00-DINKES"
OTHER_OPD = "33.01-DISDIK"


class Api:
    """Tiny client for tests: role-based auth headers and order helpers."""

    def __init__(self, srv: LiveServer) -> None:
        self.srv = srv
        self.url = srv.url
        self._local = threading.local()
        self._users: dict[tuple[str, str | None], dict[str, Any]] = {}

    @property
    def http(self) -> requests.Session:
        """One keep-alive session per thread (requests.Session is not thread-safe)."""
        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        return self._local.session  # type: ignore[no-any-return]

    @http.setter
    def http(self, session: requests.Session) -> None:
        self._local.session = session

    def user(self, role: str, opd: str | None = OPD) -> dict[str, Any]:
        key = (role, None if role == "ADMIN_PROVINSI" else opd)
        if key not in self._users:
            acc = self.srv.account(role, key[1])
            tok = self.srv.login(acc["username"], acc["password"])
            self._users[key] = {"token": tok["access_token"], **tok["user"]}
        return self._users[key]

    def h(self, role: str, opd: str | None = OPD, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.user(role, opd)['token']}", **extra}

    def products(self, n: int = 2, role: str = "PP", skip: int = 0) -> list[dict[str, Any]]:
        """n active products of one provider (the `skip`-th such provider), from the changes feed."""
        if not hasattr(self, "_rows"):
            self._rows = self.http.get(f"{self.url}/v1/catalog/changes", headers=self.h(role), timeout=30).json()["rows"]
        rows = self._rows
        by_prov: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            if r["t"] == "product" and r["status"] == "active" and r["price"] < 1_000_000:
                by_prov.setdefault(r["provider_id"], []).append(r)
        return [v for v in by_prov.values() if len(v) >= n][skip][:n]

    def draft(self, products: list[dict[str, Any]], opd: str = OPD, qty: int = 2, **over: Any) -> dict[str, Any]:
        body = {"opd_id": opd, "provider_id": products[0]["provider_id"], "marketplace": "MBIZ",
                "kode_rup": "RUP-001", "sub_kegiatan": "1.02.02.2.01", "kode_rekening": "5.1.02.01.01.0024",
                "delivery_address": "Jl. Piere Tendean No. 24, Semarang", "delivery_date": "2026-12-01",
                "shipping": 15000, "notes": "",
                "lines": [{"id": str(uuid.uuid4()), "product_id": p["id"], "product_version": p["version"],
                           "name": p["name"], "unit": p["unit"], "qty": qty, "unit_price": p["price"]}
                          for i, p in enumerate(products)]}
        body.update(over)
        return body

    def put(self, order_id: str, body: Any, role: str = "PP", opd: str = OPD, if_match: int | None = None,
            key: str | None = None) -> requests.Response:
        cond = {"If-Match": f'"v{if_match}"'} if if_match else {"If-None-Match": "*"}
        return self.http.put(f"{self.url}/v1/orders/{order_id}", json=body,
                             headers=self.h(role, opd, **cond, **{"Idempotency-Key": key or str(uuid.uuid4())}),
                             timeout=30)

    def act(self, order_id: str, action: str, role: str, opd: str = OPD, key: str | None = None,
            **fields: Any) -> requests.Response:
        body = {"action": action, "base_version": fields.pop("base_version", 1), **fields}
        return self.http.post(f"{self.url}/v1/orders/{order_id}/transitions", json=body,
                              headers=self.h(role, opd, **{"Idempotency-Key": key or str(uuid.uuid4())}), timeout=30)

    def get(self, order_id: str, role: str = "PP", opd: str = OPD) -> requests.Response:
        return self.http.get(f"{self.url}/v1/orders/{order_id}", headers=self.h(role, opd), timeout=30)

    def new_order(self, n_products: int = 2, **over: Any) -> dict[str, Any]:
        oid = str(uuid.uuid4())
        r = self.put(oid, self.draft(self.products(n_products), **over))
        assert r.status_code == 201, r.text
        return dict(r.json())


@pytest.fixture(scope="module")
def api(live: LiveServer) -> Api:
    return Api(live)


@pytest.fixture
def db_url(server_db_url: str):
    """A migrated, initialised, empty server database (a fresh schema on PostgreSQL, dropped afterwards)."""
    from sync.server.storage.db import migrate
    from tests.server.live import drop_pg_schema, fresh_pg_schema

    schema = None
    url = server_db_url
    if url.startswith("postgresql"):
        schema, url = fresh_pg_schema(server_db_url)
    try:
        migrate(url)
        yield url
    finally:
        if schema:
            drop_pg_schema(server_db_url, schema)


@pytest.fixture
def engine_for(db_url: str):
    from sync.server.storage.db import make_engine
    from sync.server.storage.state import ensure_initialized

    eng = make_engine(db_url, pool_size=4)
    ensure_initialized(eng)
    yield eng
    eng.dispose()
