"""#13.22: an official document printed unsigned on a PC without a keyring says the real cause — the keyring, which
one and what it said — and what IT can do, never "perangkat ini belum disertifikasi" (which a PC without a keyring
can never fix: there is no key to certify)."""

from __future__ import annotations

import keyring
from keyring.backends import fail, null

from desktop.services.credentials import CredentialStore
from desktop.services.device_identity import DeviceIdentity
from desktop.services.keyring_help import no_keyring_advice
from tests.services.test_payments import to_bast
from tests.services.workflow_world import make_world


def test_no_keyring_and_no_certificate_names_the_keyring(store):
    keyring.set_keyring(fail.Keyring())  # the office PC: no Secret Service / Credential Manager answers
    identity = DeviceIdentity(store, CredentialStore())
    assert identity.signer() is None
    reason, help_text = identity.unsigned_reason(), identity.unsigned_help()
    assert reason.code == "unsigned_no_keyring" and "keyring" in reason and "belum disertifikasi" not in reason
    assert help_text.code == "unsigned_keyring_help"
    assert "tidak ada brankas yang terpasang" in help_text  # what the keyring said, not "is not secure"
    assert str(no_keyring_advice()) in help_text and "blangkon --self-test" in help_text


def test_a_disabled_keyring_is_named_as_such(store):
    keyring.set_keyring(null.Keyring())
    identity = DeviceIdentity(store, CredentialStore())
    assert identity.unsigned_reason().code == "unsigned_no_keyring" and "dimatikan" in identity.unsigned_help()


def test_with_a_keyring_the_missing_certificate_is_the_cause(store, dict_keyring):
    identity = DeviceIdentity(store, CredentialStore())
    note = identity.unsigned_reason()
    assert note.code == "unsigned_no_certificate" and "belum disertifikasi" in note and "Sinkronkan" in note
    assert identity.unsigned_help() == ""  # nothing for IT to do: the next sync fetches the certificate


def test_advice_for_windows_names_credential_manager():
    assert "Credential Manager" in no_keyring_advice("win32") and "VaultSvc" in no_keyring_advice("win32")
    assert "Secret Service" in no_keyring_advice("linux")


def test_the_printed_sp_carries_the_cause(tmp_path):
    keyring.set_keyring(fail.Keyring())
    world = make_world(tmp_path)
    try:
        order = to_bast(world)
        rendered = world.documents.render(order.id, "sp")
    finally:
        world.store.close()
    assert rendered.official and not rendered.signed
    assert rendered.signature_note.code == "unsigned_no_keyring"
    assert "belum disertifikasi" not in rendered.signature_note
    assert "blangkon --self-test" in rendered.signature_help and "galat" in rendered.signature_help
