"""Order state names for the UI in the current language (#13).

`sync.protocol.STATE_LABELS` holds the Indonesian names (the protocol is Qt-free; printed documents keep them).
Each appears here once as a literal in the "OrderStates" context, so lupdate collects it and blangkon_en.ts
carries its English; every screen that shows a state reads it through `state_label` (widgets.labels).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui.widgets.labels import Labels
from sync.protocol.states import STATE_LABELS, OrderState

CONTEXT = "OrderStates"
# the same texts as STATE_LABELS, listed so that lupdate sees them (a test keeps the two in step)
SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP("OrderStates", "Draf"),
    QT_TRANSLATE_NOOP("OrderStates", "Menunggu persetujuan PPK"),
    QT_TRANSLATE_NOOP("OrderStates", "Ditolak"),
    QT_TRANSLATE_NOOP("OrderStates", "Disetujui (SP ditandatangani)"),
    QT_TRANSLATE_NOOP("OrderStates", "Dikirim ke penyedia"),
    QT_TRANSLATE_NOOP("OrderStates", "Dikonfirmasi penyedia"),
    QT_TRANSLATE_NOOP("OrderStates", "Dalam pengiriman"),
    QT_TRANSLATE_NOOP("OrderStates", "Diterima"),
    QT_TRANSLATE_NOOP("OrderStates", "Ketidaksesuaian"),
    QT_TRANSLATE_NOOP("OrderStates", "BAST ditandatangani"),
    QT_TRANSLATE_NOOP("OrderStates", "Menunggu pembayaran"),
    QT_TRANSLATE_NOOP("OrderStates", "Dibayar"),
    QT_TRANSLATE_NOOP("OrderStates", "Selesai"),
    QT_TRANSLATE_NOOP("OrderStates", "Dibatalkan"),
)


STATES = Labels(CONTEXT, STATE_LABELS, OrderState)


def state_label(state: OrderState | str) -> str:
    """The state's name, translated ("Menunggu persetujuan PPK" / "Awaiting PPK approval"). Accepts an
    OrderState, its code ("DIAJUKAN") or the Indonesian name itself (what services hand over)."""
    return STATES(state)
