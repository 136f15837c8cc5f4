"""The SP keeps its signatures with what they sign: a one-line order fits one page (A4 and F4), and a long
order's last page carries the delivery, the terms and the signatures — never the signatures alone, never the
totals alone (#12 journeys: a one-line SP put the signatures on page 2)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.documents import demo
from desktop.documents.model import DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan


def pages(order, paper: str) -> list[str]:
    pdf = build_surat_pesanan(order, DocumentOptions(paper=paper, status="official"), demo.demo_signer()[0])
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("letter", ["B", "C", "D", "F"])  # the one-line demo orders
def test_a_one_line_sp_is_one_page_with_its_signatures(letter, paper):
    (page,) = pages(demo.example(letter), paper)
    assert "D. Ketentuan" in page and "Untuk dan atas nama" in page and "Kode verifikasi" in page


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_40_line_sp_ends_with_terms_and_signatures_together(paper):
    texts = pages(demo.long_order(), paper)
    assert len(texts) == 3
    last = texts[-1]
    assert "D. Ketentuan" in last and "Harga sudah termasuk pajak" in last  # the terms they sign
    assert "Untuk dan atas nama" in last and demo.long_order().seller.owner_name in last
    totals_page = next(t for t in texts if "TOTAL (harga sudah termasuk pajak)" in t)
    assert "tipe 4" in totals_page  # the last lines (Pulpen gel … Post-it tipe 4) travel with the totals
