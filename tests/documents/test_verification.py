"""QR payload signing: valid, tampered, untrusted, unsigned and malformed codes; server certificate rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.documents import demo
from desktop.documents.common import _qr
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.model import DocumentOptions
from desktop.documents.verification import (
    DeviceCertificate,
    DocumentPayload,
    DocumentSigner,
    b64u,
    generate_device_key,
    issue_certificate,
    raw_public_key,
    unb64u,
    unsigned_qr_text,
    verification_code,
    verify_qr,
)
from tests.documents.conftest import pdf_text

PAYLOAD = DocumentPayload("KW", "0457/BP/XI/2026", "5f1c2a7e-0b7d-4c1e-9a31-000000000001", 11_100_000,
                          dt.date(2026, 11, 25))


@pytest.fixture(scope="module")
def pki():
    server = generate_device_key()
    device = generate_device_key()
    cert = issue_certificate(server, raw_public_key(device.public_key()), "DEV-7", "DINKOPUKM")
    return DocumentSigner(device, cert), raw_public_key(server.public_key())


def test_signed_code_verifies_offline(pki) -> None:
    signer, server_pub = pki
    result = verify_qr(signer.qr_text(PAYLOAD), [server_pub])
    assert result.ok and result.outcome == "valid"
    assert result.payload == PAYLOAD
    assert (result.device_id, result.opd_id) == ("DEV-7", "DINKOPUKM")
    assert result.digest_hex == PAYLOAD.digest().hex()


def test_any_trusted_key_among_several(pki) -> None:
    signer, server_pub = pki
    other = raw_public_key(generate_device_key().public_key())
    assert verify_qr(signer.qr_text(PAYLOAD), [other, server_pub]).ok


@pytest.mark.parametrize("change", [{"amount": 11_100_001}, {"number": "0458/BP/XI/2026"},
                                    {"order_id": "another"}, {"date": dt.date(2026, 11, 26)}, {"doc_type": "SP"}])
def test_tampered_payload_is_detected(pki, change) -> None:
    signer, server_pub = pki
    parts = signer.qr_text(PAYLOAD).split(".")
    parts[1] = b64u(replace(PAYLOAD, **change).canonical())
    result = verify_qr(".".join(parts), [server_pub])
    assert result.outcome == "bad_signature" and not result.ok


def test_non_canonical_payload_is_rejected(pki) -> None:
    signer, server_pub = pki
    parts = signer.qr_text(PAYLOAD).split(".")
    parts[1] = b64u(PAYLOAD.canonical().replace(b",", b", "))
    assert verify_qr(".".join(parts), [server_pub]).outcome == "malformed"


def test_untrusted_server_and_forged_certificate(pki) -> None:
    signer, server_pub = pki
    text = signer.qr_text(PAYLOAD)
    assert verify_qr(text, []).outcome == "untrusted_certificate"
    # A device that certifies itself for another OPD: the certificate signature no longer matches.
    cert = signer.certificate
    forged = DeviceCertificate(cert.device_id, "BPKAD", cert.device_public_key, cert.issuer_key_id, cert.signature)
    forged_text = DocumentSigner(signer.key, forged).qr_text(PAYLOAD)
    assert verify_qr(forged_text, [server_pub]).outcome == "untrusted_certificate"


def test_another_device_key_under_a_valid_certificate_fails(pki) -> None:
    signer, server_pub = pki
    impostor = DocumentSigner(generate_device_key(), signer.certificate)
    assert verify_qr(impostor.qr_text(PAYLOAD), [server_pub]).outcome == "bad_signature"


def test_unsigned_and_malformed() -> None:
    result = verify_qr(unsigned_qr_text(PAYLOAD), [])
    assert result.outcome == "unsigned" and result.payload == PAYLOAD
    for junk in ["", "hello", "BLK2.abc", "BLK1.!!!", "BLK1." + b64u(b'{"a":1}'), "BLK1.a.b.c"]:
        assert verify_qr(junk, []).outcome == "malformed", junk


def test_certificate_round_trips_as_text(pki) -> None:
    signer, _ = pki
    assert DeviceCertificate.from_text(signer.certificate.to_text()) == signer.certificate


def test_demo_signer_is_fixed_and_verifies() -> None:
    (signer_a, key_a), (signer_b, key_b) = demo.demo_signer(), demo.demo_signer()
    assert key_a == key_b and signer_a.qr_text(PAYLOAD) == signer_b.qr_text(PAYLOAD)
    assert verify_qr(signer_a.qr_text(PAYLOAD), [key_a]).ok
    assert len(signer_a.qr_text(PAYLOAD)) < 600  # fits a 30 mm QR at level M


def test_printed_code_matches_payload(signer_and_key) -> None:
    signer, key = signer_and_key
    payment = demo.payment_for(demo.example("A"))
    text = pdf_text(build_kuitansi(payment, DocumentOptions(status="official"), signer))
    payload = DocumentPayload("KW", payment.nomor_bukti, payment.order.order_id, payment.amount, payment.payment_date,
                              payment.order.content_hash[:32])
    assert verification_code(payload.digest()) in text
    qr_text, _caption = _qr("KW", "Kuitansi", payment.nomor_bukti, payment.order.order_id, payment.amount,
                           payment.payment_date, signer, compact=False, content_hash=payment.order.content_hash)
    assert verify_qr(qr_text, [key]).payload == payload
    assert "belum bertanda tangan" not in text


def test_b64u_round_trip() -> None:
    for data in [b"", b"\x00", b"\xff" * 31, bytes(range(64))]:
        assert unb64u(b64u(data)) == data
        assert "=" not in b64u(data)


def test_published_vectors_for_the_server() -> None:
    """tests/documents/qr_vectors.json is what the server's /v1/documents/verify must agree with."""
    import json
    from pathlib import Path

    from desktop.documents.verification import load_private_key

    vectors = json.loads((Path(__file__).parent / "qr_vectors.json").read_text(encoding="utf-8"))
    trusted = [unb64u(vectors["server_public_key_b64u"])]
    for case in vectors["cases"]:
        assert verify_qr(case["qr_text"], trusted).outcome == case["outcome"], case["name"]
    server = load_private_key(bytes.fromhex(vectors["server_private_seed_hex"]))
    device = load_private_key(bytes.fromhex(vectors["device_private_seed_hex"]))
    cert = issue_certificate(server, raw_public_key(device.public_key()), vectors["device_id"], vectors["opd_id"])
    assert cert.to_text() == vectors["certificate_text"]  # Ed25519 is deterministic: same keys, same bytes
    p = vectors["payload"]
    payload = DocumentPayload(p["t"], p["n"], p["o"], p["a"], dt.date.fromisoformat(p["d"]), p["h"])
    assert vectors["order_content_hash"].startswith(p["h"])
    assert payload.canonical().decode() == vectors["payload_canonical"]
    assert payload.digest().hex() == vectors["digest_sha256_hex"]
    assert DocumentSigner(device, cert).qr_text(payload) == vectors["cases"][0]["qr_text"]


@pytest.mark.parametrize("obj", [
    {"a": -1, "d": "2026-11-25", "n": "x", "o": "y", "t": "KW"},
    {"a": True, "d": "2026-11-25", "n": "x", "o": "y", "t": "KW"},
    {"a": 1, "d": "2026-11-25", "n": "x", "o": "y", "t": "XX"},
    {"a": 1, "d": "2026-11-25", "n": 5, "o": "y", "t": "KW"},
    {"a": 1, "d": "25-11-2026", "n": "x", "o": "y", "t": "KW"},
])
def test_payloads_with_bad_fields_are_malformed(obj) -> None:
    import json

    body = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    assert verify_qr("BLK1." + b64u(body), []).outcome == "malformed"


@pytest.mark.parametrize("body", [b'{"d":"x"}', b'{"d":1,"i":"a","k":"b","o":"c"}', b'{"d":"x","i":"a","k":"AAAA","o":"c"}',
                                  b'{"o":"c","d":"x","i":"a","k":"' + b64u(bytes(32)).encode() + b'"}'])
def test_bad_certificates_are_malformed(pki, body: bytes) -> None:
    signer, server_pub = pki
    parts = signer.qr_text(PAYLOAD).split(".")
    parts[3] = b64u(body)
    assert verify_qr(".".join(parts), [server_pub]).outcome == "malformed"


def test_private_key_round_trip() -> None:
    from desktop.documents.verification import load_private_key, private_key_bytes

    key = generate_device_key()
    again = load_private_key(private_key_bytes(key))
    assert raw_public_key(again.public_key()) == raw_public_key(key.public_key())


def test_order_content_hash_travels_in_the_payload(pki) -> None:
    signer, server_pub = pki
    with_hash = replace(PAYLOAD, content_hash="0123456789abcdef0123456789abcdef")
    result = verify_qr(signer.qr_text(with_hash), [server_pub])
    assert result.ok and result.payload == with_hash and b'"h":"0123' in with_hash.canonical()
    for bad in ["XYZ", "0123", "0123456789ABCDEF0123456789ABCDEF"]:
        body = with_hash.canonical().replace(b"0123456789abcdef0123456789abcdef", bad.encode())
        assert verify_qr("BLK1." + b64u(body), []).outcome == "malformed", bad


def test_printed_qr_binds_the_order_content(signer_and_key) -> None:
    signer, key = signer_and_key
    order = demo.example("A")
    assert len(order.content_hash) == 64
    qr_text, _ = _qr("SP", "Surat Pesanan", order.sp_number, order.order_id, order.total, order.sp_date, signer,
                     compact=True, content_hash=order.content_hash)
    payload = verify_qr(qr_text, [key]).payload
    assert payload is not None and order.content_hash.startswith(payload.content_hash)


def test_qr_modules_are_a_valid_symbol_with_the_best_mask() -> None:
    from reportlab.graphics.barcode import qrencoder

    from desktop.documents.qr import encode, penalty

    text = demo.demo_signer()[0].qr_text(PAYLOAD)
    modules = encode(text)
    reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    reference.addData(text)
    reference.make()
    assert len(modules) == reference.getModuleCount() == 4 * reference.version + 17
    # Our symbol equals reportlab's own rendering with the same mask, and no other mask scores lower.
    masked = {}
    for mask in range(8):
        reference.makeImpl(False, mask)
        masked[mask] = [[bool(c) for c in row] for row in reference.modules]
    chosen = [m for m, grid in masked.items() if grid == modules]
    assert len(chosen) == 1
    assert penalty(modules) == min(penalty(grid) for grid in masked.values())


def test_penalty_rules_on_tiny_grids() -> None:
    from desktop.documents.qr import penalty

    dark = [[True] * 5 for _ in range(5)]
    # rule 1: 5 rows + 5 columns of run 5 → 10 × 3; rule 2: 16 blocks × 3; rule 4: 100% dark → 10 × 10
    assert penalty(dark) == 30 + 48 + 100
    stripes = [[(c % 2 == 0) for c in range(5)] for _ in range(5)]
    # columns are runs of 5 (5 × 3); no 2×2 blocks; 15/25 dark = 60% → 10 × 2
    assert penalty(stripes) == 15 + 0 + 20
