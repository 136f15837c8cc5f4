"""#12.9: a line's name, unit and unit price come from the catalog product version the order quotes. The server
checks them on every draft write and at submit/approval; each wrong line is refused by name (422, details)."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select, update

from sync.server.catalog.feed import apply_change_set
from sync.server.storage import models as m
from sync.server.storage.db import make_engine
from tests.server.flows import body_for, drive


@pytest.fixture(scope="module")
def engine(live):
    eng = make_engine(live.db_url, pool_size=1)
    yield eng
    eng.dispose()


def change_product(engine, row: dict, **changes) -> None:
    content = {k: v for k, v in row.items() if k not in ("t", "version", "seq")}
    apply_change_set(engine, [], [{**content, "delisted_reason": None, **changes}])


def refused(r, *codes: str) -> list[dict]:
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["code"] == "validation_error"
    assert sorted(d["code"] for d in problem["details"]) == sorted(codes), problem
    return list(problem["details"])


def test_free_text_name_unit_or_price_is_refused_per_line(api):
    body = api.draft(api.products(2, skip=7))
    line = body["lines"][0]
    details = refused(api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "name": "Laptop Gaming"},
                                                                     body["lines"][1]]}), "name_mismatch")
    assert details[0]["line_id"] == line["id"]
    refused(api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "unit": "unit"}]}), "unit_mismatch")
    cheaper = refused(api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "unit_price": line["unit_price"] - 1}]}),
                      "price_mismatch")
    assert cheaper[0]["quoted"] == line["unit_price"] - 1 and cheaper[0]["current"] == line["unit_price"]
    r = api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "name": "x", "unit": "y"}]})
    assert "nama, satuan" in r.json()["detail"] and "katalog" in r.json()["detail"]
    assert api.put(str(uuid.uuid4()), body).status_code == 201  # as quoted: accepted


def test_unknown_versions_and_other_sellers_products(api):
    mine, theirs = api.products(1, skip=8), api.products(1, skip=9)
    body = api.draft(mine)
    line = body["lines"][0]
    refused(api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "product_version": line["product_version"] + 5}]}),
            "version_unknown")
    foreign = api.draft(theirs)["lines"][0]
    refused(api.put(str(uuid.uuid4()), {**body, "lines": [line, foreign]}), "product_unknown")
    refused(api.put(str(uuid.uuid4()), {**body, "lines": [{**line, "product_id": 10**12}]}), "product_unknown")


def test_an_older_version_says_what_it_said_then(api, engine):
    """The catalog moves on (renamed and repriced): a draft quoting the old version with its old text is fine;
    quoting the new version with the old text is not. Submit then asks the price question (409)."""
    row = api.products(1, skip=10)[0]
    old = api.draft([row])
    change_product(engine, row, name=row["name"] + " (baru)", price=row["price"] + 700)
    try:
        oid = str(uuid.uuid4())
        assert api.put(oid, old).status_code == 201
        newer = {**old["lines"][0], "id": str(uuid.uuid4()), "product_version": row["version"] + 1}
        refused(api.put(str(uuid.uuid4()), {**old, "lines": [newer]}), "name_mismatch", "price_mismatch")
        fixed = {**newer, "name": row["name"] + " (baru)", "unit_price": row["price"] + 700}
        assert api.put(str(uuid.uuid4()), {**old, "lines": [fixed]}).status_code == 201
        r = api.act(oid, "submit", "PP")
        assert r.status_code == 409 and r.json()["code"] == "price_changed"
    finally:
        change_product(engine, row)  # as it was (a newer version with the original text)


def _rewrite_line_name(engine, order_id: str, name: str) -> str:
    """What an order written before #12.9 may hold: a free-text name the server never checked. Returns the old
    name (the test puts it back: the shared server's audit verify compares rows with their events)."""
    with engine.begin() as conn:
        doc = json.loads(conn.execute(select(m.orders.c.doc).where(m.orders.c.id == order_id)).scalar_one())
        old, doc["lines"][0]["name"] = doc["lines"][0]["name"], name
        conn.execute(update(m.orders).where(m.orders.c.id == order_id).values(doc=json.dumps(doc)))
    return str(old)


def test_submit_and_approval_check_the_stored_lines_too(api, engine):
    draft = api.new_order()
    old = _rewrite_line_name(engine, draft["id"], "Laptop Gaming")
    try:
        refused(api.act(draft["id"], "submit", "PP", base_version=draft["version"]), "name_mismatch")
    finally:
        _rewrite_line_name(engine, draft["id"], old)
    waiting = drive(api, api.new_order(), "DIAJUKAN")
    old = _rewrite_line_name(engine, waiting["id"], "Laptop Gaming")
    try:
        waiting["lines"][0]["name"] = "Laptop Gaming"
        r = api.act(waiting["id"], "approve", "PPK", **body_for("approve", waiting))
        details = refused(r, "name_mismatch")
        assert details[0]["line_id"] == waiting["lines"][0]["id"]
        assert r.json()["current_order"]["state"] == "DIAJUKAN"
    finally:
        _rewrite_line_name(engine, waiting["id"], old)


def test_versions_superseded_before_the_server_kept_history(api, engine):
    """Migration 0009 starts the history: a line quoting an older, unrecorded version is checked on name and unit
    against today's row (its price is then checked at submit)."""
    from sqlalchemy import delete

    row = api.products(1, skip=11)[0]
    change_product(engine, row, price=row["price"] + 100)
    try:
        with engine.begin() as conn:
            conn.execute(delete(m.product_version).where(m.product_version.c.product_id == row["id"]))
        line = api.draft([row])["lines"][0]  # quotes the version before the change, now unrecorded
        body = {**api.draft([row]), "lines": [{**line, "unit_price": 1}]}
        assert api.put(str(uuid.uuid4()), body).status_code == 201
        renamed = {**body, "lines": [{**line, "id": str(uuid.uuid4()), "name": "Laptop Gaming"}]}
        refused(api.put(str(uuid.uuid4()), renamed), "name_mismatch")
    finally:
        change_product(engine, row)
