"""installers/build_bundle.py without running PyInstaller: the self-test gate and the tarball layout."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import tarfile
from pathlib import Path

import pytest

from tests.platforms import POSIX_ONLY

pytestmark = POSIX_ONLY

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "installers" / "build_bundle.py")
assert spec and spec.loader
build_bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_bundle)


def fake_bundle(folder: Path, exit_code: int) -> Path:
    bundle = folder / "blangkon"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "x.json").write_text("{}", encoding="utf-8")
    script = bundle / "blangkon"
    script.write_text(f'#!/bin/sh\necho "QT=$QT_QPA_PLATFORM RES=${{BLANGKON_RESOURCES:-none}}"\nexit {exit_code}\n',
                      encoding="utf-8")
    script.chmod(0o755)
    (bundle / "blangkon-server").write_bytes(b"#!/bin/sh\n")
    return bundle


def test_self_test_runs_offscreen_without_the_source_tree(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BLANGKON_RESOURCES", str(ROOT / "resources"))
    out = build_bundle.self_test(fake_bundle(tmp_path, 0))
    assert "QT=offscreen" in out and "RES=none" in out  # the build's own environment does not leak in


def test_a_failing_self_test_fails_the_build(tmp_path):
    with pytest.raises(build_bundle.BuildError, match="self-test"):
        build_bundle.self_test(fake_bundle(tmp_path, 1))


def test_tarball_layout_and_checksum(tmp_path, monkeypatch):
    monkeypatch.setattr(build_bundle, "BUNDLE", fake_bundle(tmp_path / "dist" / "pyinstaller", 0))
    monkeypatch.setattr(build_bundle, "DIST", tmp_path / "dist")
    target = build_bundle.make_tarball("9.9.9", "x86_64")
    assert target.name == "blangkon-9.9.9-linux-x86_64.tar.gz"
    with tarfile.open(target) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "blangkon-9.9.9-linux-x86_64"
    for name in ("install.sh", "blangkon-desktop.desktop", "README-INSTALL.txt", "blangkon-provision.example.json",
                 "blangkon/blangkon", "blangkon/blangkon-server", "blangkon/_internal/resources/x.json",
                 "icons/hicolor/256x256/apps/blangkon.png", "icons/hicolor/scalable/apps/blangkon.svg"):
        assert f"{top}/{name}" in members, name
    for executable in ("install.sh", "blangkon/blangkon", "blangkon/blangkon-server"):
        assert members[f"{top}/{executable}"].mode & 0o111 == 0o111
    assert all(m.uid == 0 and m.uname == "root" for m in members.values())
    digest = target.with_name(target.name + ".sha256").read_text(encoding="ascii").split()[0]
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()


FAKE_SERVER = """#!{python}
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
port = int(sys.argv[sys.argv.index("--port") + 1])
class Meta(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({{"protocol_version": 1, "min_client_version": "0.1.0"}}).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
HTTPServer(("127.0.0.1", port), Meta).serve_forever()
"""


def test_server_smoke_test_waits_for_sync_meta(tmp_path):
    bundle = fake_bundle(tmp_path, 0)
    server = bundle / "blangkon-server"
    server.write_text(FAKE_SERVER.format(python=sys.executable), encoding="utf-8")
    server.chmod(0o755)
    assert build_bundle.server_smoke_test(bundle, timeout=30) > 0


def test_a_server_that_dies_fails_the_build(tmp_path):
    bundle = fake_bundle(tmp_path, 0)
    server = bundle / "blangkon-server"
    server.write_text("#!/bin/sh\necho 'ModuleNotFoundError: uvicorn.lifespan.on'\nexit 1\n", encoding="utf-8")
    server.chmod(0o755)
    with pytest.raises(build_bundle.BuildError, match=r"uvicorn\.lifespan\.on"):
        build_bundle.server_smoke_test(bundle, timeout=10)
