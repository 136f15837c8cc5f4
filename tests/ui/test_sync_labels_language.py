"""The sync status of an order (list, editor, history) reads in English in the English UI (#13 screenshots:
"Tersimpan di PC ini saja" stayed Indonesian — the labels were never filed for translation)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.domain.resources import resource_path
from desktop.services.order_view import SYNC_STATUS_LABELS, SyncStatus
from desktop.ui.i18n import I18n
from desktop.ui.orders.common import SYNC_CONTEXT


def test_every_sync_status_reads_in_english(qapp, tmp_path):
    i18n = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    try:
        assert i18n.set_language("en")
        english = {s: QApplication.translate(SYNC_CONTEXT, SYNC_STATUS_LABELS[s]) for s in SyncStatus}
        assert english[SyncStatus.LOCAL_ONLY] == "Saved on this PC only"
        assert all(english[s] != SYNC_STATUS_LABELS[s] for s in SyncStatus)
    finally:
        i18n.set_language("id")
    assert QApplication.translate(SYNC_CONTEXT, SYNC_STATUS_LABELS[SyncStatus.SENT]) == "Terkirim"
