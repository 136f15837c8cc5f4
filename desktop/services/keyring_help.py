"""Which password vault ("keyring") a PC uses, in words an officer and IT staff recognise, and what IT can do when
there is none. On Windows the keyring package uses Windows Credential Manager (keyring.backends.Windows); it fails
when the Credential Manager service (VaultSvc) is stopped or blocked by group policy, or in a session without a
user profile (a service account, some remote-desktop setups)."""

from __future__ import annotations

import sys

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


def no_keyring_advice(platform: str | None = None) -> str:
    """What IT staff can do on this kind of PC when no vault answers (Indonesian, for the self-test and messages)."""
    platform = platform or sys.platform
    if platform == "win32":
        return ("minta admin TI menyalakan layanan Windows 'Credential Manager' (VaultSvc, Startup type: Manual) dan "
                "memastikan kebijakan grup tidak memblokirnya; masuk Windows dengan akun pengguna biasa (bukan akun "
                "layanan)")
    if platform == "darwin":
        return "buka aplikasi Keychain Access dan pastikan keychain 'login' tidak terkunci"
    return ("pasang dan aktifkan gnome-keyring (paket gnome-keyring, libsecret-1-0) atau KWallet, lalu masuk ulang ke "
            "desktop agar brankasnya terbuka")
