"""Provisioning: the server address (and a few other presets) an OPD's IT staff hands to every installation.

The file is `blangkon-provision.json` (format: installers/provisioning.md). It is looked up, first found wins:

1. the file named by the environment variable BLANGKON_PROVISION (for IT scripts and tests);
2. `<config_dir>/blangkon-provision.json` — a per-user preset;
3. `<install dir>/blangkon-provision.json` next to the executable of a frozen build — written by the Windows
   setup (/SERVER=…, or the file placed next to setup.exe) or by the Linux install.sh (--server / --provision).

Provisioning only gives defaults for the first start: what the user later chooses in the app's settings wins.
A file that exists but is wrong raises ProvisioningError (with an Indonesian message that says what to fix),
because silently ignoring IT's preset would send an office to the wrong server.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

_log = logging.getLogger(__name__)

FILE_NAME = "blangkon-provision.json"
ENV_FILE = "BLANGKON_PROVISION"
FORMAT_VERSION = 1
LANGUAGES = ("id", "en")
_KNOWN_KEYS = {"format", "server_url", "ca_bundle", "opd_code", "language", "comment", "usb_keys"}
# the server's public USB keys (#18), as `blangkon-server usb-keys` prints them: for a PC that may never sync
_USB_KEYS = ("encryption_key", "encryption_key_id", "signing_key", "signing_key_id")
_OPD_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}
_MAX_BYTES = 64 * 1024


class ProvisioningError(ValueError):
    """A provisioning file exists but cannot be used. `.code` is stable; `.message` is for IT staff."""

    def __init__(self, code: str, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path


@dataclass(frozen=True)
class Provisioning:
    server_url: str | None
    ca_bundle: Path | None
    opd_code: str | None
    language: str | None
    source: Path
    usb_keys: dict[str, str] | None = None


def install_dir() -> Path | None:
    """The folder of the frozen executable (where the installers write the provisioning file), else None."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def candidate_files(config_dir: Path | str | None) -> list[Path]:
    """Where provisioning is looked for, in order of precedence."""
    found: list[Path] = []
    override = os.environ.get(ENV_FILE, "").strip()
    if override:
        found.append(Path(override))
    if config_dir is not None:
        found.append(Path(config_dir) / FILE_NAME)
    exe_dir = install_dir()
    if exe_dir is not None:
        found.append(exe_dir / FILE_NAME)
    return found


def load_provisioning(config_dir: Path | str | None) -> Provisioning | None:
    """The first provisioning file found (see module doc), parsed and checked; None when there is none.

    A file named by BLANGKON_PROVISION that does not exist is an error (IT asked for it explicitly).
    """
    override = os.environ.get(ENV_FILE, "").strip()
    for path in candidate_files(config_dir):
        if path.is_file():
            return parse_provisioning_file(path)
        if override and path == Path(override):
            raise ProvisioningError(
                "provision_missing",
                f"Berkas provisioning {path} (dari {ENV_FILE}) tidak ada. Periksa jalurnya atau hapus variabel "
                f"{ENV_FILE}.",
                path,
            )
    return None


def parse_provisioning_file(path: Path) -> Provisioning:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProvisioningError(
            "provision_unreadable",
            f"Berkas provisioning {path} tidak bisa dibaca ({exc.strerror or exc}). Periksa izin berkasnya.",
            path,
        ) from exc
    if len(raw) > _MAX_BYTES:
        raise ProvisioningError(
            "provision_malformed", f"Berkas provisioning {path} terlalu besar; isinya hanya beberapa baris JSON.", path
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # Notepad may save UTF-8 with a BOM
    except UnicodeDecodeError as exc:
        raise ProvisioningError(
            "provision_malformed", f"Berkas provisioning {path} harus disimpan sebagai UTF-8.", path
        ) from exc
    except json.JSONDecodeError as exc:
        raise ProvisioningError(
            "provision_malformed",
            f"Berkas provisioning {path} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: {exc.msg}). "
            "Bandingkan dengan contoh di installers/provisioning.md.",
            path,
        ) from exc
    return parse_provisioning(data, path)


def parse_provisioning(data: object, path: Path) -> Provisioning:
    """Check one decoded provisioning document; relative `ca_bundle` paths resolve against the file's folder."""

    def fail(code: str, message: str) -> ProvisioningError:
        return ProvisioningError(code, f"Berkas provisioning {path}: {message}", path)

    if not isinstance(data, dict):
        raise fail("provision_malformed", "isinya harus berupa objek JSON {…}.")
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise fail(
            "provision_unknown_key",
            f"kunci tidak dikenal: {', '.join(unknown)}. Kunci yang boleh: {', '.join(sorted(_KNOWN_KEYS))}.",
        )
    fmt = data.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        raise fail(
            "provision_format",
            f"format {fmt!r} tidak didukung versi aplikasi ini (harus {FORMAT_VERSION}). Perbarui aplikasi "
            "atau buat ulang berkasnya.",
        )
    for key in ("server_url", "ca_bundle", "opd_code", "language", "comment"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise fail("provision_type", f"nilai '{key}' harus berupa teks (dalam tanda kutip).")

    server_url = _clean(data.get("server_url"))
    if server_url is not None:
        server_url = _check_server_url(server_url, fail)

    ca_bundle: Path | None = None
    ca_text = _clean(data.get("ca_bundle"))
    if ca_text is not None:
        ca_bundle = Path(ca_text)
        if not ca_bundle.is_absolute():
            ca_bundle = path.parent / ca_bundle
        if not ca_bundle.is_file():
            raise fail(
                "provision_ca_missing",
                f"sertifikat CA {ca_bundle} tidak ditemukan. Letakkan berkas PEM itu di sana atau hapus 'ca_bundle'.",
            )

    opd_code = _clean(data.get("opd_code"))
    if opd_code is not None and not _OPD_CODE.match(opd_code):
        raise fail(
            "provision_opd_code",
            f"kode OPD {opd_code!r} tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung "
            "(paling banyak 32 karakter).",
        )

    language = _clean(data.get("language"))
    if language is not None:
        language = language.lower()
        if language not in LANGUAGES:
            raise fail("provision_language", f"bahasa {language!r} tidak didukung; pilih 'id' atau 'en'.")

    usb_keys = data.get("usb_keys")
    if usb_keys is not None and (not isinstance(usb_keys, dict) or set(usb_keys) != set(_USB_KEYS)
                                 or not all(isinstance(v, str) and v for v in usb_keys.values())):
        raise fail("provision_usb_keys", "nilai 'usb_keys' harus disalin utuh dari keluaran "
                                         "`blangkon-server usb-keys` (empat kunci teks).")
    return Provisioning(server_url=server_url, ca_bundle=ca_bundle, opd_code=opd_code, language=language, source=path,
                        usb_keys=dict(usb_keys) if usb_keys else None)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _check_server_url(url: str, fail: Callable[[str, str], ProvisioningError]) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise fail(
            "provision_server_url",
            f"alamat server {url!r} tidak sah. Tulis lengkap, misalnya \"https://blangkon.jatengprov.go.id\".",
        )
    if parts.scheme == "http" and host not in _LOOPBACK_HOSTS:
        raise fail(
            "provision_server_insecure",
            f"alamat server {url!r} memakai http:// tanpa enkripsi. Pakai https:// (http hanya boleh untuk "
            "server uji di komputer ini: localhost/127.0.0.1).",
        )
    if parts.username or parts.password:
        raise fail(
            "provision_server_credentials",
            "alamat server tidak boleh memuat nama pengguna atau kata sandi. Hapus bagian 'nama:sandi@'.",
        )
    if parts.query or parts.fragment:
        raise fail("provision_server_url", f"alamat server {url!r} tidak boleh memuat '?…' atau '#…'.")
    return url.rstrip("/")


def load_startup_provisioning(config_dir: Path | None = None) -> tuple[Provisioning | None, ProvisioningError | None]:
    """IT's preset (server address, CA bundle, language, OPD code) from `blangkon-provision.json`; a broken file
    is returned as the error to show the user (the app still starts, without the preset)."""
    from desktop.app import paths  # platformdirs: only when the app starts, not for the provisioning tools

    try:
        found = load_provisioning(paths.config_dir() if config_dir is None else config_dir)
    except ProvisioningError as exc:
        _log.warning("provisioning ignored: %s", exc.message)
        return None, exc
    if found is not None:
        _log.info("provisioning from %s: server %s, CA %s", found.source, found.server_url or "-",
                  found.ca_bundle or "-")
    return found, None
