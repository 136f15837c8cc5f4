"""Device certificates and QR verification, server side of scheme "BLK1".

The scheme (payload, certificate body, QR text, the verification steps and messages) is `desktop.domain.
document_qr`, the one copy the desktop uses too. The server adds what needs `cryptography`: its Ed25519 key (seed
in `server_state`, shared by all workers), signing device certificates, and the signature primitive.
"""

from __future__ import annotations

import binascii
import re
import secrets
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from desktop.domain.document_qr import (
    CERT_CONTEXT,
    SCHEME,
    b64u,
    certificate_to_sign,
    key_id,
    unb64u,
    verification_code,
    verify_qr,
)
from sync.server.storage.db import write_txn
from sync.server.storage.state import get_state, set_state

__all__ = ["SCHEME", "b64u", "certify", "ensure_key", "key_id", "parse_device_key", "public_raw", "server_key",
           "valid_device_id", "verify"]

_DEVICE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def ensure_key(engine: Engine) -> None:
    """Create the signing key once (at start-up); concurrent workers race on the primary key, one wins."""
    try:
        with write_txn(engine) as conn:
            if get_state(conn, "doc_signing_seed") is None:
                set_state(conn, "doc_signing_seed", secrets.token_hex(32))
    except IntegrityError:
        pass


def server_key(conn: Connection) -> Ed25519PrivateKey:
    seed = get_state(conn, "doc_signing_seed")
    if seed is None:
        raise RuntimeError("document signing key missing (create_app runs ensure_key)")
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))


def public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def certify(key: Ed25519PrivateKey, device_public: bytes, device_id: str, opd_id: str) -> str:
    """Certificate text `b64u(body).b64u(signature)` for a device key of one OPD."""
    body = certificate_to_sign(device_public, device_id, opd_id, public_raw(key)).body()
    return f"{b64u(body)}.{b64u(key.sign(CERT_CONTEXT + body))}"


def parse_device_key(text: str) -> bytes:
    try:
        raw = unb64u(text)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error):
        raise ValueError("public_key harus kunci publik Ed25519 (32 byte, base64url)") from None
    return raw


def valid_device_id(text: str) -> bool:
    return bool(_DEVICE_ID.match(text))


def _signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify(text: str, trusted: list[bytes]) -> dict[str, Any]:
    """The answer of `GET /v1/documents/verify` (order facts are added by the endpoint)."""
    result = verify_qr(text, trusted, _signature_valid)
    out: dict[str, Any] = {"outcome": result.outcome, "message": result.message}
    if result.payload is not None:
        digest = bytes.fromhex(result.digest_hex)
        out.update(payload=result.payload.fields(), digest=result.digest_hex,
                   verification_code=verification_code(digest))
    if result.outcome in ("valid", "bad_signature", "untrusted_certificate"):
        out.update(device_id=result.device_id, opd_id=result.opd_id)
    return out
