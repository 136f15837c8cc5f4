"""#15 accounts: a password login in the desktop leaves the officer's session (refresh token) in the OS keyring,
and the next sync — here `blangkon sync` in a later process, with no terminal to ask on — uses it before asking
for the password again; the server rotates it on use and the keyring keeps the new one (a replay of the old one
after the new one was used is refused)."""

from __future__ import annotations

import io
import sys

import pytest
import requests

from desktop.app import bootstrap, cmd_sync
from desktop.services.credentials import CredentialStore
from tests.server.live import start_server


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("refresh"), products=60)
    yield srv
    srv.stop()


def refresh(live, token: str) -> requests.Response:
    return requests.post(f"{live.url}/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": token},
                         timeout=30)


def test_a_password_login_leaves_a_session_that_later_syncs_use_without_the_password(
        tmp_path, monkeypatch, live, dict_keyring, capsys):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    data = tmp_path / "data"
    pp = live.account("PP")
    core = bootstrap.build_core(data, with_local_server=False)
    try:
        assert core.services.auth is not None
        assert core.services.auth.login(live.url, pp["username"], pp["password"]).online
    finally:
        core.close()
    first = CredentialStore().load_refresh_token(live.url, pp["username"])
    assert first, "no refresh token kept after a password login"

    monkeypatch.delenv("BLANGKON_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: asking for the password would fail
    code = cmd_sync.main(["--server", live.url, "--username", pp["username"], "--data-dir", str(data), "--quiet"])
    assert code == 0, capsys.readouterr()

    second = CredentialStore().load_refresh_token(live.url, pp["username"])
    assert second and second != first  # rotated on use, and the new one kept
    assert refresh(live, second).status_code == 200  # what the keyring holds is the live session
    # the first one, replayed after its successor was used, is refused (and ends the family: a stolen copy)
    assert refresh(live, first).status_code in (400, 401)
