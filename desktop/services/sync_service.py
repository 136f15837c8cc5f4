"""Sync as a desktop service: adapts the local Store to sync.client's ports and runs the engine (Qt-free).

The UI calls `SyncService.sync_now(cancel, progress)` on its I/O lane; `blangkon sync` calls it from a
terminal. Every port method is one unit of work, so each outbox transition commits with its side effects
(server copy, conflict row) or not at all.
"""

from __future__ import annotations

import functools
import json
import logging
import pickle
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from desktop.services import usb_keys
from desktop.services.credentials import CredentialStore, CredentialsUnavailable
from desktop.services.device_identity import DeviceIdentity
from desktop.services.draft_recheck import recheck_all
from desktop.services.number_voids import is_void_command, void_order_numbers
from desktop.services.texts import SERVICE_TEXTS
from desktop.store import Store
from desktop.store.db import UnitOfWork
from desktop.store.errors import DiskFullError, StoreError
from desktop.store.health import StoreDamagedError
from desktop.store.records import OutboxCommand, User
from desktop.store.replica import Replica
from desktop.store.sealing import is_withheld
from sync.client.auth import Auth
from sync.client.devices import ensure_certificate
from sync.client.engine import SyncEngine, SyncReport
from sync.client.ports import Command, Ports
from sync.client.transport import Cancel, Transport, TransportConfig
from sync.client.usb_relay import fetch_usb_keys
from sync.protocol.errors import ProtocolError
from sync.protocol.messages import Order as WireOrder
from sync.protocol.messages import OrderDraft
from sync.protocol.orders import content_hash

log = logging.getLogger(__name__)


def as_command(c: OutboxCommand) -> Command:
    """A stored outbox row as the engine sees it (the online sender, and a USB export or receipt)."""
    return Command(c.cmd_id, c.seq, c.order_id or "", c.method, c.path, c.body, c.base_version, c.actor_user_id,
                   c.attempts)


class StoreOutbox:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.held: set[str] = set()  # commands of this pass kept back: content this session cannot open

    def recover_in_flight(self) -> int:
        with self.store.unit_of_work() as uow:
            return uow.outbox.recover_in_flight()

    def reset_backoff(self) -> int:
        with self.store.unit_of_work() as uow:
            return uow.outbox.reset_backoff()

    def sendable(self) -> list[Command]:
        """The ready heads whose body this session can open. A body sealed with a key this session does not
        hold (#15) is not sent and not dropped: the command stays queued (its order's later commands wait behind
        it) and `held` names it, so the pass reports why."""
        with self.store.unit_of_work(readonly=True) as uow:
            ready = uow.outbox.next_ready(limit=200 + len(self.held))
        out = []
        for c in ready:
            if is_withheld(c.body):
                self.held.add(c.cmd_id)
            else:
                out.append(as_command(c))
        return out

    def mark_attempt(self, cmd_id: str) -> None:
        with self.store.unit_of_work() as uow:
            uow.outbox.mark_in_flight(cmd_id)

    def mark_done(self, cmd_id: str, status: int, response: Mapping[str, Any],
                  order: Mapping[str, Any] | None) -> None:
        with self.store.unit_of_work() as uow:
            uow.outbox.mark_done(cmd_id, dict(response))
            if order is not None:
                uow.orders.apply_server_order(order, acknowledged=True)

    def mark_rejected(self, cmd_id: str, status: int, problem: Mapping[str, Any]) -> None:
        code = str(problem.get("code") or f"http_{status}")
        with self.store.unit_of_work() as uow:
            cmd = uow.outbox.mark_rejected(cmd_id, code, dict(problem))
            if is_void_command(cmd):
                # nothing for an officer to decide: the number stays void here; the refusal is on record
                uow.outbox.resolve_order(str(cmd.order_id), requeue_blocked=False)
                uow.audit.append("number_void_refused", actor_user_id=cmd.actor_user_id, order_id=None,
                                 details={"code": code, "detail": str(problem.get("detail") or "")[:500],
                                          "command": json.loads(cmd.body)})
                return
            if cmd.order_id and uow.orders.get(cmd.order_id) is not None:
                uow.conflicts.add(cmd.order_id, code, dict(problem), cmd_id=cmd_id)
                current = problem.get("current_order")
                if isinstance(current, Mapping) and current.get("id") == cmd.order_id:
                    uow.orders.apply_server_order(current, acknowledged=holds_what_we_sent(cmd, current))
                _void_refused_numbers(uow, cmd, code, current if isinstance(current, Mapping) else {})

    def mark_retry(self, cmd_id: str, error: str, retry_after: float | None = None) -> None:
        with self.store.unit_of_work() as uow:
            uow.outbox.retry(cmd_id, error, delay_s=retry_after)


def _void_refused_numbers(uow: UnitOfWork, cmd: OutboxCommand, code: str, current: Mapping[str, Any]) -> None:
    """A refused approval (or BAST signature) never happened on the server: the number this PC printed for it is
    void at once — here and, through the outbox, in the server's register (#21.2, #21.3)."""
    body = json.loads(cmd.body)
    payload = body.get("payload") or {}
    kept = {"approve": ("SP", payload.get("sp_number"), current.get("number")),
            "sign_bast": ("BAST", payload.get("bast_number"), (current.get("bast") or {}).get("number"))}
    doc_type, printed, held = kept.get(str(body.get("action")), ("", None, None))
    if printed and printed != held:
        reason = f"{'Persetujuan' if doc_type == 'SP' else 'Penandatanganan BAST'} ditolak server ({code})"
        void_order_numbers(uow, str(cmd.order_id), doc_type, reason, cmd.actor_user_id, only=str(printed))


def holds_what_we_sent(cmd: OutboxCommand, current: Mapping[str, Any]) -> bool:
    """A refusal's server copy is ours when its content is exactly what the refused command carried (a PUT's
    draft, or the content_hash a submit/approve was based on): then its version is ours to build on (#21.1).
    A copy someone else changed is not, and stays a real version conflict."""
    try:
        server_hash = content_hash(WireOrder.from_dict(dict(current)))
        body = json.loads(cmd.body)
        if cmd.method == "PUT":
            return bool(content_hash(OrderDraft.from_dict(body)) == server_hash)
        return bool(body.get("content_hash")) and body["content_hash"] == server_hash
    except (ProtocolError, ValueError, TypeError, KeyError):
        return False


PARKED_KEY = "parked_orders"


def _park_reason(exc: BaseException) -> str:
    if isinstance(exc, IntegrityError) and "order_line" in str(exc):
        return "baris pesanan memakai ID yang sudah dipakai pesanan lain di PC ini"
    return getattr(exc, "message", None) or "salinan dari server tidak lengkap atau tidak sah"


def _unpark(uow: UnitOfWork, order_id: str) -> None:
    parked = dict(uow.sync_state.get(PARKED_KEY) or {})
    if parked.pop(order_id, None) is not None:
        uow.sync_state.set(PARKED_KEY, parked)


class StoreOrders:
    def __init__(self, store: Store) -> None:
        self.store = store

    def apply_pulled(self, order: Mapping[str, Any]) -> str | None:
        """Store one pulled order. One order this PC cannot store (a line id another order already uses, a
        malformed copy) is parked — recorded with the reason, shown to the officer, retried when the server
        sends it again — and the pull goes on with the rest (#12.7): one officer's data never stops every
        desktop's sync. Local failures (disk full, a damaged file) still stop the pass."""
        order_id = str(order.get("id", ""))
        try:
            with self.store.unit_of_work() as uow:
                uow.orders.apply_server_order(order)
                _unpark(uow, order_id)
            return None
        except (DiskFullError, StoreDamagedError):
            raise
        except (IntegrityError, StoreError, ValueError, KeyError, TypeError) as exc:
            reason = _park_reason(exc)
            with self.store.unit_of_work() as uow:
                parked = dict(uow.sync_state.get(PARKED_KEY) or {})
                parked[order_id] = {"number": order.get("number"), "version": order.get("version"),
                                    "reason": reason, "at": str(order.get("updated_at") or "")}
                uow.sync_state.set(PARKED_KEY, parked)
            log.warning("pulled order %s parked: %s", order_id, exc)
            return reason

    def flag_stale_drafts(self, product_ids: Iterable[int]) -> int:
        """Pre-flight after every pass (SYNC.md §5, #21.4): every editable draft re-checked against the replica
        — not only lines of products this pass changed (a re-snapshot or an earlier missed pass changes others).
        Price changed → `price_changed`, delisted/gone → `product_unavailable`; a line back in order is cleared."""
        with self.store.unit_of_work() as uow:
            return recheck_all(uow)


class StoreNumbers:
    def __init__(self, store: Store) -> None:
        self.store = store

    def remaining(self, opd_id: str, year: int, doc_type: str) -> int:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.numbers.remaining(opd_id, year, doc_type)

    def add_block(self, opd_id: str, year: int, doc_type: str, start: int, end: int) -> None:
        with self.store.unit_of_work() as uow:
            uow.numbers.add_block(opd_id, year, doc_type, start, end)


class StoreState:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.sync_state.get_str(key)

    def set(self, key: str, value: str) -> None:
        with self.store.unit_of_work() as uow:
            uow.sync_state.set(key, value)


class KeyringCredentials:
    """Refresh tokens per user id in the OS keyring (CredentialStore keys them by server and username).
    With no usable keyring they live in memory for this process only — never in a file."""

    def __init__(self, store: Store, server_url: str, keyring_store: CredentialStore | None) -> None:
        self.store = store
        self.server_url = server_url
        self.keyring = keyring_store
        self.memory: dict[str, str] = {}
        self.keyring_failed = keyring_store is None
        self._lock = threading.Lock()

    def _username(self, user_id: str) -> str | None:
        with self.store.unit_of_work(readonly=True) as uow:
            user = uow.users.get(user_id)
        return user.username if user is not None else None

    def refresh_token(self, user: str) -> str | None:
        with self._lock:
            if user in self.memory:
                return self.memory[user]
        username = self._username(user) if self.keyring is not None else None
        if self.keyring is None or username is None:
            return None
        try:
            return self.keyring.load_refresh_token(self.server_url, username)
        except CredentialsUnavailable:
            self.keyring_failed = True
            return None

    def save_refresh_token(self, user: str, token: str) -> None:
        with self._lock:
            self.memory[user] = token
        # An id not cached yet (first login, before the user row exists) stays in memory; login() saves it
        # again once the id → username mapping is stored.
        username = self._username(user) if self.keyring is not None else None
        if self.keyring is not None and username is not None:
            try:
                self.keyring.save_refresh_token(self.server_url, username, token)
            except CredentialsUnavailable:
                self.keyring_failed = True

    def forget(self, user: str) -> None:
        with self._lock:
            self.memory.pop(user, None)
        username = self._username(user) if self.keyring is not None else None
        if self.keyring is not None and username is not None:
            try:
                self.keyring.delete_refresh_token(self.server_url, username)
            except CredentialsUnavailable:
                self.keyring_failed = True


@dataclass
class SyncSettings:
    server_url: str
    data_dir: Path
    verify: bool | str = True  # True, or the path of a provincial CA bundle
    device_id: str | None = None
    client_version: str = "0.1.0"
    snapshot_in_child: bool = True  # a first sync's snapshot loads in a child process (issue 16)


class SyncService:
    def __init__(self, store: Store, settings: SyncSettings, keyring_store: CredentialStore | None = None,
                 transport: Transport | None = None) -> None:
        self.store = store
        self.settings = settings
        self.transport = transport or Transport(TransportConfig(
            settings.server_url, verify=settings.verify, client_version=settings.client_version))
        self.credentials = KeyringCredentials(store, settings.server_url, keyring_store)
        self.auth = Auth(self.transport, self.credentials, settings.device_id or self._device_id())
        self._outbox = StoreOutbox(store)
        self.held_back = 0  # commands the last pass kept queued: sealed with a key this session does not hold
        self.identity = DeviceIdentity(store, keyring_store)  # document-signing key + server certificate

    def _device_id(self) -> str:
        state = StoreState(self.store)
        found = state.get("device_id")
        if not found:
            found = str(uuid.uuid4())
            state.set("device_id", found)
        return found

    def login(self, username: str, password: str, cancel: Cancel | None = None) -> str:
        """Password login; caches the user so their id maps to a username for the keyring. Returns the id."""
        session = self.auth.login(username, password, cancel)
        info = session.info
        with self.store.unit_of_work() as uow:
            roles = info.get("roles") or ([info["role"]] if info.get("role") else [])
            uow.users.cache(User(id=session.user_id, username=session.username,
                                 full_name=str(info.get("full_name") or session.username),
                                 roles=tuple(str(r) for r in roles), opd_id=info.get("opd_id"),
                                 nip=str(info.get("nip") or "") or None))
        # now that the id → username mapping exists, the rotated token can go to the keyring
        self.credentials.save_refresh_token(session.user_id, self.credentials.memory[session.user_id])
        self.fetch_usb_keys(cancel)
        return session.user_id

    def sync_now(self, user_id: str, cancel: Cancel,
                 progress: Callable[[str, int, int], None] = lambda p, d, t: None, *,
                 manual: bool = True) -> SyncReport:
        """One engine pass. `manual` ("Sync now", or connectivity came back) makes waiting commands due at
        once (SYNC.md §7); a background timer passes manual=False and the back-off stands."""
        self._protect_work()
        replica = Replica(self.store.path, sealer=self.store.sealer)
        try:
            ports = Ports(replica=replica, outbox=self._outbox, orders=StoreOrders(self.store),
                          state=StoreState(self.store), credentials=self.credentials,
                          data_dir=self.settings.data_dir, numbers=StoreNumbers(self.store),
                          open_replica=self._replica_opener())
            self._outbox.held.clear()
            report = SyncEngine(self.transport, ports, self.auth, user_id, manual=manual).run_once(cancel, progress)
        finally:
            replica.close()
        self.held_back = len(self._outbox.held)
        if self.held_back:  # queued, not lost: the officer (and `blangkon sync`) must read why they did not go
            report.errors.append(str(SERVICE_TEXTS("commands_sealed", count=self.held_back)))
            if report.status == "ok":
                report.status = "partial"
        if report.status in ("ok", "partial"):
            self.certify_device(user_id, cancel)
            self.fetch_usb_keys(cancel)
        return report

    def _replica_opener(self) -> Callable[[], Replica] | None:
        """How the snapshot's child process opens this store's replica (issue 16: a first sync's load must not
        hold this process's GIL, or the window freezes). None keeps the load on the sync's thread: turned off in
        the settings, or a sealer that cannot be handed to another process (then said in the log)."""
        if not self.settings.snapshot_in_child:
            return None
        opener = functools.partial(Replica, self.store.path, sealer=self.store.sealer)
        try:
            pickle.dumps(opener)
        except Exception as exc:
            log.warning("snapshot loads in this process (sealer not transferable): %s: %s", type(exc).__name__, exc)
            return None
        return opener

    def _protect_work(self) -> None:
        """Before each sync: the scheduled full check and a backup of the officers' work (issue 15). Damage
        raises StoreDamagedError (the caller offers a restore); a backup that cannot be written (disk full)
        does not stop the sync, which only sends what is already saved."""
        try:
            self.store.before_sync()
        except (DiskFullError, OSError) as exc:
            log.warning("backup before sync not written: %s", getattr(exc, "message", exc))

    def parked_orders(self) -> list[dict[str, Any]]:
        """Pulled orders this PC could not store (#12.7), for the officer: id, number, reason, server version."""
        with self.store.unit_of_work(readonly=True) as uow:
            parked = uow.sync_state.get(PARKED_KEY) or {}
        return [{"id": k, **v} for k, v in sorted(parked.items())]

    def fetch_usb_keys(self, cancel: Cancel | None = None) -> bool:
        """Keep the server's USB keys (#18) for the day this PC is out of reach. Best effort, like the
        certificate: a failure is logged and the next login or sync tries again."""
        try:
            usb_keys.save(self.store, fetch_usb_keys(self.transport.request, cancel))
            return True
        except Exception as exc:  # network, an older server without the endpoint, a bad body
            log.warning("USB keys not fetched, retried next sync: %s: %s", type(exc).__name__, exc)
            return False

    def certify_device(self, user_id: str, cancel: Cancel | None = None) -> bool:
        """Fetch the document-signing certificate once (after a successful sync). Any failure is logged and
        retried on the next sync; it never changes the sync's outcome."""
        try:
            return ensure_certificate(self.identity, functools.partial(self.auth.send, user_id), cancel)
        except Exception as exc:  # network, refused (403 for provincial accounts), keyring, bad body
            log.warning("device certificate not obtained, retried next sync: %s: %s", type(exc).__name__, exc)
            return False
