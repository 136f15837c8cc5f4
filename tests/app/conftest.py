"""Fixtures for the app tests: the dict-backed keyring shared with the service tests. (The None-refcount guard
for PySide6 6.12 on Python 3.11 is applied once for the whole run by tests/conftest.py.)"""

from tests.services.conftest import dict_keyring  # noqa: F401
