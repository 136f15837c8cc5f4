"""Composition root: the only place that builds the store and the services and wires them (gui.py is its Qt
half: application, translations, windows).

`run(args)` is what `blangkon` (and `make run`) calls: QApplication, translations, Store.open(data_dir /
"blangkon.db"), services, the embedded demo server when no server is configured, login, main window.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from desktop.app import paths
from desktop.app.local_server import LocalServer
from desktop.app.provisioning import Provisioning, load_startup_provisioning  # noqa: F401 (called here by tests)
from desktop.app.sync_wiring import SyncFacade, SyncFactory
from desktop.services import usb_keys
from desktop.services.alerts_service import AlertsService
from desktop.services.approvals import ApprovalService
from desktop.services.auth_service import AuthService
from desktop.services.bank_reconciliation import BankService
from desktop.services.catalog_service import CatalogService
from desktop.services.conflicts import ConflictService
from desktop.services.context import Services
from desktop.services.credentials import CredentialStore
from desktop.services.data_protection import protect
from desktop.services.delegations import DelegationService
from desktop.services.device_identity import DeviceIdentity
from desktop.services.documents_service import DocumentService
from desktop.services.orders import OrderService
from desktop.services.payments import PaymentService
from desktop.services.price_service import PriceService
from desktop.services.server_address import ServerAddress
from desktop.services.session import SessionState
from desktop.services.settings_service import SettingsService
from desktop.services.stats_service import StatsService, StoreStatsCache
from desktop.services.sync_service import SyncService, SyncSettings
from desktop.services.usb_transfer import UsbTransfer
from desktop.services.year_closing import YearClosingService
from desktop.store.db import Store

log = logging.getLogger(__name__)

def sync_factory(ca_bundle: Path | None) -> SyncFactory:
    """Builds the sync service, with TLS verified against the provincial CA bundle when one is provisioned."""

    def build(store: Store, sync_settings: SyncSettings, credentials: CredentialStore) -> SyncService:
        if ca_bundle is not None:
            sync_settings = dataclasses.replace(sync_settings, verify=str(ca_bundle))
        return SyncService(store, sync_settings, credentials)

    return build


def _http_factory(ca_bundle: Path | None) -> Callable[[], requests.Session]:
    def make() -> requests.Session:
        http = requests.Session()
        if ca_bundle is not None:
            http.verify = str(ca_bundle)
        return http

    return make


@dataclass
class Core:
    """Everything below the UI, built without Qt (also used by tests and the benchmark)."""

    store: Store
    session: SessionState
    services: Services
    local_server: LocalServer | None
    data_dir: Path
    provisioning: Provisioning | None = None

    def close(self, *, keep_store: bool = False) -> None:
        if self.local_server is not None:
            self.local_server.stop()
        if not keep_store:
            self.store.close()


def build_core(data_dir: Path, *, demo_products: int | None = None, with_local_server: bool = True,
               provisioning: Provisioning | None = None) -> Core:
    """`provisioning` (see load_startup_provisioning) gives defaults: the server address when none is saved,
    the CA bundle for TLS (sync and login), the OPD code."""
    prov = provisioning
    ca_bundle = prov.ca_bundle if prov is not None else None
    store = Store.open(data_dir / paths.DB_FILE)
    session = SessionState()
    credentials = CredentialStore()
    protect(store, credentials)  # personal data at rest sealed with a key kept in the OS keyring (issue 15)
    usb_keys.seed(store, prov.usb_keys if prov else None)  # a PC that may never sync can still use a stick (#18)
    settings = SettingsService(store, default_server_url=(prov.server_url or "") if prov else "",
                               default_opd_code=(prov.opd_code or "") if prov else "")
    local = LocalServer(data_dir / "server", products=demo_products or 20_000,
                        log_file=paths.log_dir() / "local-server.log") if with_local_server else None
    server = ServerAddress(settings, local_url=(lambda: local.url if local.running else "") if local else
                           (lambda: ""))
    http_factory = _http_factory(ca_bundle)
    auth: AuthService | None = None

    def reauthenticate(url: str) -> bool:
        return auth is not None and auth.reconnect(url)

    sync = SyncFacade(store, session, credentials, data_dir, factory=sync_factory(ca_bundle),
                      server_url=server.current, reauthenticate=reauthenticate, http_factory=http_factory)

    def on_online_login(server_url: str, user_id: str, refresh_token: str) -> None:
        sync.connect(server_url)
        sync.hand_over_token(user_id, refresh_token)

    auth = AuthService(store, session, credentials, on_online_login=on_online_login, http_factory=http_factory)
    documents = DocumentService(store, session)
    prices = PriceService(store)  # the order editor's checks and the PPK's approve confirmation warn on prices
    services = Services(
        catalog=CatalogService(store, settings.catalog_fairness_boost), auth=auth, credentials=credentials,
        settings=settings, sync=sync, prices=prices, server=server,
        orders=OrderService(store, session, prices=prices), approvals=ApprovalService(store, session, prices=prices),
        payments=PaymentService(store, session), documents=documents,
        bank=BankService(store, session, documents=documents, data_dir=data_dir),
        conflicts=ConflictService(store, session),
        stats=StatsService(sync.stats_fetch, StoreStatsCache(store),
                           lambda: session.current_user.id if session.current_user else ""),
        alerts=AlertsService(store, session), closing=YearClosingService(store, session, documents=documents),
        delegations=DelegationService(store, session, sync.online_send),
        usb=UsbTransfer(store, DeviceIdentity(store, credentials), data_dir / "sync", sender=sync.sender))
    return Core(store, session, services, local, data_dir, prov)


def run(args: argparse.Namespace) -> int:
    """The desktop app: the login window first, then this module's core (desktop.app.first_window)."""
    from desktop.app.first_window import run as run_app

    return run_app(args)
