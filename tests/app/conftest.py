"""Fixtures for the app tests: the dict-backed keyring shared with the service tests; the None-refcount guard
for PySide6 6.12 on Python 3.11 (qWait/exec drop references to None; see desktop/ui/widgets/qt_compat.py)."""

from desktop.ui.widgets.qt_compat import protect_none
from tests.services.conftest import dict_keyring  # noqa: F401

protect_none()
