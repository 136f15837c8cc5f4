"""#17: acting officials through the real server. The PPK goes on leave; the Admin OPD records a Plh from the
letter; the delegation syncs down; the Plh approves offline on their own PC and the SP prints
"Plh. Pejabat Pembuat Komitmen" with the Plh's own name and NIP; the server accepts it and its records and audit
trail name the delegation. Overlapping and expired letters are refused with a clear message, separation of
duties still holds (the Plh cannot approve an order they made), and a revoked delegation no longer counts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import requests

from sync.protocol.messages import Order as WireOrder
from sync.protocol.orders import content_hash
from sync.server import clock
from tests.e2e.desks import OPD, add_officer, cheap_products, pdf_text
from tests.server.live import start_server
from tests.sync.kit import ServerView

LETTER = "800.1.3/0457/2026"
NIP = "19850312 201001 2 004"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=300, seed=18)
    yield srv
    srv.stop()


def post(live: Any, path: str, body: dict[str, Any] | None = None, role: str = "ADMIN_OPD") -> requests.Response:
    return requests.post(f"{live.url}{path}", json=body, timeout=30,
                         headers={**live.headers(role, OPD), "Idempotency-Key": str(uuid.uuid4())})


def letter(delegate: str, ppk: str, start: dt.date, end: dt.date, **over: Any) -> dict[str, Any]:
    return {"role": "PPK", "kind": "PLH", "delegate": delegate, "for_user": ppk, "starts_on": start.isoformat(),
            "ends_on": end.isoformat(), "letter_number": LETTER, "letter_date": start.isoformat(),
            "delegate_nip": NIP, **over}


def test_a_plh_ppk_approves_and_signs(live, make_desk):
    view = ServerView(live)
    today = clock.legal_today()
    ppk = live.account("PPK", OPD)
    plh = add_officer(live, "dewi.lestari", "PP", "Dewi Lestari, S.Kom.")  # a second PP acts as PPK

    r = post(live, "/v1/delegations", letter(plh["username"], ppk["username"], today, today + dt.timedelta(days=4)))
    assert r.status_code == 201, r.text
    delegation = r.json()
    assert delegation["delegate_name"] == "Dewi Lestari, S.Kom." and delegation["kind"] == "PLH"

    # the same PPK cannot have two Plh at once; a letter that already ended is not recorded
    again = post(live, "/v1/delegations", letter(plh["username"], ppk["username"], today + dt.timedelta(days=2),
                                                 today + dt.timedelta(days=9)))
    assert again.status_code == 409 and again.json()["code"] == "delegation_conflict"
    assert "Tumpang tindih dengan Plh. Pejabat Pembuat Komitmen Dewi Lestari" in again.json()["detail"]
    old = post(live, "/v1/delegations", letter(plh["username"], ppk["username"], today - dt.timedelta(days=9),
                                               today - dt.timedelta(days=2)))
    assert old.status_code == 422 and "sudah berakhir" in old.json()["detail"]
    assert post(live, "/v1/delegations", letter(plh["username"], ppk["username"], today, today),
                role="PP").status_code == 403  # only the Admin OPD records letters
    listed = live.cli_inproc("delegations", "list", "--opd", OPD)
    assert listed.returncode == 0 and LETTER in listed.stdout and "Dewi Lestari" in listed.stdout

    pc = make_desk("pp-pc")  # the PP submits as usual
    pc.login("pp", live.account("PP", OPD))
    pc.sync("pp")
    pc.as_("pp")
    (product,) = cheap_products(pc)
    draft = pc.draft_ready(product.id)
    pc.orders.submit(draft.id)
    assert pc.sync("pp").outbox.rejected == 0

    laptop = make_desk("plh-laptop")  # the Plh's own PC: the delegation arrives with the sync
    laptop.login("plh", plh)
    report = laptop.sync("plh")
    assert report.delegations == 1
    laptop.as_("plh")
    assert draft.id in [item.order.id for item in laptop.approvals.inbox()]  # the PPK's queue, while the letter runs
    approved = laptop.approvals.approve(draft.id)  # offline, in the Plh's own name
    assert approved.number
    text = pdf_text(laptop.documents.render(draft.id, "sp").pdf)
    assert "Plh. Pejabat Pembuat Komitmen" in text and "Dewi Lestari, S.Kom." in text and f"NIP. {NIP}" in text

    assert laptop.sync("plh").outbox.rejected == 0
    server = view.order(draft.id)
    assert server["state"] == "DISETUJUI" and server["number"] == approved.number
    acting = server["approval"]["acting"]
    assert (server["approval"]["by_name"], server["approval"]["role"]) == ("Dewi Lestari, S.Kom.", "PPK")
    assert (acting["kind"], acting["letter_number"], acting["delegation_id"], acting["title"]) == \
        ("PLH", LETTER, delegation["id"], "Plh. Pejabat Pembuat Komitmen")
    event = view.events(draft.id)[-1]
    assert (event["action"], event["role"], event["payload"]["acting"]["letter_number"]) == ("approve", "PPK", LETTER)
    steps = [e for e in laptop.orders.timeline(draft.id) if e.action == "approve"]
    assert steps and steps[-1].role == "Plh. Pejabat Pembuat Komitmen" and LETTER in steps[-1].note, steps
    pc.sync("pp")  # another PC prints the same acting title from the server's record
    pc.as_("pp")
    other = pdf_text(pc.documents.render(draft.id, "sp").pdf)
    assert "Plh. Pejabat Pembuat Komitmen" in other and "Dewi Lestari, S.Kom." in other

    # separation of duties still holds: the Plh's own order needs another PPK
    laptop.sync("plh")
    own = laptop.draft_ready(product.id)
    laptop.orders.submit(own.id)
    assert laptop.sync("plh").outbox.rejected == 0
    with pytest.raises(Exception, match="tidak boleh menyetujuinya sendiri"):
        laptop.approvals.approve(own.id)
    mine = view.order(own.id)
    token = live.login(plh["username"], plh["password"])["access_token"]
    refused = requests.post(f"{live.url}/v1/orders/{own.id}/transitions", timeout=30,
                            json={"action": "approve", "base_version": mine["version"],
                                  "content_hash": content_hash(WireOrder.from_dict(mine))},
                            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())})
    assert refused.status_code == 403 and "tidak boleh menyetujuinya sendiri" in refused.json()["detail"]

    # revoked: the Plh is a PP again, on the server and, after the next sync, on the PC
    assert live.cli_inproc("delegations", "revoke", delegation["id"]).returncode == 0
    laptop.sync("plh")
    laptop.as_("plh")
    with pytest.raises(Exception, match="hanya boleh dilakukan oleh"):
        laptop.approvals.approve(own.id)
    assert laptop.approvals.inbox() == []  # the queue went with the letter
    again = requests.post(f"{live.url}/v1/orders/{own.id}/transitions", timeout=30,
                          json={"action": "approve", "base_version": mine["version"],
                                "content_hash": content_hash(WireOrder.from_dict(mine))},
                          headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())})
    assert again.status_code == 403 and "hanya boleh dilakukan oleh" in again.json()["detail"]
