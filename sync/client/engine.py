"""SyncEngine.run_once: one synchronous, cancellable pass (ARCHITECTURE.md convention 9).

Order of steps, and why:
1. meta — clock offset from `Date` (warn past 5 min); 426 stops before anything is sent.
2. auth — the signed-in user's access token (refresh from the keyring; invalid_grant → needs login).
3. outbox — the officer's work goes first, so a long catalog download never delays a submission.
4. catalog — first sync as a snapshot, later as deltas; 410 or three checksum misses → re-snapshot.
5. orders — pull the OPD's orders (the store never overwrites an order with pending commands).
6. stale drafts — lines whose product changed price or was delisted are flagged before submit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.client import closings, delegations
from sync.client.auth import Auth, NeedsLogin, Session, UpgradeRequired
from sync.client.catalog_delta import VERIFIED_KEY, CursorExpired, ResnapshotNeeded, pull_changes
from sync.client.catalog_snapshot import SnapshotMismatch, SnapshotSync, old_objects_frozen
from sync.client.clock_evidence import CLOCK_OFFSET_KEY, CLOCK_VERIFIED_KEY, server_stamp
from sync.client.numbers import top_up
from sync.client.outbox_sender import OutboxResult, OutboxSender
from sync.client.ports import Ports
from sync.client.snapshot_process import SnapshotJob, SnapshotProcessNotStarted, run_in_child
from sync.client.transport import Cancel, Cancelled, Transport, TransportError

log = logging.getLogger(__name__)

META_PATH = "/v1/sync/meta"
ORDERS_PATH = "/v1/orders/changes"
CLOCK_WARN_SECONDS = 300.0
SNAPSHOT_TRIES = 3

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    status: str = "ok"  # ok | partial | upgrade_required | needs_login | offline | cancelled | error
    clock_offset_s: float | None = None
    clock_warning: bool = False
    catalog_mode: str = "none"  # none | snapshot | delta
    catalog_rows: int = 0
    catalog_count: int | None = None
    catalog_checksum: int | None = None
    outbox: OutboxResult = field(default_factory=OutboxResult)
    orders_pulled: int = 0
    parked_orders: list[str] = field(default_factory=list)  # "number or id: why" of orders not stored here
    stale_lines: int = 0
    number_blocks: int = 0
    delegations: int = 0  # the OPD's Plt / Plh delegations kept on this PC after the sync (#17)
    closed_years: int = 0  # the OPD's closed fiscal years kept on this PC after the sync (tutup buku, #17)
    needs_login: set[str] = field(default_factory=set)
    retries: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "status": self.status, "clock_offset_s": self.clock_offset_s, "clock_warning": self.clock_warning,
            "catalog_mode": self.catalog_mode, "catalog_rows": self.catalog_rows,
            "catalog_count": self.catalog_count, "catalog_checksum": self.catalog_checksum,
            "sent": self.outbox.sent, "rejected": self.outbox.rejected, "retry_later": self.outbox.retry_later,
            "waiting_users": sorted(self.outbox.waiting_users), "orders_pulled": self.orders_pulled,
            "parked_orders": self.parked_orders,
            "stale_lines": self.stale_lines, "number_blocks": self.number_blocks,
            "needs_login": sorted(self.needs_login), "retries": self.retries,
            "seconds": round(self.seconds, 3), "errors": self.errors,
        }


class SyncEngine:
    def __init__(self, transport: Transport, ports: Ports, auth: Auth, user_id: str,
                 clock: Callable[[], float] = time.time, manual: bool = True) -> None:
        self.transport = transport
        self.ports = ports
        self.auth = auth
        self.user_id = user_id  # the signed-in officer: catalog and orders are read under this token
        self.clock = clock
        self.manual = manual  # "Sync now": back-offs are reset; a background timer passes False

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.auth.send(self.user_id, method, path, **kwargs)

    def run_once(self, cancel: Cancel, progress: Progress = lambda phase, done, total: None) -> SyncReport:
        report = SyncReport()
        started = self.clock()
        self.transport.reset_backoff()
        try:
            self._run(cancel, progress, report)
        except UpgradeRequired as exc:
            report.status = "upgrade_required"
            report.errors.append(str(exc)[:300])
        except NeedsLogin as exc:
            report.status = "needs_login"
            report.needs_login.add(exc.user)
        except Cancelled:
            report.status = "cancelled"
        except (TransportError, requests.RequestException) as exc:
            report.status = "offline"
            report.errors.append(str(exc)[:300])
        except Exception as exc:  # local failure (disk full, database locked, a bad server body): every step
            # committed or rolled back on its own, so the next pass resumes; the caller gets a report either way
            report.status = "error"
            report.errors.append(f"{type(exc).__name__}: {exc}"[:300])
        report.retries = self.transport.retries
        report.seconds = self.clock() - started
        if report.status == "ok" and (report.outbox.retry_later or report.outbox.waiting_users or report.errors
                                      or report.parked_orders):
            report.status = "partial"
        if report.status in ("ok", "partial"):
            self.ports.state.set("last_success_at", str(int(self.clock())))
        return report

    def _run(self, cancel: Cancel, progress: Progress, report: SyncReport) -> None:
        if self.manual:
            self.ports.outbox.reset_backoff()
        self._meta(cancel, report)
        self.auth.session(self.user_id, cancel)
        sender = OutboxSender(self.ports.outbox, self.auth)
        report.outbox = sender.run(cancel, progress)
        report.needs_login |= report.outbox.waiting_users
        changed = self._catalog(cancel, progress, report)
        report.orders_pulled = self._orders(cancel, progress, report)
        # every pass, not only when this one changed prices: drafts are re-checked against the replica (#21.4)
        report.stale_lines = self.ports.orders.flag_stale_drafts(sorted(changed))
        self._numbers(cancel, report)
        self._delegations(cancel, report)
        self._closings(cancel, report)

    def _delegations(self, cancel: Cancel, report: SyncReport) -> None:
        """The OPD's Plt / Plh delegations (#17): the lifecycle honours them offline too."""
        session = self.auth.sessions.get(self.user_id)
        if session is None or not session.info.get("opd_id"):
            return
        response = self._send("GET", delegations.PATH, cancel=cancel)
        if response.status_code == 404:  # a server from before #17
            return
        if response.status_code != 200:
            raise TransportError(f"delegations: HTTP {response.status_code}", response.status_code, response)
        report.delegations = delegations.store_pulled(self.ports.state.set, response.json())

    def _closings(self, cancel: Cancel, report: SyncReport) -> None:
        """The OPD's closed fiscal years (#17): every PC of the OPD locks them, not only the one that closed."""
        session = self.auth.sessions.get(self.user_id)
        opd_id = session.info.get("opd_id") if session is not None else None
        if not opd_id:
            return
        response = self._send("GET", closings.PATH, cancel=cancel)
        if response.status_code == 404:  # a server from before #17
            return
        if response.status_code != 200:
            raise TransportError(f"closings: HTTP {response.status_code}", response.status_code, response)
        report.closed_years = closings.store_pulled(self.ports.state.set, str(opd_id), response.json())

    def _numbers(self, cancel: Cancel, report: SyncReport) -> None:
        session = self.auth.sessions.get(self.user_id)
        opd_id = session.info.get("opd_id") if session is not None else None
        if self.ports.numbers is None or not opd_id:
            return
        server_now = self.clock() + (report.clock_offset_s or 0.0)
        report.number_blocks = top_up(self.ports.numbers, str(opd_id), self.auth.device_id, self._send, cancel,
                                      server_now)

    def _meta(self, cancel: Cancel, report: SyncReport) -> None:
        response = self.transport.request("GET", META_PATH, cancel=cancel)
        with response:
            if response.status_code == 426:
                raise UpgradeRequired(response.text)
            if response.status_code != 200:
                raise TransportError(f"meta: HTTP {response.status_code}", response.status_code, response)
        offset = self.transport.clock_offset
        report.clock_offset_s = offset
        if offset is not None:
            report.clock_warning = abs(offset) > CLOCK_WARN_SECONDS
            self.ports.state.set(CLOCK_OFFSET_KEY, str(int(offset * 1000)))
            # the server's time of this check: approvals recorded offline cite it (sync.protocol.deadline)
            checked = self.transport.clock_checked_at
            if checked is not None:
                self.ports.state.set(CLOCK_VERIFIED_KEY, server_stamp(checked))

    def _catalog(self, cancel: Cancel, progress: Progress, report: SyncReport) -> set[int]:
        replica = self.ports.replica
        changed: set[int] = set()
        for _ in range(SNAPSHOT_TRIES):
            if replica.cursor() is None:
                self._snapshot(cancel, progress, report)
            try:
                delta = pull_changes(replica, self.ports.state, self._send, cancel, progress, now=self.clock())
            except (CursorExpired, ResnapshotNeeded) as exc:
                report.errors.append(f"re-snapshot: {exc}"[:300])
                replica.discard_snapshot()
                replica.reset_cursor()  # live rows stay searchable until the new snapshot swaps in
                continue
            if report.catalog_mode == "none":
                report.catalog_mode = "delta"
            report.catalog_rows += delta.applied
            changed |= delta.changed_product_ids
            if not delta.checkpoint_ok:
                report.errors.append("catalog checksum differs from the server checkpoint")
            break
        report.catalog_count, report.catalog_checksum = replica.totals()
        return changed

    def _snapshot(self, cancel: Cancel, progress: Progress, report: SyncReport) -> None:
        snapshot = SnapshotSync(self.transport, self.ports.replica, self.ports.data_dir / "snapshot", self._send)
        for attempt in range(SNAPSHOT_TRIES):
            try:
                manifest = self._load_snapshot(snapshot, cancel, progress)
            except SnapshotMismatch as exc:
                report.errors.append(str(exc)[:300])
                if attempt + 1 == SNAPSHOT_TRIES:
                    raise TransportError(f"snapshot failed {SNAPSHOT_TRIES} times: {exc}") from exc
                continue
            report.catalog_mode = "snapshot"
            report.catalog_rows += int(manifest["row_count"])
            # the staged rows were just counted and checksummed in full against the manifest
            self.ports.state.set(VERIFIED_KEY, str(int(self.clock())))
            return

    def _load_snapshot(self, snapshot: SnapshotSync, cancel: Cancel, progress: Progress) -> dict[str, Any]:
        """In a child process when the host can open the replica there (the desktop), else on this thread."""
        if self.ports.open_replica is None:
            return snapshot.run(cancel, progress)
        manifest = snapshot.manifest(cancel)
        session = self.auth.session(self.user_id, cancel)
        job = SnapshotJob(self.transport.config, manifest, snapshot.folder, self.user_id, session.access_token,
                          self.ports.open_replica)

        def fresh_token(stale: str) -> str:
            return self.auth.refreshed(self.user_id, Session(self.user_id, "", stale, {}), cancel).access_token

        def retried(n: int) -> None:
            self.transport.retries += n

        try:
            run_in_child(job, cancel, progress, fresh_token, retried)
        except SnapshotProcessNotStarted as exc:  # a first sync must stay possible: load here, as before #16
            log.warning("snapshot process did not start (%s); loading in this process", exc)
            with old_objects_frozen():
                snapshot.install(manifest, cancel, progress)
        return manifest

    def _orders(self, cancel: Cancel, progress: Progress, report: SyncReport) -> int:
        cursor = self.ports.state.get("orders_cursor") or ""
        pulled = 0
        while True:
            if cancel.is_set():
                raise Cancelled()
            response = self._send("GET", ORDERS_PATH, params={"since": cursor}, cancel=cancel)
            if response.status_code == 410 and cursor:
                cursor = ""  # history pruned: pull everything visible again (idempotent per order)
                self.ports.state.set("orders_cursor", "")
                continue
            if response.status_code != 200:
                raise TransportError(f"orders: HTTP {response.status_code}", response.status_code, response)
            page = response.json()
            for order in page.get("orders") or []:
                parked = self.ports.orders.apply_pulled(order)
                if parked:  # this one waits (shown to the officer); the cursor moves on with the rest
                    report.parked_orders.append(f"{order.get('number') or order.get('id')}: {parked}")
                else:
                    pulled += 1
            cursor = str(page.get("next") or cursor)
            self.ports.state.set("orders_cursor", cursor)
            progress("orders", pulled, pulled)
            if not page.get("has_more"):
                return pulled
