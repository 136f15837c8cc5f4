"""DocumentService: store orders + settings → desktop.documents → PDF bytes (checked with pypdf), DRAF before the
order reaches the official state, SALINAN on any copy after the first recorded print; BKU and tax book."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.services.order_view import WorkflowError
from desktop.services.payments import PaymentInput
from tests.services.test_payments import to_bast
from tests.services.workflow_world import NOW


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_draft_sp_is_marked_draft_and_uses_settings_kop(w):
    with w.store.unit_of_work() as uow:
        uow.settings.set("document_header", {"pemda": "PEMERINTAH PROVINSI JAWA TENGAH",
                                             "opd_name": "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
                                             "address": "Jl. Sidodadi Timur No. 14 Semarang 50241"})
    order = w.draft()
    assert w.documents.available(order.id) == ["sp"]
    doc = w.documents.render(order.id, "sp")
    assert doc.pdf.startswith(b"%PDF") and not doc.official and not doc.reprint
    text = text_of(doc.pdf)
    assert "DINAS KOPERASI DAN USAHA KECIL MENENGAH" in text
    assert "Kertas HVS A4 80 gram" in text
    assert "CV Sinar Jaya Abadi" in text
    with pytest.raises(WorkflowError) as e:
        w.documents.render(order.id, "bast")
    assert e.value.code == "not_yet"


def test_official_sp_then_salinan_after_first_print(w):
    order = w.draft()
    w.orders.submit(order.id)
    w.login("ppk")
    approved = w.approvals.approve(order.id)
    first = w.documents.render(order.id, "sp")
    assert first.official and not first.reprint
    assert approved.number in text_of(first.pdf)
    assert "Budi Santoso" in text_of(first.pdf)
    w.documents.record_output(first, "print")
    again = w.documents.render(order.id, "sp")
    assert again.reprint
    assert "SALINAN" in text_of(again.pdf)
    with w.store.unit_of_work(readonly=True) as uow:
        prints = [e for e in uow.audit.for_order(order.id) if e.action == "print_document"]
    assert [(p.details["kind"], p.details["how"]) for p in prints] == [("sp", "print")]


def test_bast_kuitansi_and_books_after_payment(w):
    order = to_bast(w)
    bast = w.documents.render(order.id, "bast")
    assert bast.official and "021/BAST/2026" in text_of(bast.pdf)
    w.login("bendahara")
    w.payments.request_payment(order.id)
    draft_kuitansi = w.documents.render(order.id, "kuitansi")
    assert not draft_kuitansi.official
    w.login("pa")
    w.payments.authorize(order.id)
    w.login("bendahara")
    w.payments.record_payment(order.id, PaymentInput("UP_TUNAI", NOW.date(), "0457"))
    kuitansi = w.documents.render(order.id, "kuitansi")
    text = text_of(kuitansi.pdf)
    assert kuitansi.official
    assert "sebelas juta seratus ribu" in text.lower()
    bku = w.documents.render_book("bku", 2026, 11)
    assert "0457" in text_of(bku.pdf) or "11.100.000" in text_of(bku.pdf)
    tax = w.documents.render_book("pajak", 2026, 11)
    tax_text = text_of(tax.pdf)
    assert "150.000" in tax_text and "1.100.000" in tax_text
    empty = w.documents.render_book("bku", 2026, 10)
    assert empty.pdf.startswith(b"%PDF")
    with pytest.raises(WorkflowError):
        w.documents.render_book("neraca", 2026, 11)
