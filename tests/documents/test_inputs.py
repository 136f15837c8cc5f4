"""Bad input gets a typed, Indonesian error before any PDF is drawn; templates cannot reach object internals."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.documents import demo
from desktop.documents.errors import DocumentError
from desktop.documents.model import CashReceipt, DocumentLine, DocumentOptions, PaidOrder, TaxLine
from desktop.documents.templates import Template
from desktop.domain.errors import DomainError, ResourceError


@pytest.mark.parametrize(("qty", "price"), [(0, 1000), (-1, 1000), (1.5, 1000), (True, 1000), (1, -5), (1, 10.0)])
def test_order_line_rejects_bad_numbers(qty, price) -> None:
    with pytest.raises(DocumentError) as caught:
        DocumentLine("Kertas", qty, "rim", price)
    assert isinstance(caught.value, DomainError) and caught.value.message


def test_order_needs_lines_and_valid_shipping() -> None:
    order = demo.example("A")
    with pytest.raises(DocumentError, match="belum berisi"):
        replace(order, lines=())
    with pytest.raises(DocumentError):
        replace(order, shipping=-1)


def test_options_are_checked() -> None:
    with pytest.raises(DocumentError, match="Ukuran kertas"):
        DocumentOptions(paper="Letter")  # type: ignore[arg-type]
    with pytest.raises(DocumentError, match="Status"):
        DocumentOptions(status="final")  # type: ignore[arg-type]


def test_books_inputs_are_checked() -> None:
    with pytest.raises(DocumentError):
        CashReceipt(dt.date(2026, 11, 2), "SP2D", -1)
    tax = TaxLine("PPH22", "PPh 22", 1000, 2000)
    with pytest.raises(DocumentError, match="melebihi"):
        PaidOrder(dt.date(2026, 11, 2), "SP-1", "Toko", "ATK", "5.1", 1000, taxes=(tax,))
    with pytest.raises(DocumentError):
        TaxLine("PPN", "PPN", 1, 1, collector="LOKAPASAR")  # type: ignore[arg-type]


def test_template_placeholders_are_plain_names() -> None:
    template = Template("uji", {"ok": "Nomor {number:>5}", "bad": "{number.__class__}", "idx": "{number[0]}"})
    assert template.text("ok", number="7") == "Nomor     7"
    for key in ("bad", "idx"):
        with pytest.raises(ResourceError) as caught:
            template.text(key, number="7")
        assert caught.value.code == "template_placeholder"


def test_document_becomes_official_with_the_order_state() -> None:
    from desktop.documents.status import document_status

    assert document_status("SP", "DIAJUKAN") == "draft"
    assert document_status("SP", "DISETUJUI") == "official"
    assert document_status("BAST", "DITERIMA") == "draft"
    assert document_status("BAST", "BAST") == "official"
    assert document_status("KW", "MENUNGGU_BAYAR") == "draft"
    assert document_status("KW", "DIBAYAR") == "official"
    assert document_status("SP", "DIBATALKAN") == "draft"
    with pytest.raises(DocumentError):
        document_status("XYZ", "DIBAYAR")


def test_official_state_table_uses_protocol_state_names() -> None:
    import json

    from desktop.domain.resources import resource_path
    from sync.protocol import OrderState

    table = json.loads(resource_path("templates", "official_states.json").read_text(encoding="utf-8"))
    names = {state.name for state in OrderState}
    for kind, states in table.items():
        if not kind.startswith("_"):
            assert set(states) <= names, kind
