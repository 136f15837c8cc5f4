"""A database written by the version-6 app (one data key, kept only in the OS keyring, its id in
`sync_state.data_key_id`) still opens after the key-set upgrade (migration 0007), and its key becomes one the
officers' passwords hold too (issue 15, docs/DATA_AT_REST.md)."""

from __future__ import annotations

import os
import sqlite3

import keyring
from keyring.backends.fail import Keyring as NoKeyring

from desktop.services import data_protection
from desktop.services.credentials import CredentialStore
from desktop.store import Store, migrations
from desktop.store.sealing import is_withheld


def _version6_database(path, key: bytes) -> str:
    migrations.migrate(path, target=6)
    sealed = data_protection.AesGcmSealer(key).seal("nik", "3374010101900001")  # what version 6 wrote
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO sync_state VALUES ('data_key_id', '\"k-v6\"')")
        conn.execute("INSERT INTO provider (id, version, seq, status, name, legal_form, kabkota_code, marketplace, "
                     "nik) VALUES (7, 1, 1, 'active', 'CV Lama', 'perorangan', '33.74', 'MBIZ', ?)", (sealed,))
    conn.close()
    return sealed


def _nik(store: Store) -> str:
    with store.unit_of_work(readonly=True) as uow:
        provider = uow.catalog.get_provider(7)
    assert provider is not None
    return provider.nik or ""


def test_a_version_6_database_opens_with_its_keyring_key_and_the_key_joins_the_officers(tmp_path, dict_keyring):
    path = tmp_path / "blangkon.db"
    key = os.urandom(32)
    _version6_database(path, key)
    CredentialStore().save_data_key("k-v6", key)
    with Store.open(path) as store:
        data_protection.protect(store, CredentialStore())
        assert _nik(store) == "3374010101900001"  # no login needed: the keyring's key, as before
        unlocked = data_protection.unlock(store, CredentialStore(), "u-pp", "kata-sandi-pp-panjang")
        assert unlocked.held == {"k-v6"} and not unlocked.created_key and unlocked.notice == ""
        with store.unit_of_work(readonly=True) as uow:
            pair = uow.keys.officer_key("u-pp")
            assert pair is not None and set(uow.keys.wraps_for(pair.public_key)) == {"k-v6"}
    keyring.set_keyring(NoKeyring())  # later the keyring is locked: the officer's password still opens it
    with Store.open(path) as store:
        data_protection.protect(store, CredentialStore())
        assert is_withheld(_nik(store))
        data_protection.unlock(store, CredentialStore(), "u-pp", "kata-sandi-pp-panjang")
        assert _nik(store) == "3374010101900001"
