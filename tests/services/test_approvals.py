"""ApprovalService: PPK inbox with working-day age, approve (SP number from the device block, content hash),
reject with reason, receipt inspection (full and partial), BAST — and every refusal."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.services.approvals import ReceiptInput
from desktop.services.order_view import WorkflowError
from desktop.services.sync_service import StoreOutbox
from sync.protocol.states import Action, OrderState
from tests.services.workflow_world import NOW, make_world


def submitted(w, product_id=1001, qty=10):
    order = w.draft(product_id, qty)
    return w.orders.submit(order.id)


def last_command(w, order_id):
    with w.store.unit_of_work(readonly=True) as uow:
        return uow.outbox.for_order(order_id)[-1]


def deliver(w, order_id):
    w.login("pp")
    for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        w.orders.advance_delivery(order_id, action)


def test_inbox_shows_age_in_working_days_and_the_three_day_limit(tmp_path):
    # Submitted on Thursday 19 Nov 2026; looked at on Tuesday 24 Nov: Fri, Mon, Tue = 3 working days.
    w = make_world(tmp_path, now=dt.datetime(2026, 11, 19, 3, 0, tzinfo=dt.UTC))
    order = submitted(w)
    w.session._clock = lambda: dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)
    w.login("ppk")
    (item,) = w.approvals.inbox()
    assert item.order.id == order.id
    assert item.submitted_on == dt.date(2026, 11, 19)
    assert item.limit_working_days == 3
    assert item.age_working_days == 3
    assert not item.overdue and item.days_left == 0
    w.session._clock = lambda: dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)
    (item,) = w.approvals.inbox()
    assert item.overdue
    w.store.close()


def test_approve_numbers_the_sp_from_the_device_block_and_carries_the_content_hash(w):
    order = submitted(w)
    w.login("ppk")
    assert Action.APPROVE in w.approvals.allowed_actions(order.id)
    approved = w.approvals.approve(order.id)
    assert approved.state is OrderState.DISETUJUI
    assert approved.number == "000.3/017/SP/DINKOP/XI/2026"
    assert approved.approval["by"] == "12" and approved.approval["sp_date"] == "2026-11-23"
    body = json.loads(last_command(w, order.id).body)
    assert body["action"] == "approve"
    with w.store.unit_of_work(readonly=True) as uow:
        record = uow.orders.require(order.id)
        issued = uow.numbers.for_order(order.id)
    from desktop.store.order_wire import order_content_hash

    assert body["content_hash"] == order_content_hash(record) == approved.approval["content_hash"]
    assert [(i.doc_type, i.number, i.text) for i in issued] == [("SP", 17, approved.number)]
    second = w.approvals.approve(submitted_again(w).id)
    assert second.number.startswith("000.3/018/SP/")


def submitted_again(w):
    order = submitted(w, 1003, 2)
    w.login("ppk")
    return order


def test_segregation_of_duties_creator_cannot_approve(w):
    w.login("ppk")
    order = w.orders.create_draft(1001, 2)
    w.orders.update_fields(order.id, kode_rup="1", sub_kegiatan="2.18.01.2.06.0004",
                           kode_rekening="5.1.02.01.01.0024", delivery_date=dt.date(2026, 11, 30))
    w.orders.submit(order.id)
    assert Action.APPROVE not in w.approvals.allowed_actions(order.id)
    with pytest.raises(WorkflowError) as e:
        w.approvals.approve(order.id)
    assert e.value.code == "forbidden_role"
    with w.store.unit_of_work(readonly=True) as uow:
        assert uow.numbers.for_order(order.id) == []  # no number burnt by a refusal


def test_only_a_ppk_approves_and_only_submitted_orders(w):
    draft = w.draft()
    w.login("ppk")
    with pytest.raises(WorkflowError) as e:
        w.approvals.approve(draft.id)
    assert e.value.code == "invalid_transition"
    w.login("pp")
    w.orders.submit(draft.id)
    w.login("bendahara")
    with pytest.raises(WorkflowError) as e:
        w.approvals.approve(draft.id)
    assert e.value.code == "forbidden_role"


def test_numbers_exhausted_is_an_actionable_refusal(w):
    with w.store.unit_of_work() as uow:
        for _ in range(24):
            uow.numbers.next_number("opd-dinkop", 2026, "SP")
    order = submitted(w)
    w.login("ppk")
    with pytest.raises(WorkflowError) as e:
        w.approvals.approve(order.id)
    assert e.value.code == "numbers_exhausted" and "Sinkronkan" in e.value.message
    with w.store.unit_of_work(readonly=True) as uow:
        assert uow.orders.require(order.id).state == "DIAJUKAN"


def test_reject_requires_a_reason_and_returns_the_order_to_the_pp(w):
    order = submitted(w)
    w.login("ppk")
    with pytest.raises(WorkflowError) as e:
        w.approvals.reject(order.id, "  ")
    assert e.value.code == "reason_required"
    rejected = w.approvals.reject(order.id, "Kode rekening salah, gunakan 5.1.02.01.01.0025")
    assert rejected.state is OrderState.DITOLAK
    assert rejected.reasons[-1]["text"].startswith("Kode rekening salah")
    assert json.loads(last_command(w, order.id).body)["payload"]["reason"].startswith("Kode rekening")
    w.login("pp")
    edited = w.orders.update_fields(order.id, kode_rekening="5.1.02.01.01.0052")
    assert edited.state is OrderState.DRAFT
    assert w.orders.submit(order.id).state is OrderState.DIAJUKAN


def test_full_receipt_then_bast(w):
    order = submitted(w)
    w.login("ppk")
    w.approvals.approve(order.id)
    deliver(w, order.id)
    w.login("ppk")
    line = order.lines[0]
    received = w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {line.id: 10}))
    assert received.state is OrderState.DITERIMA
    assert received.receipt["complete"] and received.receipt["by"] == "12"
    with pytest.raises(WorkflowError) as e:
        w.approvals.sign_bast(order.id, dt.date(2026, 11, 20))
    assert e.value.code == "bast_too_early"
    signed = w.approvals.sign_bast(order.id, NOW.date(), "027/BAST/DINKOP/2026")
    assert signed.state is OrderState.BAST
    assert signed.bast == {"number": "027/BAST/DINKOP/2026", "date": "2026-11-23", "by": "12",
                           "by_name": "Budi Santoso, S.T., M.M."}


def test_partial_receipt_goes_to_ketidaksesuaian_then_can_be_received(w):
    order = submitted(w)
    w.login("ppk")
    w.approvals.approve(order.id)
    deliver(w, order.id)
    w.login("ppk")
    line = order.lines[0]
    with pytest.raises(WorkflowError) as e:
        w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {line.id: 11}))
    assert e.value.code == "bad_qty"
    with pytest.raises(WorkflowError) as e:
        w.approvals.record_receipt(order.id, ReceiptInput(NOW.date() + dt.timedelta(days=1), True, True, True, {}))
    assert e.value.code == "date_future"
    partial = w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, False, True, {line.id: 7},
                                                                "3 rim basah"))
    assert partial.state is OrderState.KETIDAKSESUAIAN
    assert "diterima 7 dari 10 rim" in partial.reasons[-1]["text"]
    body = json.loads(last_command(w, order.id).body)
    assert body["action"] == "report_mismatch"
    again = w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {line.id: 10}))
    assert again.state is OrderState.DITERIMA


def test_bast_number_from_the_block_when_left_empty(w):
    order = submitted(w)
    w.login("ppk")
    w.approvals.approve(order.id)
    deliver(w, order.id)
    w.login("ppk")
    w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {}))
    signed = w.approvals.sign_bast(order.id, NOW.date())
    assert signed.bast["number"] == "000.3/017/BAST/DINKOP/XI/2026"
    assert [(d.id, d.state) for d in w.approvals.deliveries()] == [(order.id, OrderState.BAST)]


def test_a_server_copy_stored_later_keeps_the_day_the_order_was_submitted(tmp_path):
    """The inbox's "Diajukan" is the submit's day, not the day the server's copy reached this PC (the device clock
    of that write): the demo inbox read "2 Desember 2026" for an order submitted on 19 November."""
    w = make_world(tmp_path, now=dt.datetime(2026, 11, 19, 3, 0, tzinfo=dt.UTC))
    order = submitted(w)
    with w.store.unit_of_work() as uow:
        o = uow.orders.require(order.id)
        copy = {"id": o.id, "opd_id": o.opd_id, "version": 2, "state": o.state, "number": o.number,
                "created_by": o.created_by, "provider_id": o.provider_id, "marketplace": o.marketplace,
                "kode_rup": o.kode_rup, "sub_kegiatan": o.sub_kegiatan, "kode_rekening": o.kode_rekening,
                "delivery_address": o.delivery_address, "delivery_date": o.delivery_date, "shipping": o.shipping,
                "notes": o.notes, "total": o.total, "reasons": [], "created_at": o.created_at,
                "lines": [{"id": ln.id, "product_id": ln.product_id, "product_version": ln.product_version,
                           "name": ln.name, "unit": ln.unit, "qty": ln.qty, "unit_price": ln.unit_price_quoted}
                          for ln in o.lines],
                "approval": None, "receipt": None, "bast": None, "payment": None,
                "updated_at": "2026-11-19T03:00:05.000000Z"}  # the server's stamp of the submit
    outbox = StoreOutbox(w.store)  # the sync engine: the submit is accepted and the server's copy stored
    while ready := [c for c in outbox.sendable() if c.order_id == order.id]:  # the draft's creation, then the submit
        for cmd in ready:
            outbox.mark_attempt(cmd.cmd_id)
            outbox.mark_done(cmd.cmd_id, 200, {}, copy)
    with w.store.unit_of_work() as uow:  # and stored again a fortnight later, by the device's own clock
        uow.orders.apply_server_order(copy, now=dt.datetime(2026, 12, 2, 17, 0, tzinfo=dt.UTC))
    w.session._clock = lambda: dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)
    w.login("ppk")
    (item,) = w.approvals.inbox()
    assert item.order.id == order.id and item.order.state is OrderState.DIAJUKAN
    assert item.submitted_on == dt.date(2026, 11, 19) and item.age_working_days == 3
    w.store.close()
