"""Issue 15: hostile input never yields a 5xx. The probe (tests/server/hostile.py) sends every class —
lone surrogates, integers ≥ 2^63, deep nesting, 10 MB bodies, impossible dates — to every body field and query
parameter; a property run adds random hostile values. Both run on SQLite and PostgreSQL (the `live` fixture)."""

from __future__ import annotations

import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.protocol.catalog import encode_cursor
from tests.server.flows import body_for, drive
from tests.server.hostile import CLASSES, Probe


def test_every_hostile_class_is_refused_without_a_5xx(api):
    tally = Probe(api).run()
    print(tally.table())
    assert all(tally.sent[c] > 0 for c in CLASSES)
    assert sum(tally.server_errors.values()) == 0, tally.examples
    assert sum(tally.dropped.values()) == 0, tally.examples
    assert tally.accepted["bad_date"] == 0, tally.examples  # 2026-02-30 and friends are refused everywhere


def test_impossible_dates_huge_cursors_and_offsets_are_4xx(api):
    r = api.put(str(uuid.uuid4()), api.draft(api.products(), delivery_date="2026-02-30"))
    assert r.status_code == 422 and "delivery_date" in r.json()["detail"]
    order = drive(api, api.new_order(), "DITERIMA")
    r = api.act(order["id"], "sign_bast", "PPK", **{**body_for("sign_bast", order), "payload": {"date": "2026-02-30"}})
    assert r.status_code == 422 and "payload.date" in r.json()["detail"]
    for path in ("/v1/orders/changes", "/v1/catalog/changes"):
        for cursor in (encode_cursor(0, 2**63), encode_cursor(2**63, 0), encode_cursor(1, 10**30)):
            r = api.http.get(f"{api.url}{path}", params={"since": cursor}, headers=api.h("PP"))
            assert r.status_code in (410, 422), (path, cursor, r.status_code)
    for name in ("orders", "never-sold"):
        r = api.http.get(f"{api.url}/v1/stats/{name}", params={"offset": str(2**63)}, headers=api.h("PP"))
        assert r.status_code == 422, (name, r.text[:200])
    assert api.http.get(f"{api.url}/v1/stats/orders", params={"month": "2026-13"},
                        headers=api.h("PP")).status_code == 422


HOSTILE_TEXT = st.one_of(st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
                         st.text(max_size=5).map(lambda t: t + "\udc80"))
HOSTILE = st.one_of(HOSTILE_TEXT, st.integers(min_value=2**63, max_value=2**80),
                    st.integers(max_value=-(2**63) - 1, min_value=-(2**80)),
                    st.recursive(st.none() | HOSTILE_TEXT | st.integers(),
                                 lambda kids: st.lists(kids, max_size=3) | st.dictionaries(HOSTILE_TEXT, kids, max_size=3),
                                 max_leaves=20))
FIELDS = ["opd_id", "provider_id", "marketplace", "kode_rup", "sub_kegiatan", "kode_rekening", "delivery_address",
          "delivery_date", "shipping", "notes", "lines.id", "lines.product_id", "lines.product_version", "lines.name",
          "lines.unit", "lines.qty", "lines.unit_price"]


def test_property_hostile_values_in_any_draft_field(api):
    base = api.draft(api.products())
    url = f"{api.url}/v1/orders"

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(field=st.sampled_from(FIELDS), value=HOSTILE, batch=st.booleans())
    def check(field, value, batch):
        body = json.loads(json.dumps(base))
        if field.startswith("lines."):
            body["lines"][0][field[6:]] = value
        else:
            body[field] = value
        oid = str(uuid.uuid4())
        if batch:
            cmd = {"id": str(uuid.uuid4()), "method": "PUT", "path": f"/v1/orders/{oid}",
                   "headers": {"If-None-Match": "*"}, "body": body}
            r = api.http.post(f"{api.url}/v1/commands:batch", data=json.dumps({"commands": [cmd]}),
                              headers=api.h("PP", **{"Content-Type": "application/json"}))
            assert r.status_code == 207 and r.json()["results"][0]["status"] < 500, r.text[:300]
        else:
            r = api.http.put(f"{url}/{oid}", data=json.dumps(body),
                             headers=api.h("PP", **{"Idempotency-Key": str(uuid.uuid4()), "If-None-Match": "*",
                                                    "Content-Type": "application/json"}))
            assert r.status_code < 500, (field, r.status_code, r.text[:300])

    check()
