"""Every role tries every action in every state through the HTTP API; only what sync.protocol allows passes."""

from __future__ import annotations

import pytest

from sync.protocol import ProtocolError
from sync.protocol.lifecycle import Actor, OrderFacts, check
from sync.protocol.messages import Order
from sync.protocol.states import Action, Role
from tests.server.flows import PATHS, body_for, drive


def expected(api, order: dict, action: Action, role: Role) -> tuple[int, str | None]:
    user = api.user(role.value)
    try:
        check(OrderFacts.from_order(Order.from_dict(order)), action, Actor.of(user["id"], role))
    except ProtocolError as err:
        return err.status, err.code.value
    return 200, None


def test_role_action_state_matrix(api):
    fixed = {state: drive(api, api.new_order(), state) for state in PATHS}
    allowed_seen = 0
    for state, order in fixed.items():
        for action in Action:
            for role in Role:
                want_status, want_code = expected(api, order, action, role)
                target = order
                if want_status == 200:  # a success changes the order: use a fresh one in the same state
                    target = drive(api, api.new_order(), state)
                    allowed_seen += 1
                r = api.act(target["id"], action.value, role.value, **body_for(action.value, target))
                assert r.status_code == want_status, (state, action, role, r.text)
                if want_code:
                    assert r.headers["content-type"].startswith("application/problem+json")
                    body = r.json()
                    assert body["code"] == want_code and body["title"] and body["detail"]
                    assert body["current_order"]["version"] == order["version"]
                else:
                    assert r.json()["version"] == target["version"] + 1
        # failures never changed the order
        assert api.get(order["id"]).json()["order"]["version"] == order["version"]
    assert allowed_seen >= 30


@pytest.mark.parametrize("role", ["PPTK", "BENDAHARA", "PA_KPA", "ADMIN_OPD", "ADMIN_PROVINSI"])
def test_only_pp_and_ppk_draft_orders(api, role):
    import uuid

    opd = None if role == "ADMIN_PROVINSI" else "33.00-DINKES"
    r = api.put(str(uuid.uuid4()), api.draft(api.products()), role=role, opd=opd)
    assert r.status_code == 403, r.text
