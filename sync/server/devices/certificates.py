"""Document verification, server side of scheme "BLK1" (desktop/documents/verification.py is the reference).

The server holds an Ed25519 key (seed in `server_state`, shared by all workers), certifies device keys per OPD,
and verifies scanned QR texts. `sync` may not import `desktop`, so the small verification core is restated
here; tests/server/test_documents.py checks it against tests/documents/qr_vectors.json.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import secrets
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from sync.server.storage.db import write_txn
from sync.server.storage.state import get_state, set_state

SCHEME = "BLK1"
DOC_CONTEXT = b"BLK1-DOC\x00"
CERT_CONTEXT = b"BLK1-CERT\x00"
DOC_TYPES = ("SP", "BAST", "KW", "BKU", "BPP", "REG")
_HASH_PREFIX = re.compile(r"[0-9a-f]{32}")
_DEVICE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(public_raw: bytes) -> str:
    return b64u(hashlib.sha256(public_raw).digest()[:8])


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
    body = canonical({"d": device_id, "i": key_id(public_raw(key)), "k": b64u(device_public), "o": opd_id})
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


def _verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _payload(data: bytes) -> dict[str, Any]:
    obj = json.loads(data.decode("utf-8"))
    if not isinstance(obj, dict) or set(obj) - {"h"} != {"a", "d", "n", "o", "t"}:
        raise ValueError("payload fields")
    h = obj.get("h", "")
    if not isinstance(h, str) or (h and not _HASH_PREFIX.fullmatch(h)):
        raise ValueError("payload hash")
    a = obj["a"]
    if isinstance(a, bool) or not isinstance(a, int) or a < 0:
        raise ValueError("payload amount")
    if obj["t"] not in DOC_TYPES or not all(isinstance(obj[k], str) for k in "dnot"):
        raise ValueError("payload type")
    dt.date.fromisoformat(obj["d"])
    if canonical(obj) != data:  # only the canonical form is signed
        raise ValueError("payload not canonical")
    return obj


def verify(text: str, trusted: dict[str, bytes]) -> dict[str, Any]:
    """Outcome of a scanned QR: valid | unsigned | malformed | untrusted_certificate | bad_signature."""
    parts = text.strip().split(".")
    if parts[0] != SCHEME or len(parts) not in (2, 5):
        return {"outcome": "malformed", "message": "Kode QR bukan kode dokumen Blangkon."}
    try:
        raw = unb64u(parts[1])
        payload = _payload(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError, KeyError):
        return {"outcome": "malformed", "message": "Isi kode QR rusak atau telah diubah."}
    digest = hashlib.sha256(raw).digest()
    base: dict[str, Any] = {"payload": payload, "digest": digest.hex(),
                            "verification_code": "-".join(digest[:8].hex().upper()[i:i + 4] for i in range(0, 16, 4))}
    if len(parts) == 2:
        return {**base, "outcome": "unsigned",
                "message": "Dokumen draf: belum ditandatangani perangkat yang tersertifikasi."}
    try:
        doc_sig, cert_body, cert_sig = unb64u(parts[2]), unb64u(parts[3]), unb64u(parts[4])
        cert = json.loads(cert_body.decode("utf-8"))
        if not isinstance(cert, dict) or set(cert) != {"d", "i", "k", "o"} or canonical(cert) != cert_body:
            raise ValueError("certificate")
        device_public = unb64u(cert["k"])
    except (ValueError, binascii.Error, UnicodeDecodeError, TypeError):
        return {**base, "outcome": "malformed", "message": "Sertifikat dalam kode QR rusak."}
    base.update(device_id=cert["d"], opd_id=cert["o"])
    issuer = trusted.get(cert["i"])
    if issuer is None or not _verifies(issuer, cert_sig, CERT_CONTEXT + cert_body):
        return {**base, "outcome": "untrusted_certificate",
                "message": "Perangkat penerbit dokumen tidak disertifikasi server provinsi."}
    if not _verifies(device_public, doc_sig, DOC_CONTEXT + digest):
        return {**base, "outcome": "bad_signature",
                "message": "Tanda tangan digital tidak cocok: isi dokumen telah diubah."}
    return {**base, "outcome": "valid", "message": "Dokumen asli: ditandatangani perangkat tersertifikasi."}
