"""The PC mirrors an order's makers (#12.8, lifecycle.SOD_RULES): whoever wrote its content on this PC, plus the
makers the server's copy names, may not approve it (nor pay it) — the button's reason is the lifecycle's own
sentence, and an offline approval by a maker is refused here exactly as the server would refuse it."""

from __future__ import annotations

import pytest

from desktop.services.order_view import WorkflowError
from desktop.services.session import CurrentUser
from desktop.store.order_wire import line_to_wire
from sync.protocol import Role
from sync.protocol.lifecycle import SOD_RULES
from sync.protocol.states import Action, OrderState
from tests.services.workflow_world import OPD

SECOND_PPK = CurrentUser(16, "joko.ppk", "Joko Susilo, S.E.", Role.PPK, OPD, "Dinas Koperasi dan UKM",
                         "198001012006041001")
MAKERS_MAY_NOT_APPROVE = next(r.message for r in SOD_RULES if r.action is Action.APPROVE)


def ppk_edits_pp_draft(w):
    order = w.draft(1001, 2)
    w.login("ppk")
    w.orders.set_qty(order.id, order.lines[0].id, 40)
    return w.orders.submit(order.id)


def makers(w, order_id):
    with w.store.unit_of_work(readonly=True) as uow:
        return uow.orders.require(order_id).makers


def test_every_local_draft_write_makes_its_author_a_maker(w):
    order = ppk_edits_pp_draft(w)
    assert makers(w, order.id) == ("11", "12")  # the PP who drafted it, then the PPK who changed the quantity


def test_the_ppk_who_edited_may_not_approve_and_is_told_why(w):
    order = ppk_edits_pp_draft(w)
    assert Action.APPROVE not in w.approvals.allowed_actions(order.id)
    assert Action.REJECT in w.approvals.allowed_actions(order.id)  # he may still send it back
    assert w.approvals.why_not(order.id, Action.APPROVE) == MAKERS_MAY_NOT_APPROVE
    assert "PPK lain" in w.approvals.why_not(order.id, Action.APPROVE)


def test_an_offline_approval_by_a_maker_is_refused_locally_and_nothing_is_queued(w):
    order = ppk_edits_pp_draft(w)
    with w.store.unit_of_work(readonly=True) as uow:
        queued = len(uow.outbox.for_order(order.id))
    with pytest.raises(WorkflowError) as refused:
        w.approvals.approve(order.id)
    assert refused.value.code == "forbidden_role" and str(refused.value.message) == MAKERS_MAY_NOT_APPROVE
    with w.store.unit_of_work(readonly=True) as uow:
        assert len(uow.outbox.for_order(order.id)) == queued
        assert uow.orders.require(order.id).state == OrderState.DIAJUKAN
        assert uow.numbers.for_order(order.id) == []  # no SP number spent


def test_another_ppk_may_approve(w):
    order = ppk_edits_pp_draft(w)
    w.session.set_user(SECOND_PPK)
    assert w.approvals.why_not(order.id, Action.APPROVE) is None
    assert w.approvals.approve(order.id).state is OrderState.DISETUJUI


def test_the_servers_makers_count_too(w):
    """A maker who edited on another PC: the server's copy names him, so this PC greys out his approval too."""
    order = w.orders.submit(w.draft(1001, 2).id)
    w.login("ppk")
    assert w.approvals.why_not(order.id, Action.APPROVE) is None
    with w.store.unit_of_work() as uow:
        for cmd in uow.outbox.for_order(order.id, include_done=False):
            uow.outbox.mark_done(cmd.cmd_id, {}, now=w.session.now())
        record = uow.orders.require(order.id)
        uow.orders.apply_server_order({
            "id": order.id, "version": 3, "opd_id": OPD, "state": "DIAJUKAN", "created_by": "11",
            "provider_id": record.provider_id, "marketplace": record.marketplace, "kode_rup": record.kode_rup,
            "sub_kegiatan": record.sub_kegiatan, "kode_rekening": record.kode_rekening, "total": record.total,
            "lines": [line_to_wire(ln).to_dict() for ln in record.lines],
            "makers": ["11", "12"]})
    assert makers(w, order.id) == ("11", "12")
    assert w.approvals.why_not(order.id, Action.APPROVE) == MAKERS_MAY_NOT_APPROVE


def test_a_maker_may_not_pay_and_the_desk_says_why(w):
    order = ppk_edits_pp_draft(w)
    w.login("bendahara")
    reason = w.payments.why_not(order.id, Action.MARK_PAID)
    assert reason is not None  # not payable yet: the lifecycle says why (state), never None for a barred action
