"""Order business rules over HTTP: visibility per OPD, versions, prices as of server time, cap, SoD."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.domain.numbering import read_document_number
from sync.server.catalog.feed import apply_change_set
from sync.server.storage.db import make_engine
from tests.server.conftest import OPD, OTHER_OPD
from tests.server.flows import body_for, drive


@pytest.fixture(scope="module")
def engine(live):
    eng = make_engine(live.db_url, pool_size=1)
    yield eng
    eng.dispose()


def change_product(engine, row: dict, **changes) -> None:
    content = {k: v for k, v in row.items() if k not in ("t", "version", "seq")}
    apply_change_set(engine, [], [{**content, "delisted_reason": None, **changes}])


def test_other_opd_cannot_read_edit_or_act(api):
    order = api.new_order()
    oid = order["id"]
    # another OPD's order is answered exactly like an id that does not exist (issue 15: 403 vs 404 leaked ids)
    unknown = str(uuid.uuid4())
    for target in (oid, unknown):
        got = api.get(target, "PP", OTHER_OPD)
        assert got.status_code == 404 and got.json()["detail"] == "Pesanan tidak ditemukan."
        acted = api.act(target, "submit", "PP", OTHER_OPD)
        assert acted.status_code == 404 and acted.json()["code"] == "not_found" and "current_order" not in acted.json()
        r = api.put(target, api.draft(api.products(), opd=OTHER_OPD), "PP", OTHER_OPD, if_match=1)
        assert r.status_code == 412 and r.json()["detail"] == "Pesanan yang akan diubah tidak ada di server."
    assert api.put(oid, api.draft(api.products(), opd=OTHER_OPD), "PP", OTHER_OPD).status_code == 412
    # drafting for another OPD than your own is refused too
    r = api.put(str(uuid.uuid4()), api.draft(api.products(), opd=OTHER_OPD), "PP", OPD)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    feed = api.http.get(f"{api.url}/v1/orders/changes", headers=api.h("PP", OTHER_OPD)).json()
    assert oid not in {o["id"] for o in feed["orders"]}
    # admin provinsi reads everything but cannot act
    assert api.get(oid, "ADMIN_PROVINSI").status_code == 200
    assert oid in all_orders(api, "ADMIN_PROVINSI")
    assert api.act(oid, "submit", "ADMIN_PROVINSI").status_code == 403


def test_optimistic_versions_on_drafts(api):
    order = api.new_order()
    oid = order["id"]
    body = api.draft(api.products(), notes="versi 2")
    assert api.put(oid, body, if_match=1).status_code == 200
    stale = api.put(oid, api.draft(api.products(), notes="basi"), if_match=1)
    assert stale.status_code == 412
    problem = stale.json()
    assert problem["code"] == "version_conflict" and problem["server_version"] == 2
    assert problem["current_order"]["notes"] == "versi 2"
    again = api.put(oid, body)  # If-None-Match: * on an existing order
    assert again.status_code == 412
    r = api.http.put(f"{api.url}/v1/orders/{oid}", json=body,
                     headers=api.h("PP", **{"Idempotency-Key": str(uuid.uuid4())}))
    assert r.status_code == 428 and r.json()["code"] == "precondition_required"
    r = api.http.put(f"{api.url}/v1/orders/{oid}", json=body,
                     headers=api.h("PP", **{"Idempotency-Key": str(uuid.uuid4()), "If-Match": "v2"}))
    assert r.status_code == 400


def test_submitted_order_is_not_editable_and_bendahara_never_edits(api):
    order = drive(api, api.new_order(), "DIAJUKAN")
    r = api.put(order["id"], api.draft(api.products()), if_match=order["version"])
    assert r.status_code == 409 and r.json()["code"] == "not_editable"
    r = api.put(order["id"], api.draft(api.products()), role="BENDAHARA", if_match=order["version"])
    assert r.status_code == 403


def test_rejected_order_returns_to_draft_when_edited(api):
    order = drive(api, api.new_order(), "DITOLAK")
    assert order["reasons"][0]["reason"].startswith("Alasan uji")
    r = api.put(order["id"], api.draft(api.products(), notes="diperbaiki"), if_match=order["version"])
    assert r.status_code == 200 and r.json()["state"] == "DRAFT"


def test_price_change_and_delisting_are_detected_on_submit(api, engine):
    prods = api.products(2, skip=3)
    order = api.new_order()
    oid = str(uuid.uuid4())
    body = api.draft(prods)
    assert api.put(oid, body).status_code == 201
    change_product(engine, prods[0], price=prods[0]["price"] + 500)
    r = api.act(oid, "submit", "PP")
    assert r.status_code == 409
    p = r.json()
    assert p["code"] == "price_changed" and p["current_order"]["state"] == "DRAFT"
    assert p["details"] == [{"line_id": body["lines"][0]["id"], "code": "price_changed", "quoted": prods[0]["price"],
                             "current": prods[0]["price"] + 500}]
    change_product(engine, prods[1], status="delisted")
    p = api.act(oid, "submit", "PP").json()
    assert p["code"] == "product_unavailable"
    assert {d["code"] for d in p["details"]} == {"price_changed", "product_unavailable"}
    # restore so other tests see the catalog as it was
    change_product(engine, prods[0])
    change_product(engine, prods[1])
    assert api.act(oid, "submit", "PP").status_code == 200
    assert order["state"] == "DRAFT"


def test_stale_approval_and_approval_locks_prices(api, engine):
    order = drive(api, api.new_order(), "DIAJUKAN")
    r = api.act(order["id"], "approve", "PPK", content_hash="0" * 64, base_version=order["version"])
    assert r.status_code == 409 and r.json()["code"] == "stale_approval"
    r = api.act(order["id"], "approve", "PPK", base_version=order["version"])  # no hash at all
    assert r.status_code == 422
    approved = api.act(order["id"], "approve", "PPK", **body_for("approve", order)).json()
    assert approved["state"] == "DISETUJUI"
    # the server's own number is printed by the one formatter (#12.1), dated in the approval
    sp_date = dt.date.fromisoformat(approved["approval"]["sp_date"])
    assert read_document_number(OPD, "SP", approved["number"], sp_date) >= 1
    assert approved["approval"]["content_hash"] == body_for("approve", order)["content_hash"]
    line = approved["lines"][0]
    row = next(r for r in api._rows if r.get("id") == line["product_id"] and r["t"] == "product")
    change_product(engine, row, price=row["price"] + 1000)
    shipped = api.act(order["id"], "send_to_seller", "PP", base_version=approved["version"])
    assert shipped.status_code == 200 and shipped.json()["lines"][0]["unit_price"] == line["unit_price"]
    change_product(engine, row)


def test_price_change_between_submit_and_approve(api, engine):
    prods = api.products(2, skip=5)
    oid = str(uuid.uuid4())
    body = api.draft(prods)
    assert api.put(oid, body).status_code == 201
    order = api.act(oid, "submit", "PP").json()
    change_product(engine, prods[1], price=prods[1]["price"] - 100)  # even a decrease needs a human
    r = api.act(oid, "approve", "PPK", **body_for("approve", order))
    assert r.status_code == 409 and r.json()["code"] == "price_changed"
    assert r.json()["details"][0]["line_id"] == body["lines"][1]["id"] and r.json()["current_order"]["state"] == "DIAJUKAN"
    change_product(engine, prods[1])
    assert api.act(oid, "approve", "PPK", **body_for("approve", order)).status_code == 200


def test_marketplace_cap_on_submit(api):
    prods = api.products(1)
    qty = 50_000_000 // prods[0]["price"] + 1
    oid = str(uuid.uuid4())
    assert api.put(oid, api.draft(prods, qty=qty)).status_code == 201
    r = api.act(oid, "submit", "PP")
    assert r.status_code == 422 and r.json()["code"] == "cap_exceeded"
    assert "e-katalog lokal" in r.json()["detail"]
    oid2 = str(uuid.uuid4())
    assert api.put(oid2, api.draft(prods, qty=qty, marketplace="EKATALOG_LOKAL")).status_code == 201
    assert api.act(oid2, "submit", "PP").status_code == 200


def test_creator_ppk_cannot_approve_and_payment_amount_must_match(api):
    oid = str(uuid.uuid4())
    assert api.put(oid, api.draft(api.products()), role="PPK").status_code == 201
    order = api.act(oid, "submit", "PPK").json()
    r = api.act(oid, "approve", "PPK", **body_for("approve", order))
    assert r.status_code == 403 and r.json()["code"] == "forbidden_role"
    paid = drive(api, api.new_order(), "MENUNGGU_BAYAR+AUTH")
    r = api.act(paid["id"], "mark_paid", "BENDAHARA", payload={"method": "TRANSFER", "amount": paid["total"] - 1})
    assert r.status_code == 422


def test_detail_has_events_and_etag(api):
    order = drive(api, api.new_order(), "DISETUJUI")
    r = api.get(order["id"])
    assert r.headers["etag"] == f'"v{order["version"]}"'
    events = r.json()["events"]
    assert [e["action"] for e in events] == ["create", "submit", "approve"]
    assert [e["to_state"] for e in events] == ["DRAFT", "DIAJUKAN", "DISETUJUI"]
    assert all(len(e["hash"]) == 64 and e["at"].endswith("Z") for e in events)
    again = api.http.get(f"{api.url}/v1/orders/{order['id']}", headers=api.h("PP", **{"If-None-Match": r.headers["etag"]}))
    assert again.status_code == 304


def all_orders(api, role: str, opd: str = OPD, limit: int = 25) -> dict:
    seen, cursor = {}, None
    while True:
        q = f"?limit={limit}&since={cursor}" if cursor else f"?limit={limit}"
        page = api.http.get(f"{api.url}/v1/orders/changes{q}", headers=api.h(role, opd)).json()
        for o in page["orders"]:
            seen[o["id"]] = o
        cursor = page["next"]
        if not page["has_more"]:
            return seen


def test_orders_changes_feed_pages(api):
    ids = {api.new_order()["id"] for _ in range(3)}
    seen = all_orders(api, "PPK")
    assert ids <= set(seen) and all(o["opd_id"] == OPD for o in seen.values())
