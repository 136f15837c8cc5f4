"""desktop.app.provisioning: the file IT staff place next to the installer (format: installers/provisioning.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.app import provisioning
from desktop.app.provisioning import FILE_NAME, ProvisioningError, load_provisioning, parse_provisioning_file


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch):
    monkeypatch.delenv(provisioning.ENV_FILE, raising=False)


def write(folder: Path, data: object, name: str = FILE_NAME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_no_file_means_no_provisioning(tmp_path):
    assert load_provisioning(tmp_path) is None
    assert load_provisioning(None) is None


def test_full_file_with_relative_ca_bundle(tmp_path):
    (tmp_path / "blangkon-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    write(tmp_path, {"format": 1, "server_url": " https://blangkon.jatengprov.go.id/ ", "ca_bundle": "blangkon-ca.pem",
                     "opd_code": "1.02.0.00.0.00.01.0000", "language": "EN", "comment": "Dinas Kesehatan"})
    prov = load_provisioning(tmp_path)
    assert prov is not None
    assert prov.server_url == "https://blangkon.jatengprov.go.id"
    assert prov.ca_bundle == tmp_path / "blangkon-ca.pem"
    assert prov.opd_code == "1.02.0.00.0.00.01.0000"
    assert prov.language == "en"
    assert prov.source == tmp_path / FILE_NAME


def test_utf8_bom_from_notepad_is_accepted(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"server_url": "https://sync.example.go.id"}).encode())
    assert parse_provisioning_file(path).server_url == "https://sync.example.go.id"


def test_empty_values_are_absent(tmp_path):
    prov = parse_provisioning_file(write(tmp_path, {"server_url": "", "opd_code": "  "}))
    assert (prov.server_url, prov.opd_code, prov.ca_bundle, prov.language) == (None, None, None, None)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("{\"server_url\": ", "provision_malformed"),
        ("[1, 2]", "provision_malformed"),
        ({"server": "https://x.go.id"}, "provision_unknown_key"),
        ({"format": 2}, "provision_format"),
        ({"server_url": 42}, "provision_type"),
        ({"server_url": "blangkon.go.id"}, "provision_server_url"),
        ({"server_url": "ftp://blangkon.go.id"}, "provision_server_url"),
        ({"server_url": "http://blangkon.jatengprov.go.id"}, "provision_server_insecure"),
        ({"server_url": "https://admin:rahasia@blangkon.go.id"}, "provision_server_credentials"),
        ({"server_url": "https://blangkon.go.id/?x=1"}, "provision_server_url"),
        ({"ca_bundle": "tidak-ada.pem"}, "provision_ca_missing"),
        ({"opd_code": "dinas kesehatan"}, "provision_opd_code"),
        ({"language": "jv"}, "provision_language"),
    ],
)
def test_bad_files_are_rejected_with_an_actionable_message(tmp_path, data, code):
    path = write(tmp_path, data)
    with pytest.raises(ProvisioningError) as info:
        load_provisioning(tmp_path)
    assert info.value.code == code
    assert str(path) in info.value.message  # IT staff see which file to fix


def test_json_error_names_line_and_column(tmp_path):
    write(tmp_path, '{\n  "server_url": "https://a.go.id",\n  "opd_code": 1.02,\n}')
    with pytest.raises(ProvisioningError) as info:
        load_provisioning(tmp_path)
    assert "baris 4" in info.value.message


def test_http_is_allowed_for_a_loopback_test_server(tmp_path):
    prov = parse_provisioning_file(write(tmp_path, {"server_url": "http://127.0.0.1:8765"}))
    assert prov.server_url == "http://127.0.0.1:8765"


def test_precedence_env_then_config_dir_then_install_dir(tmp_path, monkeypatch):
    install = tmp_path / "install"
    config = tmp_path / "config"
    write(install, {"server_url": "https://install.go.id"})
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "blangkon"))
    assert load_provisioning(config).server_url == "https://install.go.id"
    write(config, {"server_url": "https://config.go.id"})
    assert load_provisioning(config).server_url == "https://config.go.id"
    env_file = write(tmp_path / "it", {"server_url": "https://env.go.id"}, name="kantor.json")
    monkeypatch.setenv(provisioning.ENV_FILE, str(env_file))
    assert load_provisioning(config).server_url == "https://env.go.id"


def test_missing_file_named_by_env_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(provisioning.ENV_FILE, str(tmp_path / "hilang.json"))
    with pytest.raises(ProvisioningError) as info:
        load_provisioning(tmp_path)
    assert info.value.code == "provision_missing"


def test_source_tree_has_no_install_dir(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert provisioning.install_dir() is None
