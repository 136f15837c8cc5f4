"""What an action records on the order is what every PC pulls back (#12.4, #12.6, #12.2–3): the receipt with the
day goods arrived, the BAST number the PPK signed, the payment with each tax and its collector."""

from __future__ import annotations

import datetime as dt

from desktop.domain.numbering import document_number
from tests.server.conftest import OPD
from tests.server.flows import body_for, drive


def test_receipt_bast_and_payment_records_come_back_as_sent(api):
    order = drive(api, api.new_order(), "DALAM_PENGIRIMAN")
    record = {"date": "2026-11-24", "arrived_on": "2026-11-24", "deadline": "2026-11-20", "late_working_days": 2,
              "fungsi_ok": True, "jumlah_ok": True, "waktu_ok": False, "received": {}, "notes": "terlambat",
              "complete": True, "by": "someone-else"}
    r = api.act(order["id"], "receive", "PPK", base_version=order["version"], payload={"receipt": record})
    assert r.status_code == 200, r.text
    receipt = r.json()["receipt"]
    assert receipt["arrived_on"] == "2026-11-24" and receipt["late_working_days"] == 2
    assert receipt["waktu_ok"] is False and receipt["by"] != "someone-else"  # who acted is the server's word
    # a BAST number in the OPD's template must come from a block leased to the signing PC (#12.1)
    block = api.http.post(f"{api.url}/v1/numbers/blocks", headers=api.h("PPK"), json={
        "opd_id": OPD, "year": 2026, "doc_type": "BAST", "size": 1, "device_id": "pc-records"}).json()
    bast_number = document_number(OPD, "BAST", block["start"], dt.date(2026, 11, 25))
    r = api.act(order["id"], "sign_bast", "PPK", base_version=r.json()["version"],
                payload={"bast_number": bast_number, "bast_date": "2026-11-25", "device_id": "pc-records"})
    assert r.status_code == 200, r.text
    assert r.json()["bast"]["number"] == bast_number
    assert r.json()["bast"]["date"] == "2026-11-25"
    order = r.json()
    for action, role in (("request_payment", "PPTK"), ("authorize_payment", "PA_KPA")):
        order = api.act(order["id"], action, role, **body_for(action, order)).json()
    total = order["total"]
    taxes = [{"code": "PPN", "label": "PPN", "base": 1, "amount": 7, "collector": "PENYEDIA"},
             {"code": "PPH22", "label": "PPh 22", "base": 1, "amount": 3, "collector": "BENDAHARA"}]
    payload = {"method": "TRANSFER", "amount": total, "date": "2026-11-26", "bku_number": "0457",
               "taxes": taxes, "net": total - 3, "collected_by_others": 7,
               "deposits": [{"code": "PPH22", "amount": 3, "date": "2026-11-26", "ntpn": "NTPN0001"}]}
    r = api.act(order["id"], "mark_paid", "BENDAHARA", base_version=order["version"], payload=payload)
    assert r.status_code == 200, r.text
    payment = r.json()["payment"]
    assert payment["taxes"] == taxes and payment["net"] == total - 3 and payment["date"] == "2026-11-26"
    assert payment["deposits"][0]["ntpn"] == "NTPN0001" and payment["authorized_by"]
    bad = {**payload, "net": total}
    order2 = drive(api, api.new_order(), "MENUNGGU_BAYAR+AUTH")
    r = api.act(order2["id"], "mark_paid", "BENDAHARA", base_version=order2["version"], payload=bad)
    assert r.status_code == 422 and "bersih" in r.json()["detail"]
