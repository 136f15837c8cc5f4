"""Table model of the order lists (PP's "my orders", PPK deliveries, Bendahara queue): a list of OrderView."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.money import format_rupiah
from desktop.services.order_view import OrderView, SyncStatus
from desktop.ui.i18n import long_stamp
from desktop.ui.orders.common import sync_label
from desktop.ui.widgets.list_model import ListModel
from desktop.ui.widgets.order_states import state_label

# sync.protocol-free copies of order_view.COMMAND_LABELS, as literals lupdate can see (a test keeps them in step)
_COMMAND_NOOPS = {
    "PUT": QT_TRANSLATE_NOOP("OrdersModel", "perubahan draf"), "submit": QT_TRANSLATE_NOOP("OrdersModel", "pengajuan"),
    "approve": QT_TRANSLATE_NOOP("OrdersModel", "persetujuan (SP)"),
    "reject": QT_TRANSLATE_NOOP("OrdersModel", "penolakan"),
    "send_to_seller": QT_TRANSLATE_NOOP("OrdersModel", "kirim ke penyedia"),
    "seller_confirm": QT_TRANSLATE_NOOP("OrdersModel", "konfirmasi penyedia"),
    "ship": QT_TRANSLATE_NOOP("OrdersModel", "pengiriman"),
    "receive": QT_TRANSLATE_NOOP("OrdersModel", "pemeriksaan barang"),
    "report_mismatch": QT_TRANSLATE_NOOP("OrdersModel", "laporan ketidaksesuaian"),
    "sign_bast": QT_TRANSLATE_NOOP("OrdersModel", "BAST"),
    "request_payment": QT_TRANSLATE_NOOP("OrdersModel", "pengajuan bayar"),
    "authorize_payment": QT_TRANSLATE_NOOP("OrdersModel", "setuju dibayar"),
    "mark_paid": QT_TRANSLATE_NOOP("OrdersModel", "pembayaran"),
    "complete": QT_TRANSLATE_NOOP("OrdersModel", "penyelesaian"),
    "cancel": QT_TRANSLATE_NOOP("OrdersModel", "pembatalan"),
}
COMMAND_TEXTS: dict[str, str] = {key: str(text) for key, text in _COMMAND_NOOPS.items()}
SYNC_COLORS = {SyncStatus.LOCAL_ONLY: "#555555", SyncStatus.PENDING: "#8a5a00", SyncStatus.SENT: "#1d6b2f",
               SyncStatus.ATTENTION: "#a61b1b"}
COLUMNS = ("number", "provider", "total", "state", "sync", "updated")


class OrdersModel(ListModel[OrderView]):
    columns = COLUMNS
    numeric = (COLUMNS.index("total"),)

    def set_orders(self, orders: list[OrderView]) -> None:
        self.set_items(orders)

    def order(self, row: int) -> OrderView:
        return self.items[row]

    def row_of(self, order_id: str) -> int:
        return self.row_where(lambda o: o.id == order_id)

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Nomor SP / draf"), self.tr("Penyedia"), self.tr("Total"), self.tr("Status pesanan"),
                self.tr("Sinkronisasi"), self.tr("Diubah"))

    def cell(self, o: OrderView, column: int, role: int) -> Any:
        col = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "number":
                return o.number or self.tr("Draf %1").replace("%1", o.id[:8])
            if col == "provider":
                return o.provider.name if o.provider else "—"
            if col == "total":
                return format_rupiah(o.total)
            if col == "state":
                return self.state_text(o)
            if col == "sync":
                return sync_label(o)
            return local_stamp(o.updated_at or o.created_at)
        if role == Qt.ItemDataRole.ForegroundRole and col == "sync":
            return QBrush(QColor(SYNC_COLORS[o.sync_status]))
        if role == Qt.ItemDataRole.ForegroundRole and col == "state" and o.command and o.command.refused:
            return QBrush(QColor(SYNC_COLORS[SyncStatus.ATTENTION]))
        if role == Qt.ItemDataRole.ToolTipRole and col == "state" and o.command:
            return self.tr("Status di server: %1. Di PC ini: %2.").replace("%1", state_label(o.state_column[0])) \
                .replace("%2", state_label(o.state))
        if role == Qt.ItemDataRole.ToolTipRole and col == "sync":
            from desktop.services.order_view import SYNC_STATUS_HINTS

            return self.tr(SYNC_STATUS_HINTS[o.sync_status])
        if role == Qt.ItemDataRole.UserRole:
            return o.id
        return None


    def state_text(self, o: OrderView) -> str:
        """The state the server holds, and beside it the pending or refused command (#21.5): a refused submit
        reads "Draf · pengajuan ditolak server", never "Menunggu persetujuan PPK"."""
        state, _ = o.state_column
        text = state_label(state)
        if o.command is not None:
            what = self.tr(str(COMMAND_TEXTS.get(o.command.action, o.command.action)))
            beside = (self.tr("%1 ditolak server") if o.command.refused else self.tr("%1 menunggu dikirim"))
            text += f" · {beside.replace('%1', what)}"
        if o.bank_confirmed_at:  # #18: the bank statement shows the money left the account
            confirmed = self.tr("terkonfirmasi bank")
            text += f" · {confirmed}"
        return text


def local_stamp(iso: str) -> str:
    """A stored UTC stamp as the officer reads it: "23 November 2026 10.10 WIB" (desktop.ui.i18n.long_stamp)."""
    return long_stamp(iso)
