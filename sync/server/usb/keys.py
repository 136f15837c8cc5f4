"""The server's keys for USB files.

- Encryption: an X25519 key (seed in `server_state["usb_box_seed"]`, shared by all workers) to which desktops
  encrypt their outbox files. Its public half goes to desktops with `GET /v1/usb/keys` (fetched at login and
  after each sync) or `blangkon-server usb-keys` (for a provisioning file).
- Signing: the server's existing Ed25519 key (sync/server/devices/certificates.py) signs receipts and catalog
  files — the key desktops already trust for device certificates.
"""

from __future__ import annotations

import secrets
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import IntegrityError

from sync.server.devices import certificates as certs
from sync.server.storage import models as m
from sync.server.storage.db import write_txn
from sync.server.storage.state import get_state, set_state
from sync.usb.codec import b64u, key_id, unb64u
from sync.usb.outbox_file import x25519_raw

SEED = "usb_box_seed"


def ensure_usb_key(engine: Engine) -> None:
    """Create the X25519 seed once; concurrent workers race on the primary key and one wins."""
    certs.ensure_key(engine)
    try:
        with write_txn(engine) as conn:
            if get_state(conn, SEED) is None:
                set_state(conn, SEED, secrets.token_hex(32))
    except IntegrityError:
        pass


def usb_private(conn: Connection) -> X25519PrivateKey:
    seed = get_state(conn, SEED)
    if seed is None:
        raise RuntimeError("USB key missing (create_app runs ensure_usb_key)")
    return X25519PrivateKey.from_private_bytes(bytes.fromhex(seed))


def public_keys(conn: Connection) -> dict[str, Any]:
    """What a desktop needs: the key to encrypt to, and the key that signs receipts and catalog files."""
    box = x25519_raw(usb_private(conn))
    signing = certs.public_raw(certs.server_key(conn))
    return {"encryption_key": b64u(box), "encryption_key_id": key_id(box),
            "signing_key": b64u(signing), "signing_key_id": key_id(signing)}


def device_keys(conn: Connection, device_id: str) -> list[tuple[bytes, str]]:
    """Every key the server certified for this device id, with the OPD it was certified for."""
    c = m.device_cert.c
    rows = conn.execute(select(c.public_key, c.opd_id).where(c.device_id == device_id).order_by(c.id.desc()))
    return [(unb64u(r.public_key), str(r.opd_id)) for r in rows]
