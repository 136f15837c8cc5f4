"""Letterhead and signatories in the DB, with NIP validation."""

from __future__ import annotations

import pytest

from desktop.services.settings_service import (
    DocumentHeader,
    SettingsError,
    SettingsService,
    Signatories,
    Signatory,
)

NIP = "19800101 200501 1 001"


def test_server_round_trip(store):
    svc = SettingsService(store)
    assert svc.server_url() == "" and not svc.use_local_server()
    assert svc.set_server("http://127.0.0.1:8123/", use_local=True) == "http://127.0.0.1:8123"
    assert svc.server_url() == "http://127.0.0.1:8123" and svc.use_local_server()
    with pytest.raises(SettingsError) as info:
        svc.set_server("blangkon.local")
    assert "http://" in info.value.message


def test_header_round_trip_and_validation(store, tmp_path):
    svc = SettingsService(store)
    assert svc.document_header().pemda == "PEMERINTAH PROVINSI JAWA TENGAH"
    with pytest.raises(SettingsError) as info:
        svc.save_document_header(DocumentHeader(opd_name=""))
    assert info.value.field == "opd_name"
    with pytest.raises(SettingsError):
        svc.save_document_header(DocumentHeader(opd_name="Dinas X", logo_path=str(tmp_path / "missing.png")))
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    saved = svc.save_document_header(DocumentHeader(opd_name=" Dinas Koperasi ", address="Jl. Pahlawan 4",
                                                    logo_path=str(logo)))
    assert svc.document_header() == saved and saved.opd_name == "Dinas Koperasi"


def test_signatories_validate_nip(store):
    svc = SettingsService(store)
    sigs = Signatories(ppk=Signatory("Budi Santoso, S.E.", NIP), bendahara=Signatory("Sri Wahyuni", ""))
    saved = svc.save_signatories(sigs)
    assert saved.ppk.nip == "198001012005011001"
    assert svc.signatories() == saved
    with pytest.raises(SettingsError) as info:
        svc.save_signatories(Signatories(pptk=Signatory("Andi", "12345")))
    assert info.value.field == "pptk.nip" and "18 angka" in info.value.message
    with pytest.raises(SettingsError) as info:
        svc.save_signatories(Signatories(pptk=Signatory("Andi", "19801301 200501 1 001")))  # month 13
    assert "tanggal lahir" in info.value.message
    with pytest.raises(SettingsError) as info:
        svc.save_signatories(Signatories(pa_kpa=Signatory("", NIP)))
    assert info.value.field == "pa_kpa.name"
