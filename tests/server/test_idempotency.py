"""Idempotency-Key semantics (SYNC.md §9.1–§9.3): replay, mismatch, concurrent duplicates, kill -9 after commit."""

from __future__ import annotations

import threading
import uuid

import pytest
import requests

from tests.server.conftest import Api
from tests.server.live import start_server


def events_of(api, oid):
    return api.get(oid).json()["events"]


def test_sequential_replay_is_byte_identical(api):
    oid, key = str(uuid.uuid4()), str(uuid.uuid4())
    body = api.draft(api.products())
    first = api.put(oid, body, key=key)
    second = api.put(oid, body, key=key)
    assert first.status_code == second.status_code == 201
    assert first.content == second.content and second.headers["idempotent-replayed"] == "true"
    assert first.headers["etag"] == second.headers["etag"] == '"v1"'
    t_key = str(uuid.uuid4())
    a = api.act(oid, "submit", "PP", key=t_key)
    b = api.act(oid, "submit", "PP", key=t_key)
    assert a.status_code == b.status_code == 200 and a.content == b.content
    assert [e["action"] for e in events_of(api, oid)] == ["create", "submit"]


def test_business_refusals_are_replayed_too(api):
    order = api.new_order()
    key = str(uuid.uuid4())
    first = api.act(order["id"], "mark_paid", "BENDAHARA", key=key, payload={"method": "KKPD", "amount": 1})
    again = api.act(order["id"], "mark_paid", "BENDAHARA", key=key, payload={"method": "KKPD", "amount": 1})
    assert first.status_code == again.status_code == 409 and first.content == again.content


def test_same_key_other_body_is_422(api):
    oid, key = str(uuid.uuid4()), str(uuid.uuid4())
    assert api.put(oid, api.draft(api.products()), key=key).status_code == 201
    r = api.put(oid, api.draft(api.products(), notes="lain"), key=key)
    assert r.status_code == 422 and r.json()["code"] == "idempotency_mismatch"
    # the key belongs to its user: another officer may use the same string without clashing
    other = api.put(str(uuid.uuid4()), api.draft(api.products()), role="PPK", key=key)
    assert other.status_code == 201


def test_missing_or_bad_key_is_400(api):
    r = api.http.put(f"{api.url}/v1/orders/{uuid.uuid4()}", json=api.draft(api.products()),
                     headers=api.h("PP", **{"If-None-Match": "*"}))
    assert r.status_code == 400 and "Idempotency-Key" in r.json()["detail"]
    r = api.http.put(f"{api.url}/v1/orders/{uuid.uuid4()}", json=api.draft(api.products()),
                     headers=api.h("PP", **{"If-None-Match": "*", "Idempotency-Key": "x" * 201}))
    assert r.status_code == 400


def test_concurrent_duplicates_apply_once(api):
    oid, key = str(uuid.uuid4()), str(uuid.uuid4())
    body = api.draft(api.products())
    headers = api.h("PP", **{"If-None-Match": "*", "Idempotency-Key": key})
    results: list[requests.Response] = []
    barrier = threading.Barrier(8)

    def send() -> None:
        with requests.Session() as s:
            barrier.wait()
            results.append(s.put(f"{api.url}/v1/orders/{oid}", json=body, headers=headers, timeout=60))

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r.status_code for r in results)
    assert set(statuses) <= {201, 409} and statuses.count(201) >= 1, statuses
    for r in results:
        if r.status_code == 409:
            assert r.json()["code"] == "request_in_flight" and r.headers["retry-after"]
    created = [r.content for r in results if r.status_code == 201]
    assert len(set(created)) == 1
    # the in-flight losers retry with the same key and get the stored response
    retry = api.http.put(f"{api.url}/v1/orders/{oid}", json=body, headers=headers)
    assert retry.status_code == 201 and retry.content == created[0]
    assert [e["action"] for e in events_of(api, oid)] == ["create"]


def test_kill9_after_commit_then_retry_gets_stored_response(tmp_path, server_db_url):
    srv = start_server(tmp_path, db_url=server_db_url, products=300, crash_after_commit="crash-")
    try:
        api = Api(srv)
        api.user("PP")  # log in before the crash hook matters
        oid, key = str(uuid.uuid4()), f"crash-{uuid.uuid4()}"
        body = api.draft(api.products())
        with pytest.raises(requests.ConnectionError):
            api.put(oid, body, key=key)
        srv.proc.wait(timeout=30)
        assert srv.proc.returncode != 0  # the process died between commit and response
        srv.crash_after_commit = None
        srv.restart()
        api.http = requests.Session()
        retry = api.put(oid, body, key=key)
        assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
        assert retry.json()["id"] == oid and retry.json()["version"] == 1
        assert [e["action"] for e in events_of(api, oid)] == ["create"]
        feed = api.http.get(f"{srv.url}/v1/orders/changes", headers=api.h("PP")).json()
        assert [o["id"] for o in feed["orders"]].count(oid) == 1
        assert srv.cli("audit", "verify").returncode == 0
    finally:
        srv.stop()


def test_two_worker_processes_share_keys_and_feed(tmp_path, server_db_url):
    """Stateless workers: duplicates racing through two processes still apply once; the feed stays ordered."""
    srv = start_server(tmp_path, db_url=server_db_url, products=300)
    try:
        srv.workers = 2
        srv.restart()
        api = Api(srv)
        api.user("PP")
        dup_id, dup_key = str(uuid.uuid4()), str(uuid.uuid4())
        dup_body = api.draft(api.products())
        others = [str(uuid.uuid4()) for _ in range(8)]
        results: dict[str, list[requests.Response]] = {"dup": [], "new": []}
        barrier = threading.Barrier(16)

        def send(order_id: str, key: str, kind: str) -> None:
            # every order has its own line ids (#12.7): only the duplicates send the very same body
            body = dup_body if kind == "dup" else {
                **dup_body, "lines": [{**ln, "id": str(uuid.uuid4())} for ln in dup_body["lines"]]}
            with requests.Session() as s:  # new connections spread over both workers
                barrier.wait()
                r = s.put(f"{srv.url}/v1/orders/{order_id}", json=body, timeout=60,
                          headers=api.h("PP", **{"If-None-Match": "*", "Idempotency-Key": key}))
                results[kind].append(r)

        threads = [threading.Thread(target=send, args=(dup_id, dup_key, "dup")) for _ in range(8)]
        threads += [threading.Thread(target=send, args=(oid, str(uuid.uuid4()), "new")) for oid in others]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(r.status_code == 201 for r in results["new"]), [r.text for r in results["new"]]
        assert {r.status_code for r in results["dup"]} <= {201, 409}
        assert len({r.content for r in results["dup"] if r.status_code == 201}) == 1
        assert [e["action"] for e in events_of(api, dup_id)] == ["create"]
        feed = api.http.get(f"{srv.url}/v1/orders/changes?limit=100", headers=api.h("PP")).json()["orders"]
        assert {o["id"] for o in feed} >= {dup_id, *others} and len(feed) == len({o["id"] for o in feed})
        assert srv.cli_inproc("audit", "verify").returncode == 0
    finally:
        srv.stop()
