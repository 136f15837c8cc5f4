"""Fixtures of the end-to-end tests: one real server per module, a dict keyring per test, PCs made on demand."""

from __future__ import annotations

import keyring
import pytest

from tests.e2e.desks import Desk
from tests.sync.kit import install_keyring


@pytest.fixture(autouse=True)
def test_keyring():
    ring, previous = install_keyring()
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def make_desk(live, tmp_path):
    made: list[Desk] = []

    def make(name: str) -> Desk:
        desk = Desk(live, tmp_path / name)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()
