"""PpkInboxScreen ("ppk_inbox"): approve/reject with the 3-working-day limit, receipt inspection, BAST; the PA/KPA
gives payment consent here. Buttons follow sync.protocol's allowed actions, so nothing the server would refuse
can be pressed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from desktop.domain.money import format_rupiah
from desktop.services.approvals import InboxItem
from desktop.services.order_view import CheckItem, OrderView, PaymentStakes, ReceiptInput, Severity
from desktop.ui.documents_preview.dialogs import preview_order_document
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text
from desktop.ui.ppk_inbox.dialogs import BastDialog, ReceiptDialog, RejectDialog
from desktop.ui.ppk_inbox.view import PpkInboxView
from desktop.ui.screen import Screen, UiContext
from desktop.ui.widgets.kept_selection import reload_keeping_place
from desktop.ui.widgets.stakes import confirm_stakes
from sync.protocol import Role
from sync.protocol.states import Action, OrderState

_Loaded = tuple[list[InboxItem], list[OrderView], list[OrderView], dict[str, list[Action]], dict[str, str]]


class PpkInboxScreen(Screen):
    key = "ppk_inbox"
    roles = frozenset({Role.PPK, Role.PA_KPA})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = PpkInboxView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.allowed: dict[str, list[Action]] = {}
        self.approve_refused: dict[str, str] = {}  # order id → why this officer may not approve it (why_not)
        self.is_kpa = False
        self.last_dialog: QDialog | None = None
        self.last_price_items: list[CheckItem] = []
        self._tabs_for: bool | None = None  # tabs laid out for a PA/KPA (True) or a PPK (False)
        v = self.view
        for table, key in ((v.inbox_table, "ppk_inbox"), (v.deliveries_table, "ppk_deliveries"),
                           (v.consent_table, "ppk_consent")):
            table.columns.remember(key, ctx.ui_settings)
        v.inbox_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        v.deliveries_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        v.consent_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        v.approve_button.clicked.connect(self.approve)
        v.reject_button.clicked.connect(self.reject)
        v.preview_sp_button.clicked.connect(lambda: self._preview(self.inbox_order(), "sp"))
        v.receive_button.clicked.connect(self.receive)
        v.bast_button.clicked.connect(self.sign_bast)
        v.print_sp_button.clicked.connect(lambda: self._preview(self.delivery_order(), "sp"))
        v.print_bast_button.clicked.connect(lambda: self._preview(self.delivery_order(), "bast"))
        v.authorize_button.clicked.connect(self.authorize)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Persetujuan")

    def retranslate(self) -> None:
        self.view.retranslate()

    def activate(self, **params: Any) -> None:
        user = self.ctx.session.current_user
        self.is_kpa = is_kpa = user is not None and user.role == Role.PA_KPA
        self.view.set_role(Role.PA_KPA if is_kpa else Role.PPK)
        if self._tabs_for != is_kpa:  # a sync re-activates the screen: the tab the officer is on stays
            self._tabs_for = is_kpa
            for index, visible in ((0, not is_kpa), (1, not is_kpa), (2, is_kpa)):
                self.view.tabs.setTabVisible(index, visible)
            self.view.tabs.setCurrentIndex(2 if is_kpa else 0)
        self.reload()

    # -- data ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        approvals, payments = self.ctx.services.approvals, self.ctx.services.payments

        def load() -> _Loaded:
            inbox, deliveries = approvals.inbox(), approvals.deliveries()
            consent = [o for o in payments.queue() if o.state is OrderState.MENUNGGU_BAYAR
                       and not (o.payment or {}).get("authorized_by")]
            allowed = {o.id: approvals.allowed_actions(o.id)
                       for o in [i.order for i in inbox] + deliveries + consent}
            refused = {i.order.id: reason for i in inbox
                       if (reason := approvals.why_not(i.order.id, Action.APPROVE)) is not None}
            return inbox, deliveries, consent, allowed, refused

        self.read_latest("lists", load, self._loaded, self._failed)

    def _loaded(self, result: _Loaded) -> None:
        inbox, deliveries, consent, self.allowed, self.approve_refused = result
        v = self.view
        kept = (self.inbox_order(), self.delivery_order(), self.consent_order())
        for table, reset, row_of, current in (
                (v.inbox_table, lambda: v.inbox_model.set_items(inbox), v.inbox_model.row_of, kept[0]),
                (v.deliveries_table, lambda: v.deliveries_model.set_orders(deliveries), v.deliveries_model.row_of,
                 kept[1]),
                (v.consent_table, lambda: v.consent_model.set_orders(consent), v.consent_model.row_of, kept[2])):
            reload_keeping_place(table, reset, row_of, current.id if current else None)
        # the approval deadline is the PPK's: the PA/KPA does not see (or act on) that tab
        overdue = 0 if self.is_kpa else sum(1 for i in inbox if i.overdue)
        v.message.setText(self.tr("%1 pesanan melewati batas 3 hari kerja. Setujui, atau tolak dengan "
                                  "alasan, sekarang.").replace("%1", str(overdue)) if overdue else "")
        self._update_buttons()

    def inbox_order(self) -> OrderView | None:
        idx = self.view.inbox_table.currentIndex()
        return self.view.inbox_model.item(idx.row()).order if idx.isValid() else None

    def delivery_order(self) -> OrderView | None:
        idx = self.view.deliveries_table.currentIndex()
        return self.view.deliveries_model.order(idx.row()) if idx.isValid() else None

    def consent_order(self) -> OrderView | None:
        idx = self.view.consent_table.currentIndex()
        return self.view.consent_model.order(idx.row()) if idx.isValid() else None

    def _can(self, order: OrderView | None, action: Action) -> bool:
        return order is not None and action in self.allowed.get(order.id, [])

    def _update_buttons(self) -> None:
        v = self.view
        inbox, delivery, consent = self.inbox_order(), self.delivery_order(), self.consent_order()
        v.approve_button.setEnabled(self._can(inbox, Action.APPROVE))
        v.reject_button.setEnabled(self._can(inbox, Action.REJECT))
        v.preview_sp_button.setEnabled(inbox is not None)
        v.receive_button.setEnabled(self._can(delivery, Action.RECEIVE))
        v.bast_button.setEnabled(self._can(delivery, Action.SIGN_BAST))
        v.print_sp_button.setEnabled(delivery is not None)
        v.print_bast_button.setEnabled(delivery is not None and delivery.state is OrderState.BAST)
        v.authorize_button.setEnabled(self._can(consent, Action.AUTHORIZE_PAYMENT))
        if inbox is not None:
            lines = "; ".join(f"{ln.name} {ln.qty} {ln.unit} × {format_rupiah(ln.unit_price)}" for ln in inbox.lines)
            text = self.tr("%1 — %2. Kode RUP %3, sub-kegiatan %4, rekening %5.").replace("%1", lines).replace(
                "%2", format_rupiah(inbox.total)).replace("%3", inbox.kode_rup or "-").replace(
                "%4", inbox.sub_kegiatan or "-").replace("%5", inbox.kode_rekening or "-")
            refused = self.approve_refused.get(inbox.id)
            if refused and not self._can(inbox, Action.APPROVE):
                text += " " + render(refused)  # the lifecycle's reason, e.g. a maker may not approve (#12.8)
            v.approve_button.setToolTip(render(refused) if refused else "")
            v.inbox_detail.setText(text)
        else:
            v.inbox_detail.setText(self.tr("Tidak ada pesanan yang menunggu persetujuan. Pesanan muncul di sini "
                                           "setelah PP mengajukannya; tekan Sinkronkan sekarang (F5) untuk "
                                           "mengambil yang terbaru."))

    # -- actions ---------------------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], OrderView], message: str) -> None:
        def done(_order: OrderView) -> None:
            self.ctx.notify(message)
            self.reload()

        self.ctx.tasks.run_db(fn, done, self._failed)

    def approve(self) -> None:
        order = self.inbox_order()
        if order is None or not self._can(order, Action.APPROVE):
            return
        svc = self.ctx.services.approvals
        # the same price-reasonableness lines the PP saw before submitting, read off the UI thread
        self.ctx.tasks.run_read(lambda: svc.price_checks(order.id),
                                lambda items: self._confirm_approve(order, items), self._failed)

    def _confirm_approve(self, order: OrderView, items: list[CheckItem]) -> None:
        text = self.tr("Setujui %1 senilai %2? SP diberi nomor dari blok nomor perangkat ini dan dianggap "
                       "ditandatangani.").replace("%1", render(order.title)).replace("%2", format_rupiah(order.total))
        warnings = [i for i in items if i.severity is not Severity.OK]
        if warnings:
            text += "\n\n" + self.tr("Periksa harga sebelum menyetujui (peringatan, tidak menghalangi):") + "\n" + \
                "\n".join(f"• {render(i.title)}: {render(i.detail)}" for i in warnings)
        self.last_price_items = list(items)
        answer = QMessageBox.question(self, self.tr("Setujui pesanan"), text)
        if answer == QMessageBox.StandardButton.Yes:
            svc = self.ctx.services.approvals
            self._run(lambda: svc.approve(order.id), self.tr("Pesanan disetujui; SP siap dicetak."))

    def reject(self) -> None:
        order = self.inbox_order()
        if order is None or not self._can(order, Action.REJECT):
            return
        dialog = RejectDialog(order, self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            svc, reason = self.ctx.services.approvals, dialog.text()
            self._run(lambda: svc.reject(order.id, reason), self.tr("Pesanan ditolak dan dikembalikan ke "
                                                                    "Pejabat Pengadaan."))

    def receive(self) -> None:
        order = self.delivery_order()
        if order is None or not self._can(order, Action.RECEIVE):
            return
        svc = self.ctx.services.approvals
        dialog = ReceiptDialog(order, svc.today(), self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            data = ReceiptInput(**dialog.values())
            self._run(lambda: svc.record_receipt(order.id, data), self.tr("Hasil pemeriksaan tersimpan."))

    def sign_bast(self) -> None:
        order = self.delivery_order()
        if order is None or not self._can(order, Action.SIGN_BAST):
            return
        svc = self.ctx.services.approvals
        dialog = BastDialog(order, svc.today(), self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day, number = dialog.values()
            self._run(lambda: svc.sign_bast(order.id, day, number), self.tr("BAST ditandatangani; siap dicetak."))

    def authorize(self) -> None:
        order = self.consent_order()
        if order is None or not self._can(order, Action.AUTHORIZE_PAYMENT):
            return
        svc = self.ctx.services.payments
        # the amount, taxes and the seller's account as the tax engine has them, read off the UI thread
        self.ctx.tasks.run_read(lambda: svc.stakes(order.id), self._confirm_authorize, self._failed)

    def _confirm_authorize(self, stakes: PaymentStakes) -> None:
        order = stakes.order
        question = self.tr("Setujui pembayaran %1?").replace("%1", render(order.title))
        consequence = self.tr("Setelah Anda setuju, Bendahara Pengeluaran dapat membayar sejumlah di atas. "
                              "Persetujuan tersimpan di PC ini dan dikirim saat sinkronisasi.")
        if not confirm_stakes(self, self.tr("Setuju dibayar"), question, stakes, consequence):
            return
        svc = self.ctx.services.payments
        self._run(lambda: svc.authorize(order.id), self.tr("Persetujuan bayar (PA/KPA) tercatat."))

    def _preview(self, order: OrderView | None, kind: str) -> None:
        if order is not None:
            preview_order_document(self.ctx, order.id, kind, self, self.view.message.setText)

    def _failed(self, exc: BaseException) -> None:
        self.view.message.setText(error_text(exc))
