"""Catalog screen: search-as-you-type over the local replica, filters, lazy results, details, add to order."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.catalog.controller import CatalogController
from desktop.ui.catalog.view import CatalogView
from desktop.ui.screen import Screen, UiContext
from sync.protocol import Role


class CatalogScreen(Screen):
    key = "catalog"
    roles = frozenset({Role.PP, Role.ADMIN_OPD})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = CatalogView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        self.controller = CatalogController(ctx, self.view, self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        self.retranslate()

    def _focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    def title(self) -> str:
        return self.tr("Katalog")

    def activate(self, **params: Any) -> None:
        if "text" in params:
            self.view.search.blockSignals(True)
            self.view.search.setText(str(params["text"]))
            self.view.search.blockSignals(False)
        self.controller.load_options()  # then searches with the current text and filters
        self.view.search.setFocus()

    def deactivate(self) -> None:
        self.controller._debounce.stop()

    def retranslate(self) -> None:
        v = self.view
        v.search.setPlaceholderText(self.tr("Cari produk, penyedia, kab/kota… (Ctrl+F)"))
        v.labels["category"].setText(self.tr("&Kategori"))
        v.labels["kabkota"].setText(self.tr("Kab/&Kota"))
        v.labels["marketplace"].setText(self.tr("&Lokapasar"))
        v.labels["legal_form"].setText(self.tr("&Bentuk usaha"))
        v.labels["price"].setText(self.tr("&Harga (Rp)"))
        v.price_min.setPlaceholderText(self.tr("minimal"))
        v.price_max.setPlaceholderText(self.tr("maksimal"))
        v.never_sold.setText(self.tr("Produk UMKM belum pernah terjual"))
        v.never_sold.setToolTip(self.tr("Tampilkan hanya produk dari penyedia yang belum pernah mendapat pesanan"))
        v.reset_button.setText(self.tr("Atur ulang filter"))
        self.controller.model.retranslate()
        self.controller.fill_combos()
        self.controller.retranslate_details()
        if self.controller.last_result is not None and self.controller.last_result.ids:
            v.count_label.setText(self.controller._count_text(self.controller.last_result))
