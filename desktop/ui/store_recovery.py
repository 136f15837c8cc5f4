"""Two messages about the local database (issue 15), kept in one small module: a damaged database offers to
restore the unsent work from the newest good backup; a broken audit chain is shown, never ignored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.local_data import LocalDataService, RecoveryOffer
from desktop.ui.i18n import long_stamp

CONTEXT = "StoreRecovery"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def recovery_text(offer: RecoveryOffer) -> str:
    if offer.backup_name is None:
        return tr("%1\n\nTidak ada cadangan yang utuh. Berkas lama akan disisihkan (tidak dihapus) dan aplikasi mulai "
                  "dengan basis data kosong; hubungi admin TI bila ada pekerjaan yang belum terkirim."
                  ).replace("%1", offer.problem)
    return (tr("%1\n\nCadangan terbaru (%2) berisi %3 draf dan %4 perintah yang belum terkirim. Pulihkan dari "
               "cadangan itu? Berkas lama disisihkan, tidak dihapus; perintah yang sudah pernah terkirim tidak "
               "akan tergandakan.")
            .replace("%1", offer.problem).replace("%2", long_stamp(offer.taken_at)).replace("%3", str(offer.drafts))
            .replace("%4", str(offer.unsent)))


def ask_recovery(service: LocalDataService, error: BaseException, parent: QWidget | None = None) -> bool:
    """Modal, at start before any window: True when the database was restored (or started afresh) and the app
    may open it again; False when the officer chose to quit (nothing was touched)."""
    offer = service.offer(error)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Basis data lokal rusak"), recovery_text(offer),
                      QMessageBox.StandardButton.NoButton, parent)
    label = tr("Pulihkan") if offer.backup_name else tr("Mulai dengan basis data kosong")
    act = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(act)
    box.exec()
    if box.clickedButton() is not act:
        return False
    done = service.restore() if offer.backup_name else service.start_fresh()
    QMessageBox.information(parent, tr("Basis data lokal"), done)
    return True


def audit_warning(broken_at: int, parent: QWidget | None = None) -> QMessageBox:
    """Non-modal: work goes on, but the officer and IT must know the local audit log was edited outside the app."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Log audit berubah"),
                      tr("Log audit di komputer ini telah diubah di luar aplikasi (mulai entri %1). Pekerjaan tetap "
                         "bisa dilanjutkan, tetapi laporkan ke admin TI dan jalankan `blangkon --self-test`."
                         ).replace("%1", str(broken_at)), QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
