"""The Admin OPD's Plt / Plh screen (#17): the OPD's delegations (the last sync's copy, so it opens offline too),
a form to record a letter and a button to revoke the selected one. Recording and revoking need the server: its
rules (sync.protocol.delegation) decide, and a refusal is shown as the server words it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.identifiers import format_nip
from desktop.services.delegations import DelegationForm
from desktop.ui.i18n import long_date
from desktop.ui.orders.common import error_text
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.common import heading_label
from desktop.ui.widgets.roles import role_label
from sync.protocol import Role
from sync.protocol.delegation import ActingKind, Delegation

CONTEXT = "DelegationsScreen"
KINDS = {ActingKind.PLH: QT_TRANSLATE_NOOP("DelegationsScreen", "Plh (pejabat berhalangan)"),
         ActingKind.PLT: QT_TRANSLATE_NOOP("DelegationsScreen", "Plt (jabatan lowong)")}
ROLES = (Role.PPK, Role.PA_KPA, Role.BENDAHARA)
HEADERS = (QT_TRANSLATE_NOOP("DelegationsScreen", "Jabatan yang dijalankan"), QT_TRANSLATE_NOOP("DelegationsScreen", "Pegawai"),
           QT_TRANSLATE_NOOP("DelegationsScreen", "Menggantikan"), QT_TRANSLATE_NOOP("DelegationsScreen", "Mulai"),
           QT_TRANSLATE_NOOP("DelegationsScreen", "Selesai"), QT_TRANSLATE_NOOP("DelegationsScreen", "Surat"),
           QT_TRANSLATE_NOOP("DelegationsScreen", "Keadaan"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DelegationsScreen(Screen):
    key = "delegations"
    roles = frozenset({Role.ADMIN_OPD})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[Delegation] = []
        # Each list asked for (the kept copy on the read lane, the server's on the I/O lane) is numbered; an answer
        # older than the one shown is dropped, so a refresh that left before a letter was added and answers after
        # the list that follows it cannot take the new letter off the table.
        self._asked = 0
        self._shown = 0
        self.heading = heading_label(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # long names wrap instead of scrolling
        for col in (3, 4, 6):  # dates and status are short
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button = QPushButton(self)
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setEnabled(False)

        self.form_box = QGroupBox(self)
        self.role = QComboBox(self.form_box)
        self.kind = QComboBox(self.form_box)
        self.delegate = QLineEdit(self.form_box)
        self.nip = QLineEdit(self.form_box)
        self.for_user = QLineEdit(self.form_box)
        today = self.ctx.today()
        self.starts = QDateEdit(_qdate(today), self.form_box)
        self.ends = QDateEdit(_qdate(today + dt.timedelta(days=4)), self.form_box)
        self.letter = QLineEdit(self.form_box)
        self.letter_date = QDateEdit(_qdate(today), self.form_box)
        for edit in (self.starts, self.ends, self.letter_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.form_box.setMaximumWidth(470)  # the list gets the room: names and letters are long
        self.add_button = QPushButton(self.form_box)
        self.add_button.clicked.connect(self.add)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("message")

        form = QFormLayout(self.form_box)
        self.labels: dict[str, QLabel] = {}
        for name, widget in (("role", self.role), ("kind", self.kind), ("delegate", self.delegate),
                             ("nip", self.nip), ("for_user", self.for_user), ("starts", self.starts),
                             ("ends", self.ends), ("letter", self.letter), ("letter_date", self.letter_date)):
            label = QLabel(self.form_box)
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, widget)
        form.addRow("", self.add_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addWidget(self.form_box, 2)
        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.note)
        root.addLayout(body, 1)
        root.addWidget(self.message)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Plt/Plh")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pelimpahan Plt/Plh"))
        self.note.setText(self.tr(
            "Pejabat yang ditunjuk dengan surat perintah dapat menjalankan peran PPK, PA/KPA atau Bendahara dalam "
            "rentang tanggalnya, atas namanya sendiri (dokumen mencetak \"Plh.\"/\"Plt.\" di depan jabatan). "
            "Mencatat dan mencabut memerlukan koneksi ke server; daftar ini ikut tersinkron ke setiap PC OPD."))
        self.table.setHorizontalHeaderLabels([_tr(str(h)) for h in HEADERS])
        self.refresh_button.setText(self.tr("&Muat ulang dari server"))
        self.revoke_button.setText(self.tr("&Cabut pelimpahan terpilih"))
        self.form_box.setTitle(self.tr("Catat surat perintah Plt/Plh"))
        texts = {"role": self.tr("&Peran yang dijalankan"), "kind": self.tr("&Jenis"),
                 "delegate": self.tr("Pegawai yang &ditunjuk"), "nip": self.tr("&NIP pegawai"),
                 "for_user": self.tr("Pejabat yang &digantikan"), "starts": self.tr("&Mulai"),
                 "ends": self.tr("&Selesai"), "letter": self.tr("Nomor s&urat"),
                 "letter_date": self.tr("&Tanggal surat")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.nip.setPlaceholderText(self.tr("mis. 19850312 201001 2 004"))
        self.delegate.setPlaceholderText(self.tr("nama pengguna"))
        self.for_user.setPlaceholderText(self.tr("nama pengguna; kosong bila jabatan lowong"))
        self.letter.setPlaceholderText(self.tr("mis. 800.1.3/0457/2026"))
        self.add_button.setText(self.tr("C&atat pelimpahan"))
        current_role, current_kind = self.role.currentIndex(), self.kind.currentIndex()
        self.role.clear()
        for role in ROLES:
            self.role.addItem(role_label(role), role.value)
        self.kind.clear()
        for kind, kind_text in KINDS.items():
            self.kind.addItem(_tr(str(kind_text)), kind.value)
        self.role.setCurrentIndex(max(current_role, 0))
        self.kind.setCurrentIndex(max(current_kind, 0))
        self._fill(self.items)

    # --- loading ------------------------------------------------------------------------------------------------
    def activate(self, **params: Any) -> None:
        svc = self.ctx.services.delegations
        if svc is None:
            return
        editable = svc.may_edit()
        self.form_box.setEnabled(editable)
        self._read_kept()
        self.refresh()

    def refresh(self) -> None:
        svc = self.ctx.services.delegations
        if svc is not None:
            self.ctx.tasks.run_io(svc.refresh, self._answer(), self._failed)

    def _read_kept(self) -> None:
        svc = self.ctx.services.delegations
        if svc is not None:
            self.ctx.tasks.run_read(svc.kept, self._answer(), self._failed)

    def _answer(self) -> Callable[[list[Delegation]], None]:
        """The callback of the list asked for now: it fills the table unless a newer list is already shown."""
        self._asked += 1
        asked = self._asked

        def fill(items: list[Delegation]) -> None:
            if asked < self._shown:
                return
            self._shown = asked
            self._fill(items)

        return fill

    def _fill(self, items: list[Delegation]) -> None:
        self.items = list(items)
        today = self.ctx.today().isoformat()
        self.table.setRowCount(len(self.items))
        for row, d in enumerate(self.items):
            if d.revoked:
                state = self.tr("dicabut")
            elif d.ends_on < today:
                state = self.tr("berakhir")
            elif d.starts_on > today:
                state = self.tr("belum mulai")
            else:
                state = self.tr("berlaku")
            values = (d.title, d.delegate_name + (f" (NIP {format_nip(d.delegate_nip)})" if d.delegate_nip else ""),
                      d.for_name or self.tr("jabatan lowong"), long_date(dt.date.fromisoformat(d.starts_on)),
                      long_date(dt.date.fromisoformat(d.ends_on)),
                      f"{d.letter_number}, {long_date(dt.date.fromisoformat(d.letter_date))}", state)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def _selected(self) -> Delegation | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.items[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        svc = self.ctx.services.delegations
        self.revoke_button.setEnabled(chosen is not None and not chosen.revoked and svc is not None
                                      and svc.may_edit())

    # --- changes ------------------------------------------------------------------------------------------------
    def form(self) -> DelegationForm:
        return DelegationForm(role=Role(self.role.currentData()), kind=ActingKind(self.kind.currentData()),
                              delegate=self.delegate.text(), for_user=self.for_user.text() or None,
                              starts_on=_pydate(self.starts.date()), ends_on=_pydate(self.ends.date()),
                              letter_number=self.letter.text(), letter_date=_pydate(self.letter_date.date()),
                              delegate_nip=self.nip.text())

    def add(self) -> None:
        svc = self.ctx.services.delegations
        if svc is None:
            return
        form = self.form()
        self.message.setText(self.tr("Mengirim ke server…"))
        self.ctx.tasks.run_io(lambda: svc.add(form), self._added, self._failed)

    def _added(self, made: Delegation) -> None:
        text = self.tr("Dicatat: %1 %2, %3 s.d. %4.")
        self.message.setText(text.replace("%1", made.title).replace("%2", made.delegate_name)
                             .replace("%3", long_date(dt.date.fromisoformat(made.starts_on)))
                             .replace("%4", long_date(dt.date.fromisoformat(made.ends_on))))
        self._read_kept()

    def revoke(self) -> None:
        chosen, svc = self._selected(), self.ctx.services.delegations
        if chosen is None or svc is None:
            return
        self.ctx.tasks.run_io(lambda: svc.revoke(chosen.id), self._revoked, self._failed)

    def _revoked(self, done: Delegation) -> None:
        self.message.setText(self.tr("Dicabut: %1 %2.").replace("%1", done.title).replace("%2", done.delegate_name))
        self._read_kept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
