"""DOMAIN.md §5.2 worked examples A–F: the printed SP, BAST and kuitansi carry the right figures, words, names."""

from __future__ import annotations

import pytest

from desktop.documents import demo
from desktop.documents.bast import build_bast
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import DocumentOptions
from desktop.documents.surat_pesanan import build_surat_pesanan
from tests.documents.conftest import pdf_text

OFFICIAL = DocumentOptions(status="official")

EXPECTED = {
    "A": ["Rp11.100.000,00", "sebelas juta seratus ribu rupiah", "Rp10.000.000,00", "Rp1.100.000,00",
          "Rp150.000,00", "Rp1.250.000,00", "Rp9.850.000,00", "CV Sumber Makmur Abadi", "PPh Pasal 22"],
    "B": ["Rp2.100.000,00", "dua juta seratus ribu rupiah", "Rp1.891.892,00", "Rp208.108,00",
          "Rp1.734.234,00"],
    "C": ["Rp2.500.000,00", "dua juta lima ratus ribu rupiah", "Rp37.500,00", "Rp2.462.500,00",
          "Toko Berkah Jaya", "Siti Aminah"],
    "D": ["Rp2.500.000,00", "dua juta lima ratus ribu rupiah", "PPh Pasal 23", "Rp50.000,00", "Rp2.450.000,00",
          "CV Dapur Rasa Nusantara", "Makanan dan Minuman Rapat"],
    "E": ["Rp11.100.000,00", "sebelas juta seratus ribu rupiah", "PMK 58/2022"],
    "F": ["Rp2.500.000,00", "dua juta lima ratus ribu rupiah", "PPh Pasal 21 bukan pegawai (5% × 50% bruto",
          "Rp1.250.000,00", "Rp62.500,00", "Rp2.437.500,00", "Katering Bu Sri Rahayu"],
}
SIGNATORIES = ["Dr. Sri Wahyuni, M.Si.", "19700315 199603 2 002", "Dewi Lestari, A.Md.", "19860926 201505 2 001",
               "Agus Santoso, S.T.", "Rahmat Hidayat, S.E.", "19790512 200501 1 003"]


@pytest.mark.parametrize("letter", demo.EXAMPLES)
def test_kuitansi_carries_figures_words_and_signatories(letter: str) -> None:
    payment = demo.payment_for(demo.example(letter))
    text = pdf_text(build_kuitansi(payment, OFFICIAL))
    lowered = text.lower()
    for expected in EXPECTED[letter]:
        assert expected.lower() in lowered, expected
    for expected in [*SIGNATORIES, payment.nomor_bukti, payment.order.sp_number, payment.bast_number,
                     "Sudah terima dari", "Bendahara Pengeluaran Dinas Koperasi dan UKM", "Tahun Anggaran",
                     payment.order.kode_rekening.code, "Setuju dibayar", "Lunas dibayar tanggal 25 November 2026",
                     "Barang/jasa telah diterima", "Semarang, 25 November 2026"]:
        assert expected in text, expected


def test_marketplace_collector_prints_no_withholding_table() -> None:
    """Example E: the marketplace collects; the kuitansi withholds nothing, transfers the full invoice and names
    the marketplace's taxes so no one books them."""
    text = pdf_text(build_kuitansi(demo.payment_for(demo.example("E")), OFFICIAL))
    assert "Jumlah pajak dipungut/dipotong" not in text
    assert "Tidak ada pajak yang dipungut/dipotong Bendahara" in text
    net = text.index("Jumlah bersih dibayarkan kepada Penyedia")
    assert text[net:].split("Rp", 1)[1].startswith("11.100.000,00")
    assert "PPN Rp1.100.000,00 dipungut lokapasar" in text
    assert "PPh Pasal 22 Rp50.000,00 dipungut lokapasar" in text


def test_surat_pesanan_fields() -> None:
    order = demo.example("A")
    text = pdf_text(build_surat_pesanan(order, OFFICIAL))
    for expected in ["SURAT PESANAN", order.sp_number, "Rahmat Hidayat, S.E.", "19790512 200501 1 003",
                     "CV Sumber Makmur Abadi", "Budi Prasetyo", "9120301234567", "0123456789012345",
                     "Bank Jateng No. 1-234-56789-0", order.kode_rup, "2.18.01.2.06.0004", "5.1.02.01.01.0024",
                     "Kertas HVS A4 80 gsm", "55.500", "5.550.000", "11.100.000", "Sebelas Juta Seratus Ribu Rupiah",
                     "21 November 2026", "Gudang Dinas Koperasi", "Semarang, 16 November 2026",
                     "PPN 12% × DPP nilai lain Rp9.166.667,00", "Pengusaha Kena Pajak"]:
        assert expected in text, expected


def test_bast_wording_parties_and_no_pphp() -> None:
    order = demo.example("A")
    bast = demo.bast_for(order)
    text = pdf_text(build_bast(bast, OFFICIAL))
    assert ("Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam") in text
    for expected in ["PIHAK PERTAMA", "PIHAK KEDUA", bast.bast_number, order.sp_number, "16 November 2026",
                     "Budi Prasetyo", "Rahmat Hidayat, S.E.", "Pejabat Pembuat Komitmen", "Map snelhecter plastik",
                     "Rp11.100.000,00", "sebelas juta seratus ribu rupiah", "Sesuai"]:
        assert expected in text, expected
    assert "PPHP" not in text.upper()
    first, second = text.index("PIHAK PERTAMA"), text.index("PIHAK KEDUA")
    assert text.index("Budi Prasetyo") < first < text.index("Rahmat Hidayat") < second  # seller first, PPK second
