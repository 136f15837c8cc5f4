"""The table of screens the main window offers: every screen class named by import, typed (issue #14).

A screen that is missing or misspelt here fails when this module is imported — at start-up and in
tests/app/test_registry.py — instead of being replaced by a placeholder page at the officer's first click.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui.bank_reconciliation import BankReconciliationScreen
from desktop.ui.bendahara import BendaharaDeskScreen
from desktop.ui.catalog import CatalogScreen
from desktop.ui.dashboard import DashboardScreen
from desktop.ui.delegations import DelegationsScreen
from desktop.ui.history import OrderHistoryScreen
from desktop.ui.navigation import ALL_ROLES, ScreenRegistry, ScreenSpec
from desktop.ui.order_editor import OrderEditorScreen
from desktop.ui.orders import OrdersScreen
from desktop.ui.ppk_inbox import PpkInboxScreen
from desktop.ui.settings_screen import SettingsScreen
from desktop.ui.year_closing import YearClosingScreen
from sync.protocol import Role

_PP = frozenset({Role.PP})
_PPK = frozenset({Role.PPK, Role.PA_KPA})


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("catalog", CatalogScreen, str(QT_TRANSLATE_NOOP("Navigation", "Katalog")), _PP | {Role.ADMIN_OPD},
               shortcut="Ctrl+1"),
    ScreenSpec("orders", OrdersScreen, str(QT_TRANSLATE_NOOP("Navigation", "Pesanan")), _PP | _PPK,
               shortcut="Ctrl+2"),
    ScreenSpec("order_editor", OrderEditorScreen, str(QT_TRANSLATE_NOOP("Navigation", "Ubah pesanan")), _PP | _PPK,
               in_nav=False),
    ScreenSpec("ppk_inbox", PpkInboxScreen, str(QT_TRANSLATE_NOOP("Navigation", "Persetujuan")), _PPK,
               shortcut="Ctrl+3"),
    ScreenSpec("bendahara", BendaharaDeskScreen, str(QT_TRANSLATE_NOOP("Navigation", "Pembayaran")),
               frozenset({Role.BENDAHARA, Role.PPTK}), shortcut="Ctrl+4"),
    ScreenSpec("bank", BankReconciliationScreen, str(QT_TRANSLATE_NOOP("Navigation", "Rekonsiliasi bank")),
               frozenset({Role.BENDAHARA}), shortcut="Ctrl+7"),
    ScreenSpec("year_closing", YearClosingScreen, str(QT_TRANSLATE_NOOP("Navigation", "Tutup buku")),
               frozenset({Role.BENDAHARA}), shortcut="Ctrl+9"),
    ScreenSpec("delegations", DelegationsScreen, str(QT_TRANSLATE_NOOP("Navigation", "Plt/Plh")),
               frozenset({Role.ADMIN_OPD}), shortcut="Ctrl+8"),
    ScreenSpec("dashboard", DashboardScreen, str(QT_TRANSLATE_NOOP("Navigation", "Dasbor")), ALL_ROLES,
               shortcut="Ctrl+6"),
    ScreenSpec("history", OrderHistoryScreen, str(QT_TRANSLATE_NOOP("Navigation", "Riwayat")), ALL_ROLES,
               shortcut="Ctrl+5"),
    ScreenSpec("settings", SettingsScreen, str(QT_TRANSLATE_NOOP("Navigation", "Pengaturan")), ALL_ROLES,
               shortcut="Ctrl+,"),
)


def screen_registry() -> ScreenRegistry:
    return ScreenRegistry(SCREENS)
