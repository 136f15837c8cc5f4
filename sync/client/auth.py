"""Access tokens per user (SYNC.md §7): password login, refresh-token rotation, 401 → refresh once.

Each outbox command is sent under its own actor's token, so the engine keeps one session per user. Refresh
tokens go straight to the Credentials port (the OS keyring) the moment the server rotates them: if the
response is lost, the server's grace retry accepts the previous token, and we still hold it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests

from sync.client.ports import Credentials
from sync.client.transport import Cancel, Transport

TOKEN_PATH = "/v1/auth/token"


class NeedsLogin(Exception):
    """The user's refresh token is missing, expired or revoked (`invalid_grant`): their work waits for them."""

    def __init__(self, user: str, detail: str = "") -> None:
        super().__init__(f"login required for {user}: {detail}".strip())
        self.user = user
        self.detail = detail

    def __reduce__(self) -> tuple[type[NeedsLogin], tuple[str, str]]:  # crosses the snapshot child's pipe as itself
        return NeedsLogin, (self.user, self.detail)


class UpgradeRequired(Exception):
    """HTTP 426: this client is older than the server accepts. Nothing is sent; the outbox stays as it is."""


@dataclass
class Session:
    user_id: str
    username: str
    access_token: str
    info: Mapping[str, Any]


class Auth:
    def __init__(self, transport: Transport, credentials: Credentials, device_id: str | None = None) -> None:
        self.transport = transport
        self.credentials = credentials
        self.device_id = device_id
        self.sessions: dict[str, Session] = {}
        self.lapsed: set[str] = set()
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, user: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(user, threading.Lock())

    def _token_call(self, body: dict[str, Any], user: str, cancel: Cancel | None) -> Session:
        if self.device_id:
            body["device_id"] = self.device_id
        with self.transport.request("POST", TOKEN_PATH, json_body=body, cancel=cancel) as response:
            if response.status_code == 426:
                raise UpgradeRequired(response.text)
            if response.status_code != 200:
                raise NeedsLogin(user, _problem_text(response))
            data = response.json()
        info = data.get("user") or {}
        user_id = str(info.get("id") or user)
        # Persist the rotated refresh token before anything else can fail.
        self.credentials.save_refresh_token(user_id, data["refresh_token"])
        session = Session(user_id, str(info.get("username") or user), data["access_token"], info)
        self.sessions[user_id] = session
        self.lapsed.discard(user_id)
        return session

    def login(self, username: str, password: str, cancel: Cancel | None = None) -> Session:
        return self._token_call({"grant_type": "password", "username": username, "password": password},
                                username, cancel)

    def session(self, user_id: str, cancel: Cancel | None = None) -> Session:
        """The user's session, refreshing from the keyring if needed; NeedsLogin if that is impossible."""
        with self._lock(user_id):
            found = self.sessions.get(user_id)
            if found is not None:
                return found
            return self._refresh(user_id, cancel)

    def _refresh(self, user_id: str, cancel: Cancel | None) -> Session:
        if user_id in self.lapsed:
            raise NeedsLogin(user_id, "session lapsed earlier in this run")
        token = self.credentials.refresh_token(user_id)
        if not token:
            self.lapsed.add(user_id)
            raise NeedsLogin(user_id, "no refresh token")
        try:
            return self._token_call({"grant_type": "refresh_token", "refresh_token": token}, user_id, cancel)
        except NeedsLogin:
            self.lapsed.add(user_id)  # keep the token: an admin may fix the account; the outbox waits
            raise

    def refreshed(self, user_id: str, stale: Session, cancel: Cancel | None = None) -> Session:
        """After a 401: refresh once, unless another thread already did."""
        with self._lock(user_id):
            current = self.sessions.get(user_id)
            if current is not None and current.access_token != stale.access_token:
                return current
            self.sessions.pop(user_id, None)
            return self._refresh(user_id, cancel)

    def send(
        self, user_id: str, method: str, path: str, *, cancel: Cancel | None = None, **kwargs: Any
    ) -> requests.Response:
        """An authenticated request under `user_id`'s token, with one refresh on 401."""
        session = self.session(user_id, cancel)
        headers = dict(kwargs.pop("headers", None) or {})
        headers["Authorization"] = f"Bearer {session.access_token}"
        response = self.transport.request(method, path, headers=headers, cancel=cancel, **kwargs)
        if response.status_code != 401:
            return response
        response.close()
        session = self.refreshed(user_id, session, cancel)
        headers["Authorization"] = f"Bearer {session.access_token}"
        response = self.transport.request(method, path, headers=headers, cancel=cancel, **kwargs)
        if response.status_code == 401:
            self.sessions.pop(user_id, None)
            self.lapsed.add(user_id)
            raise NeedsLogin(user_id, "token rejected after refresh")
        return response


def _problem_text(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict):
        return str(body.get("code") or body.get("error") or body.get("detail") or response.status_code)
    return f"HTTP {response.status_code}"
