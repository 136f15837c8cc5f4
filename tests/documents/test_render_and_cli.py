"""Rasterise with pdftoppm (what a printer driver sees), template errors, and `blangkon documents`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest

from desktop.app import cmd_documents
from desktop.documents import demo, templates
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import DocumentOptions
from desktop.documents.verification import DocumentPayload, verify_qr
from desktop.domain.errors import ResourceError


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_pdftoppm_renders_every_page(tmp_path) -> None:
    pdf = tmp_path / "kuitansi.pdf"
    pdf.write_bytes(build_kuitansi(demo.payment_for(demo.example("A")), DocumentOptions(paper="F4")))
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / "page")], check=True, timeout=30)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    data = pngs[0].read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert abs(width - 254) <= 1 and abs(height - 390) <= 1  # 215 × 330 mm at 30 dpi (rounding varies)


def test_template_errors_name_the_file_and_key() -> None:
    common = templates.load("common")
    with pytest.raises(ResourceError) as missing:
        common.text("no_such_key")
    assert missing.value.code == "template_key_missing" and "common.json" in missing.value.message
    with pytest.raises(ResourceError) as placeholder:
        common.text("footer_left", title="SP")  # {number} not supplied
    assert placeholder.value.code == "template_placeholder"
    with pytest.raises(ResourceError):
        templates.load("does_not_exist")


def test_every_template_is_valid_json_object() -> None:
    from desktop.domain.resources import resource_path

    for path in resource_path("templates").glob("*.json"):
        assert isinstance(json.loads(path.read_text(encoding="utf-8")), dict), path


def test_sample_command_writes_every_document_type(tmp_path, capsys) -> None:
    assert cmd_documents.main(["sample", "--out", str(tmp_path)]) == 0
    names = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")}
    for expected in ["surat_pesanan_A4.pdf", "surat_pesanan_40_baris_A4.pdf", "F4/surat_pesanan_F4.pdf", "bast_A4.pdf",
                     "kuitansi_contoh_A_A4.pdf", "kuitansi_contoh_E_A4.pdf", "kuitansi_salinan_A4.pdf",
                     "F4/kuitansi_contoh_A_F4.pdf", "F4/surat_pesanan_40_baris_F4.pdf",
                     "buku_kas_umum_A4.pdf", "buku_pembantu_pajak_A4.pdf",
                     "register_pembayaran_A4.pdf", "rekonsiliasi_bank_A4.pdf", "bku_2026_11.csv", "buku_bendahara_2026_11.xlsx",
                     "paket_bukti_pesanan.zip", "kunci_server_demo.txt"]:
        assert expected in names, expected
    assert "berkas contoh" in capsys.readouterr().out


def test_verify_command(capsys) -> None:
    signer, key = demo.demo_signer()
    import datetime as dt

    from desktop.documents.verification import b64u

    text = signer.qr_text(DocumentPayload("SP", "000.3/017/SP/DINKOP/XI/2026", "o-1", 11_100_000,
                                          dt.date(2026, 11, 16)))
    assert verify_qr(text, [key]).ok
    assert cmd_documents.main(["verify", text, "--trusted", b64u(key)]) == 0
    out = capsys.readouterr().out
    assert "Dokumen asli" in out and "Rp11.100.000" in out and "DEMO-DEVICE-01" in out
    assert cmd_documents.main(["verify", text]) == 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_qr_is_drawn_module_for_module(tmp_path) -> None:
    """Rasterise a QR and sample each module's centre: orientation and geometry match the encoded symbol."""
    import io

    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.qr import QrFlowable

    payload = DocumentPayload("KW", "0001/BP/I/2026", "order-1", 5_000_001, dt.date(2026, 1, 2))
    qr = QrFlowable(demo.demo_signer()[0].qr_text(payload), 0)
    unit = 4  # points per module; at 72 dpi one point is one pixel
    qr.size = (len(qr.modules) + 2 * qr.border) * unit
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(qr.size, qr.size))
    qr.drawOn(canvas, 0, 0)
    canvas.save()
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(buffer.getvalue())
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "qr")], check=True,
                   timeout=30)
    image = Image.open(tmp_path / "qr.png").convert("L")
    offset = qr.border * unit + unit // 2
    drawn = [[image.getpixel((offset + c * unit, offset + r * unit)) < 128 for c in range(len(qr.modules))]
             for r in range(len(qr.modules))]
    assert drawn == qr.modules
