"""Every role tries every action in every state through the HTTP API; only what sync.protocol allows passes."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

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


def _state_cases(api, state: str, order: dict) -> int:
    """Every action by every role on an order in `state`; returns how many were allowed."""
    import requests

    http = requests.Session()  # one session per worker thread
    allowed = 0
    for action in Action:
        for role in Role:
            want_status, want_code = expected(api, order, action, role)
            target = order
            if want_status == 200:  # a success changes the order: use a fresh one in the same state
                target = drive(api, api.new_order(), state)
                allowed += 1
            body = {"action": action.value, **body_for(action.value, target)}
            r = http.post(f"{api.url}/v1/orders/{target['id']}/transitions", json=body, timeout=60,
                          headers={**api.h(role.value), "Idempotency-Key": str(uuid.uuid4())})
            assert r.status_code == want_status, (state, action, role, r.text)
            if want_code:
                assert r.headers["content-type"].startswith("application/problem+json")
                problem = r.json()
                assert problem["code"] == want_code and problem["title"] and problem["detail"]
                assert problem["current_order"]["version"] == order["version"]
            else:
                assert r.json()["version"] == target["version"] + 1
    # failures never changed the order
    assert api.get(order["id"]).json()["order"]["version"] == order["version"]
    return allowed


def test_role_action_state_matrix(api):
    for role in Role:  # log everyone in before the threads start
        api.user(role.value)
    fixed = {state: drive(api, api.new_order(), state) for state in PATHS}
    # States are independent orders, so they run side by side (requests within a state stay in order).
    with ThreadPoolExecutor(max_workers=4) as pool:
        allowed = sum(pool.map(lambda item: _state_cases(api, *item), fixed.items()))
    assert allowed >= 30


@pytest.mark.parametrize("role", ["PPTK", "BENDAHARA", "PA_KPA", "ADMIN_OPD", "ADMIN_PROVINSI"])
def test_only_pp_and_ppk_draft_orders(api, role):
    opd = None if role == "ADMIN_PROVINSI" else "33.00-DINKES"
    r = api.put(str(uuid.uuid4()), api.draft(api.products()), role=role, opd=opd)
    assert r.status_code == 403, r.text
