"""#13.22 on screen: the preview of an official document printed unsigned on a PC without a keyring tells the
officer the real cause and what IT can do — in English too."""

from __future__ import annotations

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from desktop.ui.documents_preview.dialogs import DocumentPreviewDialog
from desktop.ui.i18n import I18n
from tests.services.test_payments import to_bast
from tests.ui.test_i18n import TS_DIR


def test_preview_says_the_keyring_is_the_cause(world, qtbot, tmp_path):
    keyring.set_keyring(fail.Keyring())
    order = to_bast(world)
    preview = DocumentPreviewDialog(world.documents.render(order.id, "sp"), lambda how: None)
    qtbot.addWidget(preview)
    text = preview.status.text()
    assert "belum disertifikasi" not in text
    assert "keyring" in text and "tidak ada brankas yang terpasang" in text and "blangkon --self-test" in text
    i18n = I18n(QApplication.instance(), TS_DIR, tmp_path / "qm")
    try:
        assert i18n.set_language("en")
        preview.retranslate()
        english = preview.status.text()
        assert "keyring" in english and "blangkon --self-test" in english and "no vault is installed" in english
        assert "Dokumen dicetak" not in english
    finally:
        i18n.set_language("id")
