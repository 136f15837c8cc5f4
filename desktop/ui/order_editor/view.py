"""Order editor layout (PP): header, fields, lines, totals, pre-submission checks. No logic here."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.order_editor.model import COL_FLAG, COL_NAME, ChecksModel, LinesModel
from desktop.ui.widgets.common import figure_rows
from desktop.ui.widgets.date_field import DateField
from desktop.ui.widgets.wrap_delegate import WrapDelegate


class OrderEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines_model = LinesModel(self)
        self.checks_model = ChecksModel(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.saved = QLabel(self)
        self.saved.setObjectName("autosave")
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setWordWrap(True)
        self.rejection = QLabel(self)  # the PPK's reason while the order is back with the PP (#21.6)
        self.rejection.setObjectName("rejection")
        self.rejection.setWordWrap(True)
        self.rejection.setStyleSheet("background: #fff4e5; border: 1px solid #e0a040; padding: 6px;")
        self.rejection.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejection.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #a61b1b;")

        self.provider = QLabel(self)
        self.provider.setWordWrap(True)
        self.marketplace = QComboBox(self)
        self.kode_rup = QLineEdit(self)
        self.sub_kegiatan = QComboBox(self)
        self.kode_rekening = QComboBox(self)
        for combo in (self.sub_kegiatan, self.kode_rekening, self.marketplace):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        for combo in (self.sub_kegiatan, self.kode_rekening):
            # Master data may not be on this PC yet: the officer can always type the code.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sub_kegiatan_edit = _line_edit(self.sub_kegiatan)
        self.kode_rekening_edit = _line_edit(self.kode_rekening)
        self.delivery_address = QLineEdit(self)
        self.delivery_date = DateField(self)  # empty = not set; the calendar opens at today (#13.5)
        self.shipping = QLineEdit(self)
        self.notes = QLineEdit(self)

        self.fields_box = QGroupBox(self)
        form = QFormLayout(self.fields_box)
        self.form = form
        self.lbl_provider = QLabel(self)
        self.lbl_marketplace = QLabel(self)
        self.lbl_kode_rup = QLabel(self)
        self.lbl_sub = QLabel(self)
        self.lbl_rek = QLabel(self)
        self.lbl_address = QLabel(self)
        self.lbl_date = QLabel(self)
        self.lbl_shipping = QLabel(self)
        self.lbl_notes = QLabel(self)
        for label, widget in ((self.lbl_provider, self.provider), (self.lbl_marketplace, self.marketplace),
                              (self.lbl_kode_rup, self.kode_rup), (self.lbl_sub, self.sub_kegiatan),
                              (self.lbl_rek, self.kode_rekening), (self.lbl_address, self.delivery_address),
                              (self.lbl_date, self.delivery_date), (self.lbl_shipping, self.shipping),
                              (self.lbl_notes, self.notes)):
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.table = QTableView(self)
        self.table.setModel(self.lines_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FLAG, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.reprice_button = QPushButton(self)  # a line whose catalog price moved: quote today's price
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.reprice_button, self.undo_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.totals_box = QGroupBox(self)
        totals = QGridLayout(self.totals_box)
        self.total_labels = figure_rows(totals, self, ("goods", "shipping", "total", "ppn", "pph", "net"))
        self.route_note = QLabel(self)
        self.route_note.setWordWrap(True)
        totals.addWidget(self.route_note, 6, 0, 1, 2)

        self.checks_box = QGroupBox(self)
        self.checks = QListView(self)
        self.checks.setModel(self.checks_model)
        self.checks.setWordWrap(True)
        self.checks.setSpacing(3)
        # wrapped items are laid out again when the width changes (a scroll bar appearing no longer clips them)
        self.checks.setResizeMode(QListView.ResizeMode.Adjust)
        self.checks.setItemDelegate(WrapDelegate(self.checks))
        self.checks.setUniformItemSizes(False)
        self.checks.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recheck_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        cl = QVBoxLayout(self.checks_box)
        cl.addWidget(self.checks, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.recheck_button)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)
        cl.addLayout(actions)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.fields_box)
        ll.addLayout(buttons)
        ll.addWidget(self.table, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.totals_box)
        rl.addWidget(self.checks_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.saved)
        root.addLayout(status_row)
        root.addWidget(self.rejection)
        root.addWidget(self.message)
        root.addWidget(self.splitter, 1)

        tab_order: list[QWidget] = [
            self.marketplace, self.kode_rup, self.sub_kegiatan, self.kode_rekening, self.delivery_address,
            self.delivery_date, self.shipping, self.notes, self.add_button, self.table, self.remove_button,
            self.checks, self.recheck_button, self.submit_button]
        for first, second in itertools.pairwise(tab_order):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        self.fields_box.setTitle(self.tr("Data pesanan"))
        self.lbl_provider.setText(self.tr("Penyedia"))
        self.lbl_marketplace.setText(self.tr("&Jalur belanja"))
        self.lbl_kode_rup.setText(self.tr("Kode &RUP"))
        self.lbl_sub.setText(self.tr("&Sub-kegiatan"))
        self.lbl_rek.setText(self.tr("&Kode rekening"))
        self.lbl_address.setText(self.tr("&Alamat pengiriman"))
        self.lbl_date.setText(self.tr("Tan&ggal kirim"))  # Alt+T is the Tampilan menu
        self.lbl_shipping.setText(self.tr("&Ongkos kirim"))
        self.lbl_notes.setText(self.tr("&Catatan"))
        self.kode_rup.setPlaceholderText(self.tr("mis. 51234567"))
        self.shipping.setPlaceholderText(self.tr("mis. Rp25.000"))
        self.sub_kegiatan_edit.setPlaceholderText(self.tr("pilih atau ketik kode, mis. 2.18.01.2.06.0004"))
        self.kode_rekening_edit.setPlaceholderText(self.tr("pilih atau ketik kode, mis. 5.1.02.01.01.0024"))
        self.delivery_date.retranslate()
        self.add_button.setText(self.tr("Tambah &produk…"))
        self.remove_button.setText(self.tr("Hapus bar&is"))
        self.reprice_button.setText(self.tr("Teri&ma harga baru"))
        self.reprice_button.setToolTip(self.tr("Baris yang harganya berubah di katalog dikutip ulang dengan harga "
                                               "katalog hari ini."))
        self.undo_button.setText(self.tr("Urungkan"))
        self.redo_button.setText(self.tr("Ulang"))
        self.undo_button.setToolTip(self.tr("Urungkan perubahan terakhir (Ctrl+Z)"))  # keys, not Alt+letters
        self.redo_button.setToolTip(self.tr("Ulangi perubahan yang diurungkan (Ctrl+Y)"))
        self.totals_box.setTitle(self.tr("Nilai pesanan"))
        names = {"goods": self.tr("Subtotal barang/jasa"), "shipping": self.tr("Ongkos kirim"),
                 "total": self.tr("Total (termasuk pajak)"), "ppn": self.tr("Perkiraan PPN"),
                 "pph": self.tr("Perkiraan PPh"), "net": self.tr("Perkiraan diterima penyedia")}
        for key, (label, _value) in self.total_labels.items():
            label.setText(names[key])
        self.checks_box.setTitle(self.tr("Pemeriksaan sebelum diajukan"))
        self.recheck_button.setText(self.tr("Periksa &ulang"))
        self.submit_button.setText(self.tr("Ajukan k&e PPK"))


def _line_edit(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box (Qt creates it in setEditable(True))."""
    edit = combo.lineEdit()
    assert edit is not None, "the combo box must be editable"
    return edit
