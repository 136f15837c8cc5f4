"""Refresh tokens and the device's document-signing key in the OS keyring — and nowhere else.

Vorta's lesson: keyring calls can block on a locked wallet, so callers run these on the I/O lane. When no secure
keyring is available we raise `CredentialsUnavailable` with an actionable Indonesian message; we never fall back
to a plaintext file (keyrings.alt's PlaintextKeyring only base64-encodes), so such backends are refused too.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.services.texts import SERVICE_TEXTS

SERVICE_NAME = "blangkon-desktop"

# Backends that would store the secret readably on disk, or silently drop it.
_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")

MSG_UNAVAILABLE = SERVICE_TEXTS("keyring_unavailable")


class CredentialsUnavailable(RuntimeError):
    """The OS keyring is missing, locked or insecure. `.message` tells the officer what to do."""

    code = "keyring_unavailable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(MSG_UNAVAILABLE)
        self.message = MSG_UNAVAILABLE
        self.detail = detail


def _data_key_account(key_id: str) -> str:
    return f"data-key|{key_id}"


def _device_key_account(device_id: str) -> str:
    return f"device-signing-key|{device_id}"


def _account(server_url: str, username: str) -> str:
    return f"{server_url.rstrip('/')}|{username}"


class CredentialStore:
    """Save, load and forget one refresh token per (server, user)."""

    def __init__(self, service_name: str = SERVICE_NAME) -> None:
        self.service_name = service_name

    def _backend(self) -> keyring.backend.KeyringBackend:
        backend = keyring.get_keyring()
        module = type(backend).__module__
        if module.startswith(_INSECURE_MODULES):
            # say which case it is: no vault installed at all is the common one on office PCs (#13.22)
            why = ("keyring_none" if module.startswith("keyring.backends.fail") else
                   "keyring_disabled" if module.startswith("keyring.backends.null") else "keyring_plaintext")
            raise CredentialsUnavailable(SERVICE_TEXTS(why))
        return backend

    @staticmethod
    def backend_name() -> str:
        """The keyring backend this process uses, e.g. 'keyring.backends.Windows.WinVaultKeyring'."""
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration still gets named
            return f"? ({type(exc).__name__})"
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def available(self) -> bool:
        try:
            self._backend()
        except CredentialsUnavailable:
            return False
        return True

    def save_refresh_token(self, server_url: str, username: str, token: str) -> None:
        try:
            self._backend().set_password(self.service_name, _account(server_url, username), token)
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc

    def load_refresh_token(self, server_url: str, username: str) -> str | None:
        try:
            return self._backend().get_password(self.service_name, _account(server_url, username))
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc

    def delete_refresh_token(self, server_url: str, username: str) -> None:
        try:
            self._backend().delete_password(self.service_name, _account(server_url, username))
        except PasswordDeleteError:
            return  # nothing stored: forgetting is already done
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc

    # -- the device's Ed25519 document-signing key (hex of the raw 32-byte seed) ----------------------------
    def save_device_key(self, device_id: str, seed: bytes) -> None:
        try:
            self._backend().set_password(self.service_name, _device_key_account(device_id), seed.hex())
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc

    def load_device_key(self, device_id: str) -> bytes | None:
        """The stored seed, None when none was created yet; CredentialsUnavailable when it cannot be read."""
        try:
            text = self._backend().get_password(self.service_name, _device_key_account(device_id))
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc
        if not text:
            return None
        try:
            seed = bytes.fromhex(text)
        except ValueError:
            return None
        return seed if len(seed) == 32 else None

    # -- the data key that seals personal data in the local database (AES-256, hex) --------------------------
    def save_data_key(self, key_id: str, key: bytes) -> None:
        try:
            self._backend().set_password(self.service_name, _data_key_account(key_id), key.hex())
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc

    def load_data_key(self, key_id: str) -> bytes | None:
        """The stored key, None when none was created yet; CredentialsUnavailable when it cannot be read."""
        try:
            text = self._backend().get_password(self.service_name, _data_key_account(key_id))
        except KeyringError as exc:
            raise CredentialsUnavailable(str(exc)) from exc
        try:
            key = bytes.fromhex(text or "")
        except ValueError:
            return None
        return key if len(key) == 32 else None
