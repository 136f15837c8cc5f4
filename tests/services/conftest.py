"""Store fixtures for service tests: a real SQLite store in a temp dir, optionally with a generated catalog."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop.store.db import Store
from tests.services.catalog_data import fill_catalog


class DictKeyring(KeyringBackend):
    """In-memory keyring for tests (the real OS keyring is never touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.data:
            raise PasswordDeleteError("not found")
        del self.data[(service, username)]


@pytest.fixture
def dict_keyring():
    old = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(old)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "blangkon.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def catalog_store(tmp_path_factory):
    """A store with 3,000 generated products from 60 providers (a quarter never sold)."""
    s = Store.open(tmp_path_factory.mktemp("catalog") / "blangkon.db")
    fill_catalog(s, 3000, 60, seed=7)
    yield s
    s.close()


@pytest.fixture
def w(tmp_path):
    """The workflow world (tests.services.workflow_world): real store and services in tmp_path, closed after."""
    from tests.services.workflow_world import make_world

    world = make_world(tmp_path)
    yield world
    world.store.close()
