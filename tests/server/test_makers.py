"""#12.8 separation of duties: whoever creates or changes an order's content is one of its makers; the server keeps
the makers on the order and refuses an approval by any of them (sync.protocol.lifecycle.SOD_RULES)."""

from __future__ import annotations

import uuid

from sync.protocol.messages import Order
from tests.server.flows import body_for

OPD = "33.00-DINKES"


def second_ppk(api) -> dict[str, str]:
    name = f"ppk.kedua.{uuid.uuid4().hex[:6]}"
    password = "gelas-lontar-kemarau-sungai-47"  # the server's passphrase policy (issue 15)
    added = api.srv.cli_inproc("users", "add", name, "--role", "PPK", "--opd", OPD, "--password", password)
    assert added.returncode == 0, added.stderr
    token = api.srv.login(name, password)["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_a_ppk_who_edits_a_pp_draft_may_not_approve_it(api):
    order = api.new_order()
    assert order["makers"] == [api.user("PP")["id"]]
    body = api.draft(api.products(), qty=40)
    body["lines"] = [{**ln, "qty": 40} for ln in order["lines"]]  # the PPK raises the quantity: 2 -> 40
    edited = api.put(order["id"], body, role="PPK", if_match=order["version"])
    assert edited.status_code == 200, edited.text
    assert edited.json()["makers"] == [api.user("PP")["id"], api.user("PPK")["id"]]
    Order.from_dict(edited.json())  # strict: makers is part of the wire order
    submitted = api.act(order["id"], "submit", "PP", base_version=edited.json()["version"]).json()
    refused = api.act(order["id"], "approve", "PPK", **body_for("approve", submitted))
    assert refused.status_code == 403, refused.text
    assert refused.json()["code"] == "forbidden_role" and "mengubah isi pesanan" in refused.json()["detail"]
    other = second_ppk(api)
    r = api.http.post(f"{api.url}/v1/orders/{order['id']}/transitions", json={
        "action": "approve", **body_for("approve", submitted)}, headers={**other, "Idempotency-Key": str(uuid.uuid4())})
    assert r.status_code == 200, r.text
    assert r.json()["approval"]["by"] not in r.json()["makers"]


def test_makers_are_kept_once_each_and_travel_in_the_feed(api):
    order = api.new_order()
    body = api.draft(api.products())
    body["lines"] = order["lines"]
    v = order["version"]
    for role in ("PPK", "PP", "PPK"):
        r = api.put(order["id"], {**body, "notes": f"oleh {role} v{v}"}, role=role, if_match=v)
        assert r.status_code == 200, r.text
        v = r.json()["version"]
    assert r.json()["makers"] == [api.user("PP")["id"], api.user("PPK")["id"]]
    feed = api.http.get(f"{api.url}/v1/orders/changes", headers=api.h("PP")).json()
    mine = [o for o in feed["orders"] if o["id"] == order["id"]]
    while not mine and feed["has_more"]:
        feed = api.http.get(f"{api.url}/v1/orders/changes", params={"since": feed["next"]},
                            headers=api.h("PP")).json()
        mine = [o for o in feed["orders"] if o["id"] == order["id"]]
    assert mine[0]["makers"] == r.json()["makers"]
