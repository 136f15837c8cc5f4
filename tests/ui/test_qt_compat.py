"""The PySide6 reference-count work-around (desktop/ui/widgets/qt_compat.py) says when it can go: this test
measures the leak it guards against, and fails once a PySide6 upgrade no longer has it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui.widgets import qt_compat


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: delete qt_compat")
def test_pyside_still_leaks_none(qapp):
    calls = 200
    before = sys.getrefcount(None)
    for _ in range(calls):
        QCoreApplication.processEvents()
    leaked = before - sys.getrefcount(None)
    assert leaked >= calls // 2, (
        f"PySide6 no longer drops references to None ({leaked} in {calls} processEvents calls): delete "
        "desktop/ui/widgets/qt_compat.py and its protect_none() calls")


def test_the_guard_is_applied_once_for_the_test_run():
    assert qt_compat._done or sys.version_info >= (3, 12)
