"""The data keys that seal personal data and order content at rest, and who holds them (UU PDP 27/2022; issue 15).

Each sealed value is `enc1:` + base64url(12-byte random nonce + AES-256-GCM ciphertext) with the field name as
associated data, so a value cannot be moved to another field unnoticed. A local database has a small *set* of
data keys, named by id in its `data_key` table (never the key itself): values are sealed with the session's
current key and opened by trying each key the session holds (a wrong key fails the GCM tag at once).

Who holds the keys (docs/DATA_AT_REST.md, "Keys: keyring and the officer's password"):
- the OS keyring, when this PC has a usable one (`data-key|<id>`; the fast path, needs no password; the
  version-6 key `sync_state.data_key_id` became the first row of `data_key`, so old databases still open);
- every officer who has logged in here: an X25519 pair per officer, the private key wrapped under argon2id of the
  password, and each data key wrapped to each officer's public key (X25519 + HKDF-SHA256 + AES-GCM).
`protect` runs when the store opens (keyring only); `unlock` runs after each successful login (online, offline,
`blangkon sync`): it opens the officer's keys with the password, makes a key when this officer holds none (so
their work is sealed, never stored in clear and never withheld), hands every held key to every officer and to the
keyring, and sets `store.sealer`. `lock` (logout) drops what the password opened.
Why field-level and not SQLCipher: see docs/DATA_AT_REST.md (measured by tests/bench/bench_encryption.py).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from weakref import WeakKeyDictionary

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.services.aead_seal import AesGcmSealer as AesGcmSealer  # the one-key sealer of tests and tools
from desktop.services.aead_seal import KeySetSealer
from desktop.services.credentials import CredentialStore, CredentialsUnavailable
from desktop.services.texts import SERVICE_TEXTS
from desktop.store import Store
from desktop.store.repositories.keys import OfficerKey
from desktop.store.sealing import PLAINTEXT, WITHHELD, Sealer

log = logging.getLogger(__name__)

# The wrapping key of an officer's private key: argon2id with the offline verifier's cost (auth_service._HASHER).
# The verifier already lets a stolen folder test a guess at that cost, so a higher cost here would add nothing.
KDF_COST = {"t": 2, "m": 65536, "p": 2}
_WRAP_INFO = b"blangkon data key wrap v1"
_RAW = serialization.Encoding.Raw


# -- what a login found ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unlocked:
    sealer: Sealer
    held: frozenset[str] = field(default_factory=frozenset)  # the key ids this session holds
    waiting: frozenset[str] = field(default_factory=frozenset)  # keys another officer holds and this one not yet
    stranded: frozenset[str] = field(default_factory=frozenset)  # keys only this officer's OLD password opens
    new_pair: bool = False  # the password did not open the officer's pair here: it changed on the server
    created_key: bool = False
    username: str = ""

    @property
    def notice(self) -> str:
        """What the officer should know ("" when everything opens)."""
        if self.stranded:
            return SERVICE_TEXTS("data_keys_old_password", username=self.username)
        if self.waiting:
            return SERVICE_TEXTS("data_keys_password_changed" if self.new_pair else "data_keys_locked")
        return ""


# -- the keyring holder --------------------------------------------------------------------------------------------
def _from_keyring(credentials: CredentialStore, key_ids: Iterable[str]) -> tuple[dict[str, bytes], bool]:
    """The keys of this database the keyring holds, and whether the keyring can be used at all."""
    keys: dict[str, bytes] = {}
    try:
        if not credentials.available():
            return keys, False
        for kid in key_ids:
            key = credentials.load_data_key(kid)
            if key is not None:
                keys[kid] = key
    except CredentialsUnavailable as exc:
        log.warning("keyring not usable for data keys: %s", exc.detail or exc)
        return keys, False
    return keys, True


def _new_key(store: Store, created_by: str, now: datetime | None) -> tuple[str, bytes]:
    kid, key = str(uuid.uuid4()), os.urandom(32)
    with store.unit_of_work() as uow:
        uow.keys.add_data_key(kid, created_by, now)
    return kid, key


def _keyring_sealer(store: Store, credentials: CredentialStore) -> Sealer:
    with store.unit_of_work(readonly=True) as uow:
        ordered = [k.id for k in uow.keys.data_keys()]
    keys, usable = _from_keyring(credentials, ordered)
    from_keyring = set(keys)
    if not keys and usable:  # first start, or this profile's keyring never held this database's keys
        if ordered:
            log.warning("no data key of this database in the keyring; a new key is made for new data")
        kid, key = _new_key(store, "", None)
        ordered.append(kid)
        keys[kid] = key
    if not keys:
        return _remember(store, ordered, {}, set())
    return _remember(store, ordered, keys, share(store, credentials, keys, keyring=usable, in_keyring=from_keyring))


# What needs no password, per open store: the keys the keyring holds (logout goes back to it without a keyring call,
# which may block on a locked wallet — logout runs on the UI thread).
_WITHOUT_PASSWORD: WeakKeyDictionary[Store, Sealer] = WeakKeyDictionary()


def _remember(store: Store, ordered: list[str], keys: Mapping[str, bytes], in_keyring: set[str]) -> Sealer:
    """The sealer of `keys`; the part of them the keyring holds is remembered for `lock`."""
    kept = {kid: key for kid, key in keys.items() if kid in in_keyring}
    _WITHOUT_PASSWORD[store] = KeySetSealer(kept, _newest(ordered, kept)) if kept else WITHHELD
    return KeySetSealer(keys, _newest(ordered, keys)) if keys else WITHHELD


def _newest(ordered_ids: list[str], keys: Mapping[str, bytes]) -> str:
    return next(kid for kid in reversed(ordered_ids) if kid in keys)


def protect(store: Store, credentials: CredentialStore) -> Sealer:
    """At start, before any login: the keyring's keys (one is made when the keyring holds none), else WITHHELD
    (nothing is stored in clear; the officer's login unlocks). Seals what an older version left in clear."""
    store.sealer = _keyring_sealer(store, credentials)
    if store.sealer is not WITHHELD:
        converted = store.seal_existing()
        if converted:
            log.info("sealed personal data of %d providers written before sealing existed", converted)
    return store.sealer


def lock(store: Store) -> Sealer:
    """Logout: forget the keys the password opened; what needs no password (the keyring's keys) stays. Touches
    neither the keyring nor the database."""
    store.sealer = _WITHOUT_PASSWORD.get(store, WITHHELD)
    return store.sealer


# -- the officer's key pair ----------------------------------------------------------------------------------------
def _derive(password: str, kdf: Mapping[str, object]) -> bytes:
    cost = {name: int(str(kdf[name])) for name in ("t", "m", "p")}
    return hash_secret_raw(password.encode("utf-8"), base64.b64decode(str(kdf["salt"])), time_cost=cost["t"],
                           memory_cost=cost["m"], parallelism=cost["p"], hash_len=32, type=Type.ID)


def _private_aad(user_id: str, public_key: bytes) -> bytes:
    return b"blangkon officer key|" + user_id.encode() + b"|" + public_key


def _new_pair(user_id: str, password: str) -> tuple[OfficerKey, X25519PrivateKey]:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    kdf = {"alg": "argon2id", "salt": base64.b64encode(os.urandom(16)).decode("ascii"), **KDF_COST}
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(_derive(password, kdf)).encrypt(nonce, private_bytes(private),
                                                             _private_aad(user_id, public))
    return OfficerKey(public, user_id, wrapped, json.dumps(kdf, sort_keys=True)), private


def private_bytes(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def open_officer_key(officer: OfficerKey, password: str) -> X25519PrivateKey | None:
    """None when the password does not open it (changed on the server since, or a wrong password)."""
    try:
        kdf = json.loads(officer.kdf)
        if kdf.get("alg") != "argon2id":
            return None
        blob = officer.wrapped_private
        raw = AESGCM(_derive(password, kdf)).decrypt(blob[:12], blob[12:],
                                                     _private_aad(officer.user_id, officer.public_key))
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
    return X25519PrivateKey.from_private_bytes(raw)


# -- data keys wrapped to officers ---------------------------------------------------------------------------------
def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
               info=_WRAP_INFO + ephemeral + recipient).derive(shared)
    return AESGCM(kek)


def _wrap_aad(key_id: str, recipient: bytes) -> bytes:
    return b"blangkon data key|" + key_id.encode() + b"|" + recipient


def wrap(key_id: str, key: bytes, recipient: bytes) -> bytes:
    """ephemeral X25519 public (32) ‖ nonce (12) ‖ AES-GCM(HKDF(ECDH), key) — openable only by the recipient."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    return eph_pub + nonce + _wrap_key(shared, eph_pub, recipient).encrypt(nonce, key, _wrap_aad(key_id, recipient))


def unwrap(key_id: str, blob: bytes, private: X25519PrivateKey) -> bytes | None:
    recipient = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    try:
        eph_pub, nonce, sealed = blob[:32], blob[32:44], blob[44:]
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _wrap_key(shared, eph_pub, recipient).decrypt(nonce, sealed, _wrap_aad(key_id, recipient))
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == 32 else None


def share(store: Store, credentials: CredentialStore, keys: Mapping[str, bytes], *, keyring: bool,
          in_keyring: set[str] | None = None, now: datetime | None = None) -> set[str]:
    """Every held key wrapped to every officer's current public key that lacks it, and saved to the keyring
    (when usable) unless it came from there. Returns the ids the keyring holds now."""
    with store.unit_of_work(readonly=True) as uow:
        recipients = [k.public_key for k in uow.keys.officer_keys()]
        have = uow.keys.wrapped()
    missing = [(kid, pub) for kid in keys for pub in recipients if (kid, pub) not in have]
    if missing:
        blobs = [(kid, pub, wrap(kid, keys[kid], pub)) for kid, pub in missing]
        with store.unit_of_work() as uow:
            for kid, pub, blob in blobs:
                uow.keys.add_wrap(kid, pub, blob, now)
    held = set(in_keyring or set())
    if keyring:
        try:
            for kid in set(keys) - held:
                credentials.save_data_key(kid, keys[kid])
                held.add(kid)
        except CredentialsUnavailable as exc:
            log.warning("data keys not saved to the keyring: %s", exc.detail or exc)
    return held


# -- login ---------------------------------------------------------------------------------------------------------
def unlock(store: Store, credentials: CredentialStore, user_id: str, password: str, *,
           now: datetime | None = None) -> Unlocked:
    """After a successful login (the password was checked by the server or the offline verifier): the keys this
    officer's password opens, plus the keyring's; a new key when they hold none. Sets `store.sealer`."""
    with store.unit_of_work(readonly=True) as uow:
        ordered = [k.id for k in uow.keys.data_keys()]
        mine = uow.keys.officer_key(user_id)
        wraps = uow.keys.wraps_for(mine.public_key) if mine is not None else {}
    keys, keyring = _from_keyring(credentials, ordered)
    from_keyring = set(keys)
    private = open_officer_key(mine, password) if mine is not None else None
    if private is not None:
        for kid, blob in wraps.items():
            key = unwrap(kid, blob, private)
            if key is not None:
                keys.setdefault(kid, key)
    new_pair = mine is not None and private is None
    if private is None:  # first login here, or the password changed on the server: a new pair (the old retired)
        if new_pair:
            log.warning("the officer's key pair does not open with this password; a new pair is made")
        pair, private = _new_pair(user_id, password)
        with store.unit_of_work() as uow:
            uow.keys.add_officer_key(pair, now)
    created = False
    if not keys:  # never clear, never withheld: this officer's work gets a key of its own
        kid, key = _new_key(store, user_id, now)
        ordered.append(kid)
        keys[kid] = key
        created = True
    in_keyring = share(store, credentials, keys, keyring=keyring, in_keyring=from_keyring, now=now)
    previous = store.sealer
    sealer = _remember(store, ordered, keys, in_keyring)
    store.sealer = sealer
    if previous is WITHHELD or previous is PLAINTEXT:
        converted = store.seal_existing()  # what an older version wrote in clear, now that a key is held
        if converted:
            log.info("sealed personal data of %d providers written before sealing existed", converted)
    with store.unit_of_work(readonly=True) as uow:  # who could still bring the keys this session lacks
        others = {k.public_key for k in uow.keys.officer_keys() if k.user_id != user_id}
        mine_before = {k.public_key for k in uow.keys.retired_keys(user_id)}
        wrapped = uow.keys.wrapped()
        user = uow.users.get(user_id)
    lacking = [kid for kid in ordered if kid not in keys]
    waiting = frozenset(kid for kid in lacking if any((kid, pub) in wrapped for pub in others))
    stranded = frozenset(kid for kid in lacking if kid not in waiting
                         and any((kid, pub) in wrapped for pub in mine_before))
    return Unlocked(sealer, frozenset(keys), waiting, stranded, new_pair, created,
                    user.username if user is not None else "")


def recover(store: Store, credentials: CredentialStore, user_id: str, old_password: str, *,
            now: datetime | None = None) -> int:
    """A password changed on the server left keys that only the officer's OLD password opens (no keyring, no other
    holder here): open the retired pairs with it and wrap their keys to the officer's current pair (and to every
    other officer, and the keyring). Returns how many keys the officer's current password now opens anew; the
    officer logs in again to use them. Gives nothing to anyone who does not already hold a current pair here."""
    with store.unit_of_work(readonly=True) as uow:
        current = uow.keys.officer_key(user_id)
        retired = [(pair, uow.keys.wraps_for(pair.public_key)) for pair in uow.keys.retired_keys(user_id)]
        before = set(uow.keys.wraps_for(current.public_key)) if current is not None else set()
    if current is None:
        return 0
    keys: dict[str, bytes] = {}
    for pair, wraps in retired:
        private = open_officer_key(pair, old_password)
        if private is None:
            continue
        for kid, blob in wraps.items():
            key = unwrap(kid, blob, private)
            if key is not None:
                keys.setdefault(kid, key)
    if not keys:
        return 0
    _, usable = _from_keyring(credentials, ())
    share(store, credentials, keys, keyring=usable, now=now)
    return len(set(keys) - before)
