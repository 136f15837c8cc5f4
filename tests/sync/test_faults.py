"""Network cuts, injected errors, stalls and a server kill -9 between commit and response (SYNC.md §9.1–9.3).

Pass criteria: exactly one order and one event per command whatever the cut, and a replay under the same key
returns the stored response.
"""

from __future__ import annotations

import json
import uuid

import pytest
import requests

from desktop.store.records import CommandStatus
from tests.server.live import start_server
from tests.sync.conftest import OPD
from tests.sync.faultproxy import (
    DROP_AFTER_COMMIT,
    DROP_BEFORE_BODY,
    DROP_MID_RESPONSE,
    STALL,
    STATUS,
    Fault,
    FaultProxy,
)
from tests.sync.kit import same_provider_products

KILL_MARK = "killme-"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=2000, seed=9,
                       crash_after_commit=KILL_MARK)
    yield srv
    srv.stop()


@pytest.fixture
def proxy(live):
    with FaultProxy("127.0.0.1", live.port) as p:
        yield p


def on(method: str, fragment: str):
    return lambda m, path: m == method and fragment in path


@pytest.mark.parametrize("mode", [DROP_BEFORE_BODY, DROP_AFTER_COMMIT, DROP_MID_RESPONSE])
def test_cut_mid_request_creates_exactly_one_order_and_event(live, view, make_client, proxy, mode):
    pp = live.account("PP", OPD)
    client = make_client(url=proxy.url, seed=1)
    client.login(pp)
    client.sync(pp["username"])
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=1), OPD)
    client.act(pp["username"], oid, "submit", 1)
    proxy.add(Fault(mode, on("PUT", oid), cut_after=7))
    proxy.add(Fault(mode, on("POST", oid), cut_after=7))
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.outbox.sent == 2 and report.retries >= 2
    cuts = [s for s in proxy.seen if s.fault == mode]
    assert len(cuts) == 2
    events = view.events(oid)
    assert [e["action"] for e in events].count("submit") == 1 and len(events) == 2
    assert view.order(oid)["version"] == 2 and client.order(oid).server_version == 2
    # a replay under the same key returns the stored response (byte for byte on the wire, twice)
    submit = client.commands(oid)[1]
    headers = {"Authorization": f"Bearer {live.token('PP', OPD)}", "Idempotency-Key": submit.cmd_id,
               "Content-Type": "application/json"}
    first = requests.post(live.url + submit.path, data=submit.body.encode(), headers=headers, timeout=10)
    second = requests.post(live.url + submit.path, data=submit.body.encode(), headers=headers, timeout=10)
    assert first.status_code == 200 and first.content == second.content
    assert first.json() == json.loads(submit.response)


def test_same_key_different_body_is_refused(live, view, make_client):
    pp = live.account("PP", OPD)
    client = make_client()
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=2), OPD)
    client.sync(pp["username"])
    put = client.commands(oid)[0]
    body = json.loads(put.body)
    body["notes"] = "diubah setelah dikirim"
    headers = {"Authorization": f"Bearer {live.token('PP', OPD)}", "Idempotency-Key": put.cmd_id,
               "If-None-Match": "*"}
    r = requests.put(live.url + put.path, json=body, headers=headers, timeout=10)
    assert r.status_code == 422 and r.json()["code"] == "idempotency_mismatch"


def test_injected_5xx_and_429_are_retried_with_the_same_key(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client(url=proxy.url, seed=2, max_attempts=4)
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=3), OPD)
    proxy.add(Fault(STATUS, on("PUT", oid), status=503))
    proxy.add(Fault(STATUS, on("PUT", oid), status=429, headers={"Retry-After": "7"}))
    report = client.sync(pp["username"])
    assert report.outbox.sent == 1 and client.commands(oid)[0].status == CommandStatus.DONE
    assert any(s >= 7 for s in client.sleeps)  # Retry-After honoured (recorded, never slept)
    assert len([s for s in proxy.seen if s.method == "PUT" and oid in s.path]) == 3


def test_retries_exhausted_leave_the_command_for_later_with_its_key(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client(url=proxy.url, seed=3, max_attempts=2)
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=5), OPD)
    proxy.add(Fault(STATUS, on("PUT", oid), status=502, times=2))
    report = client.sync(pp["username"])
    assert report.status == "partial" and report.outbox.retry_later == 1
    cmd = client.commands(oid)[0]
    assert cmd.status == CommandStatus.PENDING and cmd.attempted
    report = client.sync(pp["username"])
    assert report.outbox.sent == 1 and client.commands(oid)[0].cmd_id == cmd.cmd_id


def test_stalled_response_is_detected_and_retried(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client(url=proxy.url, seed=4, timeout=(2, 0.5))
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=7), OPD)
    proxy.add(Fault(STALL, on("PUT", oid)))
    report = client.sync(pp["username"])
    assert report.outbox.sent == 1 and len(view.events(oid)) == 1


def test_server_kill9_between_commit_and_response(live, view, make_client):
    pp = live.account("PP", OPD)
    client = make_client(max_attempts=2)
    client.login(pp)
    client.sync(pp["username"])
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=8), OPD,
                           cmd_id=KILL_MARK + str(uuid.uuid4()))
    report = client.sync(pp["username"])  # the server commits, then dies before answering
    assert live.proc.wait(timeout=30) == 137
    assert report.status in ("offline", "partial")
    live.restart()
    report = client.sync(pp["username"])  # unattended resume: same key → the stored response
    assert report.status == "ok" and report.outbox.sent == 1
    assert len(view.events(oid)) == 1 and client.order(oid).server_version == 1


def test_lost_refresh_response_is_retried_with_the_old_token(live, make_client, proxy):
    """FAPI grace retry (SYNC.md §7): the server rotated the token, the answer never arrived."""
    pp = live.account("PP", OPD)
    client = make_client(url=proxy.url, seed=6)
    uid = client.login(pp)
    old = client.service.credentials.refresh_token(uid)
    client.service.auth.sessions.clear()  # access token expired: the next call must refresh
    proxy.add(Fault(DROP_AFTER_COMMIT, lambda m, path: m == "POST" and path.startswith("/v1/auth/token")))
    report = client.sync(pp["username"])
    assert report.status == "ok"
    tokens = [s.fault for s in proxy.seen if s.path.startswith("/v1/auth/token")]
    assert tokens == [None, DROP_AFTER_COMMIT, None]  # login, lost refresh, grace retry
    assert client.service.credentials.refresh_token(uid) not in (None, old)  # the rotated one is kept


def test_snapshot_survives_a_cut_in_every_chunk(live, view, make_client, proxy):
    """SYNC.md §9.5 in small: each chunk's first download dies mid-body; the retry resumes with Range at the
    exact byte where it stopped."""
    from tests.sync.server_side import change_products, rebuild_snapshot

    product = view.products()[0]
    change_products(live, [product], price=product["price"] + 3)
    manifest = rebuild_snapshot(live, rows_per_chunk=1900)
    big = [c for c in manifest["chunks"] if c["bytes"] > 70_000]
    assert big, "need a chunk larger than one 64 KiB block"
    for chunk in manifest["chunks"]:
        proxy.add(Fault(DROP_MID_RESPONSE, on("GET", f"/chunks/{chunk['n']}.ndjson.gz"),
                        cut_after=70_000 if chunk["bytes"] > 70_000 else chunk["bytes"] // 2))
    pp = live.account("PP", OPD)
    client = make_client("cuts", url=proxy.url, seed=8)
    client.login(pp)
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.catalog_mode == "snapshot"
    head = view.catalog_head()
    assert (report.catalog_count, report.catalog_checksum) == (head["count"], head["checksum"])
    gets = [s for s in proxy.seen if "/chunks/" in s.path]
    assert len(gets) == 2 * len(manifest["chunks"])
    resumed = [s.range for s in gets if s.range]
    assert "bytes=70000-" in resumed  # a big chunk resumed at the byte where the cut fell, not from zero


def test_server_unreachable_is_offline_and_touches_nothing(live, view, make_client, proxy):
    pp = live.account("PP", OPD)
    client = make_client("offline", url=proxy.url, seed=10, max_attempts=2)
    client.login(pp)
    oid = client.new_draft(pp["username"], same_provider_products(view.products(), 2, skip=9), OPD)
    proxy.close()  # the office link is down
    report = client.sync(pp["username"])
    assert report.status == "offline" and report.errors
    assert [(c.status, c.attempts) for c in client.commands(oid)] == [(CommandStatus.PENDING, 0)]
    with client.store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get("last_success_at") is None
