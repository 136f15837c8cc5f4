"""Sync by USB stick (#18): the files an officer carries between an offline PC and the provincial server.

- `outbox_file`: the officer's queued commands, signed by the device key (Ed25519) and encrypted to the server's
  USB key (X25519 + HKDF-SHA256 + AES-256-GCM);
- `receipt_file`: the server's signed answer (per-command results and the orders' new server state);
- `catalog_file`: a signed catalog snapshot (the manifest with every chunk's sha256, then the chunks).

One format owner for both wings: the desktop (desktop/services/usb_transfer.py) and the server
(sync/server/usb/) read and write these files only through this package.
"""
