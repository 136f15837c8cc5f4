"""The damaged-database dialog restores the unsent work from the newest good backup (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.local_data import LocalDataService
from desktop.store import Store
from desktop.store.health import StoreDamagedError
from desktop.ui.store_recovery import ask_recovery, recovery_text
from tests.store.test_health import _draft, _unsent


def _answer_boxes(expected: int) -> list[str]:
    """Press the default button of each message box as it opens (the restore, then the 'done' note); stops
    after `expected` boxes so nothing lingers into later tests."""
    seen: list[str] = []
    # a box another test left open is not ours: counting it would stop the presser before our box opens (a hang)
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()}

    def press() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and id(widget) not in before:
                before.add(id(widget))
                seen.append(widget.text())
                button = widget.defaultButton()
                button.click() if button is not None else widget.accept()
        if len(seen) < expected:
            QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    return seen


def test_the_dialog_offers_the_backup_and_restores_the_drafts(qtbot, tmp_path: Path):
    path = tmp_path / "blangkon.db"
    with Store.open(path) as store:
        for i in range(5):
            _draft(store, f"o-{i}")
        store.backup_now("sync")
    path.write_bytes(b"")
    with pytest.raises(StoreDamagedError) as err:
        Store.open(path)
    service = LocalDataService(path)
    text = recovery_text(service.offer(err.value))
    assert "5 draf dan 5 perintah" in text and "rusak" in text
    seen = _answer_boxes(2)
    assert ask_recovery(service, err.value) is True
    assert "Dipulihkan dari cadangan" in seen[1]
    with Store.open(path) as store:
        assert _unsent(store) == {f"o-{i}" for i in range(5)}
