"""The screenshot tool swaps the keyring only while it runs, never at import."""

from __future__ import annotations

import importlib

import keyring


def test_import_leaves_the_keyring_alone_and_main_restores_it(tmp_path, monkeypatch):
    before = keyring.get_keyring()
    import desktop.app.screenshots as shots

    shots = importlib.reload(shots)
    assert keyring.get_keyring() is before
    seen = []
    monkeypatch.setattr(shots, "_make_screenshots", lambda out: seen.append(type(keyring.get_keyring())) or 0)
    assert shots.main([str(tmp_path / "shots")]) == 0
    assert seen == [shots._MemoryKeyring] and keyring.get_keyring() is before
