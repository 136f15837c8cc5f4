"""What each role's order lists show on a shared PC (#13.21; the table in desktop.services.order_lists and
docs/DESIGN.md): drafts are private to their maker until submitted; submitted orders belong to the OPD."""

from __future__ import annotations

import pytest

from desktop.services.order_lists import RULES, OrderList, list_orders
from desktop.services.session import CurrentUser
from sync.protocol import Role
from tests.services.workflow_world import NOW, OPD

SECOND_PP = CurrentUser(21, "andi.pp", "Andi Saputra", Role.PP, OPD, "Dinas Koperasi dan UKM", "199103052019031006")
ADMIN = CurrentUser(22, "admin.opd", "Admin Dinkop", Role.ADMIN_OPD, OPD, "Dinas Koperasi dan UKM", "")


@pytest.fixture
def shared_pc(w):
    """One PC: the PP has a private draft and a submitted order; a second PP has a draft of their own."""
    private = w.draft(1001, 5)
    sent = w.orders.submit(w.draft(3001, 40).id)
    w.session.set_user(SECOND_PP)
    other = w.orders.create_draft(1002, 2)
    return {"private": private.id, "sent": sent.id, "other": other.id}


def mine(w, who):
    if isinstance(who, CurrentUser):
        w.session.set_user(who)
    else:
        w.login(who)
    return {o.id for o in w.orders.list_mine()}


def test_the_pp_sees_the_orders_they_made_and_no_other_pp_drafts(w, shared_pc):
    assert mine(w, "pp") == {shared_pc["private"], shared_pc["sent"]}
    assert mine(w, SECOND_PP) == {shared_pc["other"]}


def test_the_ppk_sees_submitted_orders_of_the_opd_never_a_pp_draft(w, shared_pc):
    assert mine(w, "ppk") == {shared_pc["sent"]}
    assert [i.order.id for i in w.approvals.inbox()] == [shared_pc["sent"]]
    # submitting makes the draft the OPD's
    w.login("pp")
    w.orders.submit(shared_pc["private"])
    assert mine(w, "ppk") == {shared_pc["sent"], shared_pc["private"]}


def test_a_draft_the_ppk_makes_is_the_ppk_s_alone(w, shared_pc):
    w.login("ppk")
    own = w.orders.create_draft(1003, 1)
    assert own.id in mine(w, "ppk")
    assert own.id not in mine(w, "pa") and own.id not in mine(w, "pp") and own.id not in mine(w, ADMIN)


def test_the_pa_kpa_and_the_admin_see_the_opd_s_submitted_orders(w, shared_pc):
    assert mine(w, "pa") == {shared_pc["sent"]}
    assert mine(w, ADMIN) == {shared_pc["sent"]}


def test_a_rejected_order_reworked_by_its_maker_is_private_again_until_resubmitted(w, shared_pc):
    w.login("ppk")
    w.approvals.reject(shared_pc["sent"], "Kode rekening keliru")
    assert shared_pc["sent"] in mine(w, "ppk")  # rejected: the PPK still sees what they decided
    w.login("pp")
    w.orders.update_fields(shared_pc["sent"], notes="kode rekening diperbaiki")
    assert shared_pc["sent"] not in mine(w, "ppk")
    w.login("pp")
    w.orders.submit(shared_pc["sent"])
    assert shared_pc["sent"] in mine(w, "ppk")


def test_a_ppk_who_edits_a_rejected_order_keeps_seeing_it(w, shared_pc):
    w.login("ppk")
    w.approvals.reject(shared_pc["sent"], "Jumlah terlalu banyak")
    w.orders.update_fields(shared_pc["sent"], notes="jumlah dikurangi oleh PPK")  # back in DRAFT, PPK a maker
    assert shared_pc["sent"] in mine(w, "ppk") and shared_pc["sent"] in mine(w, "pp")
    assert shared_pc["sent"] not in mine(w, "pa")


def test_the_history_offers_the_bendahara_and_pptk_the_opd_s_submitted_orders(w, shared_pc):
    for who in ("bendahara", "pptk", "ppk"):
        w.login(who)
        assert {o.id for o in w.orders.list_history()} == {shared_pc["sent"]}, who
    w.login("pp")
    assert {o.id for o in w.orders.list_history()} == {shared_pc["private"], shared_pc["sent"]}


def test_roles_without_a_list_get_none(w, shared_pc):
    assert mine(w, "bendahara") == set() and mine(w, "pptk") == set()
    w.login("pp")
    assert w.approvals.inbox() == [] and w.payments.queue() == []


def test_no_list_ever_shows_another_officer_s_draft(w, shared_pc):
    everyone = [*(w.login(k) for k in ("pp", "ppk", "pa", "bendahara", "pptk")), SECOND_PP, ADMIN]
    for user in everyone:
        with w.store.unit_of_work(readonly=True) as uow:
            for which in OrderList:
                for order in list_orders(uow, user, which, today=NOW.date(), with_lines=False):
                    assert order.state != "DRAFT" or str(user.id) in (order.created_by, *order.makers), \
                        (user.username, which)
    assert set(RULES) == set(OrderList)
