"""The officer's queued commands on a stick: signed by the device, encrypted to the provincial server.

File = one JSON object. Clear header (authenticated as AES-GCM associated data): format, kind, v, opd_id,
device_id, seq, created_at, recipient_key_id, epk, nonce; then `ciphertext` and its `sha256`. The ciphertext is
AES-256-GCM under HKDF-SHA256(X25519(ephemeral, server USB key)) of canonical {"body", "sig"}: `body` repeats
opd/device/seq and carries the commands (exactly what the outbox would send online: the same Idempotency-Key,
method, path, preconditions and body) with their `content_hash`; `sig` is the device's Ed25519 signature.
Whoever finds the stick can neither read the commands nor change one without the server noticing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.usb.codec import (
    FORMAT,
    VERSION,
    UsbRefused,
    b64_field,
    b64u,
    canonical,
    file_text,
    key_id,
    parse_header,
    sha256_hex,
    sign,
    signature_valid,
)

KIND = "outbox"
CONTEXT = b"blangkon-usb-outbox-v1\n"
_HEADER = ("format", "kind", "v", "opd_id", "device_id", "seq", "created_at", "recipient_key_id", "epk", "nonce")
_COMMAND = {"id", "method", "path", "headers", "body", "actor_user_id", "order_id"}


@dataclass(frozen=True)
class OutboxFile:
    opd_id: str
    device_id: str
    seq: int
    created_at: str
    commands: tuple[dict[str, Any], ...]  # {id, method, path, headers, body, actor_user_id, order_id}
    content_hash: str  # sha256 of the canonical command list: the file's identity at the server


def commands_hash(commands: Iterable[dict[str, Any]]) -> str:
    return sha256_hex(canonical({"commands": list(commands)}))


def x25519_raw(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _aead_key(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient,
                info=b"blangkon-usb-outbox-v1").derive(shared)


def write_outbox(commands: list[dict[str, Any]], *, opd_id: str, device_id: str, seq: int, created_at: str,
                 device_key: Ed25519PrivateKey, server_usb_key: bytes) -> bytes:
    """The bytes of one outbox file. `server_usb_key` is the server's raw X25519 public key."""
    for cmd in commands:
        if set(cmd) != _COMMAND:
            raise ValueError(f"command fields must be {sorted(_COMMAND)}")
    body = {"opd_id": opd_id, "device_id": device_id, "seq": seq, "created_at": created_at,
            "commands": commands, "content_hash": commands_hash(commands)}
    plaintext = canonical({"body": body, "sig": sign(device_key, CONTEXT, body)})
    ephemeral = X25519PrivateKey.generate()
    epk = x25519_raw(ephemeral)
    nonce = os.urandom(12)
    header = {"format": FORMAT, "kind": KIND, "v": VERSION, "opd_id": opd_id, "device_id": device_id, "seq": seq,
              "created_at": created_at, "recipient_key_id": key_id(server_usb_key), "epk": b64u(epk),
              "nonce": b64u(nonce)}
    key = _aead_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(server_usb_key)), epk, server_usb_key)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, canonical(header))
    return file_text(header, sha256=sha256_hex(ciphertext), ciphertext=b64u(ciphertext))


def peek(data: bytes, name: str) -> dict[str, Any]:
    """The clear header (for a relaying PC to show what it uploads); nothing is decrypted or trusted."""
    head = parse_header(data, name, KIND)
    return {k: head.get(k) for k in ("opd_id", "device_id", "seq", "created_at")}


DeviceKeys = Callable[[str], list[tuple[bytes, str]]]  # device id → [(raw Ed25519 public key, its OPD)]


def open_outbox(data: bytes, name: str, server_usb_key: X25519PrivateKey, device_keys: DeviceKeys) -> OutboxFile:
    """Decrypt and check one outbox file; every refusal is a UsbRefused and means nothing may be applied."""
    head = parse_header(data, name, KIND)
    header = {k: head.get(k) for k in _HEADER}
    recipient = x25519_raw(server_usb_key)
    if head.get("recipient_key_id") != key_id(recipient):
        raise UsbRefused("usb_other_server", file=name, key_id=str(head.get("recipient_key_id")))
    ciphertext = b64_field(head, "ciphertext", name)
    if head.get("sha256") != sha256_hex(ciphertext):
        raise UsbRefused("usb_damaged", file=name)
    epk = b64_field(head, "epk", name, 32)
    nonce = b64_field(head, "nonce", name, 12)
    try:
        shared = server_usb_key.exchange(X25519PublicKey.from_public_bytes(epk))
        plaintext = AESGCM(_aead_key(shared, epk, recipient)).decrypt(nonce, ciphertext, canonical(header))
        inner = json.loads(plaintext.decode("utf-8"))
        body, sig = inner["body"], inner["sig"]
        parsed = OutboxFile(str(body["opd_id"]), str(body["device_id"]), int(body["seq"]), str(body["created_at"]),
                            tuple(dict(c) for c in body["commands"]), str(body["content_hash"]))
    except (InvalidTag, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise UsbRefused("usb_damaged", file=name) from None
    if (parsed.opd_id, parsed.device_id, parsed.seq, parsed.created_at) != (
            head.get("opd_id"), head.get("device_id"), head.get("seq"), head.get("created_at")):
        raise UsbRefused("usb_damaged", file=name)
    if commands_hash(parsed.commands) != parsed.content_hash or any(set(c) != _COMMAND for c in parsed.commands):
        raise UsbRefused("usb_damaged", file=name)
    keys = device_keys(parsed.device_id)
    if not keys:
        raise UsbRefused("usb_device_unknown", device=parsed.device_id)
    signer = [opd for public, opd in keys if signature_valid(public, CONTEXT, body, str(sig))]
    if not signer:
        raise UsbRefused("usb_bad_signature", file=name, device=parsed.device_id)
    if parsed.opd_id not in signer:
        raise UsbRefused("usb_other_opd", file=name, found=parsed.opd_id, expected=signer[0])
    return parsed
