"""The server's answer to one outbox file, carried back on the stick: signed by the server's Ed25519 key.

File = one JSON object {format, kind: "receipt", v, key_id, body, sig}. `body`: opd_id, device_id, seq and
outbox_hash of the file it answers, imported_at (server time), first_imported_at, and
- results: one per command, in file order: {id, status, body} — exactly what the online endpoint would have
  answered (same handler, same Idempotency-Key; a replay for a command the server already had) — or
  {id, status: null} for a command not run because an earlier command of its order was refused or must be
  retried (the client keeps it queued, as online FIFO per order does);
- orders: the server copy of every order the file touched, after the whole file (the state to show).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.usb.codec import (
    FORMAT,
    VERSION,
    UsbRefused,
    file_text,
    key_id,
    parse_header,
    public_raw,
    sign,
    signature_valid,
)

KIND = "receipt"
CONTEXT = b"blangkon-usb-receipt-v1\n"


@dataclass(frozen=True)
class Receipt:
    opd_id: str
    device_id: str
    seq: int
    outbox_hash: str
    imported_at: str
    first_imported_at: str
    results: tuple[dict[str, Any], ...]
    orders: tuple[dict[str, Any], ...]

    def body(self) -> dict[str, Any]:
        return {"opd_id": self.opd_id, "device_id": self.device_id, "seq": self.seq, "outbox_hash": self.outbox_hash,
                "imported_at": self.imported_at, "first_imported_at": self.first_imported_at,
                "results": list(self.results), "orders": list(self.orders)}


def write_receipt(receipt: Receipt, server_key: Ed25519PrivateKey) -> bytes:
    body = receipt.body()
    return file_text({"format": FORMAT, "kind": KIND, "v": VERSION, "key_id": key_id(public_raw(server_key))},
                     sig=sign(server_key, CONTEXT, body), body=body)


def open_receipt(data: bytes, name: str, server_signing_keys: list[bytes]) -> Receipt:
    head = parse_header(data, name, KIND)
    body = head.get("body")
    if not isinstance(body, dict) or not any(
            signature_valid(k, CONTEXT, body, str(head.get("sig"))) for k in server_signing_keys):
        raise UsbRefused("usb_damaged", file=name)
    try:
        return Receipt(str(body["opd_id"]), str(body["device_id"]), int(body["seq"]), str(body["outbox_hash"]),
                       str(body["imported_at"]), str(body["first_imported_at"]),
                       tuple(dict(r) for r in body["results"]), tuple(dict(o) for o in body["orders"]))
    except (KeyError, TypeError, ValueError):
        raise UsbRefused("usb_damaged", file=name) from None
