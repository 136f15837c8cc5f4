"""OrdersScreen ("orders"): my orders with their sync status; open, resolve conflicts, print, delivery steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QInputDialog, QVBoxLayout, QWidget

from desktop.services.order_view import OrderView, SyncStatus
from desktop.ui.orders.common import error_text
from desktop.ui.orders.view import OrdersView
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.kept_selection import reload_keeping_place
from sync.protocol import Role
from sync.protocol.states import Action, OrderState

EDITABLE = (OrderState.DRAFT, OrderState.DITOLAK)


class OrdersScreen(Screen):
    key = "orders"
    roles = frozenset({Role.PP, Role.PPK, Role.PA_KPA})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = OrdersView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._allowed: list[Action] = []
        self._select_after: str | None = None
        v = self.view
        v.table.columns.remember("orders", ctx.ui_settings)
        v.table.activated.connect(self._activated)
        v.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        v.open_button.clicked.connect(self.open_selected)
        v.conflict_button.clicked.connect(self.resolve_selected)
        v.print_button.clicked.connect(self.print_selected)
        v.history_button.clicked.connect(self.history_selected)
        v.refresh_button.clicked.connect(self.reload)
        v.cancel_button.clicked.connect(self.cancel_selected)
        v.sent_button.clicked.connect(lambda: self.advance(Action.SEND_TO_SELLER))
        v.confirmed_button.clicked.connect(lambda: self.advance(Action.SELLER_CONFIRM))
        v.shipped_button.clicked.connect(lambda: self.advance(Action.SHIP))
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Pesanan")

    def retranslate(self) -> None:
        self.view.retranslate()

    def activate(self, **params: Any) -> None:
        self._select_after = params.get("order_id")
        self.reload()

    # -- data ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        svc = self.ctx.services.orders
        self.read_latest("list", svc.list_mine, self._loaded, self._failed)

    def _loaded(self, orders: list[OrderView]) -> None:
        current = self.selected()
        self.view.set_hint("")
        reload_keeping_place(self.view.table, lambda: self.view.model.set_orders(orders), self.view.model.row_of,
                             current.id if current else None, prefer=self._select_after)
        self._select_after = None
        self._selection_changed()
        if not orders:
            self.view.set_hint(self.tr(
                "Belum ada pesanan di PC ini. Buat pesanan dari Katalog: pilih produk, lalu tekan \"Tambah ke "
                "pesanan\". Pesanan yang dibuat di PC lain muncul setelah Sinkronkan sekarang (F5)."))
        attention = sum(1 for o in orders if o.sync_status is SyncStatus.ATTENTION)
        if attention:
            self.view.message.setText(self.tr("%1 pesanan perlu perhatian: pilih lalu tekan \"Selesaikan "
                                              "masalah…\".").replace("%1", str(attention)))

    def selected(self) -> OrderView | None:
        index = self.view.table.currentIndex()
        if not index.isValid() or index.row() >= self.view.model.rowCount():
            return None
        return self.view.model.order(index.row())

    def _selection_changed(self) -> None:
        order = self.selected()
        v = self.view
        v.open_button.setEnabled(order is not None)
        v.history_button.setEnabled(order is not None)
        v.print_button.setEnabled(order is not None)
        v.conflict_button.setEnabled(order is not None and order.sync_status is SyncStatus.ATTENTION)
        for b in (v.sent_button, v.confirmed_button, v.shipped_button, v.cancel_button):
            b.setEnabled(False)
        if order is None:
            return
        svc = self.ctx.services.orders
        order_id = order.id
        # the actions asked for last win: a read from before a step ('Sudah dikirim ke penyedia') answering after
        # the one that follows it would offer the step again and keep the next one off until the next reload
        self.read_latest("allowed", lambda: svc.allowed_actions(order_id),
                         lambda acts: self._allowed_loaded(order_id, acts), self._failed)

    def _allowed_loaded(self, order_id: str, actions: list[Action]) -> None:
        order = self.selected()
        if order is None or order.id != order_id:
            return
        self._allowed = actions
        v = self.view
        for action, button in ((Action.SEND_TO_SELLER, v.sent_button), (Action.SELLER_CONFIRM, v.confirmed_button),
                               (Action.SHIP, v.shipped_button), (Action.CANCEL, v.cancel_button)):
            button.setEnabled(action in actions)

    # -- actions ---------------------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        order = self.selected()
        if order is not None and order.sync_status is SyncStatus.ATTENTION:
            self.resolve_selected()
        else:
            self.open_selected()

    def open_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        if order.state in EDITABLE or order.state is OrderState.DIAJUKAN:
            self.ctx.navigate("order_editor", order_id=order.id)
        else:
            self.ctx.navigate("history", order_id=order.id)

    def history_selected(self) -> None:
        order = self.selected()
        if order is not None:
            self.ctx.navigate("history", order_id=order.id)

    def resolve_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        from desktop.ui.conflicts.dialogs import resolve_conflicts

        resolve_conflicts(self.ctx, order.id, self, on_done=lambda _o: self.reload())

    def print_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        from desktop.ui.documents_preview.dialogs import preview_order_document

        preview_order_document(self.ctx, order.id, "sp", self)

    def advance(self, action: Action) -> None:
        order = self.selected()
        if order is None or action not in self._allowed:
            return
        svc = self.ctx.services.orders
        order_id = order.id
        self.ctx.tasks.run_db(lambda: svc.advance_delivery(order_id, action), self._changed, self._failed)

    def cancel_selected(self) -> None:
        order = self.selected()
        if order is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Batalkan pesanan"),
                                          self.tr("Alasan pembatalan (wajib, tercatat di riwayat):"))
        if not ok:
            return
        svc = self.ctx.services.orders
        order_id = order.id
        self.ctx.tasks.run_db(lambda: svc.cancel(order_id, reason), self._changed, self._failed)

    def _changed(self, order: OrderView) -> None:
        self._select_after = order.id
        self.ctx.notify(self.tr("Tersimpan di PC ini; akan dikirim saat sinkronisasi."))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.view.set_hint("")
        self.view.message.setText(error_text(exc))
