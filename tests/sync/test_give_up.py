"""A dead server ends a sync pass within the 60 s give-up budget (was 428 s and 505 retries; issue 15).

Back-offs are recorded and counted on a simulated clock (never slept), so the budget is checked exactly.
"""

from __future__ import annotations

import random

import pytest

from desktop.store.records import CommandStatus
from sync.client.transport import ServerUnreachable, Transport, TransportConfig
from tests.sync.conftest import OPD
from tests.sync.faultproxy import STATUS, Fault, FaultProxy
from tests.sync.fileserver import FileServer, status
from tests.sync.kit import same_provider_products


def test_a_failing_server_stops_every_request_once_the_budget_is_spent():
    files = FileServer()
    try:
        files.script = [status(503)] * 1000
        slept: list[float] = []
        t = Transport(TransportConfig(files.url, max_attempts=6, timeout=(2, 5)),
                      sleeper=lambda s, cancel: slept.append(s), rng=random.Random(1), monotonic=lambda: sum(slept))
        t.reset_backoff()
        outcomes = []
        for _ in range(20):  # twenty queued commands, each once sent with its own retry budget
            with pytest.raises(Exception) as info:
                t.request("GET", "/v1/orders/x")
            outcomes.append(type(info.value).__name__)
        assert sum(slept) <= 60.0
        assert outcomes[-1] == "ServerUnreachable"
        sent = len(files.requests)
        with pytest.raises(ServerUnreachable):
            t.request("GET", "/v1/sync/meta")
        assert len(files.requests) == sent  # once given up, nothing more goes on the wire this pass
        t.reset_backoff()  # the next pass tries again
        files.script = []
        files.files["/ok"] = b"ok"
        assert t.request("GET", "/ok").status_code == 200
    finally:
        files.close()


def test_sync_against_a_server_that_died_after_meta_gives_up_within_60_s(live, view, make_client):
    pp = live.account("PP", OPD)
    products = same_provider_products(view.products(), 2, skip=4)
    with FaultProxy("127.0.0.1", live.port) as proxy:
        client = make_client("dead", url=proxy.url, seed=11, max_attempts=6)  # the production default
        client.login(pp)
        assert client.sync(pp["username"]).status == "ok"
        orders = [client.new_draft(pp["username"], products, OPD) for _ in range(25)]
        proxy.add(Fault(STATUS, lambda m, p: not p.startswith(("/v1/sync/meta", "/v1/auth/")), status=503,
                        times=100_000))
        before = client.slept
        report = client.sync(pp["username"])
    assert report.status == "offline" and report.errors
    assert client.slept - before <= 60.0
    assert report.retries < 60
    commands = [c for oid in orders for c in client.commands(oid)]
    assert len(commands) == 25 and {c.status for c in commands} == {CommandStatus.PENDING}
