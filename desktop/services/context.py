"""The bundle of services the UI is given by the composition root (desktop/app/bootstrap.py).

Every field is constructed once at start-up. Services owned by other parts of the tree are typed loosely here so
this module imports nothing that may not exist yet; their contracts are in docs/DESIGN.md:
`OrderService`, `ApprovalService`, `PaymentService`, `DocumentService`, `ConflictService` are each built as
`XService(store, session)`; `sync` is the app's adapter over `desktop.services.sync_service` (pending count,
last sync, run once); `stats`, `alerts` and `prices` are the dashboard's and reminders' services.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Typed as Any on purpose: desktop.ui imports this module, and import-linter follows even TYPE_CHECKING imports,
# so naming the service classes here would make the UI "depend" on the store, keyring and requests.


@dataclass
class Services:
    catalog: Any  # catalog_service.CatalogService
    auth: Any  # auth_service.AuthService
    credentials: Any  # credentials.CredentialStore
    settings: Any  # settings_service.SettingsService
    sync: Any = None
    orders: Any = None
    approvals: Any = None
    payments: Any = None
    documents: Any = None
    conflicts: Any = None
    stats: Any = None  # StatsService: dashboard figures (online, cached for offline)
    alerts: Any = None  # AlertsService: deadline reminders shown after login
    prices: Any = None  # PriceService: price reasonableness checks
