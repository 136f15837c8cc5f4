"""`POST /v1/commands:batch`: per-command results, same idempotency as single requests."""

from __future__ import annotations

import uuid


def test_batch_runs_commands_in_order_with_their_own_keys(api):
    oid = str(uuid.uuid4())
    commands = [
        {"id": str(uuid.uuid4()), "method": "PUT", "path": f"/v1/orders/{oid}", "headers": {"If-None-Match": "*"},
         "body": api.draft(api.products())},
        {"id": str(uuid.uuid4()), "method": "POST", "path": f"/v1/orders/{oid}/transitions",
         "body": {"action": "submit", "base_version": 1}},
        {"id": str(uuid.uuid4()), "method": "POST", "path": f"/v1/orders/{oid}/transitions",
         "body": {"action": "mark_paid", "base_version": 2, "payload": {"method": "KKPD", "amount": 1}}},
        {"id": "x", "method": "DELETE", "path": "/v1/orders", "body": {}},
        "bukan perintah",
    ]
    r = api.http.post(f"{api.url}/v1/commands:batch", json={"commands": commands}, headers=api.h("PP"))
    assert r.status_code == 207, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == [201, 200, 409, 422, 422]
    assert results[1]["body"]["state"] == "DIAJUKAN" and results[1]["etag"] == '"v2"'
    assert results[2]["body"]["code"] == "invalid_transition"
    again = api.http.post(f"{api.url}/v1/commands:batch", json={"commands": commands[:2]}, headers=api.h("PP")).json()
    assert [x["replayed"] for x in again["results"]] == [True, True]
    assert again["results"][1]["body"] == results[1]["body"]
    assert [e["action"] for e in api.get(oid).json()["events"]] == ["create", "submit"]


def test_batch_limits(api):
    url = f"{api.url}/v1/commands:batch"
    assert api.http.post(url, json={"commands": [{}] * 51}, headers=api.h("PP")).status_code == 422
    assert api.http.post(url, json={"cmds": []}, headers=api.h("PP")).status_code == 422
    assert api.http.post(url, json={"commands": []}).status_code == 401
