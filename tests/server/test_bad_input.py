"""Bad input never yields a 5xx: malformed JSON, wrong types, unknown fields, huge bodies, SQL/FTS metacharacters,
and schemathesis-generated requests against the committed OpenAPI document."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from sync.server.api.openapi import openapi_document

ROOT = Path(__file__).resolve().parents[2]
NASTY = ["' OR 1=1 --", '"; DROP TABLE orders; --', "kopi* OR beras NEAR(x)", '"unterminated', "\\", "%_",
         "💥" * 50, "\u202e", "<script>alert(1)</script>", "a" * 999, "nul\x00byte"]


def put_raw(api, data: bytes, **headers):
    h = api.h("PP", **{"Idempotency-Key": str(uuid.uuid4()), "If-None-Match": "*",
                       "Content-Type": "application/json", **headers})
    return api.http.put(f"{api.url}/v1/orders/{uuid.uuid4()}", data=data, headers=h)


def assert_problem(r, status: int | None = None):
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:500])
    if status:
        assert r.status_code == status, r.text[:500]
    if r.status_code != 413 or r.content:
        body = r.json()
        assert r.headers["content-type"].startswith("application/problem+json")
        assert body["title"] and body["detail"] and body["code"]


@pytest.mark.parametrize("data", [b"{", b"null", b"[]", b"\xff\xfe", b"NaN", b'{"a": Infinity}', b"",
                                  b"[" * 100_000 + b"]" * 100_000])
def test_malformed_json(api, data):
    assert_problem(put_raw(api, data))


def test_wrong_types_and_unknown_fields(api):
    base = api.draft(api.products())
    for bad in ({**base, "shipping": "15000"}, {**base, "lines": "x"}, {**base, "provider_id": 1.5},
                {**base, "is_admin": True}, {**base, "lines": [{**base["lines"][0], "qty": -1}]},
                {**base, "provider_id": 10**30}, {**base, "lines": [{**base["lines"][0], "unit_price": 2**70}]}):
        r = put_raw(api, json.dumps(bad).encode())
        assert_problem(r, 422)
    r = api.act(str(uuid.uuid4()), "fly", "PP")
    assert_problem(r, 422)
    r = api.http.post(f"{api.url}/v1/orders/{uuid.uuid4()}/transitions",
                      json={"action": "submit", "base_version": "1"}, headers=api.h("PP", **{"Idempotency-Key": "k"}))
    assert_problem(r, 422)
    assert_problem(api.http.get(f"{api.url}/v1/orders/not-a-uuid", headers=api.h("PP")), 422)
    assert_problem(api.http.get(f"{api.url}/v1/catalog/changes?limit=abc", headers=api.h("PP")), 422)
    assert_problem(api.http.get(f"{api.url}/v1/catalog/changes?limit=999999", headers=api.h("PP")), 422)
    assert_problem(api.http.get(f"{api.url}/v1/nope", headers=api.h("PP")), 404)


def test_huge_bodies_are_413(api):
    big = json.dumps({"notes": "x" * 2_000_000}).encode()
    assert_problem(put_raw(api, big), 413)

    def chunks():
        for _ in range(40):
            yield b" " * 100_000

    r = api.http.put(f"{api.url}/v1/orders/{uuid.uuid4()}", data=chunks(),
                     headers=api.h("PP", **{"Idempotency-Key": "big", "If-None-Match": "*"}))
    assert r.status_code == 413


def test_metacharacters_in_every_string_field(api):
    base = api.draft(api.products())
    string_fields = ["kode_rup", "sub_kegiatan", "kode_rekening", "delivery_address", "notes"]
    for text in NASTY:
        body = {**base, **{f: text for f in string_fields},
                "lines": [{**ln, "id": str(uuid.uuid4())} for ln in base["lines"][:1]]}
        r = put_raw(api, json.dumps(body).encode())
        assert r.status_code in (201, 422), (text, r.status_code, r.text[:300])
        if r.status_code == 201:
            assert r.json()["notes"] == text  # stored literally, never interpreted
        # a line's name and unit are the catalog's (#12.9): any other text is refused, whatever it holds
        lines = [{**ln, "name": text, "unit": text[:50], "id": str(uuid.uuid4())} for ln in base["lines"][:1]]
        r = put_raw(api, json.dumps({**base, "lines": lines}).encode())
        assert r.status_code == 422, (text, r.status_code, r.text[:300])
        for q in (f"/v1/catalog/changes?since={text}", f"/v1/orders/changes?since={text}"):
            assert_problem(api.http.get(api.url + q, headers=api.h("PP")))
        r = requests.post(f"{api.url}/v1/auth/token", json={"grant_type": "password", "username": text,
                                                             "password": text})
        assert 400 <= r.status_code < 500
        r = api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PP"),
                          json={"opd_id": text, "year": 2026, "doc_type": "SP", "number": 1, "reason": text})
        assert_problem(r)


def test_committed_openapi_is_current():
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    current = json.loads(json.dumps(openapi_document()))

    def core(doc: dict) -> dict:
        # /v1/stats/* belongs to the stats part and may move under it; the sync contract must match exactly.
        return {**doc, "paths": {p: v for p, v in doc["paths"].items() if not p.startswith("/v1/stats/")}}

    assert core(committed) == core(current), "run `blangkon-server openapi`"


def test_schemathesis_never_5xx(live, api):
    """Bounded property run over every operation of the OpenAPI document (negative and positive data)."""
    schema = schemathesis.openapi.from_dict(openapi_document())
    auth = api.h("PP")
    ran = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=10, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(base_url=live.url, headers={**auth, **(case.headers or {})},
                                   checks=[not_a_server_error])

        check()
        ran += 1
    assert ran >= 10


def test_overlong_fields_are_422_not_database_errors(api):
    order = api.new_order()
    for body in ({"action": "submit", "base_version": 1, "client_recorded_at": "2026-11-23T10:00:00+07:00" * 10},
                 {"action": "submit", "base_version": 1, "content_hash": "a" * 65},
                 {"action": "reject", "base_version": 1, "payload": {"reason": "x" * 20_000}}):
        r = api.http.post(f"{api.url}/v1/orders/{order['id']}/transitions", json=body,
                          headers=api.h("PP", **{"Idempotency-Key": str(uuid.uuid4())}))
        assert_problem(r, 422)
    r = requests.post(f"{api.url}/v1/auth/token", json={"grant_type": "password", "username": "u", "password": "p",
                                                         "device_id": "d" * 500})
    assert_problem(r, 422)
    r = api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK"),
                      json={"opd_id": "33.00-DINKES", "year": 2026, "doc_type": "SP", "size": 1, "device_id": "d" * 500})
    assert_problem(r, 422)


@pytest.mark.parametrize(("body", "refused"), [
    (b'{"a": "\\ud800"}', True), (b'{"a": "x\\uDFFFy"}', True), (b'{"\\udabc": 1}', True),
    (b'{"a": ["ok", {"b": "\\ud83d"}]}', True),
    (b'{"a": "\\ud83d\\ude00"}', False),  # a valid pair is one character
    (b'{"a": "\\\\ud800"}', False),  # an escaped backslash: the text is \ud800 as six characters
    ('{"a": "😀 é"}'.encode(), False), (b'{"a": "\\u00e9\\ud7ff\\ue000"}', False)])
def test_lone_surrogates_are_found_by_their_escape(body, refused):
    """parse_json walks the decoded value only when the body holds a \\uD800–\\uDFFF escape: the only way a
    strictly decoded JSON text can carry a surrogate."""
    from sync.protocol import ProtocolError
    from sync.server.api.web import parse_json

    if refused:
        with pytest.raises(ProtocolError, match="surrogate"):
            parse_json(body)
    else:
        assert parse_json(body) == json.loads(body)
