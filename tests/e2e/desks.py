"""Two (or more) desktop PCs against one real server on loopback, driven through the same desktop services the
screens call (issue 21: each conflict item is proved with two clients). Nothing stands in for the server."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from desktop.services.approvals import ApprovalService
from desktop.services.conflicts import ConflictService
from desktop.services.documents_service import DocumentService
from desktop.services.orders import OrderService
from desktop.services.session import CurrentUser, SessionState
from sync.client.engine import SyncReport
from sync.protocol import Role
from sync.server.storage import models as m
from sync.server.storage.db import make_engine
from tests.sync.kit import Client

OPD = "33.00-DINKES"
ADDRESS = "Jl. Piere Tendean No. 24, Semarang"


class Desk:
    """One PC: its own SQLite store, the real SyncService, the services of the order screens."""

    def __init__(self, live: Any, folder: Path, clock: Callable[[], float] | None = None) -> None:
        """`clock` (epoch seconds) is the PC's own clock, for journeys that move in time (#17)."""
        self.live = live
        self.client = Client(live.url, folder, clock=clock)
        self.session = (SessionState(clock=lambda: dt.datetime.fromtimestamp(clock(), dt.UTC)) if clock else
                        SessionState())
        self.people: dict[str, CurrentUser] = {}
        store = self.client.store
        self.orders = OrderService(store, self.session)
        self.approvals = ApprovalService(store, self.session)
        self.conflicts = ConflictService(store, self.session)
        self.documents = DocumentService(store, self.session)

    def login(self, key: str, account: dict[str, Any]) -> CurrentUser:
        uid = self.client.login(account)
        with self.client.store.unit_of_work(readonly=True) as uow:
            cached = uow.users.get(uid)
        self.people[key] = CurrentUser(uid, account["username"], cached.full_name, Role(account["role"]),
                                       account["opd_id"], nip=cached.nip or "")
        self.as_(key)
        return self.people[key]

    def as_(self, key: str) -> CurrentUser:
        self.session.set_user(self.people[key])
        return self.people[key]

    def sync(self, key: str | None = None) -> SyncReport:
        user = self.people[key] if key else self.session.require_user()
        return self.client.service.sync_now(user.id, threading.Event())

    def draft_ready(self, product_id: int, qty: int = 2) -> Any:
        """A draft that passes every pre-submission check (budget codes, address)."""
        draft = self.orders.create_draft(product_id, qty)
        return self.orders.update_fields(draft.id, kode_rup="51234567", sub_kegiatan="1.02.01.1.06.0004",
                                         kode_rekening="5.1.02.01.01.0024", delivery_address=ADDRESS)

    def order_ids(self) -> set[str]:
        with self.client.store.unit_of_work(readonly=True) as uow:
            return {o.id for o in uow.orders.list(with_lines=False)}

    def close(self) -> None:
        self.client.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


def cheap_products(desk: Desk, n: int = 1) -> list[Any]:
    """Active products of one seller from the desk's replica, cheap enough for any marketplace."""
    by_seller: dict[int, list[Any]] = {}
    for p in desk.orders.find_products("", limit=500):
        if p.price * 3 < 10_000_000:
            by_seller.setdefault(p.provider_id, []).append(p)
    return next(v for v in by_seller.values() if len(v) >= n)[:n]


def server_voids(live: Any) -> set[tuple[str, int, str, int]]:
    """The server's register of voided numbers, read from its database."""
    engine = make_engine(live.db_url)
    try:
        with engine.connect() as conn:
            nv = m.number_void.c
            return {(r.opd_id, r.year, r.doc_type, r.number)
                    for r in conn.execute(select(nv.opd_id, nv.year, nv.doc_type, nv.number))}
    finally:
        engine.dispose()


def add_officer(live: Any, username: str, role: str, full_name: str, opd: str = OPD) -> dict[str, Any]:
    """A second officer of the same OPD (the demo data has one per role), with a NIP like every demo officer."""
    from sync.server.demo.generate import demo_officer

    password = "ember-lontong-pagi-hujan"  # a passphrase the password policy accepts
    out = live.cli_inproc("users", "add", username, "--role", role, "--opd", opd, "--full-name", full_name,
                          "--password", password, "--nip", demo_officer(0, username)[1])
    assert out.returncode == 0, out.stderr
    return {"username": username, "password": password, "role": role, "opd_id": opd}
