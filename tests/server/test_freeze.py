"""Issue 15: five requests from one officer froze the whole server.

Cause: each of them ended in a 500 whose traceback was written twice (the app's handler, then uvicorn after
Starlette re-raised) synchronously from the event loop. With stderr on a pipe whose reader stalls, the tenth
traceback (~70 KB in all) filled the 64 KiB pipe and the write blocked the loop: nothing answered again.
The test replays that sequence against a server whose stderr nobody reads, then every endpoint must answer
within a second."""

from __future__ import annotations

import json
import subprocess
import uuid

import requests

from sync.server.api.openapi import openapi_document
from tests.server.conftest import Api
from tests.server.live import ROOT, SERVER, LiveServer, free_port, wait_ready

SURROGATE = "\ud800"
PATH_VALUES = {"order_id": str(uuid.uuid4()), "snapshot_id": "tidak-ada", "name": "0.ndjson.gz",
               "delegation_id": str(uuid.uuid4())}


def _serve_with_unread_stderr(live: LiveServer) -> LiveServer:
    """A second server process on the session's database, its stderr on a pipe nobody reads (a stalled
    terminal or log shipper)."""
    port = free_port()
    proc = subprocess.Popen([*SERVER, "serve", "--db", live.db_url, "--data-dir", str(live.data_dir),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    srv = LiveServer(url=f"http://127.0.0.1:{port}", proc=proc, db_url=live.db_url, data_dir=live.data_dir,
                     port=port, accounts=live.accounts)
    wait_ready(srv.url, proc)
    return srv


def _send(api: Api, method: str, path: str, body: str | None, **headers: str) -> requests.Response:
    # a fresh connection each time, as the probe did (a crashed keep-alive connection is closed by the server)
    return requests.request(method, api.url + path, data=body, timeout=5,
                            headers={**api.h("PP"), "Content-Type": "application/json", **headers})


def test_five_request_sequence_then_every_endpoint_answers_within_a_second(live):
    srv = _serve_with_unread_stderr(live)
    try:
        api = Api(srv)
        base = api.draft(api.products())
        for field in ("notes", "kode_rup", "delivery_address", "sub_kegiatan"):
            r = _send(api, "PUT", f"/v1/orders/{uuid.uuid4()}", json.dumps({**base, field: SURROGATE}),
                      **{"Idempotency-Key": str(uuid.uuid4()), "If-None-Match": "*"})
            assert r.status_code == 422 and r.json()["code"] == "validation_error", (field, r.status_code)
            assert field in r.json()["detail"]
        good = str(uuid.uuid4())
        commands = [{"id": str(uuid.uuid4()), "method": "PUT", "path": f"/v1/orders/{uuid.uuid4()}",
                     "headers": {"If-None-Match": "*"}, "body": {**base, "notes": SURROGATE}},
                    {"id": str(uuid.uuid4()), "method": "PUT", "path": f"/v1/orders/{good}",
                     "headers": {"If-None-Match": "*"}, "body": base}]
        r = _send(api, "POST", "/v1/commands:batch", json.dumps({"commands": commands}))
        assert r.status_code == 207, r.text[:300]
        assert [x["status"] for x in r.json()["results"]] == [422, 201]  # one bad command sinks only itself

        answered = 0
        for path, ops in openapi_document()["paths"].items():
            concrete = path.format(**PATH_VALUES)
            for method in ops:
                r = requests.request(method.upper(), api.url + concrete, data="{}", timeout=1,
                                     headers={**api.h("PP"), "Idempotency-Key": str(uuid.uuid4()),
                                              "Content-Type": "application/json"})
                assert r.status_code < 500, (method, path, r.status_code, r.text[:200])
                answered += 1
        assert answered >= 20 and requests.get(f"{api.url}/health", timeout=1).status_code == 200
    finally:
        srv.stop()  # only this process: the session's database stays
        if srv.proc.stderr:
            srv.proc.stderr.close()
