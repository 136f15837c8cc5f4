"""BendaharaDeskScreen ("bendahara"): orders waiting for payment, the tax breakdown with its explanations and a
what-if for a seller's missing NPWP or Suket PP 55, recording the payment, printing kuitansi, BKU and the tax
book."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView, PaymentInput, PaymentStakes, TaxView
from desktop.services.workflow_base import parse_date
from desktop.ui.bendahara.dialogs import PaymentDialog
from desktop.ui.bendahara.view import BendaharaDeskView
from desktop.ui.documents_preview.dialogs import preview_document, preview_order_document
from desktop.ui.i18n import long_date, render
from desktop.ui.orders.common import error_text
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.kept_selection import reload_keeping_place
from desktop.ui.widgets.order_states import state_label
from desktop.ui.widgets.stakes import confirm_stakes
from sync.protocol import Role
from sync.protocol.states import Action, OrderState


class BendaharaDeskScreen(Screen):
    key = "bendahara"
    roles = frozenset({Role.BENDAHARA, Role.PPTK})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = BendaharaDeskView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.allowed: list[Action] = []
        self.taxes: TaxView | None = None
        self.last_dialog: QDialog | None = None
        v = self.view
        v.table.columns.remember("bendahara", ctx.ui_settings)
        v.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        v.no_npwp.toggled.connect(lambda _on: self.show_selected())
        v.with_suket.toggled.connect(lambda _on: self.show_selected())
        v.request_button.clicked.connect(self.request_payment)
        v.pay_button.clicked.connect(self.record_payment)
        v.complete_button.clicked.connect(self.complete)
        v.kuitansi_button.clicked.connect(self.print_kuitansi)
        v.bku_button.clicked.connect(lambda: self.print_book("bku"))
        v.tax_book_button.clicked.connect(lambda: self.print_book("pajak"))
        self._buttons()

    def title(self) -> str:
        return self.tr("Pembayaran")

    def retranslate(self) -> None:
        self.view.retranslate()

    def activate(self, **params: Any) -> None:
        user = self.ctx.session.current_user
        self.view.set_role(user.role if user is not None and user.role in self.roles else Role.BENDAHARA)
        self.reload(params.get("order_id"))

    def reload(self, select: str | None = None) -> None:
        svc = self.ctx.services.payments
        self.read_latest("queue", svc.queue, lambda orders: self._loaded(orders, select), self._failed)

    def _loaded(self, orders: list[OrderView], keep: str | None) -> None:
        current = self.selected()
        reload_keeping_place(self.view.table, lambda: self.view.model.set_orders(orders), self.view.model.row_of,
                             current.id if current else None, prefer=keep)
        self.show_selected()

    def selected(self) -> OrderView | None:
        idx = self.view.table.currentIndex()
        if not idx.isValid() or idx.row() >= self.view.model.rowCount():
            return None
        return self.view.model.order(idx.row())

    # -- breakdown -------------------------------------------------------------------------------------------
    def show_selected(self) -> None:
        order = self.selected()
        if order is None:
            self.taxes = None
            for _label, value in self.view.figures.values():
                value.setText("—")
            self.view.collector.setText("")
            self.view.what_if.setText("")
            hint = self.tr("Pilih pesanan di tabel untuk melihat rumus, aturan dan dasar hukum tiap pajak.")
            self.view.explanations.setHtml(f"<p>{escape(hint)}</p>")
            self.view.status.setText(self.tr("Belum ada pesanan yang menunggu pembayaran. Pesanan muncul di sini "
                                             "setelah BAST ditandatangani."))
            self._buttons()
            return
        svc = self.ctx.services.payments
        no_npwp = self.view.no_npwp.isChecked()
        suket = self.view.with_suket.isChecked()
        order_id = order.id

        def load() -> tuple[TaxView, dict[str, TaxView], list[Action], str | None]:
            taxes = svc.taxes(order_id, seller_has_npwp=False if no_npwp else None,
                              seller_has_suket_pp55=True if suket and not no_npwp else None)
            return taxes, svc.what_if(order_id), svc.allowed_actions(order_id), svc.why_not(order_id,
                                                                                            Action.MARK_PAID)

        # the breakdown asked for last wins: one read before a step (a visit, a selection) answering after the
        # one that follows it put back the old status and buttons ('BKU …' gone, 'Tandai selesai' off)
        self.read_latest("taxes", load, lambda r: self._show_taxes(order_id, *r), self._failed)

    def _show_taxes(self, order_id: str, taxes: TaxView, variants: dict[str, TaxView],
                    allowed: list[Action], pay_refused: str | None = None) -> None:
        order = self.selected()
        if order is None or order.id != order_id:
            return
        self.taxes, self.allowed = taxes, allowed
        v = self.view
        v.message.setText("")  # a what-if refused a moment ago (e.g. a PKP seller without NPWP) no longer applies
        values = {"gross": taxes.gross, "dpp": taxes.dpp, "dpp_nilai_lain": taxes.dpp_nilai_lain, "ppn": taxes.ppn,
                  "pph": taxes.pph, "net": taxes.net, "meterai": taxes.meterai}
        for key, (_label, value) in v.figures.items():
            value.setText(format_rupiah(values[key]))
        v.figures["pph"][0].setText(self.tr(taxes.pph_label))
        v.collector.setText(self.tr(taxes.collector_text))
        lines = [self.tr("%1: PPh %2, diterima penyedia %3").replace("%1", self.tr(name)).replace(
            "%2", format_rupiah(t.pph)).replace("%3", format_rupiah(t.net)) for name, t in variants.items()]
        v.what_if.setText(self.tr("Perbandingan: ") + "; ".join(lines) + ".")
        parts = []
        for e in taxes.explanations:
            # the legal basis in words; the rule id (for IT and auditors) only as the tooltip
            rule_tip = escape(self.tr("Aturan %1").replace("%1", e.rule), quote=True)
            parts.append(
                f"<p><b>{escape(self.tr(e.title))}</b><br><tt>{escape(e.formula)}</tt><br>"
                f"<small><span title=\"{rule_tip}\">{escape(self.tr('Dasar hukum'))}: "
                f"{escape(self.tr(e.legal_basis))}</span></small></p>")
        v.explanations.setHtml("".join(parts))
        status = self.tr("Status: %1.").replace("%1", state_label(order.state))
        payment = order.payment or {}
        if order.state is OrderState.MENUNGGU_BAYAR and not payment.get("authorized_by"):
            status += " " + self.tr("Menunggu persetujuan bayar PA/KPA sebelum dapat dibayar.")
        elif order.state is OrderState.MENUNGGU_BAYAR and pay_refused:
            status += " " + render(pay_refused)  # segregation of duties (SOD_RULES): why this officer may not pay
        elif order.state is OrderState.DIBAYAR:
            paid_on = parse_date(payment.get("date"))
            status += " " + self.tr("Dibayar %1, BKU %2.").replace("%1", long_date(paid_on) if paid_on else "—").replace(
                "%2", payment.get("bku_number", ""))
            if order.bank_confirmed_at:
                status += " " + self.tr("Terkonfirmasi bank (rekening koran).")
            if Action.COMPLETE in allowed:
                status += " " + self.tr("Cetak kuitansi, lalu tekan \"Tandai selesai\" untuk menutup pesanan.")
        v.status.setText(status)
        v.pay_button.setToolTip(render(pay_refused) if pay_refused and order.state is OrderState.MENUNGGU_BAYAR
                                else "")
        self._buttons()

    def _buttons(self) -> None:
        v, order = self.view, self.selected()
        v.request_button.setEnabled(order is not None and Action.REQUEST_PAYMENT in self.allowed)
        v.pay_button.setEnabled(order is not None and Action.MARK_PAID in self.allowed)
        v.complete_button.setEnabled(order is not None and Action.COMPLETE in self.allowed)
        v.kuitansi_button.setEnabled(order is not None and order.state in (OrderState.MENUNGGU_BAYAR,
                                                                              OrderState.DIBAYAR))

    # -- actions ---------------------------------------------------------------------------------------------
    def request_payment(self) -> None:
        order = self.selected()
        if order is None or Action.REQUEST_PAYMENT not in self.allowed:
            return
        svc = self.ctx.services.payments
        self.ctx.tasks.run_db(lambda: svc.request_payment(order.id), self._changed, self._failed)

    def record_payment(self) -> None:
        order = self.selected()
        if order is None or self.taxes is None or Action.MARK_PAID not in self.allowed:
            return
        svc = self.ctx.services.payments
        dialog = PaymentDialog(order, self.taxes, svc.today(), self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            method, day, bku = dialog.values()
            ntpn, deposit_day = dialog.deposits()
            data = PaymentInput(method, day, bku, ntpn, max(deposit_day, day))
            self.ctx.tasks.run_db(lambda: svc.record_payment(order.id, data), self._changed, self._failed)

    def complete(self) -> None:
        order = self.selected()
        if order is None or Action.COMPLETE not in self.allowed:
            return
        svc = self.ctx.services.payments
        # the payment as recorded (amount, taxes, net, seller's account), read off the UI thread
        self.ctx.tasks.run_read(lambda: svc.stakes(order.id), self._confirm_complete, self._failed)

    def _confirm_complete(self, stakes: PaymentStakes) -> None:
        order = stakes.order
        question = self.tr("Tandai %1 selesai?").replace("%1", render(order.title))
        consequence = self.tr("Pesanan yang selesai ditutup dan tidak dapat diubah lagi. Pastikan kuitansi sudah "
                              "dicetak dan berkasnya lengkap.")
        if not confirm_stakes(self, self.tr("Tandai selesai"), question, stakes, consequence):
            return
        svc = self.ctx.services.payments
        self.ctx.tasks.run_db(lambda: svc.complete(order.id), self._completed, self._failed)

    def _completed(self, order: OrderView) -> None:
        self.view.message.setText("")
        self.ctx.notify(self.tr("Pesanan %1 selesai. Tersimpan di PC ini; akan dikirim saat sinkronisasi.")
                        .replace("%1", render(order.title)))
        self.reload()

    def print_kuitansi(self) -> None:
        order = self.selected()
        if order is not None:
            preview_order_document(self.ctx, order.id, "kuitansi", self, self.view.message.setText)

    def print_book(self, kind: str) -> None:
        order = self.selected()
        day = self.ctx.services.payments.today()
        paid = (order.payment or {}).get("date") if order else None
        year, month = (int(paid[:4]), int(paid[5:7])) if paid else (day.year, day.month)
        docs = self.ctx.services.documents
        preview_document(self.ctx, lambda: docs.render_book(kind, year, month), self, self.view.message.setText)

    def _changed(self, order: OrderView) -> None:
        self.view.message.setText("")
        self.ctx.notify(self.tr("Tersimpan di PC ini; akan dikirim saat sinkronisasi."))
        self.reload(order.id)

    def _failed(self, exc: BaseException) -> None:
        self.view.message.setText(error_text(exc))
