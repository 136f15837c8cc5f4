"""Fixtures for the sync tests: a real server subprocess per module (SQLite), a dict keyring per test."""

from __future__ import annotations

import keyring
import pytest

from tests.server.live import start_server
from tests.sync.kit import Client, ServerView, install_keyring

OPD = "33.00-DINKES"


@pytest.fixture(autouse=True)
def test_keyring():
    ring, previous = install_keyring()
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("srv"), products=2000, seed=5)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def view(live):
    return ServerView(live)


@pytest.fixture
def make_client(live, tmp_path):
    made: list[Client] = []

    def make(name: str = "pc1", url: str | None = None, **kwargs) -> Client:
        client = Client(url or live.url, tmp_path / name, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
