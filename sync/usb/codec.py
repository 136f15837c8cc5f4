"""What every USB file shares: canonical JSON, the refusals for bytes that are not (whole) Blangkon files, and
Ed25519 signatures over a context-prefixed canonical body."""

from __future__ import annotations

import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.domain.document_qr import b64u, canonical, key_id, unb64u
from desktop.domain.errors import UsbRefused

FORMAT = "blangkon-usb"
VERSION = 1
KINDS = {"outbox": "berkas perintah (ekspor USB)", "receipt": "tanda terima server",
         "catalog": "berkas katalog"}

__all__ = [
    "FORMAT",
    "VERSION",
    "UsbRefused",
    "b64_field",
    "b64u",
    "canonical",
    "key_id",
    "parse_header",
    "public_raw",
    "read_bytes",
    "sha256_hex",
    "sign",
    "signature_valid",
    "unb64u",
]


def file_text(head: dict[str, Any], **rest: Any) -> bytes:
    """A file's JSON: the header fields first (so a cut file still shows it is ours, and stops before its
    closing brace), then the rest; one line ending in a newline."""
    return json.dumps({**head, **rest}, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsbRefused("usb_file_unreadable", file=path.name, reason=exc.strerror or type(exc).__name__) from None


def parse_header(data: bytes, name: str, kind: str) -> dict[str, Any]:
    """The JSON object a USB file starts with (the whole file, or its first line for a catalog), checked for
    format, kind and version. Bytes that stop early are `usb_truncated`; anything else unparseable is
    `usb_not_blangkon` — or `usb_damaged` when it still looks like ours (a flipped byte in the JSON text)."""
    text = data.split(b"\n", 1)[0] if kind == "catalog" else data
    try:
        obj = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        if not text.startswith(b'{"format":"' + FORMAT.encode() + b'"'):
            raise UsbRefused("usb_not_blangkon", file=name) from None
        stripped = text.rstrip()
        raise UsbRefused("usb_damaged" if stripped.endswith(b"}") else "usb_truncated", file=name) from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise UsbRefused("usb_not_blangkon", file=name)
    if obj.get("kind") != kind:
        found = KINDS.get(str(obj.get("kind")), str(obj.get("kind")))
        raise UsbRefused("usb_wrong_kind", file=name, found=found, expected=KINDS[kind])
    if obj.get("v") != VERSION:
        raise UsbRefused("usb_version_unknown", file=name, version=str(obj.get("v")))
    return obj


def b64_field(obj: dict[str, Any], field: str, name: str, size: int | None = None) -> bytes:
    value = obj.get(field)
    try:
        raw = unb64u(value) if isinstance(value, str) else None
    except (ValueError, binascii.Error):
        raw = None
    if raw is None or (size is not None and len(raw) != size):
        raise UsbRefused("usb_damaged", file=name)
    return raw


def sign(key: Ed25519PrivateKey, context: bytes, body: dict[str, Any]) -> str:
    return b64u(key.sign(context + canonical(body)))


def signature_valid(public: bytes, context: bytes, body: dict[str, Any], signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(unb64u(signature), context + canonical(body))
    except (InvalidSignature, ValueError, binascii.Error, TypeError):
        return False
    return True


def _short(device_id: str) -> str:
    return hashlib.sha256(device_id.encode()).hexdigest()[:8]


def export_name(device_id: str, seq: int) -> str:
    """File names on the stick: which device and which export, so an officer can tell them apart."""
    return f"blangkon-ekspor-{_short(device_id)}-{seq:05d}.blkusb"


def receipt_name(device_id: str, seq: int) -> str:
    return f"blangkon-tanda-terima-{_short(device_id)}-{seq:05d}.blkterima"
