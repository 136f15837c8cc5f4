"""Fixtures for the app tests: the dict-backed keyring shared with the service tests."""

from tests.services.conftest import dict_keyring  # noqa: F401
