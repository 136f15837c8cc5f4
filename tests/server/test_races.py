"""Several officers race on the same orders (SYNC.md §9.4): every acknowledged command is in the event log
exactly once, versions form one serial history, and the audit chain holds."""

from __future__ import annotations

import itertools
import random
import threading
import uuid

import requests

from tests.server.flows import body_for

ACTIONS = [("submit", "PP"), ("approve", "PPK"), ("reject", "PPK"), ("cancel", "PP"), ("send_to_seller", "PP"),
           ("edit", "PP"), ("edit", "PPK")]


def test_random_concurrent_commands_form_one_serial_history(api, live):
    orders = [api.new_order()["id"] for _ in range(3)]
    for role in ("PP", "PPK"):
        api.user(role)
    acked: list[tuple[str, int, str]] = []  # (order id, version, action) of every 2xx answer
    lock = threading.Lock()

    def officer(seed: int) -> None:
        rnd = random.Random(seed)
        http = requests.Session()
        for _ in range(12):
            oid = rnd.choice(orders)
            action, role = rnd.choice(ACTIONS)
            current = http.get(f"{api.url}/v1/orders/{oid}", headers=api.h(role)).json()["order"]
            headers = {**api.h(role), "Idempotency-Key": str(uuid.uuid4())}
            if action == "edit":
                body = api.draft(api.products(), notes=f"ubah {seed}")
                r = http.put(f"{api.url}/v1/orders/{oid}", json=body, timeout=60,
                             headers={**headers, "If-Match": f'"v{current["version"]}"'})
                label = "update"
            else:
                r = http.post(f"{api.url}/v1/orders/{oid}/transitions", timeout=60, headers=headers,
                              json={"action": action, **body_for(action, current)})
                label = action
            assert r.status_code < 500, r.text
            if r.status_code < 300:
                with lock:
                    acked.append((oid, r.json()["version"], label))
            else:
                assert r.json()["code"] in ("version_conflict", "invalid_transition", "not_editable",
                                            "stale_approval", "forbidden_role"), r.text

    threads = [threading.Thread(target=officer, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert acked, "no command was accepted at all"
    for oid in orders:
        detail = api.get(oid).json()
        events = detail["events"]
        assert [e["version"] for e in events] == list(range(1, len(events) + 1))  # one serial history
        assert detail["order"]["version"] == events[-1]["version"]
        for e_prev, e_next in itertools.pairwise(events):
            assert e_next["from_state"] == e_prev["to_state"]
        logged = {(oid, e["version"], e["action"]) for e in events}
        mine = [a for a in acked if a[0] == oid]
        assert set(mine) <= logged and len(mine) == len(set(mine))  # no acknowledged write lost or doubled
        assert len(events) == 1 + len(mine)  # and nothing applied that was not acknowledged
    assert live.cli_inproc("audit", "verify").returncode == 0
