"""`blangkon --self-test` from source: passes offscreen on this machine, and says GAGAL when something is broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import selftest
from desktop.app.selftest import FAIL, OK, WARN, Check

ROOT = Path(__file__).resolve().parents[2]


def run_selftest(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("BLANGKON_PROVISION", "BLANGKON_RESOURCES")}
    environ.update({"QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    environ.update(env)
    code = "import sys; from desktop.app.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "--self-test", *args], capture_output=True, text=True,
                          cwd=ROOT, env=environ, timeout=120)


def check_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.split(" ", 1)[0] in (OK, WARN, FAIL)]


def test_selftest_from_source_passes_offscreen(tmp_path):
    done = run_selftest("--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = check_lines(done.stdout)
    names = " ".join(lines)
    for name in ("Qt", "SQLite", "Keyring", "Huruf PDF", "Terjemahan", "Folder data", "Sumber daya"):
        assert name in names
    assert not [line for line in lines if line.startswith(FAIL)], done.stdout
    assert "platform offscreen" in done.stdout
    assert "FTS5" in done.stdout
    # The no-keyring case is reported clearly, as a warning with what to do, not as a failure.
    keyring_line = next(line for line in lines if "Keyring" in line)
    assert keyring_line.startswith(WARN) and "→" in keyring_line
    assert done.stdout.rstrip().splitlines()[-1].startswith("HASIL: LULUS")
    assert not any((tmp_path / "data").iterdir())  # the write probe cleans up after itself


def test_unwritable_data_dir_fails_with_a_gagal_line(tmp_path):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    done = run_selftest("--data-dir", str(blocker / "data"))
    assert done.returncode == 1
    failed = [line for line in check_lines(done.stdout) if line.startswith(FAIL)]
    assert len(failed) == 1 and "Folder data" in failed[0] and "--data-dir" in failed[0]
    assert "HASIL: GAGAL" in done.stdout


def test_broken_provisioning_fails(tmp_path):
    bad = tmp_path / "prov.json"
    bad.write_text('{"server_url": "http://blangkon.jatengprov.go.id"}', encoding="utf-8")
    done = run_selftest("--data-dir", str(tmp_path / "d"), BLANGKON_PROVISION=str(bad))
    assert done.returncode == 1
    assert any("Provisioning" in line and "https://" in line for line in check_lines(done.stdout))


def test_no_display_is_reported_not_crashed(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux display detection")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys; from desktop.app.selftest import check_qt; c = check_qt(); print(c.status, c.action); "
            "sys.exit(0 if c.status == 'GAGAL' else 3)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "offscreen" in done.stdout


def test_strict_turns_warnings_into_failure(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(selftest, "run_checks", lambda data, config, report: [Check("Keyring", WARN, "tidak ada", "x")])
    assert selftest.main(["--data-dir", str(tmp_path)]) == 0
    assert selftest.main(["--data-dir", str(tmp_path), "--strict"]) == 1
    assert "HASIL: GAGAL" in capsys.readouterr().out


def test_a_crashing_check_becomes_a_gagal_line(monkeypatch, tmp_path):
    def boom() -> Check:
        raise RuntimeError("rusak")

    monkeypatch.setattr(selftest, "check_sqlite", boom)
    monkeypatch.setattr(selftest, "check_qt", lambda: Check("Qt", OK, "dilewati dalam uji ini"))
    monkeypatch.setattr(selftest, "check_server", lambda: Check("Server demo", OK, "dilewati"))
    results = selftest.run_checks(tmp_path / "d", tmp_path / "c")
    sqlite_line = next(c for c in results if c.name == "SQLite")
    assert sqlite_line.status == FAIL and "RuntimeError: rusak" in sqlite_line.detail


def _fake_bundle(tmp_path: Path, monkeypatch) -> Path:
    base = tmp_path / "_internal"
    (base / "resources" / "fonts").mkdir(parents=True)
    (base / "resources" / "fonts" / "A.ttf").write_bytes(b"12345")
    monkeypatch.delenv("BLANGKON_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(base), raising=False)
    return base


def test_frozen_bundle_manifest_detects_missing_files(tmp_path, monkeypatch):
    base = _fake_bundle(tmp_path, monkeypatch)
    manifest = {"files": {"resources/fonts/A.ttf": 5}}
    (base / selftest.BUNDLE_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert selftest.check_resources().status == OK
    manifest["files"]["resources/templates/sp.json"] = 10
    (base / selftest.BUNDLE_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    result = selftest.check_resources()
    assert result.status == FAIL and "sp.json" in result.detail and "antivirus" in result.action


def test_translations_ts_without_qm(tmp_path, monkeypatch):
    resources = tmp_path / "res"
    (resources / "translations").mkdir(parents=True)
    (resources / "translations" / "blangkon_en.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setenv("BLANGKON_RESOURCES", str(resources))
    from desktop.app.selftest import runtime

    monkeypatch.setattr(runtime, "_lrelease", lambda: "/usr/bin/lrelease")
    assert selftest.check_translations().status == OK  # from source the app compiles them at start
    monkeypatch.setattr(runtime, "_lrelease", lambda: None)
    assert selftest.check_translations().status == WARN
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert selftest.check_translations().status == FAIL  # a bundle must ship .qm files


def test_missing_fonts_fail(tmp_path, monkeypatch):
    monkeypatch.setenv("BLANGKON_RESOURCES", str(tmp_path))
    result = selftest.check_pdf_fonts()
    assert result.status == FAIL and "pasang ulang" in result.action


def test_frozen_without_server_executable_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "blangkon"))
    result = selftest.check_server()
    assert result.status == FAIL and "blangkon-server" in result.detail


def test_import_all_reports_modules_that_do_not_load(tmp_path, monkeypatch):
    pkg = tmp_path / "bundlecheck"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "good.py").write_text("X = 1\n", encoding="utf-8")
    (pkg / "bad.py").write_text("import reportlab.graphics.barcode.tidak_ada\n", encoding="utf-8")
    (pkg / "__main__.py").write_text("raise SystemExit('must not run')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    count, failures = selftest.import_all(("bundlecheck",))
    assert count == 2  # the package and good.py; __main__ skipped
    assert len(failures) == 1 and failures[0].startswith("bundlecheck.bad: ModuleNotFoundError")


def test_module_check_is_skipped_from_source():
    assert selftest.check_modules().status == OK


def test_x11_display_that_does_not_answer(tmp_path):
    from desktop.app.selftest.qt import x11_reachable

    assert not x11_reachable(":987")  # no server listens on /tmp/.X11-unix/X987
    assert not x11_reachable("127.0.0.1:987", timeout=0.5)
    assert not x11_reachable("bukan-display")


def test_dead_x11_display_is_reported_not_crashed(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("X11")
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":987"
    code = ("import sys; from desktop.app.selftest import check_qt; c = check_qt(); print(c.status, c.detail); "
            "sys.exit(0 if c.status == 'GAGAL' else 3)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ":987" in done.stdout
