"""Refresh tokens go only to a secure keyring; failures give an actionable message, never a plaintext file."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desktop.services.credentials import CredentialStore, CredentialsUnavailable


def test_round_trip_per_server_and_user(dict_keyring):
    cs = CredentialStore()
    cs.save_refresh_token("http://127.0.0.1:8000/", "pp.demo", "tok-1")
    cs.save_refresh_token("http://127.0.0.1:8000", "ppk.demo", "tok-2")
    assert cs.load_refresh_token("http://127.0.0.1:8000", "pp.demo") == "tok-1"
    assert cs.load_refresh_token("http://127.0.0.1:8000", "ppk.demo") == "tok-2"
    cs.delete_refresh_token("http://127.0.0.1:8000", "pp.demo")
    assert cs.load_refresh_token("http://127.0.0.1:8000", "pp.demo") is None
    cs.delete_refresh_token("http://127.0.0.1:8000", "pp.demo")  # forgetting twice is fine
    assert cs.available()


def test_missing_keyring_raises_actionable_error():
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        cs = CredentialStore()
        assert not cs.available()
        with pytest.raises(CredentialsUnavailable) as info:
            cs.save_refresh_token("http://x", "pp.demo", "secret")
        assert "harus masuk lagi" in info.value.message and "keyring" in info.value.message
    finally:
        keyring.set_keyring(old)


def test_plaintext_backend_is_refused(tmp_path):
    """keyrings.alt's PlaintextKeyring (auto-selected when installed) only base64-encodes: refuse it."""
    from tests.services.conftest import DictKeyring

    class PlaintextKeyring(DictKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            (tmp_path / "keyring_pass.cfg").write_text(password)

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    backend = PlaintextKeyring()
    old = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(CredentialsUnavailable):
            CredentialStore().save_refresh_token("http://x", "pp.demo", "secret")
        assert not (tmp_path / "keyring_pass.cfg").exists()
    finally:
        keyring.set_keyring(old)
