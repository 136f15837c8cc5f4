"""Offline-verifiable printouts, scheme "BLK1": what the QR code carries and how anyone checks it.

The one copy of the rules, shared by the desktop (`desktop.documents.verification` signs and checks printouts) and
the provincial server (`GET /v1/documents/verify`). Standard library only: the Ed25519 primitive is passed in as
`SignatureCheck` by whoever may import `cryptography` (documents and the server), so nothing here is mirrored.

- payload = canonical JSON {"a": amount, "d": "YYYY-MM-DD", "n": number, "o": order_id, "t": doc type} plus,
  when the order is known, "h": the first 32 hex digits of the order's content hash (sync.protocol.orders.
  content_hash: seller, shipping, lines), so the server can tell the printed lines match the synced order
  (sorted keys, no spaces, UTF-8); digest = sha256(payload bytes).
- the device signs `b"BLK1-DOC\\0" + digest` with its Ed25519 key;
- the server certifies the device: certificate body = canonical JSON {"d": device_id, "i": issuer key id,
  "k": device public key (base64url raw 32 bytes), "o": opd_id}, signed by the server's Ed25519 key over
  `b"BLK1-CERT\\0" + body`. Issuer key id = base64url(sha256(server raw public key)[:8]) so keys can rotate.
- QR text = "BLK1." + b64u(payload) + "." + b64u(doc signature) + "." + b64u(cert body) + "." + b64u(cert sig);
  a draft printed before the device was certified carries only "BLK1." + b64u(payload) and verifies as unsigned.
Shared vectors: tests/documents/qr_vectors.json.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

SCHEME = "BLK1"
DOC_CONTEXT = b"BLK1-DOC\x00"
CERT_CONTEXT = b"BLK1-CERT\x00"
DOC_TYPES = ("SP", "BAST", "KW", "BKU", "BPP", "REG")
_HASH_PREFIX = re.compile(r"[0-9a-f]{32}")

Outcome = Literal["valid", "unsigned", "malformed", "untrusted_certificate", "bad_signature"]
# (raw 32-byte Ed25519 public key, signature, message) -> the signature is valid; never raises.
SignatureCheck = Callable[[bytes, bytes, bytes], bool]


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(public_key_raw: bytes) -> str:
    return b64u(hashlib.sha256(public_key_raw).digest()[:8])


@dataclass(frozen=True)
class DocumentPayload:
    doc_type: str
    number: str
    order_id: str
    amount: int
    date: dt.date
    content_hash: str = ""  # 32 lowercase hex digits (a prefix of the order content hash) or ""

    def fields(self) -> dict[str, object]:
        """The payload as it travels (short keys), e.g. for a JSON answer."""
        out: dict[str, object] = {"a": self.amount, "d": self.date.isoformat(), "n": self.number,
                                  "o": self.order_id, "t": self.doc_type}
        if self.content_hash:
            out["h"] = self.content_hash
        return out

    def canonical(self) -> bytes:
        return canonical(self.fields())

    def digest(self) -> bytes:
        return hashlib.sha256(self.canonical()).digest()

    @classmethod
    def parse(cls, data: bytes) -> DocumentPayload:
        obj = json.loads(data.decode("utf-8"))
        if not isinstance(obj, dict) or set(obj) - {"h"} != {"a", "d", "n", "o", "t"}:
            raise ValueError("payload fields")
        content_hash = obj.get("h", "")
        if not isinstance(content_hash, str) or (content_hash and not _HASH_PREFIX.fullmatch(content_hash)):
            raise ValueError("payload content hash")
        amount = obj["a"]
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            raise ValueError("payload amount")
        if obj["t"] not in DOC_TYPES or not all(isinstance(obj[k], str) for k in "dnot"):
            raise ValueError("payload type")
        payload = cls(obj["t"], obj["n"], obj["o"], amount, dt.date.fromisoformat(obj["d"]), content_hash)
        if payload.canonical() != data:  # only the canonical form is signed; anything else is tampering
            raise ValueError("payload not canonical")
        return payload


def hash_prefix(content_hash: str) -> str:
    """What the QR carries of a 64-hex order content hash (128 bits are plenty to detect a changed order)."""
    return content_hash[:32].lower()


def verification_code(digest: bytes) -> str:
    """Short human-readable form of the digest printed under the QR: "3F2A-91C0-77DE-0B14"."""
    text = digest[:8].hex().upper()
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class DeviceCertificate:
    device_id: str
    opd_id: str
    device_public_key: bytes  # raw 32 bytes
    issuer_key_id: str
    signature: bytes  # server's Ed25519 signature over CERT_CONTEXT + body()

    def body(self) -> bytes:
        return canonical({"d": self.device_id, "i": self.issuer_key_id,
                          "k": b64u(self.device_public_key), "o": self.opd_id})

    def to_text(self) -> str:
        """Compact transport form (what the server hands the device): b64u(body).b64u(signature)."""
        return f"{b64u(self.body())}.{b64u(self.signature)}"

    @classmethod
    def from_parts(cls, body: bytes, signature: bytes) -> DeviceCertificate:
        obj = json.loads(body.decode("utf-8"))
        if not isinstance(obj, dict) or set(obj) != {"d", "i", "k", "o"}:
            raise ValueError("certificate fields")
        if not all(isinstance(v, str) for v in obj.values()):
            raise ValueError("certificate field types")
        cert = cls(obj["d"], obj["o"], unb64u(obj["k"]), obj["i"], signature)
        if len(cert.device_public_key) != 32 or cert.body() != body:
            raise ValueError("certificate not canonical")
        return cert

    @classmethod
    def from_text(cls, text: str) -> DeviceCertificate:
        body, _, sig = text.partition(".")
        return cls.from_parts(unb64u(body), unb64u(sig))


def certificate_to_sign(device_public_key: bytes, device_id: str, opd_id: str,
                        issuer_public_key: bytes) -> DeviceCertificate:
    """An unsigned certificate; the issuer signs `CERT_CONTEXT + body()` and fills in `signature`."""
    return DeviceCertificate(device_id, opd_id, device_public_key, key_id(issuer_public_key), b"")


def signed_qr_text(payload: DocumentPayload, document_signature: bytes, certificate: DeviceCertificate) -> str:
    body, _, cert_sig = certificate.to_text().partition(".")
    return ".".join((SCHEME, b64u(payload.canonical()), b64u(document_signature), body, cert_sig))


def unsigned_qr_text(payload: DocumentPayload) -> str:
    return f"{SCHEME}.{b64u(payload.canonical())}"


@dataclass(frozen=True)
class VerificationResult:
    outcome: Outcome
    message: str  # Indonesian, for the officer or auditor
    payload: DocumentPayload | None = None
    device_id: str = ""
    opd_id: str = ""
    digest_hex: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "valid"


def verify_qr(text: str, trusted_server_public_keys: Iterable[bytes],
              signature_valid: SignatureCheck) -> VerificationResult:
    """Check a scanned QR with no network: payload well-formed, device signature, server certificate."""
    parts = text.strip().split(".")
    if parts[0] != SCHEME or len(parts) not in (2, 5):
        return VerificationResult("malformed", "Kode QR bukan kode dokumen Blangkon.")
    try:
        payload = DocumentPayload.parse(unb64u(parts[1]))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return VerificationResult("malformed", "Isi kode QR rusak atau telah diubah.")
    digest_hex = payload.digest().hex()
    if len(parts) == 2:
        return VerificationResult("unsigned", "Dokumen draf: belum ditandatangani perangkat yang tersertifikasi.",
                                  payload, digest_hex=digest_hex)
    try:
        doc_sig = unb64u(parts[2])
        cert = DeviceCertificate.from_parts(unb64u(parts[3]), unb64u(parts[4]))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return VerificationResult("malformed", "Sertifikat dalam kode QR rusak.", payload, digest_hex=digest_hex)
    trusted = {key_id(raw): raw for raw in trusted_server_public_keys}
    issuer = trusted.get(cert.issuer_key_id)
    if issuer is None or not signature_valid(issuer, cert.signature, CERT_CONTEXT + cert.body()):
        return VerificationResult("untrusted_certificate",
                                  "Perangkat penerbit dokumen tidak disertifikasi server provinsi.",
                                  payload, cert.device_id, cert.opd_id, digest_hex)
    if not signature_valid(cert.device_public_key, doc_sig, DOC_CONTEXT + payload.digest()):
        return VerificationResult("bad_signature", "Tanda tangan digital tidak cocok: isi dokumen telah diubah.",
                                  payload, cert.device_id, cert.opd_id, digest_hex)
    return VerificationResult("valid", "Dokumen asli: ditandatangani perangkat tersertifikasi.",
                              payload, cert.device_id, cert.opd_id, digest_hex)
