"""Device certificate for offline-verifiable printouts (scheme BLK1): POST /v1/devices/certificate.

The desktop keeps its Ed25519 key in the OS keyring and hands the engine only what is public. After a
successful sync `ensure_certificate` asks the server, once, to certify the key; a failure is reported to the
caller (who logs it) and simply retried on the next sync — it never affects the sync itself.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any, Protocol

import requests

from sync.client.transport import Cancel

CERT_PATH = "/v1/devices/certificate"


class CertificateRefused(Exception):
    """The server answered, but issued no certificate (e.g. 403 for a provincial account)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"device certificate: HTTP {status} {detail}".strip())
        self.status = status


class DeviceKeys(Protocol):
    """What the engine needs of the device's signing identity (desktop/services/device_identity.py)."""

    def device_id(self) -> str: ...

    def public_key(self) -> bytes | None: ...

    def needs_certificate(self) -> bool: ...

    def store_certificate(self, text: str) -> None: ...


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def request_certificate(send: Callable[..., requests.Response], device_id: str, public_key: bytes,
                        cancel: Cancel | None = None) -> dict[str, Any]:
    """POST the raw Ed25519 public key; returns the server's answer ({"certificate", "device_id", "opd_id",
    "issuer_key_id"}). `send(method, path, **kw)` is the engine's authenticated sender (Auth.send for a user)."""
    response = send("POST", CERT_PATH, json_body={"device_id": device_id, "public_key": _b64u(public_key)},
                    cancel=cancel)
    with response:
        if response.status_code != 201:
            try:
                problem = response.json()
                detail = str(problem.get("code") or problem.get("detail") or "") if isinstance(problem, dict) else ""
            except ValueError:
                detail = ""
            raise CertificateRefused(response.status_code, detail)
        body = response.json()
    if not isinstance(body, dict) or not isinstance(body.get("certificate"), str):
        raise CertificateRefused(201, "response without certificate")
    return body


def ensure_certificate(keys: DeviceKeys, send: Callable[..., requests.Response],
                       cancel: Cancel | None = None) -> bool:
    """Fetch and store a certificate when the device has a key but none for it. True if one was stored."""
    if not keys.needs_certificate():
        return False
    public = keys.public_key()
    if public is None:
        return False
    answer = request_certificate(send, keys.device_id(), public, cancel)
    keys.store_certificate(answer["certificate"])
    return True
