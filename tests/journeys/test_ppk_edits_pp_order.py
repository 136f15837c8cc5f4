"""(g) At the Dinas Koperasi dan UKM the Pejabat Pengadaan drafts an order for 2 packs of folders; the PPK opens
the draft and makes it 40 (Rp2.500.000: PPh 22 1,5 %), then submits it. Whoever changes an order's content is one
of its makers, and a maker may not approve it (DESIGN "Rules decided", #12.8): the window must not let this PPK
approve, it must say why, and the server must refuse him too. A second PPK of the OPD approves; the SP, BAST and
kuitansi then carry the quantity the PPK set, and every paper is checked (checks.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import requests

from tests.journeys.catalog import ITEMS
from tests.journeys.checks import *  # noqa: F403  (the invariant tests, parametrized by CASES)
from tests.journeys.story import (
    Journey,
    Purchase,
    after_sync,
    bendahara_pays_prints_and_closes,
    payment_requested_and_authorized,
    ppk_approves_and_prints_sp,
    ppk_follows_delivery_and_signs_bast,
)
from tests.sync.kit import ServerView

OPD = "33.00-DINKOPUKM"
CASES = ["g"]
EDITED = replace(ITEMS["g"], qty=40)  # what every paper must say once the PPK has edited the order
KNOWN: dict[str, dict[str, str]] = {}  # known defects (tests.journeys.defects) → strict xfail


@pytest.fixture(scope="module")
def journey(office_for, live) -> Journey:
    office = office_for(OPD)
    j = Journey(office, [Purchase(EDITED, bku="0801")])
    p = j.purchases[0]
    office.login("PP")
    p.order_id = office.pp_orders(ITEMS["g"])  # 2 packs
    office.sync()
    office.login("PPK")
    office.edit_qty(p.order_id, EDITED.qty)
    office.submit(p.order_id)
    j.notes["editor_may_approve"], j.notes["inbox_says"] = office.can_approve(p.order_id)
    office.sync()
    j.notes["server_refuses_the_editor"] = approve_over_http(live, p.order_id)
    office.login("PPK", index=1)  # the OPD's second PPK
    ppk_approves_and_prints_sp(j, login=False)
    ppk_follows_delivery_and_signs_bast(j)
    payment_requested_and_authorized(j)
    bendahara_pays_prints_and_closes(j)
    after_sync(j)
    return j


def approve_over_http(live, order_id: str) -> requests.Response:
    """The editing PPK tries to approve through the API (as a modified client could), with a content hash that
    cannot match: the server checks who may approve before it checks the hash, so a maker gets 403
    forbidden_role, anyone else 409 stale_approval — and the order is left as it was either way."""
    order = ServerView(live).order(order_id)
    return requests.post(f"{live.url}/v1/orders/{order_id}/transitions", timeout=30,
                         headers={**live.headers("PPK", opd_id=OPD), "Idempotency-Key": f"sod-{order_id}"},
                         json={"action": "approve", "base_version": order["version"], "content_hash": "0" * 64,
                               "payload": {}})


def test_the_ppk_who_edited_cannot_approve(journey):
    assert journey.notes["editor_may_approve"] is False, "the approve button is enabled for the PPK who edited"


def test_the_inbox_says_why(journey):
    assert "PPK lain" in journey.notes["inbox_says"], journey.notes["inbox_says"]


def test_the_server_refuses_the_editor(journey):
    answer = journey.notes["server_refuses_the_editor"]
    assert answer.status_code == 403 and answer.json().get("code") == "forbidden_role", answer.text


def test_the_papers_carry_the_edited_quantity(journey):
    p = journey.purchase("g")
    for (kind, phase), doc in p.printed.items():
        if kind in ("sp", "bast"):
            assert " 40 " in doc.text and "pak" in doc.text, f"{kind} ({phase}) does not show 40 pak"
    assert p.server["lines"][0]["qty"] == 40 and p.server["total"] == EDITED.total


def test_the_history_names_the_ppk_as_editor(journey):
    rows = journey.purchase("g").history["rows"]
    assert any(r[3] == "Mengubah jumlah" and r[2] == "Pejabat Pembuat Komitmen" for r in rows), rows
