"""Offline login from the cached verifier; online login against a fake token endpoint (HTTP shapes of
sync.protocol); keyring failure keeps the session but warns."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any

import pytest
import requests

from desktop.services.auth_service import AuthError, AuthService, check_verifier, make_verifier
from desktop.services.credentials import CredentialStore
from desktop.services.session import SessionState
from sync.protocol import Role


class FakeResponse:
    def __init__(self, status: int, body: dict[str, Any], date: dt.datetime | None = None) -> None:
        self.status_code = status
        self._body = body
        self.headers = {"Date": email.utils.format_datetime(date, usegmt=True)} if date else {}

    def json(self) -> dict[str, Any]:
        return self._body


class FakeHttp:
    """Stands in for requests.Session: answers /v1/auth/token like the provincial server."""

    users = {"pp.demo": ("rahasia", "u-pp", Role.PP), "ppk.demo": ("rahasia", "u-ppk", Role.PPK)}
    down = False
    server_time = dt.datetime(2026, 11, 23, 4, 0, tzinfo=dt.UTC)

    def __enter__(self) -> FakeHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def post(self, url: str, json: dict[str, Any], timeout: Any) -> FakeResponse:
        if FakeHttp.down:
            raise requests.ConnectionError("refused")
        assert url.endswith("/v1/auth/token")
        if json["grant_type"] == "password":
            entry = self.users.get(json["username"])
            if entry is None or entry[0] != json["password"]:
                return FakeResponse(400, {"code": "invalid_grant"})
            username = json["username"]
        else:
            username = json["refresh_token"].split(":")[1]
            entry = self.users[username]
        body = {"access_token": "acc", "token_type": "Bearer", "expires_in": 900,
                "refresh_token": f"rt:{username}", "refresh_expires_in": 86400 * 60,
                "user": {"id": entry[1], "username": username, "full_name": username.upper(),
                         "role": entry[2].value, "opd_id": "opd-1", "opd_name": "Dinas Koperasi dan UKM"}}
        return FakeResponse(200, body, self.server_time)


@pytest.fixture(autouse=True)
def _server_up():
    FakeHttp.down = False
    yield
    FakeHttp.down = False


def make_auth(store) -> tuple[AuthService, SessionState]:
    session = SessionState()
    return AuthService(store, session, CredentialStore(), http_factory=FakeHttp), session


def test_verifier_is_not_the_password():
    v = make_verifier("rahasia")
    assert "rahasia" not in v and v.startswith("$argon2id$")
    assert check_verifier(v, "rahasia") and not check_verifier(v, "salah")
    assert not check_verifier("garbage", "rahasia")


def test_online_login_sets_session_keyring_and_server_time(store, dict_keyring):
    handed: list[tuple[str, str, str]] = []
    session = SessionState()
    auth = AuthService(store, session, CredentialStore(), http_factory=FakeHttp,
                       on_online_login=lambda *args: handed.append(args))
    result = auth.login("http://srv", "pp.demo", "rahasia")
    assert result.online and not result.warning
    assert session.current_user.role is Role.PP and session.current_user.opd_name == "Dinas Koperasi dan UKM"
    assert dict_keyring.data[("blangkon-desktop", "http://srv|pp.demo")] == "rt:pp.demo"
    assert session.clock_offset != dt.timedelta(0)  # server Date header observed
    assert handed == [("http://srv", "u-pp", "rt:pp.demo")]  # the sync engine takes over token rotation
    with store.unit_of_work(readonly=True) as uow:
        user_id, verifier = uow.users.get_verifier("pp.demo")
    assert user_id == "u-pp" and "rahasia" not in verifier


def test_wrong_password_online(store, dict_keyring):
    auth, session = make_auth(store)
    with pytest.raises(AuthError) as info:
        auth.login("http://srv", "pp.demo", "salah")
    assert info.value.code == "invalid_credentials" and session.current_user is None


def test_offline_login_after_one_online_login(store, dict_keyring):
    auth, _ = make_auth(store)
    auth.login("http://srv", "pp.demo", "rahasia")
    auth.logout()
    FakeHttp.down = True
    auth2, session2 = make_auth(store)
    result = auth2.login("http://srv", "pp.demo", "rahasia")
    assert not result.online and session2.current_user.id == "u-pp"
    assert session2.current_user.opd_name == "Dinas Koperasi dan UKM"
    with pytest.raises(AuthError) as info:
        auth2.login("http://srv", "pp.demo", "salah")
    assert info.value.code == "invalid_credentials"


def test_offline_login_unknown_user_says_what_to_do(store, dict_keyring):
    FakeHttp.down = True
    auth, _ = make_auth(store)
    with pytest.raises(AuthError) as info:
        auth.login("http://srv", "ppk.demo", "rahasia")
    assert info.value.code == "offline_unknown_user" and "daring" in info.value.message


def test_keyring_failure_keeps_session_with_warning(store):
    # conftest sets the fail backend for the whole suite: no keyring at all
    auth, session = make_auth(store)
    result = auth.login("http://srv", "pp.demo", "rahasia")
    assert session.current_user is not None and result.online
    assert "harus masuk lagi" in result.warning


def test_switching_users_and_known_users(store, dict_keyring):
    auth, session = make_auth(store)
    auth.login("http://srv", "pp.demo", "rahasia")
    auth.logout()
    assert session.current_user is None
    auth.login("http://srv", "ppk.demo", "rahasia")
    assert session.current_user.id == "u-ppk"
    known = {u.username: u for u in auth.known_users()}
    assert set(known) == {"pp.demo", "ppk.demo"} and known["pp.demo"].can_login_offline
