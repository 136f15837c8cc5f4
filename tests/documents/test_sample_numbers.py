"""`blangkon documents sample` is a showcase (#12.10): every number distinct and consistent — kuitansi A–F carry
distinct Nomor Bukti; each kuitansi's BAST number is its BAST's and the register's; the BKU's payment line carries
the kuitansi's number; the F4 samples sit in the F4 folder and are the same documents as the A4 ones."""

from __future__ import annotations

import re

import pytest

from desktop.app.cmd_documents import sample
from desktop.documents import demo
from tests.documents.conftest import page_sizes, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    sample(out, "A4")
    return out


def _after(text: str, label: str) -> str:
    return re.search(re.escape(label) + r"\s*:?\s*(\S+)", text).group(1)


def test_kuitansi_numbers_are_distinct_and_agree_with_bast_register_and_bku(samples):
    kuitansi = {x: pdf_text((samples / f"kuitansi_contoh_{x}_A4.pdf").read_bytes()) for x in demo.EXAMPLES}
    bukti = {x: _after(text, "Nomor Bukti") for x, text in kuitansi.items()}
    assert len(set(bukti.values())) == len(demo.EXAMPLES) == 6, bukti
    register = pdf_text((samples / "register_pembayaran_A4.pdf").read_bytes())
    bku = (samples / "bku_2026_11.csv").read_bytes().decode("utf-8-sig").splitlines()
    for x, text in kuitansi.items():
        order = demo.example(x)
        bast = _after(text, "Berita Acara Serah Terima Nomor")
        assert bast == demo.bast_number(order) and order.sp_number in text
        assert f"{order.sp_number} {bast}" in register  # the register row: SP then BAST
        payment_rows = [r.split(";") for r in bku if order.sp_number in r and r.split(";")[5] == str(order.total)]
        assert [r[1] for r in payment_rows] == [bukti[x].lstrip("0")], (x, payment_rows)
    sp_numbers = [demo.example(x).sp_number for x in demo.EXAMPLES] + [demo.long_order().sp_number]
    assert len(set(sp_numbers)) == 7
    bast_sample = pdf_text((samples / "bast_A4.pdf").read_bytes())
    assert demo.bast_number(demo.example("A")) in bast_sample and bast_sample.count("/BAST/") >= 1


def test_f4_samples_are_in_the_f4_folder_and_are_the_a4_documents(samples):
    assert not list(samples.glob("*F4*.pdf"))  # none in the A4 folder
    f4 = samples / "F4" / "surat_pesanan_F4.pdf"
    a4 = samples / "surat_pesanan_A4.pdf"
    assert set(page_sizes(f4.read_bytes())) == {(609.45, 935.43)}  # 215 × 330 mm
    assert set(page_sizes(a4.read_bytes())) == {(595.28, 841.89)}
    number = demo.example("A").sp_number
    assert number in pdf_text(f4.read_bytes()) and number in pdf_text(a4.read_bytes())
    assert len(pdf_pages((samples / "F4" / "surat_pesanan_40_baris_F4.pdf").read_bytes())) >= 2
    assert demo.nomor_bukti(demo.example("A")) in pdf_text((samples / "F4" / "kuitansi_contoh_A_F4.pdf").read_bytes())
