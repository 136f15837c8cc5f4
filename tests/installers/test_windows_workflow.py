"""The Windows CI recipe (.github/workflows/windows.yml) is a valid GitHub Actions workflow and does what issue 19
asks: tests offscreen, the bundle from the one spec, Inno Setup with Indonesian, silent install with /SERVER and
/OPD, self-test, uninstall keeping data unless /PURGEDATA. It cannot run here (no Windows); this is its gate."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
INSTALL_MD = (ROOT / "docs" / "INSTALL.md").read_text(encoding="utf-8")


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: str) -> list[dict]:
    return workflow()["jobs"][job]["steps"]


def script(job: str) -> str:
    return "\n".join(s.get("run", "") for s in steps(job))


def test_valid_against_the_github_workflow_schema():
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_runs_on_windows_with_pinned_actions_and_python():
    wf = workflow()
    assert {"test", "setup"} <= set(wf["jobs"])
    for name, job in wf["jobs"].items():
        assert job["runs-on"].startswith("windows-"), name
        assert job.get("timeout-minutes"), f"{name} has no timeout"
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), step["uses"]
    assert wf["env"]["PYTHON_VERSION"].startswith("3.11.")
    assert wf["jobs"]["setup"]["needs"] == "test"


def test_installs_exact_versions_and_runs_the_suite_offscreen():
    test = script("test")
    assert "-c constraints.txt" in test and '".[dev]"' in test
    assert "python -m pytest" in test and "tests" in test
    assert workflow()["jobs"]["test"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_builds_with_the_same_script_and_spec_as_make_package():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "installers/build_bundle.py" in makefile  # Linux
    setup = script("setup")
    assert "python installers/build_bundle.py --no-tarball --setup" in setup  # Windows: same script, same spec
    assert '".[package]"' in setup and "-c constraints.txt" in setup


def test_inno_setup_and_indonesian_messages_are_pinned_and_checked():
    env = workflow()["env"]
    assert re.fullmatch(r"6\.\d+\.\d+", env["INNO_SETUP_VERSION"])
    assert re.search(r"/[0-9a-f]{40}/Files/Languages/Unofficial/Indonesian\.isl$", env["INDONESIAN_ISL_URL"])
    setup = script("setup")
    assert "choco install innosetup --version=$env:INNO_SETUP_VERSION" in setup
    assert "LanguageID=\\$0421" in setup  # the downloaded file is really the Indonesian one
    assert re.fullmatch(r"[0-9a-f]{64}", env["INDONESIAN_ISL_SHA256"]) and "$env:INDONESIAN_ISL_SHA256" in setup
    # docs/INSTALL.md tells IT staff the same versions
    assert env["INNO_SETUP_VERSION"] in INSTALL_MD and env["PYTHON_VERSION"] in INSTALL_MD
    assert env["INDONESIAN_ISL_URL"] in INSTALL_MD


def test_silent_install_self_test_and_uninstall_keep_or_purge_data():
    setup = script("setup")
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/SERVER=$env:SERVER_URL", "/OPD=$env:OPD_CODE", "/PURGEDATA"):
        assert switch in setup, switch
    assert "blangkon.exe\" --self-test" in setup and "$LASTEXITCODE" in setup
    assert "blangkon-provision.json" in setup and "server_url" in setup
    keep = next(s["run"] for s in steps("setup") if s.get("name", "").startswith("Uninstall keeps"))
    uninstall = next(line for line in keep.splitlines() if "unins000.exe" in line)
    assert "/PURGEDATA" not in uninstall and "penanda.txt" in keep
    purge = next(s["run"] for s in steps("setup") if s.get("name", "").startswith("Reinstall"))
    assert "/PURGEDATA" in purge
    assert "Test-Path $data" in purge


def test_switches_used_by_the_workflow_exist_in_the_setup_script():
    iss = (ROOT / "installers" / "windows" / "blangkon.iss").read_text(encoding="utf-8")
    for param in ("{param:SERVER|}", "{param:OPD|}", "/PURGEDATA", "/NOSELFTEST", "blangkon-provision.json"):
        assert param in iss, param
