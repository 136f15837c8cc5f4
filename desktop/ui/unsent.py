"""Logging out with unsent work, and logging in where others left unsent work (#21.8): said in words, with the
rule decided in docs/DESIGN.md — each officer's commands are sent only under that officer's own name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.unsent import UnsentWork

SYNC_FIRST, LOG_OUT, STAY = "sync", "logout", "stay"


def logout_text(work: UnsentWork) -> str:
    parts = []
    if work.mine_waiting:
        text = QCoreApplication.translate(
            "UnsentWork", "%1 perubahan Anda belum diterima server. Perubahan itu tetap tersimpan di PC ini dan "
            "dikirim atas nama Anda — dengan sesi Anda sendiri, bukan sesi pengguna yang masuk berikutnya — pada "
            "sinkronisasi berikutnya; bila sesi Anda sudah berakhir, perubahan itu menunggu sampai Anda masuk lagi.")
        parts.append(text.replace("%1", str(work.mine_waiting)))
    if work.mine_refused:
        text = QCoreApplication.translate(
            "UnsentWork", "%1 perubahan Anda ditolak server dan menunggu keputusan Anda; hanya Anda yang dapat "
            "menyelesaikannya.")
        parts.append(text.replace("%1", str(work.mine_refused)))
    parts.append(QCoreApplication.translate("UnsentWork", "Sinkronkan dulu agar terkirim sekarang?"))
    return " ".join(parts)


def confirm_logout(parent: QWidget, work: UnsentWork) -> str:
    """SYNC_FIRST, LOG_OUT or STAY. Nothing to say (no unsent work of mine): LOG_OUT at once."""
    if not work.mine:
        return LOG_OUT
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("UnsentWork", "Masih ada perubahan yang belum terkirim"),
                      logout_text(work), QMessageBox.StandardButton.NoButton, parent)
    sync = box.addButton(QCoreApplication.translate("UnsentWork", "&Sinkronkan dulu"),
                         QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(QCoreApplication.translate("UnsentWork", "&Keluar; kirim nanti atas nama saya"),
                          QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("UnsentWork", "&Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(sync)
    box.setEscapeButton(stay)
    parent.setProperty("last_unsent_dialog", box)
    box.exec()
    clicked = box.clickedButton()
    return SYNC_FIRST if clicked is sync else LOG_OUT if clicked is leave else STAY


def others_notice(work: UnsentWork) -> str:
    """After a login: other officers' work waits on this PC and goes out under their names, not yours."""
    if not work.others:
        return ""
    who = ", ".join(f"{name} ({count})" for name, count in work.others)
    text = QCoreApplication.translate(
        "UnsentWork", "Di PC ini ada perubahan petugas lain yang belum terkirim: %1. Perubahan itu dikirim atas "
        "nama mereka sendiri, tidak atas nama Anda; yang ditolak server menunggu mereka.")
    return text.replace("%1", who)
