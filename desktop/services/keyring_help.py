"""Which password vault ("keyring") a PC uses, in words an officer and IT staff recognise, and what IT can do when
there is none. On Windows the keyring package uses Windows Credential Manager (keyring.backends.Windows); it fails
when the Credential Manager service (VaultSvc) is stopped or blocked by group policy, or in a session without a
user profile (a service account, some remote-desktop setups)."""

from __future__ import annotations

import sys

from desktop.domain.messages import Message
from desktop.services.texts import SERVICE_TEXTS

LABELS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring / KWallet)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.libsecret.Keyring": "libsecret (GNOME Keyring)",
    "keyring.backends.chainer.ChainerBackend": "rantai brankas (chainer)",
    "keyring.backends.fail.Keyring": "tidak ada",
    "keyring.backends.null.Keyring": "dimatikan (null)",
}


def backend_label(qualified_name: str) -> str:
    """'keyring.backends.Windows.WinVaultKeyring' → 'Windows Credential Manager' (unknown names pass through)."""
    return LABELS.get(qualified_name, qualified_name)


def no_keyring_advice(platform: str | None = None) -> Message:
    """What IT staff can do on this kind of PC when no vault answers (a Message: Indonesian, rendered in English by
    the UI; the self-test prints the Indonesian)."""
    platform = platform or sys.platform
    if platform == "win32":
        return SERVICE_TEXTS("keyring_advice_windows")
    if platform == "darwin":
        return SERVICE_TEXTS("keyring_advice_macos")
    return SERVICE_TEXTS("keyring_advice_linux")
