"""Behavioural settings kept in the database (settings_kv): server address, letterhead and signatories.

UI-only state (window geometry, language, last filters, the data folder itself) lives in QSettings instead
(desktop/ui/settings.py); secrets live only in the keyring (credentials.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from desktop.domain.errors import DomainError
from desktop.domain.identifiers import parse_nip
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.db import Store

KEY_SERVER_URL = "server_url"
KEY_USE_LOCAL_SERVER = "use_local_server"
KEY_HEADER = "document_header"
KEY_SIGNATORIES = "signatories"
KEY_CATALOG_FAIRNESS = "catalog_fairness_boost"
KEY_FIRST_RUN_ASKED = "first_run_setup_asked"
# "Dahulukan penyedia UMKM yang belum pernah terjual": on by default; the store clamps the boost to ≤ 0.5 and
# only reorders matches of equal quality.
DEFAULT_FAIRNESS_BOOST = 0.25


class SettingsError(ValueError):
    """Invalid input; `.field` names the offending field and `.message` says how to fix it."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class DocumentHeader:
    """Kop surat printed on SP, BAST and kuitansi."""

    pemda: str = "PEMERINTAH PROVINSI JAWA TENGAH"
    opd_name: str = ""
    address: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    nip: str = ""


@dataclass(frozen=True)
class Signatories:
    pa_kpa: Signatory = field(default_factory=Signatory)
    ppk: Signatory = field(default_factory=Signatory)
    pptk: Signatory = field(default_factory=Signatory)
    bendahara: Signatory = field(default_factory=Signatory)


SIGNATORY_ROLES = tuple(f.name for f in fields(Signatories))


def validate_nip(text: str, field_name: str) -> str:
    """Empty is allowed (not yet known); otherwise the domain's PNS NIP rules (birth date, TMT, sex digit).
    Stored as the 18 digits; documents print it spaced with identifiers.format_nip."""
    if not (text or "").strip():
        return ""
    try:
        return parse_nip(text).digits
    except DomainError as exc:
        raise SettingsError(field_name, SERVICE_TEXTS("settings_nip_invalid", problem=exc.message)) from exc


def validate_server_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(KEY_SERVER_URL, SERVICE_TEXTS("server_url_invalid"))
    return url


class SettingsService:
    def __init__(self, store: Store, *, default_server_url: str = "", default_opd_code: str = "") -> None:
        """The defaults come from IT's provisioning file; whatever the user saves wins."""
        self._store = store
        self._default_server_url = default_server_url
        self._default_opd_code = default_opd_code
        self._fairness: float | None = None  # cached: read on every catalog search

    def _get(self, key: str, default: Any = None) -> Any:
        with self._store.unit_of_work(readonly=True) as uow:
            return uow.settings.get(key, default)

    def _set(self, key: str, value: Any) -> None:
        with self._store.unit_of_work() as uow:
            uow.settings.set(key, value)

    # --- server ---------------------------------------------------------------------------------------------
    def server_url(self) -> str:
        return str(self._get(KEY_SERVER_URL, "") or "") or self._default_server_url

    def opd_code(self) -> str:
        """The OPD this installation was provisioned for ("" when not provisioned)."""
        return self._default_opd_code

    def use_local_server(self) -> bool:
        return bool(self._get(KEY_USE_LOCAL_SERVER, False))

    def set_server(self, url: str, *, use_local: bool = False) -> str:
        """Storage only: the app reads and changes the address through server_address.ServerAddress. With the
        demo server chosen, an empty URL keeps the provincial address saved before."""
        clean = validate_server_url(url) if (url or "").strip() or not use_local else ""
        with self._store.unit_of_work() as uow:
            if clean:
                uow.settings.set(KEY_SERVER_URL, clean)
            uow.settings.set(KEY_USE_LOCAL_SERVER, bool(use_local))
        return clean or self.server_url()

    # --- catalog -------------------------------------------------------------------------------------------
    def catalog_fairness_enabled(self) -> bool:
        return self.catalog_fairness_boost() > 0

    def catalog_fairness_boost(self) -> float:
        """The boost the catalog search gives equal-quality products of providers without a sale (0 = off)."""
        if self._fairness is None:
            raw = self._get(KEY_CATALOG_FAIRNESS, DEFAULT_FAIRNESS_BOOST)
            try:
                self._fairness = max(0.0, float(raw))
            except (TypeError, ValueError):
                self._fairness = DEFAULT_FAIRNESS_BOOST
        return self._fairness

    def set_catalog_fairness(self, enabled: bool) -> float:
        value = DEFAULT_FAIRNESS_BOOST if enabled else 0.0
        self._set(KEY_CATALOG_FAIRNESS, value)
        self._fairness = value
        return value

    # --- letterhead -----------------------------------------------------------------------------------------
    def document_header(self) -> DocumentHeader:
        raw = self._get(KEY_HEADER) or {}
        return DocumentHeader(**{k: str(v) for k, v in raw.items() if k in DocumentHeader.__dataclass_fields__})

    def save_document_header(self, header: DocumentHeader) -> DocumentHeader:
        if not header.pemda.strip():
            raise SettingsError("pemda", SERVICE_TEXTS("pemda_required"))
        if not header.opd_name.strip():
            raise SettingsError("opd_name", SERVICE_TEXTS("opd_name_required"))
        if header.logo_path:
            logo = Path(header.logo_path)
            if not logo.is_file() or logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                raise SettingsError("logo_path", SERVICE_TEXTS("logo_invalid"))
        clean = DocumentHeader(header.pemda.strip(), header.opd_name.strip(), header.address.strip(),
                               header.logo_path.strip())
        self._set(KEY_HEADER, asdict(clean))
        return clean

    # --- first run (#13.19) -----------------------------------------------------------------------------------
    def needs_first_run_setup(self) -> bool:
        """True on a PC where neither the kop surat nor the signatories were ever saved (nothing provisions them)
        and the officer has not been asked yet: documents would print without the OPD's name, NIPs and titles."""
        with self._store.unit_of_work(readonly=True) as uow:
            return not (uow.settings.get(KEY_HEADER) or uow.settings.get(KEY_SIGNATORIES)
                        or uow.settings.get(KEY_FIRST_RUN_ASKED))

    def mark_first_run_asked(self) -> None:
        """Asked once: later the officer fills them in Pengaturan; official documents say what is missing."""
        self._set(KEY_FIRST_RUN_ASKED, True)

    # --- signatories ----------------------------------------------------------------------------------------
    def signatories(self) -> Signatories:
        raw = self._get(KEY_SIGNATORIES) or {}
        return Signatories(**{role: Signatory(str(raw.get(role, {}).get("name", "")),
                                              str(raw.get(role, {}).get("nip", "")))
                              for role in SIGNATORY_ROLES})

    def save_signatories(self, sigs: Signatories) -> Signatories:
        clean: dict[str, Signatory] = {}
        for role in SIGNATORY_ROLES:
            s: Signatory = getattr(sigs, role)
            nip = validate_nip(s.nip, f"{role}.nip")
            if nip and not s.name.strip():
                raise SettingsError(f"{role}.name", SERVICE_TEXTS("signatory_name_required"))
            clean[role] = Signatory(s.name.strip(), nip)
        result = Signatories(**clean)
        self._set(KEY_SIGNATORIES, asdict(result))
        return result
