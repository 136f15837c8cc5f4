"""The whole order workflow against the real server on loopback: the desktop services (the same ones the
screens call) write local changes + outbox commands; the sync engine delivers them; the server's state machine
agrees at every step — PP drafts and submits, PPK approves (SP number from the device block), the PP records
the marketplace steps, the PPK inspects and signs the BAST, the PA/KPA consents and the Bendahara pays."""

from __future__ import annotations

import keyring
import pytest

from desktop.services.approvals import ApprovalService
from desktop.services.order_view import PaymentInput, ReceiptInput, SyncStatus
from desktop.services.orders import OrderService
from desktop.services.payments import PaymentService
from desktop.services.session import CurrentUser, SessionState
from sync.protocol import Role
from sync.protocol.states import Action
from tests.server.live import start_server
from tests.sync.kit import Client, ServerView, install_keyring

OPD = "33.00-DINKES"


@pytest.fixture(autouse=True)
def test_keyring():
    ring, previous = install_keyring()
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=11)
    yield srv
    srv.stop()


def test_pp_ppk_bendahara_online_flow(live, tmp_path):
    view = ServerView(live)
    client = Client(live.url, tmp_path / "pc1")
    session = SessionState()
    people: dict[str, CurrentUser] = {}
    for role in (Role.PP, Role.PPK, Role.PA_KPA, Role.BENDAHARA):
        account = live.account(role.value, OPD)
        uid = client.login(account)
        people[role.value] = CurrentUser(uid, account["username"], account["username"], role, OPD)  # type: ignore[arg-type]
    orders, approvals = OrderService(client.store, session), ApprovalService(client.store, session)
    payments = PaymentService(client.store, session)

    def as_(role: Role) -> None:
        session.set_user(people[role.value])

    def sync(role: Role) -> None:
        report = client.sync(people[role.value].username)
        assert report.outbox.rejected == 0, report.outbox.conflicts

    as_(Role.PP)
    sync(Role.PP)  # catalog snapshot and number blocks
    product = next(p for p in orders.find_products("") if p.price * 3 < 50_000_000)
    draft = orders.create_draft(product.id, 3)
    orders.update_fields(draft.id, kode_rup="51234567", sub_kegiatan="1.02.01.1.06.0004",
                         kode_rekening="5.1.02.01.01.0024", delivery_address="Jl. Piere Tendean No. 24, Semarang")
    assert not [c for c in orders.precheck(draft.id) if c.blocking]
    orders.submit(draft.id)
    sync(Role.PP)
    assert view.order(draft.id)["state"] == "DIAJUKAN"
    assert orders.get(draft.id).sync_status is SyncStatus.SENT

    as_(Role.PPK)
    sync(Role.PPK)
    approved = approvals.approve(draft.id)
    sync(Role.PPK)
    server = view.order(draft.id)
    assert server["state"] == "DISETUJUI" and approved.number

    as_(Role.PP)
    for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        orders.advance_delivery(draft.id, action)
    sync(Role.PP)
    assert view.order(draft.id)["state"] == "DALAM_PENGIRIMAN"

    as_(Role.PPK)
    today = approvals.today()
    approvals.record_receipt(draft.id, ReceiptInput(today, True, True, True, {}))
    approvals.sign_bast(draft.id, today, "027/BAST/DINKES/2026")
    sync(Role.PPK)
    assert view.order(draft.id)["state"] == "BAST"

    as_(Role.BENDAHARA)
    payments.request_payment(draft.id)
    sync(Role.BENDAHARA)
    as_(Role.PA_KPA)
    payments.authorize(draft.id)
    sync(Role.PA_KPA)
    as_(Role.BENDAHARA)
    paid = payments.record_payment(draft.id, PaymentInput("TRANSFER", today, "BKU-0457"))
    sync(Role.BENDAHARA)
    server = view.order(draft.id)
    assert server["state"] == "DIBAYAR" and server["total"] == paid.total
    assert orders.get(draft.id).sync_status is SyncStatus.SENT
    client.close()


def test_offline_submit_and_approval_sync_later(live, tmp_path):
    """Both officers act on one PC with no connection; one sync later the server agrees (SYNC.md §5)."""
    view = ServerView(live)
    client = Client(live.url, tmp_path / "pc2")
    session = SessionState()
    people = {}
    for role in (Role.PP, Role.PPK):
        account = live.account(role.value, OPD)
        people[role] = CurrentUser(client.login(account), account["username"], account["username"], role, OPD)  # type: ignore[arg-type]
    client.sync(people[Role.PP].username)  # the catalog and number blocks arrive once
    orders, approvals = OrderService(client.store, session), ApprovalService(client.store, session)
    session.set_user(people[Role.PP])
    product = next(p for p in orders.find_products("") if p.price * 2 < 50_000_000)
    draft = orders.create_draft(product.id, 2)
    orders.update_fields(draft.id, kode_rup="51234568", sub_kegiatan="1.02.01.1.06.0004",
                         kode_rekening="5.1.02.01.01.0024", delivery_address="Jl. Piere Tendean No. 24, Semarang")
    orders.submit(draft.id)
    session.set_user(people[Role.PPK])
    client.sync(people[Role.PPK].username)  # the PPK's own number block
    approved = approvals.approve(draft.id)
    assert approved.sync_status is SyncStatus.PENDING
    report = client.sync(people[Role.PP].username)
    assert report.outbox.rejected == 0
    report = client.sync(people[Role.PPK].username)
    assert report.outbox.rejected == 0, report.outbox.conflicts
    assert view.order(draft.id)["state"] == "DISETUJUI"
    assert orders.get(draft.id).sync_status is SyncStatus.SENT
    client.close()
