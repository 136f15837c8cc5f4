"""PaymentService: tax breakdown with explanations (DOMAIN.md §5.2 worked examples), what-if, payment request,
PA/KPA authorisation, recording the payment — and the segregation-of-duties refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.services.approvals import ReceiptInput
from desktop.services.order_view import WorkflowError
from desktop.services.payments import PaymentInput
from sync.protocol.states import Action, OrderState
from tests.services.workflow_world import NOW


def to_bast(w, product_id=1001, qty=200, marketplace=None):
    order = w.draft(product_id, qty)
    if marketplace:
        w.orders.update_fields(order.id, marketplace=marketplace)
    w.orders.submit(order.id)
    w.login("ppk")
    w.approvals.approve(order.id)
    w.login("pp")
    for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        w.orders.advance_delivery(order.id, action)
    w.login("ppk")
    w.approvals.record_receipt(order.id, ReceiptInput(NOW.date(), True, True, True, {}))
    w.approvals.sign_bast(order.id, NOW.date(), "021/BAST/2026")
    return order


def to_authorized(w, **kwargs):
    """An order at BAST whose payment the Bendahara asked for and the PA/KPA authorised; the Bendahara logged in."""
    order = to_bast(w, **kwargs)
    w.login("bendahara")
    w.payments.request_payment(order.id)
    w.login("pa")
    w.payments.authorize(order.id)
    w.login("bendahara")
    return order


def test_example_a_pkp_seller_bendahara_collects(w):
    order = to_bast(w, 1001, 200)  # 200 × 55.500 = Rp11.100.000 incl. PPN
    w.login("bendahara")
    t = w.payments.taxes(order.id)
    assert (t.gross, t.dpp, t.dpp_nilai_lain, t.ppn, t.pph, t.net) == (
        11_100_000, 10_000_000, 9_166_667, 1_100_000, 150_000, 9_850_000)
    assert t.meterai == 10_000  # kuitansi above Rp10 juta: meterai even for toko daring
    assert t.collector == "BENDAHARA" and "Bendahara memungut" in t.collector_text
    assert "Pasal 22" in t.pph_label
    assert any("100/" in e.formula for e in t.explanations)
    assert all(e.legal_basis for e in t.explanations)


def test_example_c_non_pkp_seller_what_if_npwp_and_suket(w):
    # UD Batik Lestari: non-PKP, has NIK and Suket PP 55 → 0,5% final.
    order = w.draft(2001, 10)  # 10 × 350.000 = Rp3.500.000
    w.login("bendahara")
    t = w.payments.taxes(order.id)
    assert t.ppn == 0 and t.pph == 17_500
    variants = w.payments.what_if(order.id)
    assert set(variants) == {"sekarang", "tanpa NPWP", "tanpa Suket PP 55"}
    assert variants["tanpa Suket PP 55"].pph == 52_500  # 1,5% PPh 22
    assert variants["tanpa NPWP"].pph == 105_000  # 3% without NPWP
    assert w.payments.taxes(order.id, seller_has_npwp=False).pph == 105_000


def test_example_d_catering_no_ppn(w):
    order = w.draft(3001, 100)  # 100 × 25.000 = Rp2.500.000, seller without NPWP
    w.login("bendahara")
    t = w.payments.taxes(order.id)
    assert t.ppn == 0
    assert set(w.payments.what_if(order.id)) == {"sekarang", "dengan NPWP", "dengan Suket PP 55"}


def test_example_e_marketplace_collects(w):
    order = w.draft(1001, 200)
    w.orders.update_fields(order.id, marketplace="MBIZ")
    w.login("bendahara")
    t = w.payments.taxes(order.id)
    assert t.collector == "PIHAK_LAIN"
    assert t.net == 11_100_000  # the bendahara pays the full invoice
    assert "Lokapasar" in t.collector_text


def test_request_authorize_and_record_payment(w):
    order = to_bast(w)
    w.login("bendahara")
    assert w.payments.request_payment(order.id).state is OrderState.MENUNGGU_BAYAR
    with pytest.raises(WorkflowError) as e:  # PA/KPA consent first (DOMAIN.md §2 rule 4)
        w.payments.record_payment(order.id, PaymentInput("UP_TUNAI", NOW.date(), "BKU-0457"))
    assert e.value.code == "invalid_transition" and "PA/KPA" in e.value.message
    w.login("pa")
    authorized = w.payments.authorize(order.id)
    assert authorized.state is OrderState.MENUNGGU_BAYAR and authorized.payment["authorized_by"] == "14"
    w.login("bendahara")
    assert [o.id for o in w.payments.queue()] == [order.id]
    with pytest.raises(WorkflowError) as e:
        w.payments.record_payment(order.id, PaymentInput("UP_TUNAI", NOW.date(), " "))
    assert e.value.code == "bku_required"
    with pytest.raises(WorkflowError) as e:
        w.payments.record_payment(order.id, PaymentInput("CEK", NOW.date(), "BKU-0457"))
    assert e.value.code == "bad_method"
    with pytest.raises(WorkflowError) as e:
        w.payments.record_payment(order.id, PaymentInput("UP_TUNAI", dt.date(2026, 11, 20), "BKU-0457"))
    assert e.value.code == "paid_before_bast"
    paid = w.payments.record_payment(order.id, PaymentInput("TRANSFER", NOW.date(), "BKU-0457"))
    assert paid.state is OrderState.DIBAYAR
    assert paid.payment["amount"] == 11_100_000 and paid.payment["net"] == 9_850_000
    assert [t["code"] for t in paid.payment["taxes"]] == ["PPN", "PPH22"]
    with w.store.unit_of_work(readonly=True) as uow:
        body = json.loads(uow.outbox.for_order(order.id)[-1].body)
    assert body["action"] == "mark_paid"
    payload = body["payload"]
    assert {k: payload[k] for k in ("method", "amount", "date", "bku_number", "net", "collected_by_others")} == {
        "method": "TRANSFER", "amount": 11_100_000, "date": "2026-11-23", "bku_number": "BKU-0457",
        "net": 9_850_000, "collected_by_others": 0}
    assert [(t["code"], t["amount"], t["collector"]) for t in payload["taxes"]] == [
        ("PPN", 1_100_000, "BENDAHARA"), ("PPH22", 150_000, "BENDAHARA")]
    assert payload["deposits"] == [] and paid.payment["taxes"] == payload["taxes"]


def test_the_ppk_who_approved_cannot_pay(w):
    order = to_authorized(w)
    w.login("ppk")
    assert Action.MARK_PAID not in w.payments.allowed_actions(order.id)
    with pytest.raises(WorkflowError) as e:
        w.payments.record_payment(order.id, PaymentInput("UP_TUNAI", NOW.date(), "BKU-1"))
    assert e.value.code == "forbidden_role"


def test_collector_codes_read_as_labels_in_formulas():
    from desktop.services.payments import collector_label, readable_formula

    assert readable_formula("1,5% × 100 = 1,5 → 2 (dipungut PIHAK_LAIN)") == \
        "1,5% × 100 = 1,5 → 2 (dipungut Lokapasar (PMK 58/2022))"
    assert readable_formula("dipungut BENDAHARA") == "dipungut Bendahara"
    assert collector_label("PENYEDIA") == "Penyedia" and collector_label("X") == "X"


def pay(w, order, **extra):
    w.login("bendahara")
    w.payments.request_payment(order.id)
    w.login("pa")
    w.payments.authorize(order.id)
    w.login("bendahara")
    return w.payments.record_payment(order.id, PaymentInput("TRANSFER", NOW.date(), "0457", **extra))


def test_pkp_payment_up_to_two_million_records_ppn_as_the_sellers(w):
    """#12.2: the PPN the Bendahara does not collect is recorded as the seller's, not as withheld."""
    order = to_bast(w, 1001, 10)  # 10 × 55.500 = Rp555.000 from a PKP seller
    paid = pay(w, order)
    p = paid.payment
    assert (p["amount"], p["net"], p["collected_by_others"]) == (555_000, 555_000, 55_000)
    assert [(t["code"], t["collector"]) for t in p["taxes"]] == [("PPN", "PENYEDIA")]


def test_pph23_on_catering_through_a_pmk58_marketplace_stays_in_the_record(w):
    """#12.3: MBiz collects under PMK 58/2022, but PPh 23 on catering is the Bendahara's: recorded as withheld."""
    with w.store.unit_of_work() as uow:
        from tests.services.workflow_world import provider_row
        uow.catalog.upsert_providers([provider_row(103, "CV Dapur Rapat", "Darmi", "badan_usaha", None, None, False,
                                                   False, "MBIZ", version=2)])
    order = to_bast(w, 3001, 100, marketplace="MBIZ")  # Rp2.500.000, no NPWP → PPh 23 4 %
    paid = pay(w, order, ntpn={"PPH23": "0a1b 2c3d 4e5f 6a7b"})
    p = paid.payment
    assert p["collector"] == "PIHAK_LAIN" and p["net"] == 2_400_000
    assert [(t["code"], t["amount"], t["collector"]) for t in p["taxes"]] == [("PPH23", 100_000, "BENDAHARA")]
    assert p["deposits"] == [{"code": "PPH23", "amount": 100_000, "date": "2026-11-23", "ntpn": "0A1B2C3D4E5F6A7B"}]


def test_individual_caterer_pays_pph21_not_pph23(w):
    """#20: Katering Bu Darmi (perorangan, no NPWP/NIK): PPh 21 bukan pegawai, 20 % higher — Rp75.000."""
    order = to_bast(w, 3001, 100)
    w.login("bendahara")
    t = w.payments.taxes(order.id)
    assert (t.pph, t.net, t.pph_label) == (75_000, 2_425_000, "PPh Pasal 21 bukan pegawai (6%)")
    assert any("PMK 168/2023" in e.legal_basis for e in t.explanations)
    formulas = " ".join(e.formula for e in t.explanations)
    assert "dipotong Bendahara" in formulas and "BENDAHARA" not in formulas
    assert {k: v.pph for k, v in w.payments.what_if(order.id).items()} == {
        "sekarang": 75_000, "dengan NPWP": 62_500, "dengan Suket PP 55": 12_500}
    paid = pay(w, order)
    assert [(x["code"], x["amount"], x["collector"]) for x in paid.payment["taxes"]] == [
        ("PPH21", 75_000, "BENDAHARA")]


def test_deposits_need_a_real_ntpn_for_a_withheld_tax(w):
    order = to_bast(w)
    with pytest.raises(WorkflowError) as e:
        pay(w, order, ntpn={"PPN": "123"})
    assert e.value.code == "ntpn_invalid" and "16 huruf/angka" in e.value.message
    with pytest.raises(WorkflowError) as e:
        w.payments.record_payment(order.id, PaymentInput("TRANSFER", NOW.date(), "0457", ntpn={"PPH23": "X" * 16}))
    assert e.value.code == "deposit_unknown_tax"
    paid = w.payments.record_payment(order.id, PaymentInput(
        "TRANSFER", NOW.date(), "0457", ntpn={"PPN": "1111222233334444", "PPH22": "5555666677778888"}))
    assert [(d["code"], d["amount"]) for d in paid.payment["deposits"]] == [("PPN", 1_100_000), ("PPH22", 150_000)]


def test_pkp_seller_without_npwp_is_refused_on_the_desk(w):
    with w.store.unit_of_work() as uow:
        from tests.services.workflow_world import provider_row
        uow.catalog.upsert_providers([provider_row(101, "CV Sinar Jaya Abadi", "Agus", "badan_usaha", None, None, True,
                                                   False, "GRATIS_ONGKIR", version=2)])
    order = w.draft(1001, 10)
    w.login("bendahara")
    with pytest.raises(WorkflowError) as e:
        w.payments.taxes(order.id)
    assert e.value.code == "pkp_without_npwp" and "NPWP" in e.value.message
