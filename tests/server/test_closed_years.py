"""Tutup buku on the server (#17): the OPD's Bendahara closes a fiscal year; every command dated in it is then
refused 409 year_closed (in Indonesian), commands dated in the next year go on; numbering restarts per year."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from sync.protocol.messages import Order
from sync.protocol.orders import content_hash
from sync.server.orders.numbers import legal_today
from tests.server.conftest import OPD, OTHER_OPD


@pytest.fixture(scope="module")
def opd(live: Any) -> str:
    """An OPD no other test uses: closing a year must not disturb theirs."""
    used = {OPD, OTHER_OPD}
    return sorted({a["opd_id"] for a in live.accounts if a["opd_id"] and a["opd_id"] not in used})[-1]


def _act(api: Any, opd: str, order: dict[str, Any], action: str, role: str, **fields: Any) -> Any:
    return api.act(order["id"], action, role, opd=opd, base_version=order["version"], **fields)


def _ok(r: Any) -> dict[str, Any]:
    assert r.status_code == 200, r.text
    return dict(r.json())


def _submitted(api: Any, opd: str) -> dict[str, Any]:
    oid = str(uuid.uuid4())
    r = api.put(oid, api.draft(api.products(2), opd=opd), opd=opd)
    assert r.status_code == 201, r.text
    return _ok(_act(api, opd, r.json(), "submit", "PP"))


def _approve(api: Any, opd: str, order: dict[str, Any], day: dt.date) -> Any:
    return _act(api, opd, order, "approve", "PPK", content_hash=content_hash(Order.from_dict(order)),
                payload={"sp_date": day.isoformat()})


def _close(api: Any, opd: str, year: int, role: str = "BENDAHARA", body_opd: str | None = None,
           **extra: Any) -> Any:
    body = {"opd_id": body_opd or opd, "year": year, "closed_on": f"{year}-12-31", "bku_closing_balance": 250_000,
            "up_returned": 250_000, "up_return_date": f"{year}-12-31", "up_return_reference": "STS-07", **extra}
    return api.http.post(f"{api.url}/v1/closings", json=body, headers=api.h(role, opd), timeout=30)


def _block(api: Any, opd: str, year: int) -> Any:
    return api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK", opd),
                         json={"opd_id": opd, "year": year, "doc_type": "BAST", "size": 2, "device_id": "pc-1"},
                         timeout=30)


def test_closing_a_year_refuses_commands_dated_in_it(api: Any, opd: str) -> None:
    this_year = legal_today().year
    last_year = this_year - 1
    # numbering restarts per year: the first block of each year starts at 1
    assert _block(api, opd, last_year).json()["start"] == 1
    assert _block(api, opd, this_year).json()["start"] == 1
    waiting = _submitted(api, opd)

    assert _close(api, opd, last_year, role="PPK").status_code == 403  # only the Bendahara closes
    assert _close(api, opd, last_year, body_opd=OTHER_OPD).status_code == 403  # … of the OPD itself
    assert _close(api, opd, this_year + 1).status_code == 422  # a year that has not begun
    r = _close(api, opd, last_year, carried=[waiting["id"]])
    assert r.status_code == 201, r.text
    closed = r.json()
    assert closed["year"] == last_year and closed["carried"] == [waiting["id"]] and closed["up_returned"] == 250_000
    assert closed["closed_by_name"]
    again = _close(api, opd, last_year, up_returned=0)  # a resend, or another PC of the OPD: the same closing
    assert again.status_code == 200 and again.json() == closed
    listed = api.http.get(f"{api.url}/v1/closings", headers=api.h("PP", opd), timeout=30).json()["closings"]
    assert listed == [closed]

    # an approval dated in the closed year: 409 year_closed, in Indonesian, the order as the server holds it
    r = _approve(api, opd, waiting, dt.date(last_year, 12, 30))
    assert r.status_code == 409, r.text
    problem = r.json()
    assert problem["code"] == "year_closed" and problem["order_id"] == waiting["id"]
    assert f"Tahun anggaran {last_year} sudah ditutup" in problem["detail"]
    assert problem["current_order"]["state"] == "DIAJUKAN"
    # no command recorded on a device in the closed year either (no record date: the device's day counts)
    r = _act(api, opd, waiting, "reject", "PPK", client_recorded_at=f"{last_year}-12-31T09:00:00Z",
             payload={"reason": "Alasan uji penolakan"})
    assert r.status_code == 409 and r.json()["code"] == "year_closed"
    assert _block(api, opd, last_year).status_code == 409  # no new numbers for the closed year

    # the carried-over order goes on with this year's dates
    approved = _ok(_approve(api, opd, waiting, legal_today()))
    assert approved["state"] == "DISETUJUI" and approved["number"].endswith(str(this_year))
    # drafts carry no book date: still written
    assert api.put(str(uuid.uuid4()), api.draft(api.products(2), opd=opd), opd=opd).status_code == 201


def test_closing_a_year_never_touches_another_opd(api: Any, opd: str) -> None:
    last_year = legal_today().year - 1
    assert _close(api, opd, last_year).status_code in (200, 201)
    listed = api.http.get(f"{api.url}/v1/closings", headers=api.h("PP", OTHER_OPD), timeout=30).json()
    assert all(c["opd_id"] == OTHER_OPD for c in listed["closings"])
    assert _block(api, OTHER_OPD, last_year).status_code == 201


@pytest.fixture(scope="module")
def opd2(live: Any, opd: str) -> str:
    used = {OPD, OTHER_OPD, opd}
    return sorted({a["opd_id"] for a in live.accounts if a["opd_id"] and a["opd_id"] not in used})[-1]


def test_the_closing_cancels_what_the_bendahara_cancelled_all_or_nothing(api: Any, opd2: str) -> None:
    last_year = legal_today().year - 1
    approved = _ok(_approve(api, opd2, _submitted(api, opd2), legal_today()))
    shipped = approved
    for action in ("send_to_seller", "seller_confirm", "ship"):
        shipped = _ok(_act(api, opd2, shipped, action, "PP"))
    fresh = _ok(_approve(api, opd2, _submitted(api, opd2), legal_today()))
    # the seller already has one of them: the whole closing is refused, nothing cancelled, the year stays open
    r = _close(api, opd2, last_year, cancelled=[fresh["id"], shipped["id"]],
               cancel_reasons={fresh["id"]: "Anggaran dialihkan", shipped["id"]: "Tidak jadi dipakai"})
    assert r.status_code == 409 and r.json()["code"] == "invalid_transition", r.text
    assert "bawa ke tahun berikutnya" in r.json()["detail"]
    assert api.get(fresh["id"], opd=opd2).json()["order"]["state"] == "DISETUJUI"
    listed = api.http.get(f"{api.url}/v1/closings", headers=api.h("PP", opd2), timeout=30).json()["closings"]
    assert listed == []
    # a cancellation without its reason is not a closing
    r = _close(api, opd2, last_year, cancelled=[fresh["id"]])
    assert r.status_code == 422
    r = _close(api, opd2, last_year, cancelled=[fresh["id"]], carried=[shipped["id"]],
               cancel_reasons={fresh["id"]: "Anggaran dialihkan ke kegiatan lain"})
    assert r.status_code == 201, r.text
    detail = api.get(fresh["id"], opd=opd2).json()
    order, last = detail["order"], detail["events"][-1]
    assert order["state"] == "DIBATALKAN" and order["version"] == fresh["version"] + 1
    assert order["reasons"][-1]["reason"] == f"Tutup buku {last_year}: Anggaran dialihkan ke kegiatan lain"
    assert last["action"] == "cancel" and last["role"] == "BENDAHARA"
    assert api.get(shipped["id"], opd=opd2).json()["order"]["state"] == "DALAM_PENGIRIMAN"


@pytest.fixture(scope="module")
def opd3(live: Any, opd: str, opd2: str) -> str:
    used = {OPD, OTHER_OPD, opd, opd2}
    return sorted({a["opd_id"] for a in live.accounts if a["opd_id"] and a["opd_id"] not in used})[-1]


def test_the_date_the_server_stamps_counts_too(api: Any, opd3: str) -> None:
    today = legal_today()
    order = _ok(_approve(api, opd3, _submitted(api, opd3), today))
    for action in ("send_to_seller", "seller_confirm", "ship"):
        order = _ok(_act(api, opd3, order, action, "PP"))
    order = _ok(_act(api, opd3, order, "receive", "PPK", payload={"date": today.isoformat()}))
    assert _close(api, opd3, today.year, carried=[order["id"]], closed_on=today.isoformat(),
                  up_return_date=today.isoformat()).status_code == 201
    # no BAST date asked for: the server would stamp today's — in the closed year
    r = _act(api, opd3, order, "sign_bast", "PPK", payload={})
    assert r.status_code == 409 and r.json()["code"] == "year_closed", r.text
    assert api.get(order["id"], opd=opd3).json()["order"]["state"] == "DITERIMA"
