"""The data keys are held by the officers' passwords, not only by the OS keyring (issue 15, docs/DATA_AT_REST.md
"Keys: keyring and the officer's password").

A PC with NO keyring (headless Linux, locked wallet): every logged-in session still seals its work (never clear,
never withheld), nothing in the data folder opens without an officer's password, an officer who never met a key
gets it the next time a holder logs in, and a wrong password never yields a key. The logins are the app's own
(AuthService) against the real server (online) and the cached verifier (offline); `blangkon sync` unlocks too.
"""

from __future__ import annotations

import base64
import itertools
import json
import sys
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from desktop.app import cmd_db, cmd_sync
from desktop.services import data_protection
from desktop.services.auth_service import AuthError, AuthService
from desktop.services.credentials import CredentialStore
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store import Store
from desktop.store.sealing import WITHHELD, WITHHELD_MARK, is_withheld
from tests.sync.conftest import OPD

_names = itertools.count(1)


@pytest.fixture
def no_keyring():
    keyring.set_keyring(NoKeyring())  # the autouse test_keyring fixture puts the previous one back


def officer(live, tag: str) -> dict[str, str]:
    """A new PP account on the live server (its own, so a password change or a failed login touches no other test)."""
    name = f"keys.{tag}.{next(_names)}"
    password = f"kunci-{tag}-lontong-pagi-{next(_names)}"
    done = live.cli_inproc("users", "add", name, "--role", "PP", "--opd", OPD, "--password", password)
    assert done.returncode == 0, done.stderr
    return {"username": name, "password": password}


class Pc:
    """The app on one PC: the store opened as bootstrap does (protect), and its login service."""

    def __init__(self, folder: Path, server_url: str) -> None:
        self.folder, self.server_url = folder, server_url
        self.store = Store.open(folder / "blangkon.db")
        data_protection.protect(self.store, CredentialStore())
        self.auth = AuthService(self.store, SessionState(), CredentialStore())

    def login(self, who: dict[str, str], *, online: bool = True) -> str:
        """Logs in; returns the notice the officer sees ("" when everything opens)."""
        result = self.auth.login(self.server_url if online else "", who["username"], who["password"])
        assert result.online is online
        return result.notice

    def write(self, text: str) -> str:
        """An officer's unsent work: an outbox command whose body carries `text` (sealed by the outbox)."""
        with self.store.unit_of_work() as uow:
            cmd = uow.outbox.enqueue(method="POST", path=f"/v1/orders/{uuid.uuid4()}/transitions",
                                     body={"action": "cancel", "payload": {"reason": text}}, actor_user_id="u-x")
        return cmd.cmd_id

    def read(self, cmd_id: str) -> str:
        with self.store.unit_of_work(readonly=True) as uow:
            body = uow.outbox.require(cmd_id).body
        return body if is_withheld(body) else json.loads(body)["payload"]["reason"]

    def stored(self, cmd_id: str) -> str:
        with self.store.raw_connection() as conn:
            return str(conn.execute("SELECT body FROM outbox WHERE cmd_id = ?", (cmd_id,)).fetchone()[0])

    def restart(self) -> Pc:
        self.store.close()
        return Pc(self.folder, self.server_url)


def key_material(store: Store, passwords: dict[str, str]) -> set[bytes]:
    """Every private key and data key in the database, opened with the officers' passwords."""
    raw: set[bytes] = set()
    with store.unit_of_work(readonly=True) as uow:
        users = {u.id: u.username for u in uow.users.list()}
        for pair in uow.keys.officer_keys(retired=True):
            private = data_protection.open_officer_key(pair, passwords.get(users.get(pair.user_id, ""), ""))
            if private is None:
                continue
            raw.add(data_protection.private_bytes(private))
            for kid, blob in uow.keys.wraps_for(pair.public_key).items():
                key = data_protection.unwrap(kid, blob, private)
                assert key is not None
                raw.add(key)
    return raw


def spellings(raw: set[bytes]) -> set[bytes]:
    spelled: set[bytes] = set()
    for secret in raw:
        spelled |= {secret, secret.hex().encode(), secret.hex().upper().encode(), base64.b64encode(secret),
                    base64.urlsafe_b64encode(secret), base64.b64encode(secret).rstrip(b"=")}
    return spelled


def readable(folder: Path, secrets: set[bytes]) -> list[str]:
    found = []
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.name}: {s[:16]!r}" for s in secrets if s in data]
    return found


def test_without_a_keyring_the_officers_passwords_hold_the_keys(live, tmp_path, no_keyring):
    a, b = officer(live, "a"), officer(live, "b")
    pc = Pc(tmp_path / "pc", live.url)
    assert pc.store.sealer is WITHHELD  # before any login nothing can open or seal

    assert pc.login(a) == ""  # online: the first officer here makes the database's first key
    work_a = pc.write("catatan rahasia petugas A")
    assert pc.read(work_a) == "catatan rahasia petugas A"

    pc = pc.restart()  # the app restarts: nothing opens before a login ...
    assert pc.store.sealer is WITHHELD and is_withheld(pc.read(work_a))
    assert pc.login(a, online=False) == ""  # ... and A's password opens it again, offline
    assert pc.read(work_a) == "catatan rahasia petugas A"
    pc.auth.logout()
    assert is_withheld(pc.read(work_a))  # logout drops the keys the password opened

    # B never logged in here: B's work is sealed with a new key (never clear, never withheld), A's stays locked
    assert pc.login(b) == SERVICE_TEXTS("data_keys_locked")
    work_b = pc.write("catatan rahasia petugas B")
    assert pc.stored(work_b).startswith("enc1:") and pc.stored(work_b) != WITHHELD_MARK
    with pc.store.unit_of_work(readonly=True) as uow:
        assert len(uow.keys.data_keys()) == 2
    assert pc.read(work_b) == "catatan rahasia petugas B"
    assert is_withheld(pc.read(work_a))
    pc.auth.logout()

    # A logs in again: B's session had wrapped B's key to A, and A's session now wraps A's key to B
    assert pc.login(a, online=False) == ""
    assert (pc.read(work_a), pc.read(work_b)) == ("catatan rahasia petugas A", "catatan rahasia petugas B")
    pc.auth.logout()
    assert pc.login(b) == ""
    assert (pc.read(work_a), pc.read(work_b)) == ("catatan rahasia petugas A", "catatan rahasia petugas B")

    # the folder (database, WAL, backups) holds no clear work and no key in any spelling
    pc.store.backup_now()
    secrets = key_material(pc.store, {a["username"]: a["password"], b["username"]: b["password"]})
    assert len(secrets) == 4  # two private keys and two data keys were found and looked for
    assert readable(pc.folder, spellings(secrets) | {b"catatan rahasia petugas"}) == []
    with pc.store.unit_of_work(readonly=True) as uow:  # the search does see key columns: public keys are in clear
        assert readable(pc.folder, {k.public_key for k in uow.keys.officer_keys()})
    pc.store.close()


def test_a_wrong_password_never_yields_a_key(live, tmp_path, no_keyring):
    a = officer(live, "wrong")
    pc = Pc(tmp_path / "pc", live.url)
    pc.login(a)
    work = pc.write("catatan yang terkunci")
    pc.auth.logout()
    with pc.store.unit_of_work(readonly=True) as uow:
        pairs = uow.keys.officer_keys(retired=True)
    for online in (False, True):  # the cached verifier and the server both refuse; nothing is opened or replaced
        with pytest.raises(AuthError):
            pc.auth.login(live.url if online else "", a["username"], "bukan-kata-sandinya")
        assert pc.store.sealer is WITHHELD and is_withheld(pc.read(work))
    with pc.store.unit_of_work(readonly=True) as uow:
        assert uow.keys.officer_keys(retired=True) == pairs
    assert data_protection.open_officer_key(pairs[0], "bukan-kata-sandinya") is None
    assert data_protection.open_officer_key(pairs[0], a["password"]) is not None
    pc.store.close()


def test_a_password_changed_on_the_server_gets_a_new_pair_and_the_keys_come_back_from_a_holder(
        live, tmp_path, no_keyring):
    a, b = officer(live, "chg"), officer(live, "holder")
    pc = Pc(tmp_path / "pc", live.url)
    pc.login(a)
    work_a = pc.write("catatan sebelum ganti sandi")
    pc.auth.logout()
    pc.login(b)
    pc.auth.logout()
    pc.login(a)  # A's key now wrapped to B too
    pc.auth.logout()

    reset = live.cli_inproc("users", "reset-password", a["username"], "--password", "sandi-baru-ketupat-sayur-9")
    assert reset.returncode == 0, reset.stderr
    a_new = {**a, "password": "sandi-baru-ketupat-sayur-9"}
    assert pc.login(a_new) == SERVICE_TEXTS("data_keys_password_changed")  # online: the old wrap does not open
    assert is_withheld(pc.read(work_a))
    work_new = pc.write("catatan sesudah ganti sandi")  # A keeps working, sealed with a key of A's new pair
    assert pc.read(work_new) == "catatan sesudah ganti sandi"
    pc.auth.logout()

    pc.login(b)  # the holder hands A's old key to A's new pair (and receives A's new key)
    assert pc.read(work_new) == "catatan sesudah ganti sandi"
    pc.auth.logout()
    assert pc.login(a_new, online=False) == ""
    assert (pc.read(work_a), pc.read(work_new)) == ("catatan sebelum ganti sandi", "catatan sesudah ganti sandi")
    with pc.store.unit_of_work(readonly=True) as uow:
        retired = uow.keys.retired_keys(_user_id(uow, a["username"]))
    assert len(retired) == 1  # the old pair is kept retired (it opens with the old password only)
    pc.store.close()


def test_an_only_holder_whose_password_changed_reopens_the_old_keys_with_the_old_password(
        live, tmp_path, monkeypatch, no_keyring, capsys):
    a = officer(live, "alone")
    pc = Pc(tmp_path / "pc", live.url)
    pc.login(a)
    work = pc.write("catatan petugas tunggal")
    pc.auth.logout()
    new_password = "sandi-baru-gethuk-lindri-7"
    assert live.cli_inproc("users", "reset-password", a["username"], "--password", new_password).returncode == 0
    notice = pc.login({**a, "password": new_password})  # nobody else on this PC holds A's old key
    assert notice == SERVICE_TEXTS("data_keys_old_password", username=a["username"])
    assert is_withheld(pc.read(work)) and pc.stored(work).startswith("enc1:")  # locked, not lost
    pc.auth.logout()

    def recover_keys(old: str) -> int:
        monkeypatch.setenv("BLANGKON_OLD_PASSWORD", old)
        return cmd_db.main(["--data-dir", str(pc.folder), "recover-keys", "--username", a["username"]])

    assert recover_keys("bukan-sandi-lamanya") == 2  # a wrong old password opens nothing
    assert recover_keys(a["password"]) == 0, capsys.readouterr()
    assert pc.login({**a, "password": new_password}, online=False) == ""
    assert pc.read(work) == "catatan petugas tunggal"
    pc.store.close()


def _user_id(uow, username: str) -> str:
    user = uow.users.by_username(username)
    assert user is not None
    return user.id


def test_blangkon_sync_without_a_keyring_seals_the_catalog_with_the_officers_key(
        live, view, tmp_path, monkeypatch, no_keyring, capsys):
    a = officer(live, "cli")
    data = tmp_path / "data"
    monkeypatch.setenv("BLANGKON_PASSWORD", a["password"])
    monkeypatch.setattr(sys, "stdin", None)
    code = cmd_sync.main(["--server", live.url, "--username", a["username"], "--data-dir", str(data), "--quiet"])
    assert code == 0, capsys.readouterr()
    pc = Pc(data, live.url)
    with pc.store.raw_connection() as conn:
        niks = [r[0] for r in conn.execute("SELECT nik FROM provider WHERE nik IS NOT NULL AND nik <> ''")]
    assert niks and all(n.startswith("enc1:") and n != WITHHELD_MARK for n in niks)  # sealed, not withheld
    some = next(p for p in view._get("/v1/catalog/changes", limit=5000).json()["rows"]
                if p["t"] == "provider" and p.get("nik"))
    with pc.store.unit_of_work(readonly=True) as uow:
        assert is_withheld(uow.catalog.get_provider(some["id"]).nik)  # no password yet, no keyring
    pc.login(a)  # the desktop app's login: the password the CLI used opens the key
    with pc.store.unit_of_work(readonly=True) as uow:
        assert uow.catalog.get_provider(some["id"]).nik == some["nik"]
    pc.store.close()


def test_with_a_keyring_the_key_opens_without_a_login_and_is_also_wrapped_to_the_officer(live, tmp_path):
    a = officer(live, "ring")
    pc = Pc(tmp_path / "pc", live.url)
    assert pc.store.sealer is not WITHHELD  # the keyring holds the first key from the start
    work = pc.write("catatan dengan keyring")
    pc.login(a)
    keyring.set_keyring(NoKeyring())  # logout runs on the UI thread: it must not ask a (possibly locked) keyring
    pc.auth.logout()
    assert pc.read(work) == "catatan dengan keyring"  # logout keeps what needs no password, from memory
    pc.store.close()
    keyring.set_keyring(NoKeyring())  # the keyring is gone (locked wallet): A's password still opens the key
    pc = Pc(tmp_path / "pc", live.url)
    assert is_withheld(pc.read(work))
    assert pc.login(a, online=False) == ""
    assert pc.read(work) == "catatan dengan keyring"
    pc.store.close()
