"""OrderHistoryScreen ("history"): an order's timeline (who, role, server time, old → new state) and its
documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView, TimelineEntry
from desktop.ui.documents_preview.dialogs import preview_order_document
from desktop.ui.history.model import TimelineModel
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text, sync_label
from desktop.ui.screen import Screen, UiContext
from desktop.ui.tasks import TaskHandle
from desktop.ui.widgets.common import error_label, heading_label
from desktop.ui.widgets.order_states import state_label

DOC_LABELS = {"sp": "Surat Pesanan", "bast": "BAST", "kuitansi": "Kuitansi"}


class OrderHistoryScreen(Screen):
    key = "history"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = TimelineModel(self)
        self.heading = heading_label(self)
        self.picker_label = QLabel(self)
        self.picker = QComboBox(self)
        self.picker_label.setBuddy(self.picker)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = error_label(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.doc_buttons = {kind: QPushButton(self) for kind in DOC_LABELS}
        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        docs = QHBoxLayout()
        for kind, button in self.doc_buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.preview(k))
            docs.addWidget(button)
        docs.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(docs)
        self.picker.activated.connect(lambda _i: self.show_order(self.picker.currentData()))
        self.order_id: str | None = None
        # the reads of the last visit and of the order shown last; a newer request cancels the older one, so a
        # read that finishes late (the read lane runs two at once) never brings back an order left behind
        self._list_task: TaskHandle | None = None
        self._load_task: TaskHandle | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Riwayat")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Riwayat dan jejak audit pesanan"))
        self.picker_label.setText(self.tr("&Pesanan"))
        for kind, button in self.doc_buttons.items():
            button.setText(self.tr("Cetak %1…").replace("%1", DOC_LABELS[kind]))

    def activate(self, **params: Any) -> None:
        wanted = params.get("order_id") or self.order_id
        svc = self.ctx.services.orders
        if self._list_task is not None:
            self._list_task.cancel()
        self._list_task = self.ctx.tasks.run_read(svc.list_history, lambda orders: self._orders_loaded(orders, wanted),
                                                  self._failed)

    def _orders_loaded(self, orders: list[OrderView], wanted: str | None) -> None:
        self.picker.clear()
        for o in orders:
            self.picker.addItem(f"{render(o.title)} — {format_rupiah(o.total)}", o.id)
        if not orders:
            self.summary.setText(self.tr("Belum ada pesanan di PC ini. Buat pesanan dari Katalog."))
            return
        index = max(self.picker.findData(wanted), 0) if wanted else 0
        self.picker.setCurrentIndex(index)
        self.show_order(self.picker.itemData(index))

    def show_order(self, order_id: str | None) -> None:
        if not order_id:
            return
        self.order_id = order_id
        for button in self.doc_buttons.values():  # nothing prints until this order's documents are known
            button.setEnabled(False)
        orders, docs = self.ctx.services.orders, self.ctx.services.documents

        def load() -> tuple[OrderView, list[TimelineEntry], list[str]]:
            return orders.get(order_id), orders.timeline(order_id), docs.available(order_id)

        if self._load_task is not None:
            self._load_task.cancel()
        self._load_task = self.ctx.tasks.run_read(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[OrderView, list[TimelineEntry], list[str]]) -> None:
        order, entries, available = result
        self.model.set_entries(entries)
        self.summary.setText(self.tr("%1 · %2 · %3 · %4").replace("%1", render(order.title)).replace(
            "%2", state_label(order.state)).replace("%3", sync_label(order)).replace(
            "%4", format_rupiah(order.total)))
        for kind, button in self.doc_buttons.items():
            button.setEnabled(kind in available)
        self.message.setText("")

    def preview(self, kind: str) -> None:
        if self.order_id:
            preview_order_document(self.ctx, self.order_id, kind, self, self.message.setText)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
