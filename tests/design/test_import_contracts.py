"""The import contracts can fail: each one breaks when a wrong import is injected into a copy of the tree.

The contracts in pyproject.toml are allowlists (tools/import_allowlist.py). This test copies the packages to a
temporary folder, appends imports that each contract must refuse (an unknown third-party package, a layer above,
a sibling it may not see), runs `lint-imports` there once, and expects exactly the injected imports reported.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
    "contracts"
]

# (contract id, file the import is appended to, import statement, the violation lint-imports must report)
INJECTIONS = [
    ("roots", "desktop/__init__.py", "import requests", "desktop -> requests"),
    ("protocol", "sync/protocol/__init__.py", "import pydantic", "sync.protocol -> pydantic"),
    ("protocol", "sync/protocol/__init__.py", "import desktop.domain", "sync.protocol -> desktop.domain"),
    ("domain", "desktop/domain/__init__.py", "import httpx", "desktop.domain -> httpx"),
    ("domain", "desktop/domain/__init__.py", "import pydantic", "desktop.domain -> pydantic"),
    ("domain", "desktop/domain/__init__.py", "import desktop.store", "desktop.domain -> desktop.store"),
    ("store", "desktop/store/__init__.py", "import PySide6.QtCore", "desktop.store -> PySide6"),
    ("store", "desktop/store/__init__.py", "import desktop.services", "desktop.store -> desktop.services"),
    ("store", "desktop/store/__init__.py", "import requests", "desktop.store -> requests"),
    ("documents", "desktop/documents/__init__.py", "import sqlalchemy", "desktop.documents -> sqlalchemy"),
    (
        "documents",
        "desktop/documents/__init__.py",
        "import desktop.store",
        "desktop.documents -> desktop.store",
    ),
    ("services", "desktop/services/__init__.py", "import sync.server", "desktop.services -> sync.server"),
    ("services", "desktop/services/__init__.py", "import fastapi", "desktop.services -> fastapi"),
    ("services", "desktop/services/__init__.py", "import PySide6", "desktop.services -> PySide6"),
    ("ui", "desktop/ui/__init__.py", "import desktop.documents", "desktop.ui -> desktop.documents"),
    ("ui", "desktop/ui/__init__.py", "import desktop.store", "desktop.ui -> desktop.store"),
    ("ui", "desktop/ui/__init__.py", "import sqlalchemy", "desktop.ui -> sqlalchemy"),
    ("ui", "desktop/ui/__init__.py", "import keyring", "desktop.ui -> keyring"),
    ("client", "sync/client/__init__.py", "import desktop.domain", "sync.client -> desktop.domain"),
    ("client", "sync/client/__init__.py", "import sync.server", "sync.client -> sync.server"),
    ("server", "sync/server/__init__.py", "import desktop.store", "sync.server -> desktop.store"),
    ("server", "sync/server/__init__.py", "import sync.client", "sync.server -> sync.client"),
    ("server", "sync/server/__init__.py", "import PySide6", "sync.server -> PySide6"),
    ("usb", "sync/usb/__init__.py", "import desktop.store", "sync.usb -> desktop.store"),
    ("usb", "sync/usb/__init__.py", "import requests", "sync.usb -> requests"),
    ("app", "desktop/app/__init__.py", "import sync.server", "desktop.app -> sync.server"),
    ("app", "desktop/app/__init__.py", "import pytest", "desktop.app -> pytest"),
]

VIOLATION = re.compile(r"^-\s+(\S+ -> \S+) \(l\.[^)]*\) is not allowed", re.MULTILINE)


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "400"}
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(exe), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def injected_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    tree = tmp_path_factory.mktemp("tree")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("desktop", "sync", "tools"):
        shutil.copytree(ROOT / package, tree / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tree)
    for _, relpath, statement, _ in INJECTIONS:
        with (tree / relpath).open("a", encoding="utf-8") as f:
            f.write(f"\n{statement}  # injected by test_import_contracts\n")
    return _lint_imports(tree)


def test_every_contract_is_an_allowlist_with_an_injected_violation() -> None:
    ids = {c.get("id") for c in CONTRACTS}
    assert all(c["type"] == "allowlist" for c in CONTRACTS)
    assert ids == {contract for contract, *_ in INJECTIONS}


def test_each_contract_breaks_on_its_injected_imports(injected_run: subprocess.CompletedProcess[str]) -> None:
    out = injected_run.stdout + injected_run.stderr
    assert injected_run.returncode != 0, out
    assert f"Contracts: 0 kept, {len(CONTRACTS)} broken." in out, out
    for contract in CONTRACTS:
        assert contract["name"].split(" ")[0] in out.split("Broken contracts", 1)[1]
    assert set(VIOLATION.findall(out)) == {expected for *_, expected in INJECTIONS}, out


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> list[Path]:
    return sorted(p for package in ("desktop", "sync") for p in (ROOT / package).rglob("*.py"))


def test_every_module_is_covered_by_one_allowlist() -> None:
    def covers(contract: dict[str, Any], module: str) -> bool:
        packages = contract.get("as_packages", True)
        return any(
            module == s or (packages and module.startswith(s + ".")) for s in contract["source_modules"]
        )

    for path in _sources():
        module = _module_name(path)
        owners = [c["id"] for c in CONTRACTS if covers(c, module)]
        assert len(owners) == 1, f"{module} is covered by {owners or 'no contract'}"


def _imported_names(path: Path) -> list[str]:
    """Absolute names of everything a file imports (relative imports resolved against its package)."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            names.append(".".join([*base, node.module] if node.module else base))
    return names


@pytest.mark.parametrize(
    "package, also_allowed", [("desktop.domain", ("sync.protocol",)), ("sync.protocol", ())]
)
def test_domain_and_protocol_import_only_the_standard_library(
    package: str, also_allowed: tuple[str, ...]
) -> None:
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        for name in _imported_names(path):
            inside = any(name == p or name.startswith(p + ".") for p in (package, *also_allowed))
            assert inside or name.split(".")[0] in sys.stdlib_module_names, f"{path}: imports {name}"
