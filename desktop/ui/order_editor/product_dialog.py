"""Keyboard-first product picker: type to search the local catalog, arrows to choose, Enter to add, Esc to close."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_rupiah
from desktop.services.order_view import ProductChoice

Search = Callable[[str, Callable[[list[ProductChoice]], None]], None]


class ProductPickerDialog(QDialog):
    """`search(text, on_results)` is provided by the editor (it runs on the read lane)."""

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.query = QLineEdit(self)
        self.results = QListWidget(self)
        self.qty = QSpinBox(self)
        self.qty.setRange(1, 1_000_000)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tambahkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        form = QFormLayout()
        self.lbl_query = QLabel(self)
        self.lbl_query.setBuddy(self.query)
        self.lbl_qty = QLabel(self)
        self.lbl_qty.setBuddy(self.qty)
        form.addRow(self.lbl_query, self.query)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        qty_form = QFormLayout()
        qty_form.addRow(self.lbl_qty, self.qty)
        layout.addLayout(qty_form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter_in_query)
        self.results.itemActivated.connect(lambda _i: self.accept())
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tambah produk ke pesanan"))
        self.lbl_query.setText(self.tr("&Cari produk"))
        self.lbl_qty.setText(self.tr("&Jumlah"))
        self.query.setPlaceholderText(self.tr("Ketik nama produk atau penyedia, mis. kertas A4"))
        self.hint.setText(self.tr("Panah atas/bawah memilih produk, Enter menambahkan, Esc menutup."))

    def _enter_in_query(self) -> None:
        if self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.accept()
        else:
            self._run_search()

    def _run_search(self) -> None:
        self._search(self.query.text().strip(), self.show_results)

    def show_results(self, products: list[ProductChoice]) -> None:
        self.results.clear()
        for p in products:
            text = self.tr("%1 — %2 per %3 — %4").replace("%1", p.name).replace(
                "%2", format_rupiah(p.price)).replace("%3", p.unit).replace("%4", p.provider_name)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, p)
        if products:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("%1 produk ditemukan. Enter menambahkan produk terpilih.")
                              .replace("%1", str(len(products))))
        else:
            self.hint.setText(self.tr("Tidak ada produk yang cocok. Coba kata lain atau sinkronkan katalog."))

    def chosen(self) -> tuple[ProductChoice, int] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        product: Any = item.data(Qt.ItemDataRole.UserRole)
        return product, self.qty.value()
