"""Test kit: a desktop client (real Store + SyncService) against a real live server, plus server-side helpers.

Nothing here stands in for the server: commands go through the store's outbox and the real engine, and the
server is the subprocess from tests/server/live.py.
"""

from __future__ import annotations

import random
import threading
import uuid
from pathlib import Path
from typing import Any

import keyring
import requests
from keyring.backend import KeyringBackend

from desktop.services.credentials import CredentialStore
from desktop.services.sync_service import SyncService, SyncSettings
from desktop.services.usb_transfer import UsbTransfer
from desktop.store import Store
from desktop.store.records import Order, OrderLine
from sync.client.engine import SyncReport
from sync.client.transport import Transport, TransportConfig
from sync.protocol.messages import Order as WireOrder
from sync.protocol.orders import content_hash


class DictKeyring(KeyringBackend):
    """An in-memory OS keyring for tests (TOOLCHAIN §4): no D-Bus, no plaintext file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def install_keyring() -> tuple[DictKeyring, KeyringBackend]:
    previous = keyring.get_keyring()
    ring = DictKeyring()
    keyring.set_keyring(ring)
    return ring, previous


def draft_body(products: list[dict[str, Any]], opd_id: str, qty: int = 2) -> dict[str, Any]:
    return {"opd_id": opd_id, "provider_id": products[0]["provider_id"], "marketplace": "MBIZ",
            "kode_rup": "RUP-001", "sub_kegiatan": "1.02.02.2.01", "kode_rekening": "5.1.02.01.01.0024",
            "delivery_address": "Jl. Pahlawan No. 9, Semarang", "delivery_date": "2026-12-01",
            "shipping": 15000, "notes": "",
            "lines": [{"id": f"ln-{uuid.uuid4().hex[:8]}", "product_id": p["id"], "product_version": p["version"],
                       "name": p["name"], "unit": p["unit"], "qty": qty, "unit_price": p["price"]}
                      for p in products]}


class Client:
    """One desktop installation (its own SQLite file) with one or more officers signed in on it."""

    def __init__(self, base_url: str, folder: Path, *, seed: int = 0, max_attempts: int = 3,
                 client_version: str = "0.1.0", clock: Any = None,
                 timeout: tuple[float, float] = (5, 10), snapshot_in_child: bool = True) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.store = Store.open(folder / "blangkon.db")
        settings = SyncSettings(base_url, folder / "data", client_version=client_version,
                                snapshot_in_child=snapshot_in_child)
        kwargs = {"clock": clock} if clock is not None else {}
        self.sleeps: list[float] = []
        self.slept = 0.0  # simulated time: back-offs are recorded, never slept, and the give-up budget counts them
        transport = Transport(TransportConfig(base_url, max_attempts=max_attempts, timeout=timeout,
                                              client_version=client_version),
                              sleeper=self._sleep, rng=random.Random(seed), monotonic=lambda: self.slept,
                              **kwargs)
        self.service = SyncService(self.store, settings, CredentialStore(), transport=transport)
        self.users: dict[str, str] = {}  # username → user id

    def _sleep(self, seconds: float, cancel: Any) -> None:
        self.sleeps.append(seconds)
        self.slept += seconds

    def login(self, account: dict[str, Any]) -> str:
        uid = self.service.login(account["username"], account["password"])
        self.users[account["username"]] = uid
        return uid

    def sync(self, username: str, cancel: threading.Event | None = None) -> SyncReport:
        return self.service.sync_now(self.users[username], cancel or threading.Event())

    def close(self) -> None:
        self.store.close()

    @property
    def usb(self) -> UsbTransfer:
        """Sync by USB stick (#18) on this installation: the service the USB dialog and `blangkon usb` use."""
        return UsbTransfer(self.store, self.service.identity, self.folder / "data")

    # -- officer actions: local change + outbox command in one unit of work ------------------------------
    def new_draft(self, username: str, products: list[dict[str, Any]], opd_id: str, qty: int = 2,
                  cmd_id: str | None = None) -> str:
        oid = str(uuid.uuid4())
        body = draft_body(products, opd_id, qty)
        uid = self.users[username]
        lines = tuple(OrderLine(id=ln["id"], product_id=ln["product_id"], product_version=ln["product_version"],
                                name=ln["name"], unit=ln["unit"], qty=ln["qty"], unit_price_quoted=ln["unit_price"],
                                position=i) for i, ln in enumerate(body["lines"]))
        with self.store.unit_of_work() as uow:
            uow.orders.save_draft(Order(id=oid, opd_id=opd_id, created_by=uid, provider_id=body["provider_id"],
                                        marketplace=body["marketplace"], lines=lines))
            uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{oid}", body=body, actor_user_id=uid,
                               order_id=oid, base_version=None, cmd_id=cmd_id)
        return oid

    def act(self, username: str, order_id: str, action: str, base_version: int,
            order: dict[str, Any] | None = None, **payload: Any) -> str:
        body: dict[str, Any] = {"action": action, "base_version": base_version}
        if action == "approve" and order is not None:
            body["content_hash"] = content_hash(WireOrder.from_dict(order))
        if payload:
            body["payload"] = payload
        with self.store.unit_of_work() as uow:
            cmd = uow.outbox.enqueue(method="POST", path=f"/v1/orders/{order_id}/transitions", body=body,
                                     actor_user_id=self.users[username], order_id=order_id,
                                     base_version=base_version)
        return cmd.cmd_id

    def resolve(self, order_id: str, requeue_blocked: bool = True) -> None:
        """The officer closes the reconcile dialog: open conflicts resolved, blocked commands resent or dropped."""
        with self.store.unit_of_work() as uow:
            for conflict in uow.conflicts.open_for_order(order_id):
                uow.conflicts.resolve(conflict.id)
            uow.outbox.resolve_order(order_id, requeue_blocked=requeue_blocked)

    def order(self, order_id: str) -> Any:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.orders.get(order_id)

    def commands(self, order_id: str) -> list[Any]:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.outbox.for_order(order_id)

    def conflicts(self, order_id: str) -> list[Any]:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.conflicts.open_for_order(order_id)


class ServerView:
    """What the server holds, read over HTTP as an admin (the truth the invariants are checked against)."""

    def __init__(self, srv: Any) -> None:
        self.srv = srv
        self.http = requests.Session()
        self._token: str | None = None

    def _get(self, path: str, **params: Any) -> requests.Response:
        """GET as the provincial admin; access tokens live 15 minutes, so a 401 means: log in again."""
        for _ in range(2):
            if self._token is None:
                admin = self.srv.account("ADMIN_PROVINSI")
                self._token = self.srv.login(admin["username"], admin["password"])["access_token"]
            r = self.http.get(f"{self.srv.url}{path}", params=params or None,
                              headers={"Authorization": f"Bearer {self._token}"}, timeout=30)
            if r.status_code != 401:
                return r
            self._token = None
        return r

    def catalog_head(self) -> dict[str, int]:
        r = self._get("/v1/catalog/changes", limit=1)
        r.raise_for_status()
        return dict(r.json()["checkpoint"])

    def products(self, role: str = "PP") -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        since = None
        while True:
            params: dict[str, Any] = {"limit": 5000}
            if since:
                params["since"] = since
            page = self._get("/v1/catalog/changes", **params).json()
            rows += [r for r in page["rows"] if r["t"] == "product"]
            since = page["next"]
            if not page["has_more"]:
                return rows

    def orders(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        since = ""
        while True:
            page = self._get("/v1/orders/changes", since=since, limit=1000).json()
            for o in page["orders"]:
                out[o["id"]] = o
            since = page["next"]
            if not page["has_more"]:
                return out

    def detail(self, order_id: str) -> dict[str, Any]:
        r = self._get(f"/v1/orders/{order_id}")
        r.raise_for_status()
        return dict(r.json())

    def order(self, order_id: str) -> dict[str, Any]:
        body = self.detail(order_id)
        return dict(body.get("order", body))

    def events(self, order_id: str) -> list[dict[str, Any]]:
        return list(self.detail(order_id).get("events", []))


def same_provider_products(products: list[dict[str, Any]], n: int, skip: int = 0) -> list[dict[str, Any]]:
    by_provider: dict[int, list[dict[str, Any]]] = {}
    for p in products:
        if p["status"] == "active" and p["price"] < 1_000_000:
            by_provider.setdefault(p["provider_id"], []).append(p)
    return [v for v in by_provider.values() if len(v) >= n][skip][:n]
