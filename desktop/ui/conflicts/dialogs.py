"""One dialog per typed conflict from the server (SYNC.md §4–§6). Nothing is resolved silently: the officer reads
what happened and picks a resolution; Enter confirms the default, Escape closes and leaves the conflict open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_rupiah
from desktop.services.conflicts import ConflictView
from desktop.services.order_view import OrderView, ProductChoice
from desktop.ui.conflicts import words
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text, tr
from desktop.ui.screen import UiContext
from desktop.ui.widgets.common import error_label
from desktop.ui.widgets.order_states import state_label

Done = Callable[[OrderView | None], None]
EDITABLE = ("DRAFT", "DITOLAK")


class ConflictDialog(QDialog):
    """Base: heading, explanation, a table, resolution buttons and a message line."""

    def __init__(self, ctx: UiContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflict = conflict
        self.result_order: OrderView | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.message = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(QCoreApplication.translate("ConflictDialog", "Nanti saja"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.heading.setText(tr(conflict.heading))
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Perlu perhatian: %1").replace("%1", render(conflict.local.title)))

    def add_action(self, text: str, run: Callable[[], OrderView], default: bool = False) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.resolve(run))
        if default:
            button.setDefault(True)
            button.setFocus()
        return button

    def resolve(self, run: Callable[[], OrderView]) -> None:
        self.message.setText("")
        self.ctx.tasks.run_db(run, self._resolved, self._failed)

    def _resolved(self, order: OrderView) -> None:
        self.result_order = order
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if text.startswith("Rp") or text.startswith("+Rp") or text.startswith("-Rp"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class PriceChangedDialog(ConflictDialog):
    def __init__(self, ctx: UiContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, conflict, parent)
        self.explain.setText(words.paragraphs(
            words.join(self.tr("Harga di katalog berubah sejak pesanan ini disusun. Periksa selisihnya: "
                               "\"Terima harga baru\" mengirim ulang pesanan dengan harga sekarang; "
                               "\"Ubah pesanan\" membukanya kembali sebagai draf."), words.refused_at_text(conflict)),
            words.new_total_text(conflict), words.withdraw_text(conflict)))
        rows = []
        for ln in conflict.lines:
            diff = (ln.current or 0) - (ln.quoted or 0)
            sign = "+" if diff > 0 else "-" if diff < 0 else ""
            rows.append([ln.name, f"{ln.qty} {ln.unit}", format_rupiah(ln.quoted or 0),
                         format_rupiah(ln.current or 0), sign + format_rupiah(abs(diff) * ln.qty)])
        self.fill([self.tr("Produk"), self.tr("Jumlah"), self.tr("Harga dikutip"), self.tr("Harga sekarang"),
                   self.tr("Selisih total")], rows)
        svc = ctx.services.conflicts
        self.accept_button = self.add_action(self.tr("&Terima harga baru"), lambda: svc.accept_prices(conflict.id),
                                             default=True)
        self.edit_button = self.add_action(self.tr("&Ubah pesanan"), lambda: svc.back_to_draft(conflict.id))


class ProductUnavailableDialog(ConflictDialog):
    def __init__(self, ctx: UiContext, conflict: ConflictView, substitutes: list[ProductChoice], parent: QWidget | None = None) -> None:
        super().__init__(ctx, conflict, parent)
        self.explain.setText(words.paragraphs(
            words.join(self.tr("Produk berikut tidak dijual lagi. Untuk tiap baris pilih \"Hapus baris\" "
                               "atau produk pengganti dari penyedia yang sama, lalu tekan Terapkan."),
                       words.refused_at_text(conflict)),
            words.withdraw_text(conflict)))
        self.fill([self.tr("Produk"), self.tr("Jumlah"), self.tr("Tindakan")],
                  [[ln.name, f"{ln.qty} {ln.unit}", ""] for ln in conflict.lines])
        self.choices: dict[str, QComboBox] = {}
        for row, ln in enumerate(conflict.lines):
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Hapus baris"), None)
            for p in substitutes:
                combo.addItem(self.tr("Ganti: %1 (%2)").replace("%1", p.name).replace("%2", format_rupiah(p.price)),
                              p.id)
            self.table.setCellWidget(row, 2, combo)
            self.choices[ln.line_id] = combo
        svc = ctx.services.conflicts
        self.apply_button = self.add_action(
            self.tr("&Terapkan"),
            lambda: svc.substitute(conflict.id, {k: c.currentData() for k, c in self.choices.items()}),
            default=True)


class StaleApprovalDialog(ConflictDialog):
    def __init__(self, ctx: UiContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, conflict, parent)
        self.explain.setText(words.paragraphs(
            words.join(self.tr("Persetujuan yang Anda berikan saat offline ditolak server karena pesanan "
                               "atau harganya berubah sesudahnya. Kembalikan pesanan ke antrean lalu periksa ulang."),
                       words.refused_at_text(conflict)),
            words.withdraw_text(conflict)))
        _fill_copies(self, conflict)
        svc = ctx.services.conflicts
        self.back_button = self.add_action(self.tr("&Kembalikan ke antrean PPK"),
                                           lambda: svc.back_to_ppk(conflict.id), default=True)


class ActedFirstDialog(ConflictDialog):
    """version_conflict, invalid_transition, forbidden_role…: someone else acted first."""

    def __init__(self, ctx: UiContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, conflict, parent)
        # a closed fiscal year (#17) is not someone acting first: the server's own words say which year
        lead = tr(conflict.detail) if conflict.code == "year_closed" and conflict.detail else \
            words.server_act_text(conflict) or self.tr("Server menolak langkah ini.")
        self.explain.setText(words.paragraphs(
            words.join(lead, words.refused_text(conflict)),
            words.withdraw_text(conflict), words.discard_text(conflict)))
        _fill_copies(self, conflict)
        svc = ctx.services.conflicts
        self.server_button = self.add_action(self.tr("Pakai salinan &server"),
                                             lambda: svc.take_server_copy(conflict.id), default=True)
        self.server_button.setEnabled(conflict.server is not None)
        self.mine_button = None
        if conflict.rejected_action == "PUT" and (conflict.server is None or conflict.server.state in EDITABLE):
            self.mine_button = self.add_action(self.tr("Kirim ulang &milik saya"), lambda: svc.keep_mine(conflict.id))
        if conflict.server is None:
            self.message.setText(self.tr("Salinan server belum ada di PC ini. Sinkronkan dulu, lalu buka lagi."))


class NumberConflictDialog(ConflictDialog):
    """number_conflict: the server cannot keep the number this PC printed (never renumbered silently)."""

    def __init__(self, ctx: UiContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, conflict, parent)
        self.explain.setText(words.paragraphs(
            words.join(self.tr("Server tidak dapat menyimpan nomor dokumen yang dicetak PC ini sebagai nomor resmi:"),
                       tr(conflict.detail)),
            words.withdraw_text(conflict),
            self.tr("Kembalikan pesanan ke antrean PPK, lalu setujui lagi: nomor baru diambil dari blok nomor "
                    "PC ini.")))
        _fill_copies(self, conflict)
        svc = ctx.services.conflicts
        self.back_button = self.add_action(self.tr("&Kembalikan ke antrean PPK"),
                                           lambda: svc.back_to_ppk(conflict.id), default=True)


def _fill_copies(dialog: ConflictDialog, conflict: ConflictView) -> None:
    local, server = conflict.local, conflict.server
    server_state = server.state_enum if server else None
    my_number = local.number or "—"
    if local.number and local.number in conflict.voided:
        my_number = QCoreApplication.translate("ConflictDialog", "%1 (BATAL)").replace("%1", local.number)
    rows = [[QCoreApplication.translate("ConflictDialog", "Status"), state_label(local.state),
             state_label(server_state) if server_state else "—"],
            [QCoreApplication.translate("ConflictDialog", "Nomor SP"), my_number,
             (server.number or "—") if server else "—"],
            [QCoreApplication.translate("ConflictDialog", "Total"), format_rupiah(local.total),
             format_rupiah(server.total) if server else "—"]]
    for name, qty, price in (server.lines if server else ()):
        mine = next((ln for ln in local.lines if ln.name == name), None)
        rows.append([name, f"{mine.qty} × {format_rupiah(mine.unit_price)}" if mine else "—",
                     f"{qty} × {format_rupiah(price)}"])
    dialog.fill([QCoreApplication.translate("ConflictDialog", "Data"),
                 QCoreApplication.translate("ConflictDialog", "Di PC ini"),
                 QCoreApplication.translate("ConflictDialog", "Di server")], rows)


def dialog_for(ctx: UiContext, conflict: ConflictView, parent: QWidget, substitutes: list[ProductChoice] | None = None
               ) -> ConflictDialog:
    if conflict.code == "price_changed":
        return PriceChangedDialog(ctx, conflict, parent)
    if conflict.code == "product_unavailable":
        return ProductUnavailableDialog(ctx, conflict, substitutes or [], parent)
    if conflict.code == "stale_approval":
        return StaleApprovalDialog(ctx, conflict, parent)
    if conflict.code == "number_conflict":
        return NumberConflictDialog(ctx, conflict, parent)
    return ActedFirstDialog(ctx, conflict, parent)


def resolve_conflicts(ctx: UiContext, order_id: str, parent: QWidget, on_done: Done | None = None) -> None:
    """Load the order's open conflicts and show the dialog of the first one (then the next, if any)."""
    conflicts, orders = ctx.services.conflicts, ctx.services.orders

    def load() -> tuple[list[ConflictView], list[ProductChoice]]:
        open_ = conflicts.open_conflicts(order_id)
        subs: list[ProductChoice] = []
        if open_ and open_[0].code == "product_unavailable" and open_[0].local.provider:
            gone = {ln.line_id for ln in open_[0].lines}
            subs = [p for p in orders.find_products("", provider_id=open_[0].local.provider.id)
                    if p.id not in {ln.product_id for ln in open_[0].local.lines if ln.id in gone}]
        return open_, subs

    def show(result: tuple[list[ConflictView], list[ProductChoice]]) -> None:
        open_, subs = result
        if not open_:
            ctx.notify(QCoreApplication.translate(
                "ConflictDialog", "Tidak ada masalah yang perlu diselesaikan untuk pesanan ini."))
            if on_done:
                on_done(None)
            return
        dialog = dialog_for(ctx, open_[0], parent, subs)
        parent.setProperty("last_conflict_dialog", dialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.result_order is not None and dialog.result_order.state.value == "DRAFT" and \
                    open_[0].code != "version_conflict":
                ctx.notify(QCoreApplication.translate(
                    "ConflictDialog", "Pesanan dikembalikan sebagai draf dan siap dikirim ulang."))
            if on_done:
                on_done(dialog.result_order)
            if len(open_) > 1:
                resolve_conflicts(ctx, order_id, parent, on_done)

    ctx.tasks.run_read(load, show, lambda exc: ctx.notify(error_text(exc)))
