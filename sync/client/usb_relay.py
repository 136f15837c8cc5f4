"""The connected side of sync by USB stick (#18): the server's USB keys, and relaying a stick's outbox file.

The file is uploaded as it is (the relaying PC cannot read it: it is encrypted to the server); the answer is the
signed receipt file, written back to the stick by the caller. A refusal is the server's coded message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from sync.client.transport import Cancel, TransportError

KEYS_PATH = "/v1/usb/keys"
OUTBOX_PATH = "/v1/usb/outbox"


@dataclass(frozen=True)
class Relayed:
    receipt: bytes | None  # the receipt file's bytes when the server took the file
    refusal: dict[str, Any] | None  # the server's problem (usb_code, params, detail) when it refused the file
    applied: int = 0
    refused: int = 0
    not_run: int = 0
    already_imported_at: str | None = None


def fetch_usb_keys(send: Callable[..., requests.Response], cancel: Cancel | None = None) -> dict[str, str]:
    response = send("GET", KEYS_PATH, cancel=cancel)
    with response:
        if response.status_code != 200:
            raise TransportError(f"usb keys: HTTP {response.status_code}", response.status_code, response)
        body = response.json()
    if not isinstance(body, dict) or not all(isinstance(body.get(k), str) for k in
                                             ("encryption_key", "encryption_key_id", "signing_key", "signing_key_id")):
        raise TransportError("usb keys: unexpected answer")
    return {k: str(v) for k, v in body.items()}


def upload_outbox(send: Callable[..., requests.Response], data: bytes, name: str,
                  cancel: Cancel | None = None) -> Relayed:
    response = send("POST", OUTBOX_PATH, data=data, cancel=cancel,
                    headers={"Content-Type": "application/octet-stream", "X-File-Name": name.encode("ascii", "replace")
                             .decode("ascii")})
    with response:
        if response.status_code == 200:
            h = response.headers
            return Relayed(response.content, None, int(h.get("x-usb-applied", 0)), int(h.get("x-usb-refused", 0)),
                           int(h.get("x-usb-not-run", 0)), h.get("x-usb-already-imported-at"))
        try:
            problem = response.json()
        except ValueError:
            problem = None
        if response.status_code == 422 and isinstance(problem, dict) and problem.get("usb_code"):
            return Relayed(None, problem)
        raise TransportError(f"usb upload: HTTP {response.status_code}", response.status_code, response)
