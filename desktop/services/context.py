"""The bundle of services the UI is given by the composition root (desktop/app/bootstrap.py).

Every field is constructed once at start-up and typed with the service's own class, so a screen that calls a
method that does not exist (or with the wrong arguments) fails `make lint`, not an officer. The sync adapter lives
in desktop/app (it needs Qt's translation markers), so the UI sees it through the `SyncControl` protocol.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from desktop.services.alerts_service import AlertsService
    from desktop.services.approvals import ApprovalService
    from desktop.services.auth_service import AuthService
    from desktop.services.bank_reconciliation import BankService
    from desktop.services.catalog_service import CatalogService
    from desktop.services.conflicts import ConflictService
    from desktop.services.credentials import CredentialStore
    from desktop.services.delegations import DelegationService
    from desktop.services.documents_service import DocumentService
    from desktop.services.orders import OrderService
    from desktop.services.payments import PaymentService
    from desktop.services.price_service import PriceService
    from desktop.services.server_address import ServerAddress
    from desktop.services.settings_service import SettingsService
    from desktop.services.stats_service import StatsService
    from desktop.services.usb_transfer import UsbTransfer
    from desktop.services.year_closing import YearClosingService


@dataclass(frozen=True)
class QueueCounts:
    """An officer's unsettled commands: `waiting` still go out by themselves on the next pass; `refused` were
    answered with a refusal the officer must resolve; `held` wait behind one of those (#21.9)."""

    waiting: int = 0
    refused: int = 0
    held: int = 0


class SyncControl(Protocol):
    """What the shell asks of the sync adapter (desktop.app.sync_wiring.SyncFacade)."""

    def pending_count(self, user_id: str) -> int: ...

    def queue_counts(self, user_id: str) -> QueueCounts: ...

    def last_success(self) -> dt.datetime | None: ...

    def probe(self) -> bool:
        """Can the server be reached right now (blocks briefly: I/O lane)."""
        ...

    # progress receives the adapter's progress records (phase, label, done, total); the result is its outcome.
    def run_once(self, cancel: threading.Event, progress: Callable[[Any], None], *, manual: bool = True) -> object: ...


@dataclass(kw_only=True)
class Services:
    catalog: CatalogService
    auth: AuthService
    credentials: CredentialStore
    settings: SettingsService
    orders: OrderService
    approvals: ApprovalService
    payments: PaymentService
    documents: DocumentService
    conflicts: ConflictService
    alerts: AlertsService  # deadline reminders shown after login
    server: ServerAddress  # the one server address login, sync, status bar and settings read (#13.2)
    sync: SyncControl | None = None  # None: no sync in this process (the status bar says so)
    stats: StatsService | None = None  # dashboard figures (online, cached for offline)
    prices: PriceService | None = None  # price reasonableness checks
    bank: BankService | None = None  # the Bendahara's bank reconciliation (#18)
    usb: UsbTransfer | None = None  # sync by USB stick (#18)
    closing: YearClosingService | None = None  # the Bendahara's year-end closing (tutup buku, #17)
    delegations: DelegationService | None = None  # Plt / Plh letters (#17)
