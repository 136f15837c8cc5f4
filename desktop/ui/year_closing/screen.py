"""YearClosingScreen ("year_closing"): the Bendahara's closing assistant (tutup buku, #17).

Every figure comes from YearClosingService (which reads the owners: orders, payment records, the BKU ledger);
this screen only shows them. A closed year stays viewable and printable; every control that would change it is
disabled and says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from desktop.domain.money import format_rupiah
from desktop.domain.year_closing import Decision
from desktop.services.year_closing import ClosingOverview, OpenItem, YearClosingService
from desktop.ui.documents_preview.dialogs import preview_document
from desktop.ui.i18n import long_date, render
from desktop.ui.orders.common import error_text
from desktop.ui.screen import Screen, UiContext
from desktop.ui.year_closing.view import YearClosingView
from sync.protocol import Role


class YearClosingScreen(Screen):
    key = "year_closing"
    roles = frozenset({Role.BENDAHARA})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = YearClosingView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.overview: ClosingOverview | None = None
        self.confirm_close = self._ask_close  # tests replace the question with an answer
        v = self.view
        v.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        v.year.valueChanged.connect(lambda _y: self.reload())
        v.carry.toggled.connect(lambda _on: self._decision_buttons())
        v.reason.textChanged.connect(lambda _t: self._decision_buttons())
        v.save_decision.clicked.connect(self.save_decision)
        v.up_record.clicked.connect(self.record_up_return)
        v.close_button.clicked.connect(self.close_year)
        v.print_button.clicked.connect(self.print_set)
        self._controls()

    @property
    def service(self) -> YearClosingService:
        svc = self.ctx.services.closing
        assert svc is not None, "the composition root builds the closing service"
        return svc

    def title(self) -> str:
        return self.tr("Tutup buku")

    def retranslate(self) -> None:
        self.view.retranslate()
        if self.overview is not None:
            self._show(self.overview)

    def activate(self, **params: Any) -> None:
        year = int(params.get("year") or self.service.default_year())
        if self.view.year.value() != year:
            self.view.year.setValue(year)  # reloads
        else:
            self.reload()

    def year(self) -> int:
        return int(self.view.year.value())

    def reload(self, keep: str | None = None) -> None:
        svc, year = self.service, self.year()
        current = self.selected()
        keep = keep or (current.key if current else None)
        self.read_latest("overview", lambda: svc.overview(year), lambda o: self._loaded(o, keep), self._failed)

    def _loaded(self, overview: ClosingOverview, keep: str | None = None) -> None:
        if overview.year != self.year():
            return  # an answer for a year no longer shown
        self.overview = overview
        self.view.model.set_items(list(overview.items))
        row = self.view.model.row_of(keep)
        if overview.items:
            self.view.table.selectRow(max(row, 0))
        self._show(overview)

    def selected(self) -> OpenItem | None:
        idx = self.view.table.currentIndex()
        if not idx.isValid() or idx.row() >= self.view.model.rowCount():
            return None
        return self.view.model.item(idx.row())

    # -- showing ---------------------------------------------------------------------------------------------
    def lock_text(self, overview: ClosingOverview) -> str:
        closed = overview.closed or {}
        on = closed.get("on")
        day = long_date(dt.date.fromisoformat(on)) if on else ""
        return self.tr("Buku tahun %1 sudah ditutup pada %2 oleh %3. Buku tahun ini hanya dapat dilihat dan "
                       "dicetak; tidak ada yang dapat diubah.").replace("%1", str(overview.year)) \
            .replace("%2", day).replace("%3", str(closed.get("by_name") or ""))

    def _show(self, o: ClosingOverview) -> None:
        v = self.view
        values = {"opening": o.opening, "received": o.received, "spent": o.spent, "closing": o.closing_balance,
                  "held": o.taxes_held, "unspent": o.unspent_up}
        for key, (_label, value) in v.figures.items():
            value.setText(format_rupiah(values[key]))
        if o.locked:
            v.lock.setText(self.lock_text(o))
        elif not o.items:
            v.lock.setText(self.tr("Tidak ada pesanan atau pajak yang masih terbuka di tahun %1.")
                           .replace("%1", str(o.year)))
        else:
            v.lock.setText(self.tr("%1 pos terbuka, %2 belum diputuskan.").replace("%1", str(len(o.items)))
                           .replace("%2", str(o.undecided)))
        up = o.up_return
        if up:
            v.up_status.setText(self.tr("Sudah dicatat: %1 disetor %2, STS %3, BKU %4.")
                                .replace("%1", format_rupiah(int(up["amount"])))
                                .replace("%2", long_date(dt.date.fromisoformat(up["date"])))
                                .replace("%3", str(up.get("reference", ""))).replace("%4", str(up.get("bku_number", ""))))
        elif o.unspent_up > 0:
            v.up_status.setText(self.tr("Sisa UP %1 (saldo akhir BKU dikurangi pajak yang belum disetor) disetor "
                                        "kembali ke Kas Daerah.").replace("%1", format_rupiah(o.unspent_up)))
        else:
            v.up_status.setText(self.tr("Tidak ada sisa UP untuk dikembalikan."))
        end = QDate(o.year, 12, 31)
        if v.up_date.maximumDate() != end:
            v.up_date.setDateRange(QDate(o.year, 1, 1), end)
            v.up_date.setDate(end)
        v.blockers.setText("" if o.locked else "\n".join(render(b) for b in o.blockers))
        self.show_selected()

    def show_selected(self) -> None:
        item, v = self.selected(), self.view
        if item is not None:
            v.carry.setChecked(item.decision is not Decision.CANCEL)
            v.cancel.setChecked(item.decision is Decision.CANCEL)
            v.reason.setText(item.reason)
            v.cancel_note.setText(render(item.cancel_note) if item.cancel_note else "")
        else:
            v.reason.clear()
            v.cancel_note.clear()
        self._controls()

    def _controls(self) -> None:
        v, o, item = self.view, self.overview, self.selected()
        locked = o is not None and o.locked
        why = self.lock_text(o) if o is not None and locked else ""
        editable = o is not None and not locked
        decision_widgets: tuple[QWidget, ...] = (v.carry, v.reason, v.save_decision)
        for widget in decision_widgets:
            widget.setEnabled(editable and item is not None and bool(item.choices))
            widget.setToolTip(why)
        v.cancel.setEnabled(editable and item is not None and Decision.CANCEL in item.choices)
        v.cancel.setToolTip(why or (render(item.cancel_note) if item and item.cancel_note else ""))
        up_open = editable and o is not None and o.up_return is None and o.unspent_up > 0
        up_widgets: tuple[QWidget, ...] = (v.up_date, v.up_reference, v.up_bku, v.up_record)
        for widget in up_widgets:
            widget.setEnabled(up_open)
            widget.setToolTip(why)
        v.close_button.setEnabled(editable and o is not None and not o.blockers)
        v.close_button.setToolTip(why or ("\n".join(render(b) for b in o.blockers) if o is not None else ""))
        v.print_button.setEnabled(o is not None)
        self._decision_buttons()

    def _decision_buttons(self) -> None:
        v, item = self.view, self.selected()
        if v.save_decision.isEnabled() and item is not None and v.cancel.isChecked():
            v.reason.setPlaceholderText(self.tr("Alasan pembatalan (wajib), mis. anggaran dialihkan"))

    # -- actions ---------------------------------------------------------------------------------------------
    def save_decision(self) -> None:
        item = self.selected()
        if item is None:
            return
        decision = Decision.CANCEL if self.view.cancel.isChecked() else Decision.CARRY
        svc, year, reason, key = self.service, self.year(), self.view.reason.text(), item.key
        self.ctx.tasks.run_db(lambda: svc.decide(year, key, decision, reason), lambda o: self._changed(o, key),
                              self._failed)

    def record_up_return(self) -> None:
        q = self.view.up_date.date()
        day = dt.date(q.year(), q.month(), q.day())
        svc, year = self.service, self.year()
        reference, bku = self.view.up_reference.text(), self.view.up_bku.text()
        self.ctx.tasks.run_db(lambda: svc.record_up_return(year, day, reference, bku), self._changed, self._failed)

    def _ask_close(self, year: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Tutup buku"),
            self.tr("Tutup buku tahun %1? Setelah ditutup, BKU dan Buku Pembantu Pajak tahun %1 terkunci dan "
                    "server menolak catatan bertanggal tahun itu. Pesanan yang dibatalkan langsung dibatalkan.")
            .replace("%1", str(year)))
        return answer == QMessageBox.StandardButton.Yes

    def close_year(self) -> None:
        year = self.year()
        if not self.confirm_close(year):
            return
        svc = self.service
        self.ctx.tasks.run_db(lambda: svc.close(year), self._closed, self._failed)

    def _closed(self, overview: ClosingOverview) -> None:
        self._changed(overview)
        self.ctx.notify(self.tr("Buku tahun %1 ditutup. Tersimpan di PC ini; dikirim ke server saat "
                                "sinkronisasi.").replace("%1", str(overview.year)))

    def print_set(self) -> None:
        svc, year = self.service, self.year()
        preview_document(self.ctx, lambda: svc.render_closing_set(year), self, self.view.message.setText)

    def _changed(self, overview: ClosingOverview, keep: str | None = None) -> None:
        self.drop_read("overview")  # a reload asked before the step would show the item undecided again
        self.view.message.setText("")
        self._loaded(overview, keep)

    def _failed(self, exc: BaseException) -> None:
        self.view.message.setText(error_text(exc))
