"""The screen registry the main window navigates by: key → spec (class, label, roles, shortcut).

The table itself is written in the composition root (desktop/app/screens.py), which names every screen class by
import: a missing or misspelt screen is an ImportError when the app starts (and in tests/app), and a key nobody
registered raises UnknownScreen instead of showing a placeholder page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.screen import Screen, UiContext
from sync.protocol import Role

ALL_ROLES: frozenset[Role] = frozenset(Role)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


class UnknownScreen(LookupError):
    """navigate() or a menu named a screen key that is not registered: a programming error, never hidden."""

    def __init__(self, key: object) -> None:
        super().__init__(f"unknown screen key {key!r}")
        self.key = key


class RegistryError(ValueError):
    """The screen table itself is wrong (duplicate key or shortcut, a class that is not a Screen)."""


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    screen: type[Screen]
    label: str  # untranslated source text (Indonesian); translated with context "Navigation"
    roles: frozenset[Role]  # who may open it (and sees it in the navigation when in_nav)
    in_nav: bool = True
    shortcut: str = ""

    def translated_label(self) -> str:
        return _tr(self.label)


class ScreenRegistry:
    """Looks up screen specs by key and builds screens on first use; checks the table when built."""

    def __init__(self, specs: Iterable[ScreenSpec]) -> None:
        self._specs: dict[str, ScreenSpec] = {}
        shortcuts: dict[str, str] = {}
        for spec in specs:
            if not (isinstance(spec.screen, type) and issubclass(spec.screen, Screen)):
                raise RegistryError(f"screen {spec.key!r}: {spec.screen!r} is not a Screen class")
            if spec.key in self._specs:
                raise RegistryError(f"screen key {spec.key!r} registered twice")
            if spec.shortcut:
                if spec.shortcut in shortcuts:
                    raise RegistryError(f"shortcut {spec.shortcut} used by {shortcuts[spec.shortcut]!r} and "
                                        f"{spec.key!r}")
                shortcuts[spec.shortcut] = spec.key
            self._specs[spec.key] = spec

    def spec(self, key: str) -> ScreenSpec:
        found = self._specs.get(key) if isinstance(key, str) else None
        if found is None:
            raise UnknownScreen(key)
        return found

    def keys(self) -> list[str]:
        return list(self._specs)

    def nav_specs(self, role: Role | Iterable[Role] | None) -> list[ScreenSpec]:
        """Screens shown in the navigation for this role (or roles: one's own plus a Plt/Plh role, #17), in
        registry order."""
        roles = _roles(role)
        return [s for s in self._specs.values() if s.in_nav and roles & s.roles]

    def allowed(self, key: str, role: Role | Iterable[Role] | None) -> bool:
        return bool(_roles(role) & self.spec(key).roles)

    def create(self, key: str, ctx: UiContext, parent: QWidget | None = None) -> Screen:
        return self.spec(key).screen(ctx, parent)


def _roles(role: Role | Iterable[Role] | None) -> frozenset[Role]:
    if role is None:
        return frozenset()
    if isinstance(role, Role):
        return frozenset({role})
    return frozenset(role)
