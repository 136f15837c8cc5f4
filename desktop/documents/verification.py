"""Offline-verifiable printouts: the Ed25519 half of scheme "BLK1" (keys, signing, the signature check).

The scheme itself — payload, certificate body, QR text, the verification steps and their messages — lives once
in `desktop.domain.document_qr` (standard library only), which the provincial server uses too. This module adds
what needs `cryptography`, and re-exports the domain names so callers keep one import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from desktop.domain import document_qr
from desktop.domain.document_qr import (
    CERT_CONTEXT,
    DOC_CONTEXT,
    DOC_TYPES,
    SCHEME,
    DeviceCertificate,
    DocumentPayload,
    Outcome,
    VerificationResult,
    b64u,
    certificate_to_sign,
    hash_prefix,
    key_id,
    signed_qr_text,
    unb64u,
    unsigned_qr_text,
    verification_code,
)

__all__ = [
    "CERT_CONTEXT", "DOC_CONTEXT", "DOC_TYPES", "SCHEME", "DeviceCertificate", "DocumentPayload", "DocumentSigner",
    "Outcome", "VerificationResult", "b64u", "ed25519_signature_valid", "generate_device_key", "hash_prefix",
    "issue_certificate", "key_id", "load_private_key", "private_key_bytes", "raw_public_key", "unb64u",
    "unsigned_qr_text", "verification_code", "verify_qr",
]


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def ed25519_signature_valid(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """The primitive `document_qr.verify_qr` is given: False for a wrong signature or a malformed key."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def issue_certificate(server_key: Ed25519PrivateKey, device_public_key: bytes, device_id: str,
                      opd_id: str) -> DeviceCertificate:
    """Server side: certify a device's public key for one OPD."""
    unsigned = certificate_to_sign(device_public_key, device_id, opd_id, raw_public_key(server_key.public_key()))
    return DeviceCertificate(device_id, opd_id, device_public_key, unsigned.issuer_key_id,
                             server_key.sign(CERT_CONTEXT + unsigned.body()))


def generate_device_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """Raw 32-byte seed, for the OS keyring (services/credentials.py stores it, never a plain file)."""
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def load_private_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


@dataclass(frozen=True)
class DocumentSigner:
    """A device key plus the server's certificate for it."""

    key: Ed25519PrivateKey
    certificate: DeviceCertificate

    def qr_text(self, payload: DocumentPayload) -> str:
        return signed_qr_text(payload, self.key.sign(DOC_CONTEXT + payload.digest()), self.certificate)


def verify_qr(text: str, trusted_server_public_keys: Iterable[bytes]) -> VerificationResult:
    """Check a scanned QR with no network (see `desktop.domain.document_qr.verify_qr`)."""
    return document_qr.verify_qr(text, trusted_server_public_keys, ed25519_signature_valid)
