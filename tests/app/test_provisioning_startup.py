"""Provisioning at startup: IT's server address, CA bundle, language and OPD code become defaults; a broken
file is shown to the user (translated wrapper) and the app continues."""

from __future__ import annotations

import json

import pytest

from desktop.app import bootstrap
from desktop.app.provisioning import ENV_FILE, FILE_NAME


@pytest.fixture(autouse=True)
def no_env(monkeypatch):
    monkeypatch.delenv(ENV_FILE, raising=False)


def write(config, **data):
    config.mkdir(parents=True, exist_ok=True)
    (config / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")


def test_no_file_no_provisioning(tmp_path):
    assert bootstrap.load_startup_provisioning(tmp_path / "config") == (None, None)


def test_server_url_ca_and_opd_code_become_defaults(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    write(config, server_url="https://blangkon.jatengprov.go.id/", ca_bundle="ca.pem", opd_code="DINKOP",
          language="en")
    prov, error = bootstrap.load_startup_provisioning(config)
    assert error is None and prov is not None and prov.language == "en"
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False, provisioning=prov)
    try:
        settings = core.services.settings
        assert settings.server_url() == "https://blangkon.jatengprov.go.id"  # default while nothing is saved
        assert settings.opd_code() == "DINKOP" and core.provisioning is prov
        # the sync engine verifies TLS against the provincial CA bundle
        from desktop.services.sync_service import SyncSettings

        built = bootstrap.sync_factory(prov.ca_bundle)(core.store, SyncSettings(server_url="https://x",
                                                                                data_dir=tmp_path), None)
        assert built.settings.verify == str(config / "ca.pem")
        assert core.services.auth._http_factory().verify == str(config / "ca.pem")  # login too
        settings.set_server("https://lain.example.go.id")
        assert settings.server_url() == "https://lain.example.go.id"  # what the user saves wins
    finally:
        core.close()


def test_without_ca_bundle_the_factories_are_untouched(tmp_path):
    from desktop.services.sync_service import SyncSettings

    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    try:
        built = bootstrap.sync_factory(None)(core.store, SyncSettings(server_url="https://x", data_dir=tmp_path),
                                             None)
        assert built.settings.verify is True
        assert core.services.settings.server_url() == "" and core.provisioning is None
    finally:
        core.close()


def test_a_broken_file_is_reported_and_startup_continues(tmp_path):
    config = tmp_path / "config"
    write(config, server_url="http://blangkon.example.go.id")  # plain http to a remote host
    prov, error = bootstrap.load_startup_provisioning(config)
    assert prov is None and error is not None and "https://" in error.message


def test_language_and_error_message_in_the_gui(qtbot, tmp_path):
    from desktop.app import gui
    from desktop.app.provisioning import ProvisioningError
    from desktop.ui import settings as ui_options
    from desktop.ui.settings import UiSettings

    ui = UiSettings(str(tmp_path / "ui.ini"))
    assert gui.startup_language(ui, "en") == "en"  # nothing chosen yet: IT's language
    assert gui.startup_language(ui, None) == "id"
    ui.set(ui_options.LANGUAGE, "id")
    assert gui.startup_language(ui, "en") == "id"  # the user's own choice wins
    box = gui.show_provisioning_error(ProvisioningError("provision_malformed", "Berkas X bukan JSON yang sah."))
    assert box.isVisible() and "Berkas X bukan JSON yang sah." in box.text() and not box.isModal()
    box.accept()
    assert box not in gui._keep


USB_KEYS = {"encryption_key": "QUJD", "encryption_key_id": "k1", "signing_key": "REVG", "signing_key_id": "k2"}


def test_usb_keys_seed_a_pc_that_never_synced(tmp_path):
    """#18: IT copies `blangkon-server usb-keys` into the file; a PC at a site without signal can then use a stick.
    Keys the server sent later are never replaced by the file's."""
    from desktop.services import usb_keys

    config = tmp_path / "config"
    write(config, usb_keys=USB_KEYS)
    prov, error = bootstrap.load_startup_provisioning(config)
    assert error is None and prov is not None and prov.usb_keys == USB_KEYS
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False, provisioning=prov)
    try:
        assert usb_keys.load(core.store) == USB_KEYS
        synced = {**USB_KEYS, "encryption_key": "WFla"}
        usb_keys.save(core.store, synced)
        assert not usb_keys.seed(core.store, USB_KEYS) and usb_keys.load(core.store) == synced
    finally:
        core.close()
    write(config, usb_keys={"encryption_key": "QUJD"})
    prov, error = bootstrap.load_startup_provisioning(config)
    assert prov is None and error is not None and error.code == "provision_usb_keys"
