"""Registry of screens by key, resolved lazily by dotted path.

Screens built by other engineers are named here by module and class only, so the shell works before their code
lands: a module that does not exist yet is shown as a translated "Layar belum tersedia" page. Any other import
error (a bug inside an existing module) is raised, so it is never hidden behind the placeholder.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.screen import Screen, UiContext
from sync.protocol import Role

ALL_ROLES: frozenset[Role] = frozenset(Role)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    target: str  # "package.module:ClassName"
    label: str  # untranslated source text (Indonesian); translated with context "Navigation"
    roles: frozenset[Role]  # who sees it in the navigation
    in_nav: bool = True
    shortcut: str = ""

    @property
    def module_name(self) -> str:
        return self.target.split(":", 1)[0]

    @property
    def class_name(self) -> str:
        return self.target.split(":", 1)[1]

    def translated_label(self) -> str:
        return _tr(self.label)


_PP = frozenset({Role.PP})
_PPK = frozenset({Role.PPK, Role.PA_KPA})

DEFAULT_SPECS: tuple[ScreenSpec, ...] = (
    ScreenSpec("catalog", "desktop.ui.catalog:CatalogScreen", QT_TRANSLATE_NOOP("Navigation", "Katalog"), _PP | {Role.ADMIN_OPD}, shortcut="Ctrl+1"),
    ScreenSpec("orders", "desktop.ui.orders:OrdersScreen", QT_TRANSLATE_NOOP("Navigation", "Pesanan"), _PP | _PPK, shortcut="Ctrl+2"),
    ScreenSpec("order_editor", "desktop.ui.order_editor:OrderEditorScreen", QT_TRANSLATE_NOOP("Navigation", "Ubah pesanan"), _PP | _PPK, in_nav=False),
    ScreenSpec("ppk_inbox", "desktop.ui.ppk_inbox:PpkInboxScreen", QT_TRANSLATE_NOOP("Navigation", "Persetujuan"), _PPK, shortcut="Ctrl+3"),
    ScreenSpec("bendahara", "desktop.ui.bendahara:BendaharaDeskScreen", QT_TRANSLATE_NOOP("Navigation", "Pembayaran"),
               frozenset({Role.BENDAHARA, Role.PPTK}), shortcut="Ctrl+4"),
    ScreenSpec("dashboard", "desktop.ui.dashboard:DashboardScreen", QT_TRANSLATE_NOOP("Navigation", "Dasbor"),
               ALL_ROLES, shortcut="Ctrl+6"),
    ScreenSpec("history", "desktop.ui.history:OrderHistoryScreen", QT_TRANSLATE_NOOP("Navigation", "Riwayat"), ALL_ROLES, shortcut="Ctrl+5"),
    ScreenSpec("settings", "desktop.ui.settings_screen:SettingsScreen", QT_TRANSLATE_NOOP("Navigation", "Pengaturan"), ALL_ROLES, shortcut="Ctrl+,"),
)


def _module_missing(exc: ModuleNotFoundError, module_name: str) -> bool:
    """True only when the missing module is the screen's own module (or one of its packages)."""
    missing = exc.name or ""
    return bool(missing) and (module_name == missing or module_name.startswith(missing + "."))


class UnavailableScreen(Screen):
    """Shown for a screen whose module has not been installed in this build yet."""

    def __init__(self, ctx: UiContext, spec: ScreenSpec, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.key = spec.key
        self.setObjectName(f"screen_{spec.key}")
        self._spec = spec
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslate()

    def title(self) -> str:
        return self._spec.translated_label()

    def retranslate(self) -> None:
        self._label.setText(self.tr(
            "Layar belum tersedia: %1.\nFitur ini belum terpasang pada versi aplikasi ini. "
            "Gunakan menu lain, atau perbarui aplikasi lalu buka kembali."
        ).replace("%1", self._spec.translated_label()))


class ScreenRegistry:
    """Looks up screen specs by key and builds screens on first use."""

    def __init__(self, specs: Iterable[ScreenSpec] = DEFAULT_SPECS) -> None:
        self._specs: dict[str, ScreenSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: ScreenSpec) -> None:
        self._specs[spec.key] = spec

    def spec(self, key: str) -> ScreenSpec:
        try:
            return self._specs[key]
        except KeyError:
            raise KeyError(f"unknown screen key {key!r}") from None

    def keys(self) -> list[str]:
        return list(self._specs)

    def nav_specs(self, role: Role | None) -> list[ScreenSpec]:
        """Screens shown in the navigation for this role, in registry order."""
        return [s for s in self._specs.values() if s.in_nav and role is not None and role in s.roles]

    def allowed(self, key: str, role: Role | None) -> bool:
        return role is not None and role in self.spec(key).roles

    def screen_class(self, key: str) -> type[Screen] | None:
        """The screen's class, or None when its module is not part of this build yet."""
        spec = self.spec(key)
        try:
            module = importlib.import_module(spec.module_name)
        except ModuleNotFoundError as exc:
            if _module_missing(exc, spec.module_name):
                return None
            raise
        cls = getattr(module, spec.class_name, None)
        if cls is None:
            raise ImportError(f"{spec.module_name} has no {spec.class_name} (screen {key!r})")
        return cls  # type: ignore[no-any-return]

    def create(self, key: str, ctx: UiContext, parent: QWidget | None = None) -> Screen:
        cls = self.screen_class(key)
        if cls is None:
            return UnavailableScreen(ctx, self.spec(key), parent)
        return cls(ctx, parent)
