"""Paper sizes to the point, pagination with repeated headers, DRAF/SALINAN marks, meterai box threshold."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.documents import demo
from desktop.documents.bast import build_bast
from desktop.documents.books import build_bku, build_register, build_tax_book
from desktop.documents.kuitansi import build_kuitansi, meterai_amount
from desktop.documents.model import DocumentLine, DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan
from tests.documents.conftest import page_sizes, pdf_pages, pdf_text

A4 = (595.28, 841.89)
F4 = (609.45, 935.43)

BUILDERS = {
    "sp": lambda o: build_surat_pesanan(demo.example("A"), o),
    "bast": lambda o: build_bast(demo.bast_for(demo.example("A")), o),
    "kuitansi": lambda o: build_kuitansi(demo.payment_for(demo.example("A")), o),
    "bku": lambda o: build_bku(demo.book_month(), o),
    "pajak": lambda o: build_tax_book(demo.book_month(), o),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4)])
def test_paper_size_to_the_point(name: str, paper: str, size: tuple[float, float]) -> None:
    sizes = page_sizes(BUILDERS[name](DocumentOptions(paper=paper)))  # type: ignore[arg-type]
    assert sizes and all(s == size for s in sizes)


def test_register_is_landscape() -> None:
    assert set(page_sizes(build_register(demo.book_month(), DocumentOptions(paper="F4")))) == {(F4[1], F4[0])}


def test_forty_line_order_paginates_with_repeated_header() -> None:
    pages = pdf_pages(build_surat_pesanan(demo.long_order(), DocumentOptions(status="official")))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in text
    header = "Nama barang/jasa dan spesifikasi"
    assert header in pages[0] and header in pages[1]
    assert "Pulpen gel tipe 1" in pages[0]
    assert "Post-it tipe 4" in " ".join(pages[1:])  # line 40 spilled over
    assert "Tiga Puluh Empat Juta Tiga Ratus Sembilan Puluh Ribu Rupiah" in " ".join(pages)


def test_every_line_of_the_long_order_is_printed_once() -> None:
    text = pdf_text(build_bast(demo.bast_for(demo.long_order()), DocumentOptions()))
    for i in range(40):
        assert f"tipe {i // 10 + 1}" in text
    assert text.count("Post-it tipe 4") == 1


def test_draft_watermark_until_official_and_salinan_on_reprint() -> None:
    order = demo.example("A")
    draft = pdf_pages(build_surat_pesanan(order, DocumentOptions(status="draft")))
    official = pdf_text(build_surat_pesanan(order, DocumentOptions(status="official")))
    reprint = pdf_pages(build_surat_pesanan(order, DocumentOptions(status="official", reprint=True)))
    assert all("DRAF" in page for page in draft)
    assert "DRAF" not in official and "SALINAN" not in official
    assert all("SALINAN" in page for page in reprint)


def _payment_of(amount: int, **changes: object):
    order = replace(demo.example("C"), lines=(DocumentLine("Barang uji", 1, "paket", amount),), taxes=None)
    return replace(demo.payment_for(order), **changes)


@pytest.mark.parametrize(("amount", "boxed"), [(5_000_000, False), (5_000_001, True), (11_100_000, True),
                                               (2_500_000, False)])
def test_meterai_box_exactly_above_five_million(amount: int, boxed: bool) -> None:
    payment = _payment_of(amount)
    text = pdf_text(build_kuitansi(payment, DocumentOptions(status="official")))
    assert ("METERAI" in text) is boxed
    assert ("Rp10.000,00" in text) is boxed
    assert (meterai_amount(payment) == 10_000) is boxed


def test_meterai_override_both_ways() -> None:
    assert meterai_amount(_payment_of(5_000_001, meterai_override=False)) == 0
    forced = _payment_of(1_000_000, meterai_override=True)
    assert meterai_amount(forced) == 10_000
    assert "METERAI" in pdf_text(build_kuitansi(forced))


def test_toko_daring_exemption_comes_from_domain_rules() -> None:
    assert meterai_amount(_payment_of(5_000_001, toko_daring=True)) == 0
    assert meterai_amount(_payment_of(10_000_001, toko_daring=True)) == 10_000


def test_same_input_same_bytes() -> None:
    order = demo.example("B")
    assert build_surat_pesanan(order) == build_surat_pesanan(order)


def test_fonts_are_embedded() -> None:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(build_kuitansi(demo.payment_for(demo.example("A")))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"] for f in fonts.values()
                   if "/DescendantFonts" in f.get_object()] + [
        f.get_object()["/FontDescriptor"] for f in fonts.values() if "/FontDescriptor" in f.get_object()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    assert not any(str(f.get_object().get("/BaseFont", "")).endswith("Helvetica") for f in fonts.values())


def test_dates_are_not_locale_dependent() -> None:
    bast = replace(demo.bast_for(demo.example("A")), bast_date=dt.date(2026, 1, 4))
    assert "Pada hari ini Minggu tanggal empat bulan Januari tahun dua ribu dua puluh enam" in pdf_text(
        build_bast(bast))


def test_bast_prints_mismatches_and_notes() -> None:
    from desktop.documents.model import ReceivedLine

    bast = replace(demo.bast_for(demo.example("C")), jumlah_ok=False,
                   received=(ReceivedLine("Beras premium", 20, 18, "karung", "2 karung sobek, diretur"),),
                   notes="Kekurangan 2 karung dikirim ulang paling lambat 30 November 2026.")
    text = pdf_text(build_bast(bast, DocumentOptions(status="official")))
    assert "Tidak sesuai" in text and "2 karung sobek, diretur" in text and "Kekurangan 2 karung" in text


def test_unusual_nip_prints_as_typed() -> None:
    from desktop.documents.common import format_nip

    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert format_nip("PPPK 2024-00017") == "PPPK 2024-00017"


def test_month_without_withholding_prints_an_empty_tax_book() -> None:
    month = replace(demo.book_month(), payments=())
    text = pdf_text(build_tax_book(month))
    assert "Tidak ada transaksi pada bulan ini" in text


@pytest.mark.parametrize("letter", "ABCDE")
@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_kuitansi_fits_on_one_page(letter: str, paper: str) -> None:
    pdf = build_kuitansi(demo.payment_for(demo.example(letter)), DocumentOptions(paper=paper, reprint=True))
    assert len(page_sizes(pdf)) == 1


def test_bast_of_a_short_order_fits_on_one_page() -> None:
    assert len(page_sizes(build_bast(demo.bast_for(demo.example("A")), DocumentOptions()))) == 1


def test_awkward_text_is_escaped_and_wrapped() -> None:
    order = demo.example("C")
    long_opd = "Dinas Pemberdayaan Masyarakat, Desa, Kependudukan dan Pencatatan Sipil Provinsi Jawa Tengah"
    seller = replace(order.seller, business_name="CV Maju & Jaya <Abadi> — Temanggung", owner_name="Ngatmi’ah")
    line = DocumentLine("Kopi arabika “Sindoro” 250 g", 3, "bungkus", 85_000, "sangrai sedang; " * 20)
    order = replace(order, kop=replace(order.kop, opd_name=long_opd), seller=seller, lines=(line,))
    for pdf in (build_surat_pesanan(order), build_kuitansi(demo.payment_for(order)), build_bast(demo.bast_for(order))):
        text = pdf_text(pdf)
        assert "CV Maju & Jaya <Abadi> — Temanggung" in text
        assert "Ngatmi’ah" in text
    assert "Kopi arabika “Sindoro” 250 g" in pdf_text(build_surat_pesanan(order))
