"""The screen contract every page of the main window follows.

A screen is a QWidget built with a `UiContext` (services, task runner, session, navigate callback) and nothing
else: no globals, no QApplication lookups. The main window creates each screen once, the first time it is
navigated to, and calls `activate(**params)` every time it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.services.context import Services
from desktop.services.session import SessionState
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from desktop.ui.tasks import LatestReads, SyncTaskRunner, TaskHandle, TaskRunner
from sync.protocol import Role
from sync.protocol.deadline import legal_date

Navigate = Callable[..., None]


def _ignore_message(message: str) -> None:
    return None


@dataclass
class UiContext:
    services: Services
    tasks: TaskRunner | SyncTaskRunner
    session: SessionState
    # navigate("order_editor", order_id=...) switches the main window to that screen and activates it.
    navigate: Navigate
    # notify("...") shows a short, translated message in the status bar.
    notify: Callable[[str], None] = field(default=_ignore_message)
    # the shell's own parts the settings screen changes (None in a screen test that does not need them)
    ui_settings: UiSettings | None = None
    i18n: I18n | None = None
    data_dir: Path | None = None
    language_changed: Callable[[str], None] | None = None
    # scratch space for tests and tools (recorded navigations, a dialog to inspect); product code reads none of it
    extras: dict[str, Any] = field(default_factory=dict)

    def today(self) -> dt.date:
        """The session's day in Central Java: the server-corrected, injectable clock (SessionState.now), never
        the PC's own clock (which may be days off, #13.15)."""
        return legal_date(self.session.now())


class Screen(QWidget):
    """Base of every screen. Subclasses set `key` and `roles` and implement `title()`."""

    key: str = ""
    # Roles that may open this screen; an empty set means every logged-in role.
    roles: frozenset[Role] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen_{self.key or type(self).__name__}")
        self._latest = LatestReads(ctx.tasks)

    def read_latest(self, name: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
                    on_error: Callable[[BaseException], None] | None = None) -> TaskHandle:
        """A read whose answer stands only while no newer read of the same `name` was asked for: the read lane
        runs two at once, so an older reload (a visit, a sync) that finishes after the one asked for after a
        step would otherwise put the step's order back as it was (the journey's 'waited for BAST' timeouts)."""
        return self._latest.run(name, fn, on_done, on_error)

    def drop_read(self, name: str) -> None:
        """A write's answer (the new state) is shown now: the read of `name` still running must not follow it."""
        self._latest.drop(name)

    def title(self) -> str:
        """Translated title shown in the navigation and window title."""
        return self.tr("Layar")

    def activate(self, **params: Any) -> None:
        """Called every time the screen is shown; params come from navigate(key, **params)."""

    def deactivate(self) -> None:
        """Called when another screen is shown (stop timers, cancel stale searches)."""

    def retranslate(self) -> None:
        """Re-apply translated texts after a live language switch."""

    @classmethod
    def allowed_for(cls, role: Role | None) -> bool:
        return not cls.roles or (role is not None and role in cls.roles)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def today_of(widget: QWidget) -> dt.date:
    """Today in Central Java for any widget: the day of the screen it sits on (UiContext.today, the session's
    server-corrected clock). A widget on no screen reads this PC's clock as a WIB day (legal_date of the UTC
    moment), never in the PC's own time zone: a PC set to UTC at 20:00 is already tomorrow in Semarang."""
    shown: QWidget | None = widget
    while shown is not None:
        if isinstance(shown, Screen):
            return shown.ctx.today()
        shown = shown.parentWidget()
    return legal_date(dt.datetime.now(dt.UTC))
