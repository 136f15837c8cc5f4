"""#12.1 on the server: a number printed offline from a block leased to the device is final and stored as is;
anything else is a typed number_conflict, never a new number in its place. Numbers the server issues itself are
printed by the same formatter (desktop.domain.numbering)."""

from __future__ import annotations

from typing import Any

from desktop.domain.numbering import document_number
from sync.server.orders.numbers import legal_today
from tests.server.conftest import OPD
from tests.server.flows import body_for, drive


def _block(api: Any, device: str, doc_type: str = "SP", size: int = 3) -> dict[str, Any]:
    today = legal_today()
    r = api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK"),
                      json={"opd_id": OPD, "year": today.year, "doc_type": doc_type, "size": size,
                            "device_id": device})
    assert r.status_code == 201, r.text
    return dict(r.json())


def _approve(api: Any, order: dict[str, Any], number: str | None, device: str | None, day: str | None = None):
    payload = {k: v for k, v in {"sp_number": number, "sp_date": day or legal_today().isoformat(),
                                 "device_id": device}.items() if v is not None}
    return api.act(order["id"], "approve", "PPK", **body_for("approve", order), payload=payload)


def test_offline_number_leased_to_the_device_is_final(api):
    block = _block(api, "pc-ppk-1")
    text = document_number(OPD, "SP", block["start"], legal_today())
    order = drive(api, api.new_order(), "DIAJUKAN")
    r = _approve(api, order, text, "pc-ppk-1")
    assert r.status_code == 200, r.text
    approved = r.json()
    assert approved["number"] == text == approved["approval"]["sp_number"]  # not renumbered
    assert approved["approval"]["sp_date"] == legal_today().isoformat()
    assert api.get(order["id"]).json()["order"]["number"] == text


def test_every_other_number_is_a_typed_conflict_and_the_order_waits(api):
    mine, theirs = _block(api, "pc-a"), _block(api, "pc-b")
    today = legal_today()
    used = document_number(OPD, "SP", mine["start"], today)
    assert _approve(api, drive(api, api.new_order(), "DIAJUKAN"), used, "pc-a").status_code == 200
    cases = {
        "already used": (used, "pc-a"),
        "leased to another device": (document_number(OPD, "SP", theirs["start"], today), "pc-a"),
        "never leased": (document_number(OPD, "SP", 10**7, today), "pc-a"),
        "old server format": (f"{mine['start'] + 1:04d}/SP/{OPD}/{today.year}", "pc-a"),
        "no device named": (document_number(OPD, "SP", mine["start"] + 1, today), None),
    }
    for why, (text, device) in cases.items():
        order = drive(api, api.new_order(), "DIAJUKAN")
        r = _approve(api, order, text, device)
        assert r.status_code == 409 and r.json()["code"] == "number_conflict", (why, r.text)
        problem = r.json()
        assert text in problem["detail"] and problem["current_order"]["state"] == "DIAJUKAN", why
        assert api.get(order["id"]).json()["order"]["number"] is None, why


def test_a_voided_number_is_refused_and_a_held_number_cannot_be_voided(api):
    block = _block(api, "pc-v")
    today = legal_today()
    void = {"opd_id": OPD, "year": today.year, "doc_type": "SP", "number": block["start"], "reason": "SP batal"}
    assert api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PPK"), json=void).status_code == 200
    order = drive(api, api.new_order(), "DIAJUKAN")
    r = _approve(api, order, document_number(OPD, "SP", block["start"], today), "pc-v")
    assert r.status_code == 409 and r.json()["code"] == "number_conflict" and "BATAL" in r.json()["detail"]
    held = document_number(OPD, "SP", block["start"] + 1, today)
    assert _approve(api, order, held, "pc-v").status_code == 200
    r = api.http.post(f"{api.url}/v1/numbers/void", headers=api.h("PPK"), json={**void, "number": block["start"] + 1})
    assert r.status_code == 409 and r.json()["code"] == "number_conflict"


def test_without_a_number_the_server_counter_issues_one_in_the_same_format(api):
    order = drive(api, api.new_order(), "DIAJUKAN")
    r = _approve(api, order, None, None)
    assert r.status_code == 200, r.text
    number = r.json()["number"]
    assert number.startswith("000.3/") and f"/SP/{OPD.split('-')[-1]}/" in number


def test_bast_number_from_the_block_is_kept_and_a_typed_one_stays_as_typed(api):
    block = _block(api, "pc-bast", doc_type="BAST")
    today = legal_today()
    order = drive(api, api.new_order(), "DITERIMA")
    text = document_number(OPD, "BAST", block["start"], today)
    r = api.act(order["id"], "sign_bast", "PPK", base_version=order["version"],
                payload={"bast_number": text, "bast_date": today.isoformat(), "device_id": "pc-bast"})
    assert r.status_code == 200, r.text
    assert r.json()["bast"]["number"] == text and r.json()["bast"]["date"] == today.isoformat()
    typed = drive(api, api.new_order(), "DITERIMA")
    r = api.act(typed["id"], "sign_bast", "PPK", base_version=typed["version"],
                payload={"bast_number": "027/BAST/DINKES/2026", "bast_date": today.isoformat()})
    assert r.status_code == 200 and r.json()["bast"]["number"] == "027/BAST/DINKES/2026"
