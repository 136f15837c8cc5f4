"""Conflict facts put into words for the officer (#21.7): who acted on the server, when (WIB), why, what is now
void and must be withdrawn, the new total, and what "use the server's copy" drops. No raw codes, no versions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.money import format_rupiah
from desktop.services.conflicts import ConflictView
from desktop.ui.i18n import long_date
from desktop.ui.orders.model import COMMAND_TEXTS, local_stamp
from desktop.ui.widgets.roles import role_short


def _command(action: str | None) -> str:
    return QCoreApplication.translate("OrdersModel", COMMAND_TEXTS.get(action or "", action or ""))


def server_act_text(conflict: ConflictView) -> str:
    """One sentence: who did what on the server, in which role, when, and why."""
    act = conflict.server_act
    if act is None:
        return ""
    who = act.by_name or QCoreApplication.translate(
        "ConflictWords", "petugas lain")
    named = f"{who} ({role_short(act.role)})" if act.role else who
    when = local_stamp(act.at) if act.at else QCoreApplication.translate(
        "ConflictWords", "waktu tidak diketahui")
    if act.action == "approve":
        number = conflict.server.number if conflict.server and conflict.server.number else "—"
        text = QCoreApplication.translate(
            "ConflictWords", "%1 sudah menyetujui pesanan ini pada %2 dengan SP nomor %3.")
        return text.replace("%1", named).replace("%2", when).replace("%3", number)
    if act.action == "update":
        total = format_rupiah(conflict.server.total) if conflict.server else "—"
        text = QCoreApplication.translate(
            "ConflictWords", "Pesanan ini diubah di PC lain; salinan server tersimpan pada %1 dengan total %2.")
        return text.replace("%1", when).replace("%2", total)
    if act.action == "expire":
        text = QCoreApplication.translate(
            "ConflictWords", "Sistem membatalkan pesanan ini otomatis pada %1 karena PPK tidak menyetujui atau "
            "menolaknya sampai batas waktu %2.")
        due = long_date(dt.date.fromisoformat(act.reason)) if act.reason else "—"
        return text.replace("%1", when).replace("%2", due)
    if act.action == "cancel":
        text = QCoreApplication.translate(
            "ConflictWords", "%1 membatalkan pesanan ini pada %2 dengan alasan: “%3”.")
    else:
        text = QCoreApplication.translate(
            "ConflictWords", "%1 menolak pesanan ini pada %2 dengan alasan: “%3”.")
    reason = act.reason or QCoreApplication.translate(
        "ConflictWords", "tanpa alasan")
    return text.replace("%1", named).replace("%2", when).replace("%3", reason)


def refused_text(conflict: ConflictView) -> str:
    if not conflict.rejected_action:
        return ""
    text = QCoreApplication.translate(
        "ConflictWords", "Langkah Anda (%1) tidak diterima server; tidak ada yang dikirim ulang tanpa keputusan Anda.")
    return text.replace("%1", _command(conflict.rejected_action))


def withdraw_text(conflict: ConflictView) -> str:
    """The numbers this PC printed that are now void, and what the officer must do with the paper."""
    if not conflict.voided:
        return ""
    text = QCoreApplication.translate(
        "ConflictWords", "Nomor %1 yang sudah dicetak di PC ini BATAL dan tidak berlaku. Bila dokumen itu sudah "
        "dikirim ke penyedia, tarik kembali dan beri tahu penyedia bahwa pesanan tersebut tidak berlaku; cetakan "
        "ulang bertanda BATAL.")
    return text.replace("%1", ", ".join(conflict.voided))


def discard_text(conflict: ConflictView) -> str:
    """What taking the server's copy drops, said before the officer chooses it (#21.1)."""
    parts = []
    for item in conflict.discards:
        if item == "my_lines":
            total = format_rupiah(conflict.server.total) if conflict.server else "—"
            text = QCoreApplication.translate(
                "ConflictWords", "barang dan harga di PC ini diganti dengan salinan server (total %1)")
            parts.append(text.replace("%1", total))
        else:
            text = QCoreApplication.translate(
                "ConflictWords", "%1 yang belum diterima server tidak dikirim")
            parts.append(text.replace("%1", _command(item)))
    if not parts:
        return ""
    return QCoreApplication.translate(
        "ConflictWords", "Bila memakai salinan server: %1.").replace("%1", "; ".join(parts))


def new_total_text(conflict: ConflictView) -> str:
    if conflict.new_total is None:
        return ""
    text = QCoreApplication.translate("ConflictWords", "Total pesanan dengan harga baru: %1 (sebelumnya %2).")
    return text.replace("%1", format_rupiah(conflict.new_total)).replace("%2", format_rupiah(conflict.local.total))


def refused_at_text(conflict: ConflictView) -> str:
    text = QCoreApplication.translate("ConflictWords", "Ditolak server pada %1.")
    return text.replace("%1", local_stamp(conflict.created_at))


def join(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def paragraphs(*parts: str) -> str:
    """What happened; what it means for paper already printed; what a choice drops — one paragraph each."""
    return "\n\n".join(p for p in parts if p)
