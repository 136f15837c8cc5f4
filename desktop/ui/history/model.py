"""Timeline model: who, role, when (server time, or device time for steps not yet confirmed), old → new state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.messages import Message
from desktop.services.order_view import TimelineEntry
from desktop.ui.i18n import long_stamp, render
from desktop.ui.widgets.list_model import ListModel
from desktop.ui.widgets.order_states import state_label
from desktop.ui.widgets.roles import role_label

_ACTIONS = {  # marked for lupdate; translated at display (self.tr in TimelineModel.data)
    "create_draft": QT_TRANSLATE_NOOP("TimelineModel", "Membuat draf"),
    "add_line": QT_TRANSLATE_NOOP("TimelineModel", "Menambah baris"),
    "remove_line": QT_TRANSLATE_NOOP("TimelineModel", "Menghapus baris"),
    "restore_line": QT_TRANSLATE_NOOP("TimelineModel", "Mengembalikan baris"),
    "set_qty": QT_TRANSLATE_NOOP("TimelineModel", "Mengubah jumlah"),
    "update_fields": QT_TRANSLATE_NOOP("TimelineModel", "Mengubah data pesanan"),
    "reprice_line": QT_TRANSLATE_NOOP("TimelineModel", "Menerima harga baru"),
    "submit": QT_TRANSLATE_NOOP("TimelineModel", "Mengajukan ke PPK"),
    "approve": QT_TRANSLATE_NOOP("TimelineModel", "Menyetujui (SP)"),
    "reject": QT_TRANSLATE_NOOP("TimelineModel", "Menolak"),
    "send_to_seller": QT_TRANSLATE_NOOP("TimelineModel", "Mengirim ke penyedia"),
    "seller_confirm": QT_TRANSLATE_NOOP("TimelineModel", "Dikonfirmasi penyedia"),
    "ship": QT_TRANSLATE_NOOP("TimelineModel", "Dalam pengiriman"),
    "receive": QT_TRANSLATE_NOOP("TimelineModel", "Memeriksa dan menerima"),
    "report_mismatch": QT_TRANSLATE_NOOP("TimelineModel", "Mencatat ketidaksesuaian"),
    "sign_bast": QT_TRANSLATE_NOOP("TimelineModel", "Menandatangani BAST"),
    "request_payment": QT_TRANSLATE_NOOP("TimelineModel", "Mengajukan pembayaran"),
    "authorize_payment": QT_TRANSLATE_NOOP("TimelineModel", "Setuju dibayar (PA/KPA)"),
    "mark_paid": QT_TRANSLATE_NOOP("TimelineModel", "Membayar"),
    "complete": QT_TRANSLATE_NOOP("TimelineModel", "Menyelesaikan"),
    "cancel": QT_TRANSLATE_NOOP("TimelineModel", "Membatalkan"),
    "print_document": QT_TRANSLATE_NOOP("TimelineModel", "Mencetak dokumen"),
    "accept_prices": QT_TRANSLATE_NOOP("TimelineModel", "Menerima harga baru (konflik)"),
    "substitute": QT_TRANSLATE_NOOP("TimelineModel", "Mengganti produk (konflik)"),
    "conflict_back_to_draft": QT_TRANSLATE_NOOP("TimelineModel", "Membuka kembali draf (konflik)"),
    "conflict_back_to_ppk": QT_TRANSLATE_NOOP("TimelineModel", "Mengembalikan ke PPK (konflik)"),
    "conflict_take_server": QT_TRANSLATE_NOOP("TimelineModel", "Memakai salinan server"),
    "conflict_keep_mine": QT_TRANSLATE_NOOP("TimelineModel", "Mengirim ulang draf (konflik)"),
    "number_void": QT_TRANSLATE_NOOP("TimelineModel", "Nomor dokumen dibatalkan (BATAL)"),
}
ACTION_LABELS: dict[str, str] = {action: str(label) for action, label in _ACTIONS.items()}


def _wib(stamp: str) -> str:
    """ISO-8601 UTC → "23 November 2026 10.00 WIB" (Jawa Tengah local time, desktop.ui.i18n.long_stamp)."""
    return long_stamp(stamp)


class TimelineModel(ListModel[TimelineEntry]):
    columns = ("at", "actor", "role", "action", "states", "note")

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.set_items(entries)

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Waktu"), self.tr("Siapa"), self.tr("Peran"), self.tr("Langkah"),
                self.tr("Status lama → baru"), self.tr("Catatan"))

    def cell(self, e: TimelineEntry, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                when = _wib(e.at)
                return self.tr("%1 · server").replace("%1", when) if e.source == "server" else \
                    self.tr("%1 · PC ini").replace("%1", when)
            if col == 1:
                return e.actor
            if col == 2:
                return role_label(e.role)
            if col == 3:
                return self.tr(ACTION_LABELS.get(e.action, e.action))
            if col == 4:
                if not e.to_state:
                    return ""
                return f"{state_label(e.from_state) if e.from_state else '—'} → {state_label(e.to_state)}"
            return render(e.note) if isinstance(e.note, Message) else e.note  # a coded note in the user's language
        if role == Qt.ItemDataRole.ForegroundRole and e.source != "server" and col == 0:
            return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return self.tr("Waktu resmi dari server") if e.source == "server" else self.tr(
                "Waktu perangkat: langkah ini tercatat di PC ini dan akan dikonfirmasi server saat sinkronisasi")
        return None
