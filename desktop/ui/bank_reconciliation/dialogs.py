"""Dialogs of the reconciliation screen: importing a statement file (account and format), setting up a CSV's
columns once (saved as the officer's own mapping, used by itself next time), and a note for a decision."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bank.csv_mapping import CsvMapping
from desktop.domain.bank.statement import digits

FIELDS = ("date", "description", "reference", "debit", "credit", "amount", "direction", "balance",
          "counterparty_account", "counterparty_name")
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%y", "%m/%d/%Y")
NUMBER_STYLES = ((",", "."), (".", ","))  # (decimal, thousands): 1.234.567,00 and 1,234,567.00


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ImportDialog(QDialog):
    """Which account the file is for and how to read it ("Otomatis": MT940, or the first mapping that fits)."""

    def __init__(self, file_name: str, accounts: Sequence[str], account: str, mappings: Sequence[CsvMapping],
                 setup_columns: Callable[[], CsvMapping | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor rekening koran"))
        self.setup_columns = setup_columns
        self.account = QComboBox(self)
        self.account.setEditable(True)
        self.account.addItems(list(accounts))
        self.account.setCurrentText(account)
        editor = self.account.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("nomor rekening Bendahara, mis. 3001234567"))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Otomatis (MT940, atau CSV yang kolomnya dikenali)"), "")
        for m in mappings:
            self.format.addItem(m.name, m.id)
        self.columns_button = QPushButton(self.tr("Atur &kolom CSV…"), self)
        self.columns_button.clicked.connect(self._columns)
        form = QFormLayout()
        form.addRow(self.tr("Berkas"), QLabel(file_name, self))
        form.addRow(self.tr("&Rekening"), self.account)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow("", self.columns_button)
        self.buttons = _buttons(self, self.tr("&Impor"), self.tr("&Batal"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.account.currentTextChanged.connect(lambda _t: self._check())
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Baris yang sudah pernah diimpor dikenali dan tidak ditambah lagi."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        # MT940 names its account; a CSV usually does not: the service asks when it needs one
        self.ok_button.setEnabled(True)

    def _columns(self) -> None:
        mapping = self.setup_columns()
        if mapping is not None:
            index = self.format.findData(mapping.id)
            if index < 0:
                self.format.addItem(mapping.name, mapping.id)
                index = self.format.count() - 1
            self.format.setCurrentIndex(index)

    def values(self) -> tuple[str, str | None]:
        return digits(self.account.currentText()), (str(self.format.currentData()) or None)


class MappingDialog(QDialog):
    """Which column of this file holds what; saved as the officer's own mapping for the next import."""

    def __init__(self, headers: Sequence[str], guess: CsvMapping | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Atur kolom CSV"))
        labels = {"date": self.tr("Tanggal *"), "description": self.tr("Uraian"), "reference": self.tr("Referensi"),
                  "debit": self.tr("Debet (uang keluar)"), "credit": self.tr("Kredit (uang masuk)"),
                  "amount": self.tr("Jumlah (satu kolom)"), "direction": self.tr("Penanda D/K"),
                  "balance": self.tr("Saldo"), "counterparty_account": self.tr("Rekening lawan"),
                  "counterparty_name": self.tr("Nama lawan")}
        self.name = QLineEdit(self.tr("Ekspor bank saya"), self)
        self.pick: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Nama pemetaan"), self.name)
        for key in FIELDS:
            box = QComboBox(self)
            box.addItem(self.tr("(tidak ada)"), "")
            for h in headers:
                box.addItem(h, h)
            wanted = {n.strip().upper() for n in (guess.header_names(key) if guess else ())}
            hit = next((i + 1 for i, h in enumerate(headers) if h.strip().upper() in wanted), 0)
            box.setCurrentIndex(hit)
            box.currentIndexChanged.connect(lambda _i: self._check())
            self.pick[key] = box
            form.addRow(labels[key], box)
        self.date_format = QComboBox(self)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(fmt.replace("%d", "HH").replace("%m", "BB").replace("%Y", "TTTT")
                                     .replace("%y", "TT"), fmt)
        self.numbers = QComboBox(self)
        self.numbers.addItem("1.234.567,00", 0)
        self.numbers.addItem("1,234,567.00", 1)
        form.addRow(self.tr("Format &tanggal"), self.date_format)
        form.addRow(self.tr("Format &angka"), self.numbers)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("&Simpan pemetaan"), self.tr("&Batal"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def chosen(self, key: str) -> str:
        return str(self.pick[key].currentData() or "")

    def _check(self) -> None:
        has_amount = bool(self.chosen("amount")) or (bool(self.chosen("debit")) and bool(self.chosen("credit")))
        ok = bool(self.chosen("date")) and has_amount and bool(self.name.text().strip())
        self.problem.setText("" if ok else self.tr("Pilih kolom tanggal, dan kolom jumlah atau kolom debet dan "
                                                   "kredit."))
        self.ok_button.setEnabled(ok)

    def mapping(self) -> CsvMapping:
        decimal, thousands = NUMBER_STYLES[int(self.numbers.currentData())]
        name = self.name.text().strip()
        ident = "saya_" + "".join(c if c.isalnum() else "_" for c in name.lower())[:40]
        return CsvMapping(id=ident, name=name, columns={k: (self.chosen(k),) for k in FIELDS if self.chosen(k)},
                          date_formats=(str(self.date_format.currentData()),), decimal=decimal, thousands=thousands)


class NoteDialog(QDialog):
    """A short explanation the confirmation keeps (required for "Lainnya" and for amounts that differ)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("mis. bunga jasa giro bulan November"))
        self.buttons = _buttons(self, self.tr("&Simpan"), self.tr("&Batal"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.note.textChanged.connect(lambda: self.ok_button.setEnabled(len(self.text()) >= 5))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.note.toPlainText().strip()
