"""The order commands' lean ASGI route (sync/server/api/lean.py) answers exactly as their FastAPI routes: the same
requests sent with the lean route on and off (`app.lean = None`) get the same status, headers and body — errors,
limits, replays and the batch included — and the OpenAPI document still describes the three endpoints."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sync.server.api.lean import CommandThreads
from sync.server.app import create_app
from sync.server.settings import Settings
from tests.server.seeded import seeded

# headers that differ between two answers for reasons of their own
_VARIABLE = {"date", "server", "content-length", "etag"}


def _draft(opd: str, products: list[Any]) -> dict[str, Any]:
    return {"opd_id": opd, "provider_id": products[0].provider_id, "marketplace": "MBIZ", "kode_rup": "B",
            "sub_kegiatan": "1", "kode_rekening": "5", "delivery_address": "Jl", "delivery_date": None,
            "shipping": 0, "notes": "", "lines": [
                {"id": str(uuid.uuid4()), "product_id": p.id, "product_version": p.version, "name": p.name,
                 "unit": p.unit, "qty": 1, "unit_price": p.price} for p in products]}


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[dict[str, Any]]:
    accounts, products, opd = seeded(db_url, seed=5, lines=2)
    app = create_app(Settings(db_url=db_url, data_dir=tmp_path, expire_interval_s=0, max_body_bytes=64_000))
    with TestClient(app) as client:
        def login(role: str) -> dict[str, str]:
            acc = next(a for a in accounts if a["role"] == role and a["opd_id"] == opd)
            tok = client.post("/v1/auth/token", json={"grant_type": "password", "username": acc["username"],
                                                      "password": acc["password"]}).json()["access_token"]
            return {"Authorization": f"Bearer {tok}"}

        yield {"app": app, "client": client, "pp": login("PP"), "ppk": login("PPK"), "opd": opd,
               "products": products}


_TIME = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?")


def _answer(r: Any, ids: list[str]) -> tuple[int, dict[str, str], Any]:
    """Status, headers and body of an answer with this run's own ids and times replaced (two runs make two
    orders)."""
    text = _TIME.sub("<time>", r.text)
    for n, value in enumerate(ids):
        text = text.replace(value, f"<id{n}>")
    try:
        body: Any = json.loads(text) if text else None
    except ValueError:
        body = text
    return r.status_code, {k: v for k, v in r.headers.items() if k not in _VARIABLE}, body


def _scenario(w: dict[str, Any]) -> list[tuple[Any, ...]]:
    """One pass of requests through the app as it stands; answers normalised for comparison."""
    c, pp, ppk = w["client"], w["pp"], w["ppk"]
    oid, key, key2, key3, key4 = (str(uuid.uuid4()) for _ in range(5))
    draft = _draft(w["opd"], w["products"])
    ids = [oid, key, key2, key3, key4, *(line["id"] for line in draft["lines"])]
    out = []

    def put(body: Any, headers: dict[str, str], path: str = f"/v1/orders/{oid}", **kw: Any) -> None:
        data = kw.pop("content", None)
        r = c.put(path, content=data if data is not None else json.dumps(body).encode(), headers=headers, **kw)
        out.append(_answer(r, ids))

    def post(path: str, body: Any, headers: dict[str, str], content: Any = None) -> None:
        r = c.post(path, content=content if content is not None else json.dumps(body).encode(), headers=headers)
        out.append(_answer(r, ids))

    create = {**pp, "Idempotency-Key": key, "If-None-Match": "*"}
    put(draft, {"Idempotency-Key": key, "If-None-Match": "*"})  # no token
    put(draft, {"Authorization": "Bearer x.y", "Idempotency-Key": key, "If-None-Match": "*"})  # bad token
    put(draft, {**pp, "Authorization": "Basic abc"})
    put(draft, {**pp, "Idempotency-Key": key})  # no precondition
    put(draft, {**pp, "Idempotency-Key": key, "If-Match": "v1"})  # malformed If-Match
    put(draft, {**pp, "If-None-Match": "*"})  # no Idempotency-Key
    put(draft, create, path="/v1/orders/bukan-uuid")
    put(draft, create, path="/v1/orders/changes")
    put(None, create, content=b"{")
    put(None, create, content=b"")
    put(None, create, content=b'{"a": NaN}')
    put(None, create, content=json.dumps({**draft, "notes": "\ud800"}).encode())
    put(None, create, content=b"x" * 70_000)  # declared length over the limit
    put(None, create, content=iter([b"[" * 40_000, b"]" * 40_000]))  # streamed (chunked) over the limit
    put({**draft, "shipping": "15000"}, create)
    put(draft, create)  # 201
    put(draft, create)  # the same command again: replayed
    put({**draft, "notes": "lain"}, create)  # the same key, another body
    post(f"/v1/orders/{oid}/transitions", {"action": "submit", "base_version": 1}, {**pp, "Idempotency-Key": key2})
    post(f"/v1/orders/{oid}/transitions", {"action": "submit", "base_version": 1}, {**pp, "Idempotency-Key": key2})
    post(f"/v1/orders/{oid}/transitions", {"action": "approve", "base_version": 1},
         {**ppk, "Idempotency-Key": key3 + "-stale"})  # stale version
    post(f"/v1/orders/{oid}/transitions", {"action": "fly", "base_version": 2}, {**pp, "Idempotency-Key": key3})
    post("/v1/orders/bukan-uuid/transitions", {"action": "submit", "base_version": 1}, {**pp, "Idempotency-Key": key4})
    post(f"/v1/orders/{oid}/transitions", None, {**pp, "Idempotency-Key": key4}, content=b"[]")
    batch = [{"id": key4, "method": "POST", "path": f"/v1/orders/{oid}/transitions",
              "body": {"action": "cancel", "base_version": 2}},
             {"id": "x", "method": "DELETE", "path": "/v1/orders", "body": {}}, "bukan perintah",
             {"id": "\ud800", "method": "POST", "path": "/v1/numbers/void", "body": {"a": "\udfff"}}]
    post("/v1/commands:batch", {"commands": batch}, pp)
    post("/v1/commands:batch", {"commands": []}, {})
    post("/v1/commands:batch", {"cmds": []}, pp)
    post("/v1/commands:batch", {"commands": [{}] * 51}, pp)
    post("/v1/commands:batch", None, pp, content=b"\xff\xfe")
    post("/v1/commands:batch", None, pp, content=b"x" * 70_000)
    detail = c.get(f"/v1/orders/{oid}", headers=pp).json()  # what the pass left behind (not its chain hashes)
    out.append((detail["order"]["state"], detail["order"]["version"], [e["action"] for e in detail["events"]]))
    return out


def test_lean_route_answers_as_the_fastapi_routes(world: dict[str, Any]) -> None:
    app = world["app"]
    assert app.lean is not None
    lean = _scenario(world)
    app.lean = None  # every request through FastAPI again
    framework = _scenario(world)
    assert [a[0] for a in lean] == [a[0] for a in framework]
    for n, (ours, theirs) in enumerate(zip(lean, framework, strict=True)):
        assert ours == theirs, f"request {n}: lean {ours} != framework {theirs}"
    statuses = [a[0] for a in lean[:-1]]
    assert statuses[:3] == [401, 401, 401] and 413 in statuses and 201 in statuses and 207 in statuses
    assert all(s < 500 for s in statuses)


def test_an_unexpected_failure_is_one_500_problem_and_one_log_record(world: dict[str, Any], caplog) -> None:
    """A real failure under the command (the accounts table gone: the account check fails outside the idempotency
    record, which answers database trouble as 'busy, retry') is answered as CrashGuard answers it."""
    app, c = world["app"], world["client"]
    headers = {**world["pp"], "Idempotency-Key": str(uuid.uuid4()), "If-None-Match": "*"}
    draft = _draft(world["opd"], world["products"])
    with app.state.ctx.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE app_user RENAME TO app_user_gone")
    answers = []
    for lean in (app.lean, None):
        app.lean = lean
        with caplog.at_level(logging.ERROR, logger="blangkon.server"):
            caplog.clear()
            r = c.put(f"/v1/orders/{uuid.uuid4()}", json=draft, headers=headers)
            logged = [rec for rec in caplog.records if "unhandled error" in rec.getMessage()]
        assert r.status_code == 500 and r.json()["code"] == "internal_error", r.text
        assert r.headers["content-type"].startswith("application/problem+json") and len(logged) == 1
        answers.append((r.json(), {k: v for k, v in r.headers.items() if k not in _VARIABLE}))
    assert answers[0] == answers[1]


def test_the_openapi_document_still_describes_the_command_endpoints(world: dict[str, Any]) -> None:
    paths = world["client"].get("/openapi.json").json()["paths"]
    assert "requestBody" in paths["/v1/orders/{order_id}"]["put"]
    assert "requestBody" in paths["/v1/orders/{order_id}/transitions"]["post"]
    assert paths["/v1/commands:batch"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "required"] == ["commands"]


def test_command_threads_answer_each_loop_and_carry_failures() -> None:
    threads = CommandThreads(size=2)

    def work(x: int) -> tuple[int, str]:
        if x < 0:
            raise ValueError("negatif")
        return x * 2, threading.current_thread().name

    async def many() -> list[Any]:
        return await asyncio.gather(*(threads.run(work, i) for i in range(20)))

    for _ in range(2):  # a second event loop (TestClient makes one per client) is served as well
        results = asyncio.run(many())
        assert [r[0] for r in results] == [2 * i for i in range(20)]
        assert {r[1] for r in results} <= {"blangkon-command-0", "blangkon-command-1"}
    with pytest.raises(ValueError, match="negatif"):
        asyncio.run(threads.run(work, -1))
    assert asyncio.run(threads.run(work, 3))[0] == 6  # the thread that failed still serves
