"""Catalog screen layout only: search box, filters, results table, details panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class ProductDetailsView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(self)
        self.name.setObjectName("detailName")
        self.name.setWordWrap(True)
        self.price = QLabel(self)
        self.price.setObjectName("detailPrice")
        self.badge = QLabel(self)
        self.badge.setObjectName("neverSoldBadge")
        self.badge.setWordWrap(True)
        self.form = QFormLayout()
        self.fields: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("unit", "category", "stock", "tkdn", "provider", "legal_form", "kabkota", "marketplace",
                    "tax", "address"):
            caption, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.fields[key] = (caption, value)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.qty = QSpinBox(self)
        self.qty.setRange(1, 100_000)
        self.qty_label = QLabel(self)
        self.qty_label.setBuddy(self.qty)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addToOrder")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.qty_label)
        buttons.addWidget(self.qty, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.name)
        layout.addWidget(self.price)
        layout.addWidget(self.badge)
        layout.addLayout(self.form)
        layout.addWidget(self.description)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.add_button)
        self.setMinimumWidth(280)


class CatalogView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogSearch")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.kabkota = QComboBox(self)
        self.marketplace = QComboBox(self)
        self.legal_form = QComboBox(self)
        self.price_min = QLineEdit(self)
        self.price_max = QLineEdit(self)
        for edit in (self.price_min, self.price_max):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(140)
        self.never_sold = QCheckBox(self)
        self.never_sold.setObjectName("neverSoldOnly")
        self.reset_button = QPushButton(self)
        self.labels = {k: QLabel(self) for k in ("category", "kabkota", "marketplace", "legal_form", "price")}
        self.labels["category"].setBuddy(self.category)
        self.labels["kabkota"].setBuddy(self.kabkota)
        self.labels["marketplace"].setBuddy(self.marketplace)
        self.labels["legal_form"].setBuddy(self.legal_form)
        self.labels["price"].setBuddy(self.price_min)
        self.dash = QLabel("–", self)

        filters = QGridLayout()
        filters.addWidget(self.labels["category"], 0, 0)
        filters.addWidget(self.category, 0, 1)
        filters.addWidget(self.labels["kabkota"], 0, 2)
        filters.addWidget(self.kabkota, 0, 3)
        filters.addWidget(self.labels["marketplace"], 0, 4)
        filters.addWidget(self.marketplace, 0, 5)
        filters.addWidget(self.labels["legal_form"], 1, 0)
        filters.addWidget(self.legal_form, 1, 1)
        price = QHBoxLayout()
        price.addWidget(self.price_min)
        price.addWidget(self.dash)
        price.addWidget(self.price_max)
        filters.addWidget(self.labels["price"], 1, 2)
        filters.addLayout(price, 1, 3)
        filters.addWidget(self.never_sold, 1, 4, 1, 1)
        filters.addWidget(self.reset_button, 1, 5, alignment=Qt.AlignmentFlag.AlignRight)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)

        self.table = QTableView(self)
        self.table.setObjectName("catalogTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        self.details = ProductDetailsView(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        root = QVBoxLayout(self)
        root.addWidget(self.search)
        root.addLayout(filters)
        root.addWidget(self.splitter, 1)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.never_sold, self.table)
        self.setTabOrder(self.table, self.details.qty)
