from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.domain.errors import ResourceError
from desktop.domain.resources import load_json_resource, resource_path, resources_root

REPO_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def test_source_tree_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BLANGKON_RESOURCES", raising=False)
    assert resources_root() == REPO_RESOURCES
    assert resource_path("tax", "ppn.json") == REPO_RESOURCES / "tax" / "ppn.json"


def test_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BLANGKON_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("rules") == tmp_path / "resources" / "rules"


def test_env_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/nowhere", raising=False)
    monkeypatch.setenv("BLANGKON_RESOURCES", str(tmp_path))
    assert resource_path("a", "b.json") == tmp_path / "a" / "b.json"


def test_json_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BLANGKON_RESOURCES", str(tmp_path))
    with pytest.raises(ResourceError) as err:
        load_json_resource("missing.json")
    assert err.value.code == "resource_missing" and "tidak ditemukan" in err.value.message
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(ResourceError) as err:
        load_json_resource("bad.json")
    assert err.value.code == "resource_malformed" and "rusak" in err.value.message
    (tmp_path / "ok.json").write_text('{"a": 1}', encoding="utf-8")
    assert load_json_resource("ok.json") == {"a": 1}
