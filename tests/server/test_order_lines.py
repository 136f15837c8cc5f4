"""#12.7 line ids: UUIDs unique across all orders. An order reusing another order's line id is refused (422
validation_error, the line in `details`), so no replica of the OPD ever meets two orders sharing a line."""

from __future__ import annotations

import threading
import uuid

import requests


def test_a_line_id_of_another_order_is_refused(api):
    first = api.new_order()
    reused = first["lines"][0]["id"]
    body = api.draft(api.products())
    body["lines"][0]["id"] = reused
    oid = str(uuid.uuid4())
    r = api.put(oid, body)
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["code"] == "validation_error" and problem["order_id"] == oid
    assert problem["details"] == [{"line_id": reused, "code": "line_id_taken", "quoted": None, "current": None}]
    assert "unik" in problem["detail"]
    assert api.get(oid).status_code == 404  # nothing of the refused draft was kept
    body["lines"][0]["id"] = str(uuid.uuid4())
    assert api.put(oid, body).status_code == 201  # with its own ids the same draft is fine


def test_an_order_keeps_its_own_ids_and_a_removed_line_stays_reserved(api):
    order = api.new_order(n_products=2)
    body = api.draft(api.products(2))
    body["lines"] = [dict(ln) for ln in order["lines"][:1]]  # the second line is removed from the draft
    r = api.put(order["id"], body, if_match=order["version"])
    assert r.status_code == 200, r.text
    version = r.json()["version"]
    removed = order["lines"][1]["id"]
    other = api.draft(api.products(2))
    other["lines"][1]["id"] = removed
    r = api.put(str(uuid.uuid4()), other)
    assert r.status_code == 422 and r.json()["details"][0]["line_id"] == removed
    body["lines"].append(dict(order["lines"][1]))  # ... but its own order may take it back
    assert api.put(order["id"], body, if_match=version).status_code == 200


def test_two_orders_racing_for_one_line_id(api):
    shared = str(uuid.uuid4())
    bodies = []
    for _ in range(2):
        body = api.draft(api.products())
        body["lines"][0]["id"] = shared
        bodies.append((str(uuid.uuid4()), body))
    api.user("PP")
    barrier = threading.Barrier(2)
    codes: list[int] = []

    def put(oid: str, body: dict) -> None:
        http = requests.Session()
        barrier.wait()
        r = http.put(f"{api.url}/v1/orders/{oid}", json=body, timeout=60,
                     headers=api.h("PP", **{"If-None-Match": "*", "Idempotency-Key": str(uuid.uuid4())}))
        codes.append(r.status_code)

    threads = [threading.Thread(target=put, args=b) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [201, 422]
