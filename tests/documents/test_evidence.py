"""Evidence pack: every document, attachment and timeline listed in manifest.json with matching sha256."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from desktop.documents import demo
from desktop.documents.evidence import EvidenceError, build_evidence_pack, check_evidence_pack
from desktop.documents.model import Attachment, EvidenceInput
from tests.documents.conftest import pdf_text


@pytest.fixture()
def pack_input(tmp_path) -> EvidenceInput:
    photo = tmp_path / "Foto invoice #1.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg body")
    receipt = tmp_path / "struk.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n fake png")
    order = demo.example("A")
    return EvidenceInput(order, demo.bast_for(order), demo.payment_for(order),
                         (Attachment(str(photo), "Invoice"), Attachment(str(receipt), "Struk")), demo.timeline(order))


def test_manifest_hashes_match_every_file(pack_input: EvidenceInput) -> None:
    data = build_evidence_pack(pack_input)
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    names = set(archive.namelist())
    assert {"01_surat_pesanan.pdf", "02_bast.pdf", "03_kuitansi.pdf", "04_riwayat_pesanan.pdf",
            "04_riwayat_pesanan.json", "lampiran/01_Foto_invoice_1.jpg", "lampiran/02_struk.png"} <= names
    assert {e["path"] for e in manifest["files"]} == names - {"manifest.json"}
    for entry in manifest["files"]:
        body = archive.read(entry["path"])
        assert hashlib.sha256(body).hexdigest() == entry["sha256"] and len(body) == entry["bytes"]
    assert manifest["order_id"] == pack_input.order.order_id
    assert check_evidence_pack(data) == []
    timeline = json.loads(archive.read("04_riwayat_pesanan.json"))
    assert [e["action"] for e in timeline][:2] == ["submit", "approve"]
    timeline_pdf = pdf_text(archive.read("04_riwayat_pesanan.pdf"))
    assert "Membayar" in timeline_pdf and "mark_paid" not in timeline_pdf and "PA_KPA" not in timeline_pdf
    assert "sebelas juta seratus ribu rupiah" in pdf_text(archive.read("03_kuitansi.pdf")).lower()


def test_tampering_is_reported(pack_input: EvidenceInput) -> None:
    data = build_evidence_pack(pack_input)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            body = source.read(name)
            target.writestr(name, body + b"x" if name == "02_bast.pdf" else body)
        target.writestr("extra.txt", b"not listed")
    assert sorted(check_evidence_pack(out.getvalue())) == ["02_bast.pdf", "extra.txt"]


def test_pack_is_deterministic(pack_input: EvidenceInput) -> None:
    assert build_evidence_pack(pack_input) == build_evidence_pack(pack_input)


def test_missing_attachment_is_a_clear_error(pack_input: EvidenceInput, tmp_path) -> None:
    broken = EvidenceInput(pack_input.order, attachments=(Attachment(str(tmp_path / "hilang.jpg")),))
    with pytest.raises(EvidenceError) as caught:
        build_evidence_pack(broken)
    assert caught.value.code == "attachment_missing" and "hilang.jpg" in caught.value.message


def test_pack_without_bast_or_payment_yet(pack_input: EvidenceInput) -> None:
    early = EvidenceInput(pack_input.order, timeline=pack_input.timeline[:2])
    names = zipfile.ZipFile(io.BytesIO(build_evidence_pack(early))).namelist()
    assert "01_surat_pesanan.pdf" in names and "02_bast.pdf" not in names and "03_kuitansi.pdf" not in names
