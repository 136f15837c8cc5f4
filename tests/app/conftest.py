"""Fixtures for the app tests: the dict-backed keyring shared with the service tests."""

from tests.services.conftest import dict_keyring  # noqa: F401, I001

# PySide6 6.12 / Python 3.11 drops references to None in qWait/exec; see desktop/ui/widgets/qt_compat.py.
from desktop.ui.widgets.qt_compat import protect_none

protect_none()
