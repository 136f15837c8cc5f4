"""Outbox and orders against the real server: FIFO per order, conflicts, actors, 426, clock (SYNC.md §4–§7, §9)."""

from __future__ import annotations

import threading
import time

from desktop.store.records import CommandStatus, SyncStatus
from tests.sync.conftest import OPD
from tests.sync.kit import same_provider_products


def test_two_officers_submit_and_approve_through_the_outbox(live, view, make_client):
    pp, ppk = live.account("PP", OPD), live.account("PPK", OPD)
    client = make_client()
    client.login(pp)
    client.login(ppk)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=10), OPD)
    client.act(pp["username"], oid, "submit", 1)
    report = client.sync(pp["username"])
    assert (report.status, report.outbox.sent, report.outbox.rejected) == ("ok", 2, 0)
    local = client.order(oid)
    server = view.order(oid)
    assert (local.state, local.server_version, local.sync_status) == ("DIAJUKAN", server["version"], SyncStatus.SENT)
    client.act(ppk["username"], oid, "approve", server["version"], order=server)
    report = client.sync(ppk["username"])
    assert report.outbox.sent == 1
    assert client.order(oid).state == view.order(oid)["state"] == "DISETUJUI"
    assert [c.status for c in client.commands(oid)] == [CommandStatus.DONE] * 3


def test_business_conflict_parks_one_order_and_others_keep_flowing(live, view, make_client):
    pp = live.account("PP", OPD)
    a, b = make_client("a"), make_client("b")
    for c in (a, b):
        c.login(pp)
    products = same_provider_products(view.products(), 2, skip=12)
    shared = a.new_draft(pp["username"], products, OPD)
    a.sync(pp["username"])
    b.sync(pp["username"])  # b pulls the order (version 1)
    # both edit offline from version 1: a's edit wins, b's gets 412 and its later submit is blocked
    body = view.order(shared)
    edit = {k: body[k] for k in ("opd_id", "provider_id", "marketplace", "kode_rup", "sub_kegiatan",
                                 "kode_rekening", "delivery_address", "delivery_date", "shipping", "notes", "lines")}
    for client, note in ((a, "edit a"), (b, "edit b")):
        with client.store.unit_of_work() as uow:
            uow.outbox.enqueue(method="PUT", path=f"/v1/orders/{shared}", body={**edit, "notes": note},
                               actor_user_id=client.users[pp["username"]], order_id=shared, base_version=1)
    b.act(pp["username"], shared, "submit", 2)
    other = b.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=13), OPD)
    b.act(pp["username"], other, "submit", 1)
    assert a.sync(pp["username"]).outbox.sent == 1
    report = b.sync(pp["username"])
    assert report.outbox.rejected == 1 and report.outbox.sent == 2  # `other`: put + submit
    statuses = [c.status for c in b.commands(shared)]
    assert statuses[-2:] == [CommandStatus.REJECTED, CommandStatus.BLOCKED]
    conflicts = b.conflicts(shared)
    assert len(conflicts) == 1 and conflicts[0].details["status"] == 412
    assert b.order(shared).sync_status == SyncStatus.NEEDS_ATTENTION
    assert view.order(shared)["notes"] == "edit a" and view.order(shared)["state"] == "DRAFT"
    assert view.order(other)["state"] == "DIAJUKAN"


def test_pay_before_approve_is_a_typed_invalid_transition(live, view, make_client):
    pp, bendahara = live.account("PP", OPD), live.account("BENDAHARA", OPD)
    client = make_client()
    client.login(pp)
    client.login(bendahara)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=14), OPD)
    client.act(pp["username"], oid, "submit", 1)
    client.sync(pp["username"])
    client.act(bendahara["username"], oid, "mark_paid", 2, method="TRANSFER", amount=1, bku_number="BKU-9")
    report = client.sync(bendahara["username"])
    assert report.outbox.rejected == 1
    assert report.outbox.conflicts[0]["code"] in ("invalid_transition", "forbidden_role", "validation_error")
    assert view.order(oid)["state"] == "DIAJUKAN"


def test_commands_of_a_lapsed_user_wait_for_that_user(live, view, make_client, test_keyring):
    pp, ppk = live.account("PP", OPD), live.account("PPK", OPD)
    client = make_client()
    client.login(pp)
    ppk_id = client.login(ppk)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=15), OPD)
    client.act(pp["username"], oid, "submit", 1)
    client.sync(pp["username"])
    server = view.order(oid)
    client.act(ppk["username"], oid, "approve", server["version"], order=server)
    # the PPK's session lapses: no refresh token on this PC any more, and no access token in memory
    client.service.credentials.forget(ppk_id)
    client.service.auth.sessions.pop(ppk_id, None)
    report = client.sync(pp["username"])
    assert report.status == "partial" and ppk_id in report.outbox.waiting_users
    assert view.order(oid)["state"] == "DIAJUKAN"  # never sent under the PP's token
    assert client.commands(oid)[-1].status == CommandStatus.PENDING
    client.login(ppk)
    report = client.sync(ppk["username"])
    assert report.status == "ok" and view.order(oid)["state"] == "DISETUJUI"


def test_pulled_orders_never_overwrite_pending_commands(live, view, make_client):
    pp, ppk = live.account("PP", OPD), live.account("PPK", OPD)
    a, b = make_client("a"), make_client("b")
    a.login(pp)
    b.login(ppk)
    oid = a.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=16), OPD)
    a.act(pp["username"], oid, "submit", 1)
    a.sync(pp["username"])
    b.sync(ppk["username"])
    server = view.order(oid)
    b.act(ppk["username"], oid, "reject", server["version"], reason="Spesifikasi kurang jelas")
    # a queues a cancel but stays offline; b's reject reaches the server
    a.act(pp["username"], oid, "cancel", server["version"], reason="Tidak jadi")
    with a.store.unit_of_work() as uow:
        cmd = a.commands(oid)[-1].cmd_id
        uow.outbox.mark_in_flight(cmd)
        uow.outbox.retry(cmd, "offline", delay_s=10_000)
    b.sync(ppk["username"])
    assert view.order(oid)["state"] == "DITOLAK"
    # a's background pass pulls DITOLAK while the cancel still waits: the local order stays as left
    report = a.service.sync_now(a.users[pp["username"]], threading.Event(), manual=False)
    assert report.orders_pulled >= 1 and report.outbox.sent == 0
    local = a.order(oid)
    assert local.state == "DIAJUKAN" and local.sync_status == SyncStatus.PENDING
    assert local.server_snapshot["state"] == "DITOLAK"
    # "Sync now": the cancel goes out; the server decides (a rejected order may be cancelled)
    report = a.sync(pp["username"])
    assert report.outbox.sent + report.outbox.rejected == 1
    assert a.order(oid).state == view.order(oid)["state"]


def test_old_client_gets_426_and_keeps_its_outbox(live, view, make_client):
    pp = live.account("PP", OPD)
    fresh = make_client("new")
    fresh.login(pp)
    old = make_client("old", client_version="0.0.1")
    old.service.auth.sessions.update(fresh.service.auth.sessions)  # a session from before the upgrade
    old.users = dict(fresh.users)
    oid = old.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=17), OPD)
    report = old.sync(pp["username"])
    assert report.status == "upgrade_required"
    assert [c.status for c in old.commands(oid)] == [CommandStatus.PENDING]
    assert old.commands(oid)[0].attempts == 0


def test_clock_offset_is_measured_and_warned(live, make_client):
    pp = live.account("PP", OPD)
    skewed = make_client("skew", clock=lambda: time.time() + 86_400)  # device clock one day ahead
    skewed.login(pp)
    report = skewed.sync(pp["username"])
    assert report.clock_warning and -86_400 - 5 < report.clock_offset_s < -86_400 + 5
    with skewed.store.unit_of_work(readonly=True) as uow:
        assert abs(uow.sync_state.get_int("clock_offset_ms") + 86_400_000) < 5000


def test_price_rise_while_offline_is_a_typed_price_changed_conflict(live, view, make_client):
    """SYNC.md §5/§9.7: the draft quoted yesterday's price; submit meets today's catalog."""
    from tests.sync.server_side import change_products

    pp = live.account("PP", OPD)
    client = make_client()
    client.login(pp)
    client.sync(pp["username"])
    products = same_provider_products(view.products(), 2, skip=20)
    oid = client.new_draft(pp["username"], products, OPD)
    client.sync(pp["username"])  # the draft reaches the server at the quoted price
    change_products(live, [products[0]], price=products[0]["price"] + 2500)
    client.act(pp["username"], oid, "submit", 1)
    report = client.sync(pp["username"])
    assert report.outbox.rejected == 1
    problem = report.outbox.conflicts[0]
    assert problem["code"] == "price_changed"
    line = next(d for d in problem["details"] if d["code"] == "price_changed")
    assert (line["quoted"], line["current"]) == (products[0]["price"], products[0]["price"] + 2500)
    assert [c.code for c in client.conflicts(oid)] == ["price_changed"]
    assert view.order(oid)["state"] == "DRAFT"


def test_refresh_token_lives_in_the_keyring_and_nowhere_on_disk(live, make_client, test_keyring):
    pp = live.account("PP", OPD)
    client = make_client("ring")
    uid = client.login(pp)
    client.sync(pp["username"])
    token = client.service.credentials.refresh_token(uid)
    # besides the session, the keyring holds only the device's document-signing key (also never on disk)
    tokens = [k for k in test_keyring.secrets if not k[1].startswith("device-signing-key|")]
    assert tokens == [("blangkon-desktop", f"{live.url}|{pp['username']}")]
    assert test_keyring.secrets[("blangkon-desktop", f"{live.url}|{pp['username']}")] == token
    for path in client.folder.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
