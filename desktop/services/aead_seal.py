"""AES-256-GCM sealing of one value (`enc1:` + base64url(nonce + ciphertext), the field name as associated data):
the primitive of data_protection, alone in a light module so that the snapshot's child process (issue 16), which
seals sellers' data as it stages them, imports no keyring, argon2 or store machinery to unpickle its sealer."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.sealing import PREFIX, SealedDataUnavailable


class AesGcmSealer:
    """One key (tests, tools); the app uses KeySetSealer."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._aead = AESGCM(key)

    def __reduce__(self) -> tuple[Any, ...]:
        return AesGcmSealer, (self._key,)

    def seal(self, field: str, value: str) -> str:
        return _seal(self._aead, field, value)

    def open(self, field: str, value: str) -> str:
        return _open([self._aead], field, value)


class KeySetSealer:
    """Seals with the current key; opens with whichever held key fits (current first)."""

    def __init__(self, keys: Mapping[str, bytes], current: str) -> None:
        self.current = current
        self.key_ids = frozenset(keys)
        self._sealing = AESGCM(keys[current])
        self._all = [self._sealing] + [AESGCM(k) for kid, k in keys.items() if kid != current]
        self._sealing_key = keys[current]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (for the snapshot's child process, over its pipe, never to a file) as a sealer of the current
        key only: the child seals sellers' data and opens nothing; the sealed text is the same."""
        return AesGcmSealer, (self._sealing_key,)

    def seal(self, field: str, value: str) -> str:
        return _seal(self._sealing, field, value)

    def open(self, field: str, value: str) -> str:
        return _open(self._all, field, value)


def _seal(aead: AESGCM, field: str, value: str) -> str:
    nonce = os.urandom(12)
    blob = nonce + aead.encrypt(nonce, value.encode("utf-8"), field.encode())
    return PREFIX + base64.urlsafe_b64encode(blob).decode("ascii")


def _open(aeads: Iterable[AESGCM], field: str, value: str) -> str:
    try:
        blob = base64.urlsafe_b64decode(value[len(PREFIX):])
    except ValueError as exc:  # an edited value
        raise SealedDataUnavailable() from exc
    if len(blob) < 28:
        raise SealedDataUnavailable()
    for aead in aeads:
        try:
            return aead.decrypt(blob[:12], blob[12:], field.encode()).decode("utf-8")
        except InvalidTag:
            continue  # another key of the set, or another database's key
    raise SealedDataUnavailable()
