"""Login online (server token endpoint) and offline (cached verifier), and the in-memory access token.

Offline login (SYNC.md §7, as the DHIS2 SDK does): after each successful online login we store an argon2id hash
of the password — never the password — in the store's app_user row. The refresh token goes to the OS keyring
through CredentialStore; if the keyring is unavailable the session still works, and the result carries a
warning telling the officer they must log in again next time.

After an offline login the password stays in this process's memory (never on disk) until the officer logs out
or the app reaches the server: `reconnect(url)` then logs in online with it, so the work done offline is sent
without asking for the password again (#13.3).

Every successful login also unlocks the local database's data keys with the password (data_protection.unlock:
the officer's wrapped key pair, issue 15); logout locks them again (what needs no password, the keyring, stays).
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.domain.messages import CodedError
from desktop.services import data_protection
from desktop.services.credentials import CredentialStore, CredentialsUnavailable
from desktop.services.session import CurrentUser, LoginResult, SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store
from desktop.store.errors import StoreError
from desktop.store.records import Opd, User
from sync.protocol import Role
from sync.protocol.messages import TokenRequest, TokenResponse

log = logging.getLogger(__name__)
TOKEN_PATH = "/v1/auth/token"
TIMEOUT = (5.0, 20.0)

# Moderate argon2id cost: ~50 ms on an office PC; offline guessing still costs 64 MiB per try.
_HASHER = PasswordHasher(time_cost=2, memory_cost=65536, parallelism=2)


class AuthError(CodedError):
    """A login that cannot go ahead; `.message` (a Message) says what to do next."""

    texts = SERVICE_TEXTS


class ServerUnreachable(AuthError):
    pass


def make_verifier(password: str) -> str:
    return _HASHER.hash(password)


def check_verifier(verifier: str, password: str) -> bool:
    try:
        return _HASHER.verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class _HeldLogin:
    user_id: str
    username: str
    password: str


@dataclass(frozen=True)
class KnownUser:
    """A user who has logged in on this PC before (offered on the login screen)."""

    id: str
    username: str
    full_name: str
    role: Role
    can_login_offline: bool


class AuthService:
    def __init__(self, store: Store, session: SessionState, credentials: CredentialStore,
                 http_factory: Callable[[], requests.Session] = requests.Session,
                 on_online_login: Callable[[str, str, str], None] | None = None) -> None:
        self._store = store
        # (server_url, user_id, refresh_token) after each online login: lets the sync engine take over rotation
        self._on_online_login = on_online_login
        self._session = session
        self._credentials = credentials
        self._http_factory = http_factory
        self._held: _HeldLogin | None = None  # the password of an offline login, for reconnect() only

    # --- login ------------------------------------------------------------------------------------------------
    def login(self, server_url: str, username: str, password: str) -> LoginResult:
        """Online first; when the server cannot be reached, fall back to the offline verifier."""
        username = username.strip()
        if not username or not password:
            raise AuthError("missing_fields")
        if server_url:
            try:
                return self.login_online(server_url, username, password)
            except ServerUnreachable:
                pass
        return self.login_offline(username, password)

    def login_online(self, server_url: str, username: str, password: str) -> LoginResult:
        body = TokenRequest(grant_type="password", username=username, password=password).to_dict()
        token = self._post_token(server_url, body)
        user = _current_user(token, online=True)
        verifier = make_verifier(password)
        now = self._session.now()
        with self._store.unit_of_work() as uow:
            cached = uow.users.get(user.id)
            roles = _merge_roles(cached.roles if cached else (), user.role)
            uow.users.cache(User(id=user.id, username=user.username, full_name=user.full_name, roles=roles,
                                 opd_id=user.opd_id, nip=user.nip or (cached.nip if cached else None),
                                 jabatan=cached.jabatan if cached else ""), now=now)
            uow.users.set_verifier(user.id, verifier, now=now)
            if user.opd_id and user.opd_name and uow.master.get_opd(user.opd_id) is None:
                # remember the OPD's name for offline logins; sync fills in code and address later
                uow.master.upsert_opds([Opd(id=user.opd_id, code="", name=user.opd_name)])
        warning = ""
        try:
            self._credentials.save_refresh_token(server_url, username, token.refresh_token)
        except CredentialsUnavailable as exc:
            warning = exc.message
        notice = self._unlock(user.id, password)
        if self._on_online_login is not None:
            self._on_online_login(server_url, user.id, token.refresh_token)
        self._held = None
        self._session.set_user(user)
        return LoginResult(user=user, online=True, warning=warning, notice=notice)

    def login_offline(self, username: str, password: str) -> LoginResult:
        with self._store.unit_of_work(readonly=True) as uow:
            found = uow.users.get_verifier(username.strip())
            cached = uow.users.get(found[0]) if found else None
            opd = uow.master.get_opd(cached.opd_id) if cached and cached.opd_id else None
        if found is None or cached is None or not cached.roles:
            raise AuthError("offline_unknown_user")
        if not check_verifier(found[1], password):
            raise AuthError("invalid_credentials")
        user = CurrentUser(
            id=cached.id, username=cached.username, full_name=cached.full_name or cached.username,
            role=Role(cached.roles[0]), opd_id=cached.opd_id, opd_name=opd.name if opd else "",
            nip=cached.nip or "", online=False,
        )
        notice = self._unlock(user.id, password)
        self._held = _HeldLogin(user.id, cached.username, password)
        self._session.set_user(user)
        return LoginResult(user=user, online=False, notice=notice)

    def reconnect(self, server_url: str) -> bool:
        """The server answers again after an offline login: log in online with the password this session still
        holds (on the I/O lane). True when the officer now has a server session; the held password is dropped
        either way once the server has answered it."""
        held, user = self._held, self._session.current_user
        if held is None or user is None or user.id != held.user_id or not server_url:
            return False
        try:
            self.login_online(server_url, held.username, held.password)
        except ServerUnreachable:
            return False  # still offline: keep it for the next try
        except AuthError:
            self._held = None  # changed or revoked on the server: the officer must log in again
            return False
        self._held = None
        return True

    def logout(self) -> None:
        """Switch user: queued commands stay in the outbox under their actor; the remembered refresh token stays
        in the keyring so that officer's commands can still be sent by a later sync."""
        self._held = None
        self._session.clear()
        data_protection.lock(self._store)  # the keys the password opened leave memory; the keyring's stay

    def forget(self, server_url: str, username: str) -> None:
        """Remove the remembered session (refresh token) of a user from the keyring."""
        self._credentials.delete_refresh_token(server_url, username)

    def known_users(self) -> list[KnownUser]:
        with self._store.unit_of_work(readonly=True) as uow:
            users = uow.users.list()
            offline = {u.id for u in users if uow.users.get_verifier(u.username) is not None}
        return [KnownUser(id=u.id, username=u.username, full_name=u.full_name or u.username,
                          role=Role(u.roles[0]), can_login_offline=u.id in offline)
                for u in users if u.roles and u.roles[0] in Role.__members__.values()]

    # --- internals --------------------------------------------------------------------------------------------
    def _unlock(self, user_id: str, password: str) -> str:
        """The data keys this password opens (after the password was checked). A store that cannot be written
        (disk full, locked) does not stop the login: the officer is told, and the keyring's keys still serve."""
        try:
            return data_protection.unlock(self._store, self._credentials, user_id, password).notice
        except StoreError as exc:
            log.warning("data keys not unlocked: %s", exc)
            return SERVICE_TEXTS("data_keys_unavailable", problem=exc.message)

    def _post_token(self, server_url: str, body: dict[str, Any]) -> TokenResponse:
        url = server_url.rstrip("/") + TOKEN_PATH
        try:
            with self._http_factory() as http:
                response = http.post(url, json=body, timeout=TIMEOUT)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise ServerUnreachable("server_unreachable", server=server_url) from exc
        date = response.headers.get("Date")
        if date:
            try:
                self._session.observe_server_time(email.utils.parsedate_to_datetime(date))
            except (TypeError, ValueError):
                pass
        if response.status_code in (400, 401):
            raise AuthError("invalid_credentials", SERVICE_TEXTS("invalid_credentials_or_session"))
        if response.status_code == 426:
            raise AuthError("upgrade_required")
        if response.status_code >= 400:
            raise AuthError("server_error", status=response.status_code)
        return TokenResponse.from_dict(response.json())


def _merge_roles(known: tuple[str, ...], role: Role) -> tuple[str, ...]:
    """The role the server just granted comes first; roles learnt from master-data sync are kept."""
    return (role.value, *(r for r in known if r != role.value))


def _current_user(token: TokenResponse, online: bool) -> CurrentUser:
    info = token.user
    return CurrentUser(id=info.id, username=info.username, full_name=info.full_name, role=Role(info.role),
                       opd_id=info.opd_id, opd_name=info.opd_name or "", nip=info.nip, online=online)
