"""The main window: a thin shell (Dangerzone's lesson) — navigation by role, menus, status bar, nothing else.

Screens are created on first visit through the ScreenRegistry (its table is desktop/app/screens.py) and kept in a
QStackedWidget. Everything a screen
needs reaches it through its UiContext, whose `navigate` points back here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.services.session import CurrentUser
from desktop.ui.i18n import LANGUAGES, message_of
from desktop.ui.navigation import ScreenRegistry, ScreenSpec
from desktop.ui.screen import Screen, UiContext
from desktop.ui.status import StatusController, StatusView
from sync.protocol import Role

KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_requested = Signal(str)
    # session listeners may fire on a worker thread (login runs on the I/O lane): hop to the UI thread
    _user_changed = Signal(object)

    def __init__(self, ctx: UiContext, registry: ScreenRegistry, language: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.ctx.navigate = self.navigate
        self.ctx.notify = self.notify
        self.registry = registry
        self._screens: dict[str, Screen] = {}
        self._retired: list[Screen] = []
        self._current: Screen | None = None
        self._user_id: str | None = ctx.session.current_user.id if ctx.session.current_user else None
        self._language = language
        self._nav_roles: frozenset[Role] = frozenset()  # the roles the navigation was built for

        self.nav = QListWidget(self)
        self._nav_driven = False  # navigate() called by the sidebar's own selection
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        self.nav.itemClicked.connect(self._on_nav_clicked)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_view = StatusView(self)
        self.statusBar().addPermanentWidget(self.status_view, 1)
        self.status = StatusController(ctx, self.status_view, self)
        self.status.sync_finished.connect(self._on_sync_finished)

        self._build_actions()
        self._user_changed.connect(self._on_user_changed)
        self._unlisten = ctx.session.add_listener(self._user_changed.emit)
        ctx.tasks.set_default_error_handler(self.show_error)
        idle = getattr(ctx.tasks, "idle", None)
        if idle is not None:
            idle.connect(self._free_retired)
        self.retranslate()
        self.rebuild_navigation()

    # --- navigation -------------------------------------------------------------------------------------------
    def roles(self) -> frozenset[Role]:
        """The officer's role plus any Plt/Plh role in force today (#17: a Plh PPK sees the PPK's screens)."""
        user = self.ctx.session.current_user
        if user is None:
            return frozenset()
        try:
            return frozenset({Role(user.role)}) | self.ctx.services.approvals.delegated_roles()
        except Exception:  # the store unreadable: the officer's own role still works
            return frozenset({Role(user.role)})

    def rebuild_navigation(self) -> None:
        self._nav_roles = self.roles()
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self.registry.nav_specs(self._nav_roles):
            item = QListWidgetItem(spec.translated_label())
            item.setData(KEY_ROLE, spec.key)
            if spec.shortcut:
                item.setToolTip(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._rebuild_view_menu()

    def nav_keys(self) -> list[str]:
        return [self.nav.item(i).data(KEY_ROLE) for i in range(self.nav.count())]

    def navigate(self, key: str, **params: Any) -> None:
        if not self.registry.allowed(key, self.roles()):
            self.notify(self.tr("Layar ini tidak tersedia untuk peran Anda. Pilih menu di sebelah kiri."))
            return
        screen = self._screens.get(key)
        if screen is None:
            screen = self.registry.create(key, self.ctx, self.stack)
            self._screens[key] = screen
            self.stack.addWidget(screen)
        if self._current is not None and self._current is not screen:
            self._current.deactivate()
        self._current = screen
        self.stack.setCurrentWidget(screen)
        self._select_nav(key)
        self._update_title()
        screen.activate(**params)
        self._focus_into(screen)

    def _focus_into(self, screen: Screen) -> None:
        """Keyboard use: after a shortcut, a menu or a screen's own jump, typing goes to the new screen (its own
        choice in activate(), else its first field). Not while the officer walks the sidebar with the arrow
        keys: the focus stays there so the next arrow still moves."""
        focus = QApplication.focusWidget()
        if (self._nav_driven and focus is self.nav) or (focus is not None and screen.isAncestorOf(focus)):
            return
        target = screen.nextInFocusChain()
        while target is not None and target is not screen:
            if (screen.isAncestorOf(target) and target.isVisibleTo(screen) and target.isEnabled()
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            target = target.nextInFocusChain()
    def current_key(self) -> str | None:
        return self._current.key if self._current else None

    def screen_for(self, key: str) -> Screen | None:
        """The screen opened under `key` (None until first navigated to). Not `screen()`: that is QWidget's."""
        return self._screens.get(key)

    def _select_nav(self, key: str) -> None:
        """Highlight the screen's entry; a screen outside the navigation (the order editor) leaves no entry
        current, so a click on any entry — even the one shown before — is a change and navigates."""
        row = next((i for i in range(self.nav.count()) if self.nav.item(i).data(KEY_ROLE) == key), -1)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _on_nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._nav_driven = True
            try:
                self.navigate(current.data(KEY_ROLE))
            finally:
                self._nav_driven = False

    def _on_nav_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key != self.current_key():
            self.navigate(key)

    def _free_retired(self) -> None:
        if self._retired and self.ctx.tasks.pending_count() == 0:
            for screen in self._retired:
                screen.setParent(None)
                screen.deleteLater()
            self._retired.clear()

    def show_home(self) -> None:
        keys = self.nav_keys()
        if keys:
            self.navigate(keys[0])

    def _on_user_changed(self, user: CurrentUser | None) -> None:
        if user is not None and self._user_id == user.id:
            # the same officer, now with a server session (AuthService.reconnect): keep the screens
            self.status.render()
            return
        self._user_id = user.id if user is not None else None
        # A different officer gets fresh screens: nothing of the previous user's state stays on screen. The old
        # screens may still await background results, so they are retired (hidden) and freed once the lanes
        # are idle, not deleted under a callback's feet.
        for screen in self._screens.values():
            self.stack.removeWidget(screen)
            screen.hide()
            self._retired.append(screen)
        self._screens.clear()
        self._current = None
        self._free_retired()
        self.rebuild_navigation()
        self.status.reset()
        self.status.render()
        if user is not None:
            self.status.refresh()

    # --- menus ------------------------------------------------------------------------------------------------
    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        # triggered(bool checked): the flag must never reach a slot that takes a key or a mode
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_sync = self._action(QKeySequence.StandardKey.Refresh, self.status.sync_now)
        self.act_logout = self._action("Ctrl+Shift+L", self.logout_requested.emit)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.file_menu.addActions([self.act_sync, self.act_logout])
        self.usb_menu = self.file_menu.addMenu("")
        self.act_usb_export = self._action(None, lambda: self.open_usb("export"))
        self.act_usb_relay = self._action(None, lambda: self.open_usb("relay"))
        self.act_usb_receipt = self._action(None, lambda: self.open_usb("receipt"))
        self.act_usb_catalog = self._action(None, lambda: self.open_usb("catalog"))
        self.usb_menu.addActions([self.act_usb_export, self.act_usb_relay, self.act_usb_receipt, self.act_usb_catalog])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.view_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self._lang_group = QActionGroup(self)
        self._lang_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            act = QAction(lang.native_name, self, checkable=True)
            act.setChecked(lang.code == self._language)
            act.triggered.connect(lambda _=False, code=lang.code: self.language_requested.emit(code))
            self._lang_group.addAction(act)
            self.language_menu.addAction(act)
            self._lang_actions[lang.code] = act

        self.help_menu = bar.addMenu("")
        self.act_about = self._action(QKeySequence.StandardKey.HelpContents, self._about)
        self.help_menu.addAction(self.act_about)

    def _rebuild_view_menu(self) -> None:
        self.view_menu.clear()
        for spec in self.registry.nav_specs(self._nav_roles):
            self.view_menu.addAction(self._screen_action(spec))

    def _screen_action(self, spec: ScreenSpec) -> QAction:
        key = spec.key
        act = self._action(spec.shortcut or None, lambda: self.navigate(key))
        act.setObjectName(f"view_{key}")
        act.setText(spec.translated_label())
        return act

    def set_language_checked(self, code: str) -> None:
        self._language = code
        if code in self._lang_actions:
            self._lang_actions[code].setChecked(True)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.act_sync.setText(self.tr("&Sinkronkan sekarang"))
        self.act_logout.setText(self.tr("&Ganti pengguna…"))
        self.usb_menu.setTitle(self.tr("&Flashdisk (tanpa sinyal)"))
        self.act_usb_export.setText(self.tr("&Ekspor ke USB…"))
        self.act_usb_relay.setText(self.tr("&Unggah berkas USB…"))
        self.act_usb_receipt.setText(self.tr("&Impor tanda terima dari USB…"))
        self.act_usb_catalog.setText(self.tr("Pasang &katalog dari USB…"))
        self.act_quit.setText(self.tr("&Keluar"))
        self.view_menu.setTitle(self.tr("&Tampilan"))
        self.language_menu.setTitle(self.tr("Ba&hasa"))
        self.help_menu.setTitle(self.tr("Bantua&n"))  # Alt+T is Tampilan
        self.act_about.setText(self.tr("&Tentang Blangkon Desktop"))
        self.status.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            current = self.current_key()
            self.rebuild_navigation()
            if current:
                self._select_nav(current)
        super().changeEvent(event)

    def _update_title(self) -> None:
        base = self.tr("Blangkon Desktop")
        self.setWindowTitle(f"{self._current.title()} — {base}" if self._current else base)

    # --- messages ---------------------------------------------------------------------------------------------
    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def show_error(self, exc: BaseException) -> None:
        """Default handler for background errors no screen handled: typed errors carry an actionable message."""
        message = message_of(exc)
        if not message:
            message = self.tr("Terjadi kesalahan tak terduga (%1). Coba lagi; bila berulang, kirim berkas log "
                              "ke admin TI.").replace("%1", type(exc).__name__)
        self.show_message(self.tr("Tidak dapat melanjutkan"), message, QMessageBox.Icon.Warning)

    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        """A window-modal message that does not block the event loop (background results keep arriving)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    def _on_sync_finished(self, result: object) -> None:
        if isinstance(result, BaseException):
            self.notify(self.status.view.connection_label.text())
        else:
            self.notify(self.tr("Sinkronisasi selesai."))
            if self.roles() != self._nav_roles:  # a Plt/Plh delegation arrived or ended (#17)
                current = self.current_key()
                self.rebuild_navigation()
                if current:
                    self._select_nav(current)
            prices = getattr(self.ctx.services, "prices", None)
            if prices is not None:
                prices.invalidate()  # comparable prices come from the catalog the sync just changed
            if self._current is not None:
                self._current.activate()  # the visible screen reloads what sync changed

    def open_usb(self, focus: str) -> None:
        from desktop.ui.usb.dialogs import UsbDialog

        dialog = UsbDialog(self.ctx, self, focus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._after_usb())
        self.ctx.extras["usb_dialog"] = dialog
        dialog.open()

    def _after_usb(self) -> None:
        """A receipt or catalog may have changed what the visible screen shows, and the queued count."""
        self.status.render()
        if self._current is not None:
            self._current.activate()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Tentang Blangkon Desktop"), self.tr(
            "Blangkon Desktop — belanja langsung UMKM Jawa Tengah.\n"
            "Bekerja tanpa koneksi; data dikirim ke server provinsi saat Anda menyinkronkan."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status.stop()
        self._unlisten()
        super().closeEvent(event)
