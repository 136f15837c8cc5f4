"""This installation's document-signing identity (scheme BLK1, desktop/documents/verification.py), Qt-free.

- The Ed25519 device key is created once and kept in the OS keyring through CredentialStore — never in a file.
  With no usable keyring there is no key: official documents then print unsigned (the QR carries the payload
  only, as drafts do) and `unsigned_reason()` tells the officer why.
- The certificate the provincial server issued for that key is public; it lives in the local store
  (`sync_state["device_certificate"]`). The sync service fetches it once after a successful sync
  (sync/client/devices.py) and retries on the next sync if that failed.
- `signer()` is what DocumentService passes to the document builders: a DocumentSigner, or None.

The device id is the one the sync service uses (`sync_state["device_id"]`), created here when missing.
"""

from __future__ import annotations

import logging
import threading
import uuid

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.documents.verification import (
    DeviceCertificate,
    DocumentSigner,
    generate_device_key,
    load_private_key,
    private_key_bytes,
    raw_public_key,
)
from desktop.domain.messages import Message
from desktop.services.credentials import CredentialStore, CredentialsUnavailable
from desktop.services.keyring_help import backend_label, no_keyring_advice
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store

log = logging.getLogger(__name__)

DEVICE_ID_KEY = "device_id"
CERTIFICATE_KEY = "device_certificate"

# why an official document is unsigned (translatable Messages, #13.22); unsigned_help() adds what IT can do
MSG_NO_KEYRING = SERVICE_TEXTS("unsigned_no_keyring")
MSG_NO_CERTIFICATE = SERVICE_TEXTS("unsigned_no_certificate")


class DeviceIdentity:
    def __init__(self, store: Store, credentials: CredentialStore | None) -> None:
        self.store = store
        self.credentials = credentials
        self._key: Ed25519PrivateKey | None = None
        self._keyring_failed = credentials is None
        self._keyring_error = "" if credentials is not None else "—"  # what the keyring said when it failed
        self._lock = threading.Lock()

    # -- identity ------------------------------------------------------------------------------------------
    def device_id(self) -> str:
        with self.store.unit_of_work() as uow:
            found = uow.sync_state.get_str(DEVICE_ID_KEY)
            if not found:
                found = str(uuid.uuid4())
                uow.sync_state.set(DEVICE_ID_KEY, found)
        return found

    def _load_key(self, create: bool) -> Ed25519PrivateKey | None:
        """The device key from the keyring (cached for the process); created and saved once when `create`."""
        with self._lock:
            if self._key is not None:
                return self._key
            if self.credentials is None:
                return None
            device_id = self.device_id()
            try:
                seed = self.credentials.load_device_key(device_id)
                if seed is None and create:
                    key = generate_device_key()
                    self.credentials.save_device_key(device_id, private_key_bytes(key))
                    seed = self.credentials.load_device_key(device_id)  # only a key the keyring really kept
            except CredentialsUnavailable as exc:
                if not self._keyring_failed:
                    log.warning("document signing key unavailable, documents stay unsigned: %s", exc.detail)
                self._keyring_failed = True
                self._keyring_error = exc.detail or str(exc)
                return None
            self._keyring_failed = False
            self._keyring_error = ""
            if seed is not None:
                self._key = load_private_key(seed)
            return self._key

    def public_key(self) -> bytes | None:
        """Raw 32-byte public key to certify (the key is created on first use); None without a keyring."""
        key = self._load_key(create=True)
        return raw_public_key(key.public_key()) if key is not None else None

    def signing_key(self) -> Ed25519PrivateKey | None:
        """The device key, to sign a USB export (#18); None without a keyring (never created here: a key the
        server has not certified could not be checked there anyway)."""
        return self._load_key(create=False)

    # -- certificate ---------------------------------------------------------------------------------------
    def certificate(self) -> DeviceCertificate | None:
        with self.store.unit_of_work(readonly=True) as uow:
            text = uow.sync_state.get_str(CERTIFICATE_KEY)
        if not text:
            return None
        try:
            return DeviceCertificate.from_text(text)
        except ValueError:
            log.warning("stored device certificate is unreadable; it will be fetched again")
            return None

    def needs_certificate(self) -> bool:
        """True when there is a key (or one can be made) but no certificate for it."""
        public = self.public_key()
        if public is None:
            return False
        cert = self.certificate()
        return cert is None or cert.device_public_key != public

    def store_certificate(self, text: str) -> None:
        """Keep the server's certificate, after checking it certifies this device's key."""
        cert = DeviceCertificate.from_text(text)
        if cert.device_public_key != self.public_key():
            raise ValueError("certificate is for another key")
        with self.store.unit_of_work() as uow:
            uow.sync_state.set(CERTIFICATE_KEY, cert.to_text())

    # -- signing -------------------------------------------------------------------------------------------
    def signer(self) -> DocumentSigner | None:
        """What DocumentService signs official documents with; None when unsigned (see `unsigned_reason`)."""
        cert = self.certificate()
        if cert is None:
            return None  # no keyring access needed: without a certificate nothing can be signed anyway
        key = self._load_key(create=False)
        if key is None or raw_public_key(key.public_key()) != cert.device_public_key:
            return None
        return DocumentSigner(key, cert)

    def _keyring_usable(self) -> bool:
        """Ask the keyring (without creating a key): without a certificate signer() never does, and a PC with
        no keyring then read "belum disertifikasi" forever — it can never be certified (#13.22)."""
        if self.credentials is not None and not self._keyring_failed:
            self._load_key(create=False)
        return not self._keyring_failed

    def unsigned_reason(self) -> str:
        """Why `signer()` is None, in one short Indonesian sentence ("" when documents are signed);
        `unsigned_note()` is what the officer reads."""
        if self.signer() is not None:
            return ""
        return MSG_NO_CERTIFICATE if self._keyring_usable() else MSG_NO_KEYRING

    def unsigned_help(self) -> Message | str:
        """What IT can do about an unsigned official document: for a keyring that cannot be used, which one it is,
        what it said, the advice for this OS and the self-test; "" otherwise (the reason says it all)."""
        if self.signer() is not None or self._keyring_usable():
            return ""
        return SERVICE_TEXTS("unsigned_keyring_help", backend=backend_label(CredentialStore.backend_name()),
                             error=self._keyring_error or "—", advice=no_keyring_advice())
