"""Plt / Plh delegations for the Admin OPD's screen (#17): the list as of the last sync (offline, read-only) and,
online, recording or revoking a letter on the server. The rules are the server's (sync.protocol.delegation);
a refusal comes back as its Indonesian detail. After each change the OPD's list is fetched again and kept where
the sync keeps it (sync.client.delegations), so the lifecycle on this PC sees it at once."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.services.refusal_texts import server_refusal
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store
from sync.client import delegations as pulled
from sync.client.auth import NeedsLogin
from sync.client.transport import TransportError
from sync.protocol.delegation import ActingKind, Delegation, DelegationRequest
from sync.protocol.errors import ProtocolError
from sync.protocol.states import Role

# `send(user_id, method, path, **kwargs)`: SyncService.auth.send of the connected server (sync_wiring).
Send = Callable[..., Any]


class DelegationError(Exception):
    """The server refused (its detail, Indonesian) or could not be reached (`offline`)."""

    def __init__(self, message: str, *, offline: bool = False, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.offline = offline
        self.code = code


@dataclass(frozen=True)
class DelegationForm:
    role: Role
    kind: ActingKind
    delegate: str  # username
    for_user: str | None  # username; None: the post is vacant
    starts_on: dt.date
    ends_on: dt.date
    letter_number: str
    letter_date: dt.date
    delegate_nip: str = ""

    def request(self) -> DelegationRequest:
        """The wire request, checked on this PC first with the protocol's own rules (same wording)."""
        try:
            return DelegationRequest(role=self.role, kind=self.kind, delegate=self.delegate.strip(),
                                     starts_on=self.starts_on.isoformat(), ends_on=self.ends_on.isoformat(),
                                     letter_number=self.letter_number.strip(),
                                     letter_date=self.letter_date.isoformat(),
                                     for_user=(self.for_user or "").strip() or None,
                                     delegate_nip=self.delegate_nip.replace(" ", ""))
        except ProtocolError as exc:
            raise DelegationError(server_refusal(exc.code.value, exc.detail), code=exc.code.value) from exc


class DelegationService:
    def __init__(self, store: Store, session: SessionState, send: Callable[[], Send | None]) -> None:
        self._store = store
        self._session = session
        self._send = send  # the connected server's authenticated send, or None when not connected
        # one refresh at a time (fetch and keep together): two at once (a visit's and the one after adding a
        # letter) could keep the older list last, and the letter just added would vanish from the kept copy
        self._refreshing = threading.Lock()

    def opd_id(self) -> str:
        user = self._session.require_user()
        if user.opd_id is None:
            raise DelegationError(SERVICE_TEXTS("delegation_no_opd"))
        return str(user.opd_id)

    def kept(self) -> list[Delegation]:
        """The OPD's delegations as of the last sync (also offline)."""
        with self._store.unit_of_work(readonly=True) as uow:
            return pulled.load(uow.sync_state.get_str, self.opd_id())

    def may_edit(self) -> bool:
        user = self._session.current_user
        return user is not None and Role(user.role) is Role.ADMIN_OPD

    def refresh(self) -> list[Delegation]:
        """Fetch the OPD's list from the server and keep it."""
        with self._refreshing:
            response = self._call("GET", pulled.PATH)
            with self._store.unit_of_work() as uow:
                pulled.store_pulled(uow.sync_state.set, response)
            return self.kept()

    def add(self, form: DelegationForm) -> Delegation:
        body = form.request().to_dict()
        # one attempt: a lost answer must not record the letter twice (the officer sees the list and decides)
        made = Delegation.from_dict(self._call("POST", pulled.PATH, json_body=body, max_attempts=1))
        self.refresh()
        return made

    def revoke(self, delegation_id: str) -> Delegation:
        done = Delegation.from_dict(self._call("POST", f"{pulled.PATH}/{delegation_id}/revoke", max_attempts=1))
        self.refresh()
        return done

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        send = self._send()
        if send is None:
            raise DelegationError(SERVICE_TEXTS("delegation_offline"), offline=True)
        user = self._session.require_user()
        try:
            response = send(user.id, method, path, **kwargs)
        except (OSError, TransportError, NeedsLogin) as exc:
            raise DelegationError(SERVICE_TEXTS("delegation_offline"), offline=True) from exc
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.status_code in (200, 201):
            return dict(body)
        if response.status_code >= 500:
            raise DelegationError(SERVICE_TEXTS("delegation_offline"), offline=True)
        code, detail = str(body.get("code") or ""), str(body.get("detail") or "")
        # the server's words, read in the officer's language where the code has a sentence (refusal_texts)
        raise DelegationError(server_refusal(code, detail) if detail else
                              SERVICE_TEXTS("delegation_refused", status=response.status_code), code=code)
