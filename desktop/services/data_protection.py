"""The keyring-backed Sealer for personal data at rest (UU PDP 27/2022; issue 15).

One random AES-256 key per local database, named by `data_key_id` in sync_state and kept only in the OS keyring
(CredentialStore). Each sealed value is `enc1:` + base64url(12-byte random nonce + AES-GCM ciphertext) with the
field name as associated data, so a value cannot be moved to another field unnoticed. Why field-level and not
SQLCipher: see docs/DATA_AT_REST.md (measured by tests/bench/bench_encryption.py).
"""

from __future__ import annotations

import base64
import logging
import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.services.credentials import CredentialStore, CredentialsUnavailable
from desktop.store import Store
from desktop.store.sealing import PREFIX, WITHHELD, SealedDataUnavailable, Sealer

log = logging.getLogger(__name__)
KEY_ID = "data_key_id"


class AesGcmSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, field: str, value: str) -> str:
        nonce = os.urandom(12)
        blob = nonce + self._aead.encrypt(nonce, value.encode("utf-8"), field.encode())
        return PREFIX + base64.urlsafe_b64encode(blob).decode("ascii")

    def open(self, field: str, value: str) -> str:
        try:
            blob = base64.urlsafe_b64decode(value[len(PREFIX):])
            return self._aead.decrypt(blob[:12], blob[12:], field.encode()).decode("utf-8")
        except (InvalidTag, ValueError) as exc:  # another database's key, or an edited value
            raise SealedDataUnavailable() from exc


def sealer_for(store: Store, credentials: CredentialStore) -> Sealer:
    """This database's key from the keyring (created on first use). WITHHELD when the keyring cannot be used:
    personal data is then not stored at all, never in clear."""
    with store.unit_of_work(readonly=True) as uow:
        key_id = uow.sync_state.get_str(KEY_ID)
    try:
        key = credentials.load_data_key(key_id) if key_id else None
        if key is None:
            if key_id:  # the key is gone from the keyring: sealed values stay unreadable, new ones get a new id
                log.warning("data key %s not in the keyring; a new key is made for new data", key_id)
            key_id, key = str(uuid.uuid4()), os.urandom(32)
            credentials.save_data_key(key_id, key)
            with store.unit_of_work() as uow:
                uow.sync_state.set(KEY_ID, key_id)
    except CredentialsUnavailable as exc:
        log.warning("personal data withheld (no usable keyring): %s", exc.detail or exc)
        return WITHHELD
    return AesGcmSealer(key)


def protect(store: Store, credentials: CredentialStore) -> Sealer:
    """Set the store's sealer and seal what an older version left in clear. Called once after Store.open."""
    store.sealer = sealer_for(store, credentials)
    if store.sealer is not WITHHELD:
        converted = store.seal_existing()
        if converted:
            log.info("sealed personal data of %d providers written before sealing existed", converted)
    return store.sealer
