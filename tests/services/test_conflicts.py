"""ConflictService: every typed conflict the server can return waits for a human decision; each resolution
writes new commands with new keys and never edits an attempted one."""

from __future__ import annotations

import json

import pytest

from desktop.services.order_view import SyncStatus, WorkflowError
from desktop.services.sync_service import StoreOutbox
from sync.protocol.states import OrderState
from tests.services.workflow_world import product_row


def server_order(order, *, version=1, state="DRAFT", number=None, price=None):
    return {"id": order.id, "opd_id": order.opd_id, "version": version, "state": state, "number": number,
            "created_by": order.created_by, "provider_id": order.provider.id, "marketplace": order.marketplace,
            "kode_rup": order.kode_rup, "sub_kegiatan": order.sub_kegiatan, "kode_rekening": order.kode_rekening,
            "delivery_address": order.delivery_address, "delivery_date": None, "shipping": order.shipping,
            "notes": "", "lines": [{"id": ln.id, "product_id": ln.product_id, "product_version": ln.product_version,
                                    "name": ln.name, "unit": ln.unit, "qty": ln.qty,
                                    "unit_price": price or ln.unit_price} for ln in order.lines],
            "total": order.total, "approval": None, "receipt": None, "bast": None, "payment": None,
            "reasons": [], "created_at": "2026-11-23T03:00:01Z", "updated_at": "2026-11-23T03:05:00Z"}


def send_all(w, reject_at: str, problem: dict) -> None:
    """Play the sync engine: commands before `reject_at` succeed, the matching one is refused."""
    outbox = StoreOutbox(w.store)
    while ready := outbox.sendable():
        for cmd in ready:
            outbox.mark_attempt(cmd.cmd_id)
            body = json.loads(cmd.body)
            what = body.get("action", cmd.method)
            if what == reject_at:
                outbox.mark_rejected(cmd.cmd_id, problem["status"], problem)
                return
            outbox.mark_done(cmd.cmd_id, 200, {}, None)


def commands(w, order_id):
    with w.store.unit_of_work(readonly=True) as uow:
        return uow.outbox.for_order(order_id)


def price_problem(order, current):
    line = order.lines[0]
    return {"type": "x", "title": "Harga produk berubah", "status": 409, "code": "price_changed",
            "detail": "Harga berubah sejak dikutip.", "order_id": order.id, "server_version": 1,
            "details": [{"line_id": line.id, "code": "price_changed", "quoted": line.unit_price, "current": current}]}


def test_price_changed_is_shown_per_line_and_accepting_sends_new_commands(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    w.set_product(1001, price=57_000)
    send_all(w, "submit", price_problem(order, 57_000))
    (c,) = w.conflicts.open_conflicts()
    assert c.code == "price_changed" and c.rejected_action == "submit"
    assert c.title == "Harga produk berubah"
    assert [(ln.name, ln.quoted, ln.current) for ln in c.lines] == [("Kertas HVS A4 80 gram", 55_500, 57_000)]
    assert c.local.sync_status is SyncStatus.ATTENTION
    rejected_key = commands(w, order.id)[-1].cmd_id
    resolved = w.conflicts.accept_prices(c.id)
    assert resolved.lines[0].unit_price == 57_000 and resolved.lines[0].product_version == 2
    assert resolved.state is OrderState.DIAJUKAN
    assert w.conflicts.open_conflicts() == []
    pending = [x for x in commands(w, order.id) if x.status.value == "pending"]
    assert [x.method for x in pending] == ["PUT", "POST"]
    assert rejected_key not in {x.cmd_id for x in pending}
    assert json.loads(pending[0].body)["lines"][0]["unit_price"] == 57_000
    assert json.loads(pending[1].body)["action"] == "submit"
    with pytest.raises(WorkflowError) as e:
        w.conflicts.accept_prices(c.id)
    assert e.value.code == "conflict_resolved"


def test_accepting_prices_quotes_the_replicas_current_product_whole(w):
    """Version, name, unit and price all come from the catalog replica's current product (one owner; the server
    checks the four together against the version quoted), never the refusal's partial `current` figure."""
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    with w.store.unit_of_work() as uow:  # the seller renamed the product and changed its unit and price
        uow.catalog.upsert_products([product_row(1001, 101, "Kertas HVS A4 80 gsm (Sinar Dunia)", "pak", 57_000,
                                                 "goods", version=3)])
    send_all(w, "submit", price_problem(order, 57_000))
    (c,) = w.conflicts.open_conflicts(order.id)
    line = w.conflicts.accept_prices(c.id).lines[0]
    assert (line.product_version, line.name, line.unit, line.unit_price) == (
        3, "Kertas HVS A4 80 gsm (Sinar Dunia)", "pak", 57_000)
    sent = json.loads(next(x for x in commands(w, order.id) if x.status.value == "pending").body)["lines"][0]
    assert (sent["product_version"], sent["name"], sent["unit"], sent["unit_price"]) == (
        3, "Kertas HVS A4 80 gsm (Sinar Dunia)", "pak", 57_000)


def test_accepting_prices_the_replica_does_not_know_yet_asks_for_a_catalog_sync(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    send_all(w, "submit", price_problem(order, 57_000))  # the replica still says 55.500 (version 1)
    (c,) = w.conflicts.open_conflicts(order.id)
    with pytest.raises(WorkflowError) as e:
        w.conflicts.accept_prices(c.id)
    assert e.value.code == "catalog_behind" and "Sinkronkan katalog" in str(e.value.message)
    assert w.conflicts.open_conflicts(order.id) != []  # nothing resolved, nothing sent
    w.set_product(1001, price=57_000)
    assert w.conflicts.accept_prices(c.id).lines[0].unit_price == 57_000


def test_accepting_prices_of_a_delisted_product_says_so(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    w.set_product(1001, price=57_000, status="delisted")
    send_all(w, "submit", price_problem(order, 57_000))
    (c,) = w.conflicts.open_conflicts(order.id)
    with pytest.raises(WorkflowError) as e:
        w.conflicts.accept_prices(c.id)
    assert e.value.code == "line_product_unavailable"


def test_price_changed_edit_instead_reopens_the_draft(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    send_all(w, "submit", price_problem(order, 57_000))
    (c,) = w.conflicts.open_conflicts(order.id)
    draft = w.conflicts.back_to_draft(c.id)
    assert draft.state is OrderState.DRAFT
    assert w.orders.set_qty(order.id, order.lines[0].id, 5).lines[0].qty == 5


def test_product_unavailable_remove_or_substitute(w):
    order = w.draft(1001, 10)
    order = w.orders.add_line(order.id, 1002, 2)
    w.orders.submit(order.id)
    w.set_product(1002, status="delisted")
    gone = order.lines[1]
    problem = {"type": "x", "title": "t", "status": 409, "code": "product_unavailable", "detail": "Produk ditarik.",
               "details": [{"line_id": gone.id, "code": "product_unavailable", "quoted": 111_000, "current": None}]}
    send_all(w, "submit", problem)
    (c,) = w.conflicts.open_conflicts()
    assert c.lines[0].name == "Tinta printer Epson 003 hitam" and c.lines[0].current is None
    with pytest.raises(WorkflowError) as e:
        w.conflicts.substitute(c.id, {gone.id: 2001})  # another seller's product
    assert e.value.code == "bad_substitute"
    fixed = w.conflicts.substitute(c.id, {gone.id: 1003})
    assert [ln.name for ln in fixed.lines] == ["Kertas HVS A4 80 gram", "Map plastik kancing"]
    assert fixed.lines[1].qty == 2 and fixed.lines[1].unit_price == 33_300


def test_stale_approval_goes_back_to_the_ppk_and_voids_the_sp_number(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    send_all(w, "nothing", {})
    w.login("ppk")
    approved = w.approvals.approve(order.id)
    current = server_order(order, version=3, state="DIAJUKAN")
    problem = {"type": "x", "title": "t", "status": 409, "code": "stale_approval",
               "detail": "Pesanan berubah setelah disetujui offline.", "order_id": order.id, "server_version": 3,
               "current_order": current}
    send_all(w, "approve", problem)
    (c,) = w.conflicts.open_conflicts()
    assert c.code == "stale_approval" and c.server is not None and c.server.version == 3
    back = w.conflicts.back_to_ppk(c.id)
    assert back.state is OrderState.DIAJUKAN and back.number is None
    with w.store.unit_of_work(readonly=True) as uow:
        (issued,) = uow.numbers.for_order(order.id)
    assert issued.text == approved.number and issued.void
    again = w.approvals.approve(order.id)
    assert again.number.startswith("000.3/018/")  # a voided number is never reused


def test_someone_else_acted_first_shows_and_takes_the_server_copy(w):
    order = w.draft(1001, 10)
    w.orders.submit(order.id)
    send_all(w, "nothing", {})
    w.login("ppk")
    w.approvals.approve(order.id)
    current = server_order(order, version=4, state="DITOLAK")
    problem = {"type": "x", "title": "t", "status": 409, "code": "invalid_transition",
               "detail": "Pesanan sudah ditolak PPK lain.", "order_id": order.id, "server_version": 4,
               "current_order": current}
    send_all(w, "approve", problem)
    (c,) = w.conflicts.open_conflicts()
    assert c.server is not None and c.server.state == "DITOLAK"
    with pytest.raises(WorkflowError):
        w.conflicts.keep_mine(c.id)  # not a draft any more
    taken = w.conflicts.take_server_copy(c.id)
    assert taken.state is OrderState.DITOLAK and taken.version == 4
    assert taken.sync_status is SyncStatus.SENT
    with w.store.unit_of_work(readonly=True) as uow:
        assert all(i.void for i in uow.numbers.for_order(order.id))


def test_version_conflict_keep_mine_resends_the_draft(w):
    order = w.draft(1001, 10)
    send_all(w, "nothing", {})
    w.orders.set_qty(order.id, order.lines[0].id, 12)
    problem = {"type": "x", "title": "t", "status": 412, "code": "version_conflict",
               "detail": "Draf diubah di PC lain.", "order_id": order.id, "server_version": 2,
               "current_order": server_order(order, version=2)}
    send_all(w, "PUT", problem)
    (c,) = w.conflicts.open_conflicts()
    assert c.code == "version_conflict" and c.rejected_action == "PUT"
    mine = w.conflicts.keep_mine(c.id)
    assert mine.lines[0].qty == 12
    last = commands(w, order.id)[-1]
    assert last.method == "PUT" and last.status.value == "pending" and last.base_version == 2
