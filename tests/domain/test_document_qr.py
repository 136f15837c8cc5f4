"""desktop.domain.document_qr: the one copy of scheme BLK1 (desktop and server); the signature primitive is injected."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain import document_qr as qr

VECTORS = json.loads((Path(__file__).resolve().parents[1] / "documents" / "qr_vectors.json").read_text("utf-8"))


def _always(answer: bool):
    seen: list[bytes] = []

    def check(public: bytes, signature: bytes, message: bytes) -> bool:
        seen.append(message)
        return answer

    return check, seen


def test_vectors_without_any_crypto_library():
    """Everything but the Ed25519 primitive is checked here: canonical payload, digest, code, certificate body."""
    valid = next(c for c in VECTORS["cases"] if c["name"] == "valid")
    check, seen = _always(True)
    result = qr.verify_qr(valid["qr_text"], [qr.unb64u(VECTORS["server_public_key_b64u"])], check)
    assert result.outcome == "valid" and result.digest_hex == VECTORS["digest_sha256_hex"]
    assert qr.verification_code(bytes.fromhex(result.digest_hex)) == VECTORS["verification_code"]
    assert result.payload is not None and result.payload.canonical().decode() == VECTORS["payload_canonical"]
    assert (result.device_id, result.opd_id) == (VECTORS["device_id"], VECTORS["opd_id"])
    assert seen[0].startswith(qr.CERT_CONTEXT) and seen[1] == qr.DOC_CONTEXT + bytes.fromhex(result.digest_hex)
    assert qr.key_id(qr.unb64u(VECTORS["server_public_key_b64u"])) == VECTORS["server_key_id"]


def test_outcomes_that_need_no_signature_check():
    check, seen = _always(True)
    unsigned = next(c for c in VECTORS["cases"] if c["name"] == "draft printed unsigned")
    assert qr.verify_qr(unsigned["qr_text"], [], check).outcome == "unsigned"
    for junk in ("", "BLK1", "BLK1.!!!", "XYZ1.abc", "BLK1.a.b.c.d"):
        assert qr.verify_qr(junk, [], check).outcome == "malformed"
    assert seen == []


def test_a_failed_signature_check_is_reported_not_raised():
    valid = next(c for c in VECTORS["cases"] if c["name"] == "valid")
    check, _ = _always(False)
    trusted = [qr.unb64u(VECTORS["server_public_key_b64u"])]
    assert qr.verify_qr(valid["qr_text"], trusted, check).outcome == "untrusted_certificate"
    assert qr.verify_qr(valid["qr_text"], [], _always(True)[0]).outcome == "untrusted_certificate"
