"""The lifecycle table against an independent reading of DOMAIN.md §2–§3, over every state × action × role."""

from __future__ import annotations

import itertools

import pytest

from sync.protocol import ErrorCode, ProtocolError
from sync.protocol.lifecycle import (
    SOD_RULES,
    TRANSITIONS,
    Actor,
    OrderFacts,
    SodPolicy,
    allowed_actions,
    check,
    check_edit,
    validate_payload,
    why_not,
)
from sync.protocol.states import Action, OrderState, Role

S, R, A = OrderState, Role, Action

# Written out by hand from DOMAIN.md §3 (not derived from TRANSITIONS): action -> (from states, to, roles).
EXPECTED = {
    A.SUBMIT: ({S.DRAFT, S.DITOLAK}, S.DIAJUKAN, {R.PP, R.PPK}),
    A.APPROVE: ({S.DIAJUKAN}, S.DISETUJUI, {R.PPK}),
    A.REJECT: ({S.DIAJUKAN}, S.DITOLAK, {R.PPK}),
    A.SEND_TO_SELLER: ({S.DISETUJUI}, S.DIKIRIM_KE_PENYEDIA, {R.PP, R.PPK}),
    A.SELLER_CONFIRM: ({S.DIKIRIM_KE_PENYEDIA}, S.DIKONFIRMASI_PENYEDIA, {R.PP, R.PPK}),
    A.SHIP: ({S.DIKONFIRMASI_PENYEDIA}, S.DALAM_PENGIRIMAN, {R.PP, R.PPK}),
    A.RECEIVE: ({S.DIKONFIRMASI_PENYEDIA, S.DALAM_PENGIRIMAN, S.KETIDAKSESUAIAN}, S.DITERIMA, {R.PPK, R.PPTK}),
    A.REPORT_MISMATCH: ({S.DIKONFIRMASI_PENYEDIA, S.DALAM_PENGIRIMAN}, S.KETIDAKSESUAIAN, {R.PPK, R.PPTK}),
    A.SIGN_BAST: ({S.DITERIMA}, S.BAST, {R.PPK}),
    A.REQUEST_PAYMENT: ({S.BAST}, S.MENUNGGU_BAYAR, {R.PPTK, R.PPK, R.BENDAHARA}),
    A.AUTHORIZE_PAYMENT: ({S.MENUNGGU_BAYAR}, S.MENUNGGU_BAYAR, {R.PA_KPA}),
    A.MARK_PAID: ({S.MENUNGGU_BAYAR}, S.DIBAYAR, {R.BENDAHARA}),
    A.COMPLETE: ({S.DIBAYAR}, S.SELESAI, {R.BENDAHARA}),
    A.CANCEL: ({S.DRAFT, S.DIAJUKAN, S.DITOLAK, S.DISETUJUI, S.DIKIRIM_KE_PENYEDIA}, S.DIBATALKAN, {R.PP, R.PPK}),
}


def test_every_action_has_exactly_one_row():
    assert set(TRANSITIONS) == set(Action) == set(EXPECTED)


@pytest.mark.parametrize(("state", "action", "role"), list(itertools.product(S, A, R)))
def test_state_action_role_matrix(state, action, role):
    # Facts chosen so that no segregation rule interferes: the actor did nothing before, payment is authorised.
    facts = OrderFacts(state=state, created_by="creator", approved_by="ppk0", received_by="ppk0",
                       authorized_by=None if action is A.AUTHORIZE_PAYMENT else "pa0")
    froms, to, roles = EXPECTED[action]
    actor = Actor.of("someone", role)
    if state not in froms:
        with pytest.raises(ProtocolError) as err:
            check(facts, action, actor)
        assert err.value.code is ErrorCode.INVALID_TRANSITION and err.value.status == 409
    elif role not in roles:
        with pytest.raises(ProtocolError) as err:
            check(facts, action, actor)
        assert err.value.code is ErrorCode.FORBIDDEN_ROLE and err.value.status == 403
    else:
        assert check(facts, action, actor) is to


def test_creator_cannot_approve_unless_policy_off():
    facts = OrderFacts(state=S.DIAJUKAN, created_by="u1")
    actor = Actor.of("u1", R.PPK)
    with pytest.raises(ProtocolError) as err:
        check(facts, A.APPROVE, actor)
    assert err.value.code is ErrorCode.FORBIDDEN_ROLE
    assert check(facts, A.APPROVE, actor, SodPolicy(creator_cannot_approve=False)) is S.DISETUJUI


def test_ppk_who_approved_cannot_pay_even_with_both_roles():
    facts = OrderFacts(state=S.MENUNGGU_BAYAR, created_by="pp", approved_by="x", authorized_by="pa")
    both = Actor.of("x", R.PPK, R.BENDAHARA)
    with pytest.raises(ProtocolError, match="PPK"):
        check(facts, A.MARK_PAID, both)
    assert check(facts, A.MARK_PAID, both, SodPolicy(approver_not_payer=False)) is S.DIBAYAR


def test_receiver_cannot_pay():
    facts = OrderFacts(state=S.MENUNGGU_BAYAR, created_by="pp", approved_by="ppk", received_by="b",
                       authorized_by="pa")
    with pytest.raises(ProtocolError, match="penerimaan"):
        check(facts, A.MARK_PAID, Actor.of("b", R.BENDAHARA, R.PPTK))
    assert check(facts, A.MARK_PAID, Actor.of("b2", R.BENDAHARA)) is S.DIBAYAR


def test_payment_needs_pa_kpa_authorization_first():
    facts = OrderFacts(state=S.MENUNGGU_BAYAR, created_by="pp", approved_by="ppk")
    bendahara = Actor.of("b", R.BENDAHARA)
    with pytest.raises(ProtocolError) as err:
        check(facts, A.MARK_PAID, bendahara)
    assert err.value.code is ErrorCode.INVALID_TRANSITION
    assert A.MARK_PAID not in allowed_actions(facts, bendahara)
    assert allowed_actions(facts, Actor.of("pa", R.PA_KPA)) == [A.AUTHORIZE_PAYMENT]
    authorised = OrderFacts(state=S.MENUNGGU_BAYAR, created_by="pp", approved_by="ppk", authorized_by="pa")
    assert A.MARK_PAID in allowed_actions(authorised, bendahara)
    with pytest.raises(ProtocolError):  # a second authorisation is refused, not silently repeated
        check(authorised, A.AUTHORIZE_PAYMENT, Actor.of("pa", R.PA_KPA))


def test_pa_kpa_may_also_be_ppk():
    facts = OrderFacts(state=S.DIAJUKAN, created_by="pp")
    assert check(facts, A.APPROVE, Actor.of("kpa", R.PA_KPA, R.PPK)) is S.DISETUJUI


def test_bendahara_cannot_edit_and_only_drafts_are_editable():
    with pytest.raises(ProtocolError) as err:
        check_edit(None, Actor.of("b", R.BENDAHARA))
    assert err.value.code is ErrorCode.FORBIDDEN_ROLE
    pp = Actor.of("pp", R.PP)
    assert check_edit(None, pp) is S.DRAFT
    assert check_edit(OrderFacts(state=S.DITOLAK, created_by="pp"), pp) is S.DRAFT
    for state in set(S) - {S.DRAFT, S.DITOLAK}:
        with pytest.raises(ProtocolError) as err:
            check_edit(OrderFacts(state=state, created_by="pp"), pp)
        assert err.value.code is ErrorCode.NOT_EDITABLE


def test_no_cancel_after_payment():
    for state in (S.DIBAYAR, S.SELESAI, S.MENUNGGU_BAYAR, S.BAST):
        assert A.CANCEL not in allowed_actions(OrderFacts(state=state, created_by="pp"), Actor.of("pp", R.PP))


def test_required_payloads():
    with pytest.raises(ProtocolError, match="reason"):
        validate_payload(A.REJECT, {})
    with pytest.raises(ProtocolError, match="reason"):
        validate_payload(A.CANCEL, {"reason": "  "})
    with pytest.raises(ProtocolError, match="method"):
        validate_payload(A.MARK_PAID, {"method": "CASH", "amount": 1})
    with pytest.raises(ProtocolError, match="amount"):
        validate_payload(A.MARK_PAID, {"method": "KKPD", "amount": "10"})
    validate_payload(A.MARK_PAID, {"method": "KKPD", "amount": 10})
    validate_payload(A.APPROVE, {})


def test_policy_from_mapping_is_strict():
    assert SodPolicy.from_mapping({"approver_not_payer": False}).approver_not_payer is False
    with pytest.raises(ValueError):
        SodPolicy.from_mapping({"nope": True})
    with pytest.raises(ValueError):
        SodPolicy.from_mapping({"approver_not_payer": "no"})


def test_facts_from_an_order_message():
    from sync.protocol.messages import Order

    order = Order(id="o", opd_id="x", version=9, state=S.MENUNGGU_BAYAR, number="1/SP", created_by="pp",
                  provider_id=1, marketplace="MBIZ", kode_rup="", sub_kegiatan="", kode_rekening="",
                  delivery_address="", delivery_date=None, shipping=0, notes="", lines=(), total=0,
                  approval={"by": "ppk"}, receipt={"by": "pptk"}, bast=None,
                  payment={"authorized_by": "pa"}, reasons=(), created_at="", updated_at="")
    facts = OrderFacts.from_order(order)
    assert facts == OrderFacts(S.MENUNGGU_BAYAR, "pp", "ppk", "pptk", "pa", None)
    assert allowed_actions(facts, Actor.of("pptk", R.BENDAHARA)) == []  # the receiver may not pay
    assert allowed_actions(facts, Actor.of("b", R.BENDAHARA)) == [A.MARK_PAID]


def test_every_maker_is_barred_from_approving_and_paying():
    """#12.8: a PPK who changed a PP's draft is one of its makers and may not approve it; another PPK may."""
    facts = OrderFacts(state=S.DIAJUKAN, created_by="pp", makers=frozenset({"pp", "ppk-editor"}))
    with pytest.raises(ProtocolError) as err:
        check(facts, A.APPROVE, Actor.of("ppk-editor", R.PPK))
    assert err.value.code is ErrorCode.FORBIDDEN_ROLE and "menyusun atau mengubah" in err.value.detail
    assert check(facts, A.APPROVE, Actor.of("ppk-other", R.PPK)) is S.DISETUJUI
    assert why_not(facts, A.APPROVE, Actor.of("ppk-editor", R.PPK)) == err.value.detail
    assert why_not(facts, A.APPROVE, Actor.of("ppk-other", R.PPK)) is None
    paying = OrderFacts(state=S.MENUNGGU_BAYAR, created_by="pp", approved_by="ppk", authorized_by="pa",
                        makers=frozenset({"b-editor"}))
    assert A.MARK_PAID not in allowed_actions(paying, Actor.of("b-editor", R.BENDAHARA))


def test_the_creator_counts_as_maker_when_makers_are_not_recorded():
    facts = OrderFacts(state=S.DIAJUKAN, created_by="u1")
    assert facts.all_makers == {"u1"} and facts.people("approved_by") == frozenset()
    assert why_not(facts, A.APPROVE, Actor.of("u1", R.PPK)) is not None


def test_sod_table_names_real_facts_and_switches():
    for rule in SOD_RULES:
        assert rule.barred == "makers" or rule.barred in OrderFacts.__dataclass_fields__
        assert rule.switch is None or rule.switch in SodPolicy.__dataclass_fields__
        assert rule.message.strip()


def test_makers_travel_on_the_order_message():
    from sync.protocol.messages import Order

    base = dict(id="o", opd_id="x", version=2, state="DIAJUKAN", number=None, created_by="pp", provider_id=1,
                marketplace="MBIZ", kode_rup="", sub_kegiatan="", kode_rekening="", delivery_address="",
                delivery_date=None, shipping=0, notes="", lines=[], total=0, approval=None, receipt=None,
                bast=None, payment=None, reasons=[], created_at="", updated_at="")
    assert Order.from_dict(base).makers == ()  # orders written before makers still parse
    order = Order.from_dict({**base, "makers": ["pp", "ppk"]})
    assert order.to_dict()["makers"] == ["pp", "ppk"]
    assert OrderFacts.from_order(order).makers == {"pp", "ppk"}
