"""The lifecycle's refusals (sync.protocol, Indonesian sentences) become Messages with the very same Indonesian
(#13.10), so they read in English too; an unknown sentence passes through unchanged."""

from __future__ import annotations

import pytest

from desktop.domain.messages import Message
from desktop.services.protocol_refusals import protocol_text, refusal
from sync.protocol.errors import ProtocolError
from sync.protocol.lifecycle import SOD_RULES, Actor, OrderFacts, check, check_edit
from sync.protocol.states import Action, OrderState, Role


def _refused(call) -> ProtocolError:
    with pytest.raises(ProtocolError) as caught:
        call()
    return caught.value


def refusals() -> list[ProtocolError]:
    pp = Actor("u-pp", frozenset({Role.PP}))
    bendahara = Actor("u-b", frozenset({Role.BENDAHARA}))
    draft = OrderFacts(state=OrderState.DRAFT, created_by="u-pp")
    return [
        _refused(lambda: check(draft, Action.APPROVE, pp)),  # wrong state
        _refused(lambda: check(OrderFacts(state=OrderState.DIAJUKAN, created_by="u-pp"), Action.APPROVE, pp)),
        _refused(lambda: check_edit(OrderFacts(state=OrderState.DISETUJUI, created_by="u-pp"), pp)),
        _refused(lambda: check_edit(draft, bendahara)),
    ]


def test_lifecycle_refusals_keep_their_indonesian_and_gain_a_code():
    for exc in refusals():
        text = protocol_text(exc.detail)
        assert isinstance(text, Message), exc.detail
        assert text == exc.detail
        assert refusal(exc).code == exc.code.value and refusal(exc).message == exc.detail


def test_every_segregation_rule_is_known():
    for rule in SOD_RULES:
        text = protocol_text(rule.message)
        assert isinstance(text, Message) and text == rule.message


def test_an_unknown_sentence_passes_through():
    assert not isinstance(protocol_text("Server sedang pemeliharaan."), Message)
