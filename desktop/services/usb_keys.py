"""The provincial server's public USB keys on this PC (#18): the X25519 key exports are encrypted to, and the
Ed25519 key that signs receipts and catalog files. Fetched at login and after each sync (GET /v1/usb/keys);
kept in `sync_state` so a PC far from any signal still has them."""

from __future__ import annotations

from desktop.store import Store

KEYS = "usb_server_keys"


def load(store: Store) -> dict[str, str] | None:
    with store.unit_of_work(readonly=True) as uow:
        keys = uow.sync_state.get(KEYS)
    return {str(k): str(v) for k, v in keys.items()} if isinstance(keys, dict) else None


def save(store: Store, keys: dict[str, str]) -> None:
    with store.unit_of_work() as uow:
        if uow.sync_state.get(KEYS) != keys:
            uow.sync_state.set(KEYS, dict(keys))


def seed(store: Store, keys: dict[str, str] | None) -> bool:
    """Keys from IT's provisioning file (`usb_keys`), for a PC that may never sync; keys the server itself sent
    (at a later sync) are never overwritten by them. True when stored."""
    if not keys or load(store) is not None:
        return False
    save(store, keys)
    return True
