"""BankReconciliationScreen ("bank"): the Bendahara imports bank statements (MT940/CSV), reviews what matches
the payments already recorded, confirms or corrects, and prints or exports the month's rekonsiliasi bank.

A confirmation only links statement lines to recorded payments (BankService never creates one); every
candidate shows the recorded date, amount, beneficiary and SP/BKU reference beside the bank's line."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

from desktop.domain.bank.csv_mapping import CsvMapping
from desktop.domain.money import format_rupiah
from desktop.services.bank_reconciliation import BankService
from desktop.services.bank_view import CandidateView, ImportResult, LineStatus, LineView, ReviewView
from desktop.ui.bank_reconciliation.dialogs import ImportDialog, MappingDialog, NoteDialog
from desktop.ui.bank_reconciliation.model import why
from desktop.ui.bank_reconciliation.view import BankReconciliationView
from desktop.ui.bank_reconciliation.words import LINK_KINDS, tr
from desktop.ui.documents_preview.dialogs import preview_document
from desktop.ui.i18n import long_date
from desktop.ui.orders.common import error_text
from desktop.ui.screen import Screen, UiContext
from sync.protocol import Role


class BankReconciliationScreen(Screen):
    key = "bank"
    roles = frozenset({Role.BENDAHARA})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = BankReconciliationView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.review: ReviewView | None = None
        self.last_dialog: QDialog | None = None
        self._keep: str | None = None
        self.last_import: ImportResult | None = None
        today = self.svc.today() if ctx.services.bank is not None else None
        v = self.view
        if today is not None:
            v.month.setCurrentIndex(today.month - 1)
            v.year.setValue(today.year)
        v.month.currentIndexChanged.connect(lambda _i: self.reload())
        v.year.valueChanged.connect(lambda _y: self.reload())
        v.account.currentIndexChanged.connect(lambda _i: self.reload())
        v.lines.selectionModel().currentRowChanged.connect(lambda *_: self.show_line())
        v.candidates.selectionModel().currentRowChanged.connect(lambda *_: self._candidate_changed())
        v.import_button.clicked.connect(self.choose_file)
        v.undo_import_button.clicked.connect(self.undo_import)
        v.confirm_all_button.clicked.connect(self.confirm_all)
        v.print_button.clicked.connect(self.print_reconciliation)
        v.export_button.clicked.connect(self.export_csv)
        v.confirm_button.clicked.connect(self.confirm_selected)
        v.fee_button.clicked.connect(lambda: self.explain("fee"))
        v.reversal_button.clicked.connect(lambda: self.explain("reversal"))
        v.other_button.clicked.connect(lambda: self.explain("other"))
        v.undo_button.clicked.connect(self.undo)
        self._buttons()

    @property
    def svc(self) -> BankService:
        bank = self.ctx.services.bank
        assert bank is not None, "the composition root builds BankService"
        return bank

    def title(self) -> str:
        return self.tr("Rekonsiliasi bank")

    def retranslate(self) -> None:
        self.view.retranslate()
        self._show(self.review)

    def activate(self, **params: Any) -> None:
        self.reload()

    def period(self) -> tuple[int, int, str]:
        v = self.view
        return v.year.value(), int(v.month.currentData() or 1), str(v.account.currentData() or "")

    # -- loading ---------------------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        year, month, account = self.period()
        current = self.selected_line()
        self._keep = keep or (current.id if current else None)
        self.read_latest("review", lambda: self.svc.review(year, month, account), self._show, self._failed)

    def _show(self, review: ReviewView | None) -> None:
        self.review = review
        v = self.view
        if review is None:
            return
        v.account.blockSignals(True)
        v.account.clear()
        v.account.addItem(self.tr("Semua rekening"), "")
        for acct in review.accounts:
            v.account.addItem(acct, acct)
        v.account.setCurrentIndex(max(v.account.findData(review.account), 0))
        v.account.blockSignals(False)
        v.lines_model.set_items(review.lines)
        v.unmatched_model.set_items(review.unmatched)
        v.figures.setText(self._figures(review))
        row = v.lines_model.row_of(self._keep) if self._keep else -1
        if review.lines:
            v.lines.selectRow(max(row, 0))
        self.show_line()

    def _figures(self, r: ReviewView) -> str:
        c = r.counts
        bank = format_rupiah(r.bank_closing) if r.bank_closing is not None else self.tr("belum diketahui")
        balances = self.tr("Saldo akhir BKU: <b>%1</b> · saldo akhir rekening koran: <b>%2</b>") \
            .replace("%1", escape(format_rupiah(r.bku_closing))).replace("%2", escape(bank))
        counts = self.tr("Terkonfirmasi %1 · cocok menunggu konfirmasi %2 · pembayaran belum tampil di bank %3 · "
                         "tidak dikenal %4 · perlu diperiksa %5")
        check = sum(c.get(s.value, 0) for s in (LineStatus.FEE, LineStatus.REVERSAL, LineStatus.DUPLICATE,
                                                 LineStatus.AMBIGUOUS, LineStatus.PARTIAL))
        for i, value in enumerate((c.get("confirmed", 0), c.get("proposed", 0), c.get("unmatched", 0),
                                   c.get("unexplained", 0), check), start=1):
            counts = counts.replace(f"%{i}", str(value))
        empty = "" if r.lines else "<br>" + escape(self.tr(
            "Belum ada mutasi bulan ini. Impor rekening koran (MT940 atau CSV) dari internet banking."))
        return f"{balances}<br>{escape(counts)}{empty}"

    def selected_line(self) -> LineView | None:
        idx = self.view.lines.currentIndex()
        if not idx.isValid() or idx.row() >= self.view.lines_model.rowCount():
            return None
        return self.view.lines_model.item(idx.row())

    def selected_candidate(self) -> CandidateView | None:
        idx = self.view.candidates.currentIndex()
        if not idx.isValid() or idx.row() >= self.view.candidates_model.rowCount():
            return None
        return self.view.candidates_model.candidate(idx.row())

    def show_line(self) -> None:
        v, line, r = self.view, self.selected_line(), self.review
        candidates: list[CandidateView] = []
        text = self.tr("Pilih baris rekening koran di atas.")
        if line is not None and r is not None:
            text = self.tr("%1 · %2 · %3").replace("%1", long_date(line.date)).replace(
                "%2", format_rupiah(abs(line.amount)) + (self.tr(" keluar") if line.amount < 0 else self.tr(" masuk"))
            ).replace("%3", line.description)
            if line.status is LineStatus.CONFIRMED:
                link = next((k for k in r.links if line.id in k.line_ids), None)
                if link is not None:
                    entries = [r.entries[e] for e in link.entry_ids if e in r.entries]
                    what = "; ".join(f"{e.label} ({e.beneficiary})" for e in entries) or tr(LINK_KINDS[link.kind])
                    text += "\n" + self.tr("Terkonfirmasi: %1.").replace("%1", what)
                    if link.note:
                        text += " " + self.tr("Catatan: %1").replace("%1", link.note)
            else:
                candidates = [c for c in r.proposals if line.id in c.line_ids]
                candidates += [c for c in r.candidates.get(line.id, ()) if c not in candidates]
                if not candidates:
                    text += "\n" + self.tr("Tidak ada pembayaran tercatat yang cocok. Bila ini biaya bank atau retur, "
                                           "tandai; bila lain, jelaskan dengan catatan.")
        v.selected.setText(text)
        v.candidates_model.set_candidates(candidates)
        if candidates:
            v.candidates.selectRow(0)
        self._candidate_changed()

    def _candidate_changed(self) -> None:
        c = self.selected_candidate()
        self.view.why.setText(self.tr("Mengapa cocok: %1").replace("%1", why(c)) if c is not None else "")
        self._buttons()

    def _buttons(self) -> None:
        v, line = self.view, self.selected_line()
        open_line = line is not None and line.status is not LineStatus.CONFIRMED
        v.confirm_button.setEnabled(open_line and self.selected_candidate() is not None)
        for b in (v.fee_button, v.reversal_button, v.other_button):
            b.setEnabled(open_line)
        v.undo_button.setEnabled(line is not None and line.status is LineStatus.CONFIRMED)
        v.confirm_all_button.setEnabled(bool(self.review and self.review.proposals))

    # -- import ----------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih rekening koran"), "",
                                              self.tr("Rekening koran (*.sta *.mt940 *.txt *.csv);;Semua berkas (*)"))
        if path:
            self.ask_import(Path(path))

    def ask_import(self, path: Path) -> None:
        """Account and format for this file, then import it (the dialog may set up the CSV's columns once)."""
        svc = self.svc
        _, _, account = self.period()
        accounts = self.review.accounts if self.review else ()

        def setup() -> CsvMapping | None:
            try:
                headers = svc.file_headers(path)
            except Exception as exc:  # unreadable file: say why in the dialog's parent
                self.view.message.setText(error_text(exc))
                return None
            dialog = MappingDialog(headers, svc.mappings.get("umum"), self)
            self.last_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            mapping = dialog.mapping()
            svc.save_mapping(mapping)
            return mapping

        dialog = ImportDialog(path.name, accounts, account or (accounts[0] if len(accounts) == 1 else ""),
                              svc.mapping_list(), setup, self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            acct, mapping_id = dialog.values()
            self.import_path(path, acct, mapping_id)

    def import_path(self, path: Path, account: str = "", mapping_id: str | None = None) -> None:
        self.ctx.tasks.run_db(lambda: self.svc.import_file(path, account=account, mapping_id=mapping_id),
                              self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self.view.message.setText("")
        note = self.tr("%1: %2 baris dibaca, %3 baris baru, %4 sudah ada (tidak ditambah).") \
            .replace("%1", result.file_name).replace("%2", str(result.lines_read)) \
            .replace("%3", str(result.lines_new)).replace("%4", str(result.duplicates))
        if result.similar:  # a warning that stays on screen (the status bar note goes)
            warning = self.tr("%1 baris baru mirip baris yang sudah ada (tanggal dan jumlah sama): bila berkas ini "
                                  "rekening koran yang sama dalam format lain, tekan \"Batalkan impor tadi\".") \
                .replace("%1", str(result.similar))
            self.view.message.setText(warning)
        self.ctx.notify(note)
        self.last_import = result if result.lines_new else None
        self.view.undo_import_button.setVisible(self.last_import is not None)
        if result.last is not None:  # show the month the statement ends in
            self.view.month.blockSignals(True)
            self.view.year.blockSignals(True)
            self.view.month.setCurrentIndex(result.last.month - 1)
            self.view.year.setValue(result.last.year)
            self.view.month.blockSignals(False)
            self.view.year.blockSignals(False)
        self.reload()

    def undo_import(self) -> None:
        done = self.last_import
        if done is None:
            return

        def after(removed: int) -> None:
            self.last_import = None
            self.view.undo_import_button.setVisible(False)
            self.view.message.setText("")
            self.ctx.notify(self.tr("Impor %1 dibatalkan: %2 baris dihapus.").replace("%1", done.file_name)
                            .replace("%2", str(removed)))
            self.reload()

        self.ctx.tasks.run_db(lambda: self.svc.undo_import(done.import_id), after, self._failed)

    # -- decisions -------------------------------------------------------------------------------------------
    def confirm_selected(self) -> None:
        line, c = self.selected_line(), self.selected_candidate()
        if line is None or c is None:
            return
        note = ""
        if c.difference:
            note = self._ask_note(self.tr("Jumlah berbeda"), self.tr(
                "Jumlah di bank dan di catatan berselisih %1. Jelaskan mengapa (mis. potongan biaya oleh bank "
                "penerima).").replace("%1", format_rupiah(abs(c.difference))))
            if not note:
                return
        self._decide(lambda: self.svc.confirm(c.line_ids, c.entry_ids, note=note), line.id)

    def explain(self, kind: str) -> None:
        line = self.selected_line()
        if line is None:
            return
        note = ""
        if kind == "other":
            note = self._ask_note(self.tr("Jelaskan baris bank"), self.tr(
                "Baris ini tidak ada di catatan Bendahara. Tulis penjelasannya (mis. bunga jasa giro)."))
            if not note:
                return
        self._decide(lambda: self.svc.confirm([line.id], kind=kind, note=note), line.id)

    def undo(self) -> None:
        line, r = self.selected_line(), self.review
        link = next((k for k in r.links if line.id in k.line_ids), None) if line and r else None
        if link is not None and line is not None:
            self._decide(lambda: self.svc.undo(link.id), line.id)

    def confirm_all(self) -> None:
        year, month, account = self.period()
        self._decide(lambda: self.svc.confirm_proposals(year, month, account), None)

    def _ask_note(self, title: str, prompt: str) -> str:
        dialog = NoteDialog(title, prompt, self)
        self.last_dialog = dialog
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""

    def _decide(self, fn: Any, keep: str | None) -> None:
        def done(_result: object) -> None:
            self.view.message.setText("")
            self.reload(keep)

        self.ctx.tasks.run_db(fn, done, self._failed)

    # -- print and export ------------------------------------------------------------------------------------
    def print_reconciliation(self) -> None:
        year, month, account = self.period()
        preview_document(self.ctx, lambda: self.svc.render_reconciliation(year, month, account), self,
                         self.view.message.setText)

    def export_csv(self, target: Path | None = None) -> None:
        year, month, account = self.period()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor rekonsiliasi bank"),
                                                  f"rekonsiliasi_bank_{year}_{month:02d}.csv", "CSV (*.csv)")
            if not name:
                return
            target = Path(name)
        path = target

        def write() -> Path:
            path.write_bytes(self.svc.export_csv(year, month, account))
            return path

        self.ctx.tasks.run_io(write, lambda p: self.ctx.notify(self.tr("Tersimpan: %1").replace("%1", str(p))),
                              self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.view.message.setText(error_text(exc))
