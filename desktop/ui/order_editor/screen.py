"""Order editor controller: wires the view to OrderService through the DB lane and an undo stack.

Every edit is a QUndoCommand; pushing it runs it on the serial DB lane, where the service saves the draft and its
outbox command in one transaction. Typed text is saved on leaving the field and after a short pause in typing
(AUTOSAVE_PAUSE_MS); the "tersimpan" mark shows only when nothing typed waits and no save is running, so a crash
or kill loses nothing that was shown as saved (#13.8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from desktop.domain.money import format_rupiah
from desktop.services.order_view import CheckItem, Choice, OrderView, ProductChoice, Severity, TaxView
from desktop.ui.i18n import long_date, render
from desktop.ui.order_editor.commands import (
    AddLineCommand,
    ChangeFieldCommand,
    ChangeQtyCommand,
    Op,
    RemoveLineCommand,
)
from desktop.ui.order_editor.fields import (
    BY_NAME,
    TYPED_FIELDS,
    UNREADABLE,
    FieldValue,
    combo_value,
    dirty_fields,
    stored,
)
from desktop.ui.order_editor.product_dialog import ProductPickerDialog
from desktop.ui.order_editor.view import OrderEditorView
from desktop.ui.orders.common import error_text, parse_money, sync_label
from desktop.ui.orders.model import local_stamp
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.order_states import state_label
from sync.protocol import Role
from sync.protocol.states import OrderState

EDITABLE = (OrderState.DRAFT, OrderState.DITOLAK)
AUTOSAVE_PAUSE_MS = 800  # typing pauses this long → what was typed is saved


class OrderEditorScreen(Screen):
    key = "order_editor"
    roles = frozenset({Role.PP, Role.PPK})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = OrderEditorView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.setContentsMargins(0, 0, 0, 0)
        self.undo_stack = QUndoStack(self)
        self.order: OrderView | None = None
        self._loading = False
        self._new_id_factory: Callable[[], str] | None = None
        self._pick_dialog: ProductPickerDialog | None = None
        self._pending_saves = 0
        # the value of each field last sent to the store, until the order repaints with it (undo's "old")
        self._sent: dict[str, FieldValue] = {}
        self._typing: set[str] = set()  # fields a key changed since they were last saved
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_PAUSE_MS)
        self._autosave.timeout.connect(self.save_typed)

        v = self.view
        v.undo_button.clicked.connect(self.undo_stack.undo)
        v.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(v.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(v.redo_button.setEnabled)
        v.undo_button.setEnabled(False)
        v.redo_button.setEnabled(False)
        for seq, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                          (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                          (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo),
                          (QKeySequence("Ctrl+Return"), self.submit),
                          (QKeySequence("Ctrl+N"), self.add_product)):
            sc = QShortcut(seq, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        delete = QShortcut(QKeySequence.StandardKey.Delete, v.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        v.add_button.clicked.connect(self.add_product)
        v.remove_button.clicked.connect(self.remove_selected)
        v.reprice_button.clicked.connect(self.accept_new_prices)
        v.recheck_button.clicked.connect(self.refresh_checks)
        v.submit_button.clicked.connect(self.submit)
        v.lines_model.qtyEdited.connect(self._qty_edited)
        v.lines_model.qtyInvalid.connect(self.show_message)
        for typed in TYPED_FIELDS:
            typed.edit(v).textEdited.connect(lambda _text, name=typed.name: self._typed(name))
            if typed.name not in ("sub_kegiatan", "kode_rekening", "delivery_date"):
                typed.edit(v).editingFinished.connect(lambda name=typed.name: self._save_field(name, leaving=True))
        v.marketplace.activated.connect(lambda _i: self._combo_field("marketplace", v.marketplace, v.lbl_marketplace))
        v.sub_kegiatan.activated.connect(lambda _i: self._save_field("sub_kegiatan"))
        v.kode_rekening.activated.connect(lambda _i: self._save_field("kode_rekening"))
        v.sub_kegiatan_edit.editingFinished.connect(lambda: self._save_field("sub_kegiatan"))
        v.kode_rekening_edit.editingFinished.connect(lambda: self._save_field("kode_rekening"))
        v.delivery_date.dateChanged.connect(lambda _d: self._save_field("delivery_date"))
        v.delivery_date.invalid.connect(self.show_message)

    # -- screen contract -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ubah pesanan")

    def retranslate(self) -> None:
        self.view.retranslate()
        if self.order is not None:
            self.show_order(self.order)

    def deactivate(self) -> None:
        """Leaving the editor (another screen, logout): what was typed is saved now, not lost with the pause."""
        self.save_typed()

    def activate(self, **params: Any) -> None:
        order_id = params.get("order_id")
        product_id = params.get("add_product_id", params.get("product_id"))
        qty = int(params.get("qty", 1))
        svc = self.ctx.services.orders
        self._load_choices()
        if order_id is None and product_id is not None:
            self.undo_stack.clear()
            self._run(lambda: svc.create_draft(int(product_id), qty), self._loaded)
        elif order_id is not None:
            if self.order is None or self.order.id != order_id:
                self.undo_stack.clear()
            self._run(lambda: svc.recheck(order_id), self._loaded)  # lines re-checked on open (#21.4)
            if product_id is not None:
                self._push_add(order_id, int(product_id), qty, "")
        else:
            self.show_message(self.tr("Pilih pesanan dari daftar Pesanan, atau tambahkan produk dari Katalog "
                                      "untuk membuat pesanan baru."))

    # -- loading and painting --------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.ctx.tasks.run_db(fn, on_done, self._failed)

    def _load_choices(self) -> None:
        svc = self.ctx.services.orders

        def load() -> tuple[list[Choice], list[Choice], list[Choice]]:
            return svc.marketplace_choices(), svc.sub_kegiatan_choices(), svc.kode_rekening_choices()

        self.ctx.tasks.run_read(load, self._choices_loaded, self._failed)

    def _choices_loaded(self, result: tuple[list[Choice], list[Choice], list[Choice]]) -> None:
        """The lists answer whenever the read is done, often after the officer has started typing: a field with
        typed text keeps it (a fresh repaint here wiped a date typed before the lists came, and the pause's save
        then stored "no date")."""
        self._loading = True
        v = self.view
        typed = {name: combo.currentText() for combo, name in ((v.sub_kegiatan, "sub_kegiatan"),
                                                                (v.kode_rekening, "kode_rekening"))
                 if name in self._typing}
        try:
            for combo, items in zip((self.view.marketplace, self.view.sub_kegiatan, self.view.kode_rekening),
                                    result, strict=True):
                combo.clear()
                for item in items:
                    # marketplace codes are internal (GRATIS_ONGKIR): officers see the name; budget codes are
                    # what they look up in the DPA, so those show code and name
                    text = (item.name or item.code) if combo is self.view.marketplace else item.label
                    combo.addItem(text, item.code)
            for name, text in typed.items():
                (v.sub_kegiatan if name == "sub_kegiatan" else v.kode_rekening).setEditText(text)
            if self.order is not None:
                self._fill_fields(self.order, fresh=False)
        finally:
            self._loading = False

    def _loaded(self, order: OrderView) -> None:
        if self.order is None or self.order.id != order.id:
            self._sent.clear()
            self._typing.clear()
            self._autosave.stop()
            self.view.saved.setText("")
        self.show_order(order, fresh=True)
        self.show_message("")

    def _applied(self, order: OrderView) -> None:
        self._pending_saves = max(0, self._pending_saves - 1)
        if not self._pending_saves:
            self._sent.clear()  # the store now holds everything sent
        self.show_order(order)
        self.show_saved_state()
        self.ctx.notify(self.tr("Tersimpan di PC ini."))

    def show_saved_state(self) -> None:
        """Saved only when it is: no save running and no typed text the store does not have."""
        if self._pending_saves:
            self.view.saved.setText(self.tr("Menyimpan…"))
        elif self.order is not None and self.order.state in EDITABLE and self.dirty():
            self.view.saved.setText(self.tr("Belum tersimpan — disimpan otomatis saat Anda berhenti mengetik"))
        elif self.view.saved.text():
            self.view.saved.setText(self.tr("✓ Semua perubahan tersimpan di PC ini"))

    def _known(self, name: str) -> FieldValue:
        if name in self._sent:
            return self._sent[name]
        return stored(self.order, name) if self.order is not None else None

    def dirty(self) -> list[str]:
        """Names of the fields with typed text the store does not hold (nor has been sent)."""
        if self.order is None:
            return []
        return [f.name for f in dirty_fields(self.view, self._known) if f.name in self._typing]

    def legal_form_text(self, code: str) -> str:
        """The seller's legal form in words, in the UI's language (never the stored code)."""
        forms = {"perorangan": self.tr("perorangan"), "badan_usaha": self.tr("badan usaha")}
        return forms.get(code, code.replace("_", " "))

    def show_order(self, order: OrderView, *, fresh: bool = False) -> None:
        self.order = order
        v = self.view
        editable = order.state in EDITABLE
        v.heading.setText(render(order.title))
        v.status.setText(self.tr("Status: %1 · %2").replace("%1", state_label(order.state))
                         .replace("%2", sync_label(order)))
        p = order.provider
        v.provider.setText(f"{p.name} ({self.legal_form_text(p.legal_form)})" if p else self.tr("belum dipilih"))
        self._loading = True
        try:
            self._fill_fields(order, fresh=fresh)
        finally:
            self._loading = False
        for w in (v.marketplace, v.kode_rup, v.sub_kegiatan, v.kode_rekening, v.delivery_address, v.delivery_date,
                  v.shipping, v.notes, v.add_button, v.remove_button, v.submit_button):
            w.setEnabled(editable)
        v.lines_model.set_lines(order.lines, editable)
        v.reprice_button.setEnabled(editable and any(ln.flag == "price_changed" for ln in order.lines))
        v.total_labels["goods"][1].setText(format_rupiah(order.goods_total))
        v.total_labels["shipping"][1].setText(format_rupiah(order.shipping))
        v.total_labels["total"][1].setText(format_rupiah(order.total))
        if not editable:
            v.route_note.setText(self.tr("Pesanan ini sudah diajukan dan tidak dapat diubah lagi."))
        self._show_rejection(order)
        self.refresh_checks()

    def _show_rejection(self, order: OrderView) -> None:
        rejected = order.rejection
        expired = order.expiry
        self.view.rejection.setVisible(rejected is not None or expired is not None)
        if expired is not None:  # the server's deadline cancellation (#17), told to the PP on the next sync
            text = self.tr("Dibatalkan otomatis oleh sistem pada %1: PPK tidak menyetujui atau menolak pesanan "
                           "ini sampai batas waktu %2. Buat pesanan baru bila barangnya masih diperlukan.")
            due = long_date(dt.date.fromisoformat(expired["due"])) if expired["due"] else "—"
            when = local_stamp(expired["at"]) if expired["at"] else ""
            self.view.rejection.setText(text.replace("%1", when).replace("%2", due))
            return
        if rejected is None:
            return
        who = rejected["by_name"] or self.tr("PPK")
        when = local_stamp(rejected["at"]) if rejected["at"] else ""
        text = self.tr("Ditolak oleh %1 (%2): “%3”. Perbaiki pesanan sesuai alasan ini, lalu ajukan lagi.")
        self.view.rejection.setText(text.replace("%1", who).replace("%2", when).replace("%3", rejected["reason"]))

    def _fill_fields(self, order: OrderView, *, fresh: bool = True) -> None:
        """Write the stored values into the widgets. A repaint after a save (fresh=False) leaves alone a field
        the officer is typing in: it holds what the store will get next (#13.6: the characters typed right after
        Tab were overwritten by the previous field's save)."""
        v = self.view
        typing = set() if fresh else set(self._typing)
        idx = v.marketplace.findData(order.marketplace)
        if idx < 0 and order.marketplace:
            v.marketplace.addItem(order.marketplace, order.marketplace)
            idx = v.marketplace.findData(order.marketplace)
        v.marketplace.setCurrentIndex(max(idx, 0))
        for combo, name in ((v.sub_kegiatan, "sub_kegiatan"), (v.kode_rekening, "kode_rekening")):
            if name in typing:
                continue
            value = str((stored(order, name) if fresh else self._known(name)) or "")  # a sent value is shown
            idx = combo.findData(value)
            text = combo.itemText(idx) if idx >= 0 else value
            if combo.currentText() != text:
                combo.setCurrentIndex(idx)
                combo.setEditText(text)
        for typed in TYPED_FIELDS:
            if typed.name in typing or typed.name in ("sub_kegiatan", "kode_rekening"):
                continue
            if typed.name == "delivery_date":
                date = order.delivery_date if fresh else self._known("delivery_date")
                if v.delivery_date.date() != date or v.delivery_date.is_dirty():
                    v.delivery_date.setDate(date)  # type: ignore[arg-type]
                continue
            edit, text = typed.edit(v), typed.shown(order)
            if edit.text() != text:  # an equal text is left as is: no lost cursor or selection
                edit.setText(text)

    def refresh_checks(self) -> None:
        if self.order is None:
            return
        order_id = self.order.id
        svc = self.ctx.services.orders

        def work() -> tuple[list[CheckItem], TaxView | None]:
            return svc.precheck(order_id), svc.estimate_taxes(order_id)

        self.ctx.tasks.run_db(work, self._checks_done, self._failed)

    def _checks_done(self, result: tuple[list[CheckItem], TaxView | None]) -> None:
        checks, taxes = result
        v = self.view
        v.checks_model.set_items(checks)
        blocking = sum(1 for c in checks if c.severity == Severity.BLOCKING)
        if self.order is not None and self.order.state in EDITABLE:
            v.submit_button.setEnabled(blocking == 0)
            v.route_note.setText(self.tr("%1 butir wajib diperbaiki sebelum diajukan.").replace("%1", str(blocking))
                                 if blocking else self.tr("Semua syarat wajib terpenuhi. Pesanan siap diajukan."))
        if taxes is not None:
            v.total_labels["ppn"][1].setText(format_rupiah(taxes.ppn))
            v.total_labels["pph"][1].setText(format_rupiah(taxes.pph))
            v.total_labels["net"][1].setText(format_rupiah(taxes.net))

    # -- edits -----------------------------------------------------------------------------------------------
    def _apply(self, op: Op) -> None:
        svc = self.ctx.services.orders
        self._pending_saves += 1
        self.show_saved_state()
        self.ctx.tasks.run_db(lambda: op(svc), self._applied, self._edit_failed)

    def _push_add(self, order_id: str, product_id: int, qty: int, name: str) -> None:
        line_id = self.ctx.services.orders.new_line_id()
        self.undo_stack.push(AddLineCommand(self._apply, order_id, product_id, qty, line_id, name))

    def add_product(self) -> None:
        if self.order is None or self.order.state not in EDITABLE:
            return
        provider_id = self.order.provider.id if self.order.provider else None
        svc = self.ctx.services.orders

        def search(text: str, on_results: Callable[[list[ProductChoice]], None]) -> None:
            self.ctx.tasks.run_read(lambda: svc.find_products(text, provider_id=provider_id), on_results,
                                    self._failed)

        dialog = ProductPickerDialog(search, self)
        self._pick_dialog = dialog
        dialog.query.setFocus()
        search("", dialog.show_results)
        if dialog.exec() and (chosen := dialog.chosen()) is not None:
            product, qty = chosen
            self._push_add(self.order.id, product.id, qty, product.name)
        self._pick_dialog = None

    def remove_selected(self) -> None:
        if self.order is None or self.order.state not in EDITABLE:
            return
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            self.show_message(self.tr("Pilih baris yang akan dihapus dulu (klik atau tombol panah), lalu tekan Hapus."))
            return
        row = rows[0].row()
        line = self.view.lines_model.line(row)
        self.undo_stack.push(RemoveLineCommand(self._apply, self.order.id, line, row))

    def accept_new_prices(self) -> None:
        """The catalog sync flagged lines whose price moved (#21.4): quote each at today's catalog price, version,
        name and unit (OrderService.reprice_line), so the check clears and the order can be submitted."""
        if self.order is None or self.order.state not in EDITABLE:
            return
        order_id, svc = self.order.id, self.ctx.services.orders
        stale = [ln.id for ln in self.order.lines if ln.flag == "price_changed"]
        if not stale:
            return

        def work() -> OrderView:
            view = svc.get(order_id)
            for line_id in stale:
                view = svc.reprice_line(order_id, line_id)
            return view

        self._run(work, self._loaded)

    def _qty_edited(self, line_id: str, qty: int) -> None:
        if self.order is None:
            return
        line = next(ln for ln in self.order.lines if ln.id == line_id)
        self.undo_stack.push(ChangeQtyCommand(self._apply, self.order.id, line, qty))

    def _push_field(self, field: str, label: Any, old: Any, new: Any) -> None:
        if self._loading or self.order is None or old == new:
            return
        text = label.text().replace("&", "") if hasattr(label, "text") else str(label)
        self._sent[field] = new
        self.undo_stack.push(ChangeFieldCommand(self._apply, self.order.id, field, text, old, new))

    def _typed(self, name: str) -> None:
        """A key changed a field: save after a short pause; until then the mark says it is not saved yet."""
        if self._loading:
            return
        self._typing.add(name)
        self._autosave.start()
        self.show_saved_state()

    def save_typed(self) -> None:
        """The pause after typing: every field with typed text that can be read is saved."""
        self._autosave.stop()
        for name in sorted(self._typing):
            self._save_field(name)
        self.show_saved_state()

    def _save_field(self, name: str, *, leaving: bool = False) -> None:
        if self._loading or self.order is None or self.order.state not in EDITABLE:
            return
        typed = BY_NAME[name]
        value = typed.read(self.view)
        if value is UNREADABLE:
            if leaving and name == "shipping":
                _amount, error = parse_money(self.view.shipping.text().strip())
                self.show_message(error)
            self.show_saved_state()
            return
        if name == "shipping":
            self.show_message("")
        self._typing.discard(name)
        self._push_field(name, typed.label(self.view), self._known(name), value)
        self.show_saved_state()

    def _combo_field(self, field: str, combo: Any, label: Any) -> None:
        if self.order is None:
            return
        self._push_field(field, label, getattr(self.order, field), combo_value(combo))

    # -- submit ----------------------------------------------------------------------------------------------
    def submit(self) -> None:
        if self.order is None or self.order.state not in EDITABLE:
            return
        answer = QMessageBox.question(
            self, self.tr("Ajukan ke PPK"),
            self.tr("Ajukan pesanan %1 senilai %2 ke PPK? Setelah diajukan pesanan tidak dapat diubah kecuali "
                    "ditolak PPK.").replace("%1", render(self.order.title)).replace("%2", format_rupiah(self.order.total)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        order_id = self.order.id
        svc = self.ctx.services.orders
        self.ctx.tasks.run_db(lambda: svc.submit(order_id), self._submitted, self._failed)

    def _submitted(self, order: OrderView) -> None:
        self.undo_stack.clear()
        self.show_order(order)
        self.ctx.notify(self.tr("Pesanan diajukan ke PPK. Akan dikirim ke server saat ada koneksi."))
        self.ctx.navigate("orders")

    # -- errors ----------------------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.view.message.setText(text)
        self.view.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        self.show_message(error_text(exc))

    def _edit_failed(self, exc: BaseException) -> None:
        # The refused step never reached the store: drop the undo history so it cannot replay it, and repaint.
        self._pending_saves = max(0, self._pending_saves - 1)
        self.view.saved.setText("")
        self.undo_stack.clear()
        self.show_message(error_text(exc) + " " + self.tr("Riwayat urungkan dikosongkan."))
        if self.order is not None:
            order_id = self.order.id
            svc = self.ctx.services.orders
            self._run(lambda: svc.get(order_id), self.show_order)
