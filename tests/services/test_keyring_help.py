"""The password vault named as officers and IT know it, and per-OS advice when none answers (issue 19)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.app.selftest import OK, WARN, check_keyring
from desktop.services.keyring_help import backend_label, no_keyring_advice


def test_windows_backend_is_credential_manager():
    assert backend_label("keyring.backends.Windows.WinVaultKeyring") == "Windows Credential Manager"
    assert backend_label("some.Other") == "some.Other"


def test_advice_per_platform():
    assert "Credential Manager" in no_keyring_advice("win32") and "VaultSvc" in no_keyring_advice("win32")
    assert "gnome-keyring" in no_keyring_advice("linux")
    assert "Keychain" in no_keyring_advice("darwin")


class DictKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def get_password(self, service, username):
        return self.data.get((service, username))

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


@pytest.fixture
def restore_keyring():
    old = keyring.get_keyring()
    yield
    keyring.set_keyring(old)


def test_self_test_names_the_vault_and_gives_windows_advice(restore_keyring, monkeypatch):
    keyring.set_keyring(DictKeyring())
    assert check_keyring().status == OK
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.platform", "win32")
    check = check_keyring()
    assert check.status == WARN and "VaultSvc" in check.action and "QR" in check.action
