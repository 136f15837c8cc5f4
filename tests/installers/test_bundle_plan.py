"""The PyInstaller plan (installers/pyinstaller/bundle_plan.py) and spec, checked from source without building."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYI = ROOT / "installers" / "pyinstaller"
sys.path.insert(0, str(PYI))
import bundle_plan as plan  # noqa: E402


def dests(datas: list[tuple[str, str]]) -> set[str]:
    return {(Path(dest) / Path(src).name).as_posix() for src, dest in datas}


def test_spec_is_valid_python_and_builds_both_executables():
    source = (PYI / "blangkon.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = [node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    for name in ("Analysis", "PYZ", "EXE", "COLLECT"):
        assert name in calls
    assert calls.count("EXE") == 2 and calls.count("Analysis") == 2  # blangkon and blangkon-server, one COLLECT
    assert '"blangkon-server"' in source and 'name="blangkon"' in source
    for entry in ("launch_blangkon.py", "launch_blangkon_server.py"):
        ast.parse((PYI / entry).read_text(encoding="utf-8"))


def test_resources_are_collected_under_resources():
    found = dests(plan.resource_datas(ROOT))
    fonts = {p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf")}
    assert fonts and {f"resources/fonts/{name}" for name in fonts} <= found
    for sub in ("tax", "rules", "calendar", "templates", "icons", "reference"):
        on_disk = [p for p in (ROOT / "resources" / sub).rglob("*") if p.is_file() and plan._wanted(p)]
        for path in on_disk:
            assert f"resources/{path.relative_to(ROOT / 'resources').as_posix()}" in found
    assert not [d for d in found if d.endswith((".ts", ".pyc")) or "__pycache__" in d]


def test_staged_qm_replaces_stale_ones(tmp_path):
    res = tmp_path / "resources" / "translations"
    res.mkdir(parents=True)
    (res / "blangkon_en.ts").write_text("<TS/>", encoding="utf-8")
    (res / "blangkon_en.qm").write_bytes(b"old")
    staged = tmp_path / "build" / "translations"
    staged.mkdir(parents=True)
    (staged / "blangkon_en.qm").write_bytes(b"new")
    datas = plan.resource_datas(tmp_path, staged)
    assert datas == [(str(staged / "blangkon_en.qm"), "resources/translations")]


def test_server_migrations_and_package_data_are_files_in_the_bundle():
    found = dests(plan.package_datas(ROOT))
    migrations = ROOT / "sync" / "server" / "migrations"
    if not migrations.is_dir():
        pytest.skip("server migrations not in this tree yet")
    assert "sync/server/migrations/env.py" in found
    versions = [p for p in (migrations / "versions").glob("*.py")]
    assert versions and all(f"sync/server/migrations/versions/{p.name}" in found for p in versions)
    assert not [d for d in found if d.endswith(".py") and "migrations" not in d]


def test_the_server_ships_the_domain_and_the_resources_it_reads():
    """#14: sync.server imports desktop.domain and reads resources/; a bundle of the server alone carries both
    (and nothing else of desktop)."""
    assert "desktop" not in plan.SERVER_EXCLUDES
    assert not [m for m in plan.SERVER_EXCLUDES if "desktop.domain".startswith(m)]
    packages = {f"desktop.{p.name}" for p in (ROOT / "desktop").iterdir() if (p / "__init__.py").is_file()}
    assert packages - {"desktop.domain"} <= set(plan.SERVER_EXCLUDES)
    found = dests(plan.resource_datas(ROOT, only=plan.SERVER_RESOURCE_DIRS))
    for needed in ("resources/rules/thresholds.json", "resources/rules/numbering.json",
                   "resources/calendar/holidays_2026.csv", "resources/reference/kabkota_jateng.csv",
                   "resources/tax/tax_rules.json"):
        assert needed in found
    assert not [d for d in found if d.split("/")[1] in ("fonts", "icons", "translations", "templates")]
    spec = (PYI / "blangkon.spec").read_text(encoding="utf-8")
    assert "only=plan.SERVER_RESOURCE_DIRS" in spec and 'collect_submodules("desktop.domain")' in spec


def test_heavy_unused_qt_modules_are_excluded():
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore",
                   "PySide6.QtMultimedia"):
        assert module in plan.APP_EXCLUDES
    assert "keyrings.alt" in plan.APP_EXCLUDES  # never ship the plaintext keyring
    assert "PySide6" in plan.SERVER_EXCLUDES and "desktop.ui" in plan.SERVER_EXCLUDES
    assert "uvicorn.lifespan.on" in plan.SERVER_HIDDEN and "psycopg_binary" in plan.SERVER_HIDDEN


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Qml.so.6", False),
        ("libcairo.so.2", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/translations/qtbase_id.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("resources/translations/blangkon_en.qm", True),
    ],
)
def test_bundle_filter(dest, kept):
    assert plan.keep_binary_or_data(dest) is kept


def test_manifest_lists_every_data_file_with_its_bundled_size(tmp_path):
    font = tmp_path / "src" / "A.ttf"
    font.parent.mkdir()
    font.write_bytes(b"12345")
    internal = tmp_path / "_internal"
    (internal / "resources" / "fonts").mkdir(parents=True)
    (internal / "resources" / "fonts" / "A.ttf").write_bytes(b"1234567")  # the copy in the bundle counts
    dests = plan.data_destinations([(str(font), "resources/fonts")])
    assert dests == ["resources/fonts/A.ttf"]
    target = plan.write_manifest(internal, dests, "9.9.9", server=False)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["files"] == {"resources/fonts/A.ttf": 7}
    assert data["version"] == "9.9.9" and data["server"] is False
    from desktop.app.selftest import BUNDLE_MANIFEST

    assert target.name == plan.MANIFEST_NAME == BUNDLE_MANIFEST == "blangkon-bundle.json"
    with pytest.raises(FileNotFoundError):
        plan.write_manifest(internal, [*dests, "resources/fonts/B.ttf"], "9.9.9")


def test_version_comes_from_pyproject():
    assert plan.project_version(ROOT).count(".") >= 1
