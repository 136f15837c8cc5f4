"""Document verification (scheme BLK1) agrees with the documents part's vectors; devices get certificates."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from alembic import command
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient

from desktop.domain import document_qr as qr
from sync.server.app import create_app
from sync.server.devices import certificates as docs
from sync.server.settings import Settings
from sync.server.storage.db import alembic_config, write_txn
from sync.server.storage.state import set_state
from tests.server.flows import drive

VECTORS = Path(__file__).resolve().parents[1] / "documents" / "qr_vectors.json"


@pytest.mark.skipif(not VECTORS.exists(), reason="documents vectors not present")
def test_vectors_from_documents_part(engine_for, db_url, tmp_path):
    vec = json.loads(VECTORS.read_text(encoding="utf-8"))
    with write_txn(engine_for) as conn:
        set_state(conn, "doc_signing_seed", vec["server_private_seed_hex"])
    client = TestClient(create_app(Settings(db_url=db_url, data_dir=tmp_path)))
    keys = client.get("/v1/documents/keys").json()["keys"]
    assert keys == [{"key_id": vec["server_key_id"], "public_key": vec["server_public_key_b64u"]}]
    for case in vec["cases"]:
        body = client.get(f"/v1/documents/verify?qr={quote(case['qr_text'])}").json()
        assert body["outcome"] == case["outcome"], case["name"]
        assert body["message"]
        if case["name"] == "valid":
            assert body["digest"] == vec["digest_sha256_hex"]
            assert body["verification_code"] == vec["verification_code"]
            assert body["device_id"] == vec["device_id"] and body["order"] == {"found": False}


def test_models_and_migrations_agree(db_url):
    command.check(alembic_config(db_url))  # raises if models.py has changes no migration creates


def _sign(device: Ed25519PrivateKey, cert_text: str, payload: dict) -> str:
    raw = qr.canonical(payload)
    digest = __import__("hashlib").sha256(raw).digest()
    body, _, cert_sig = cert_text.partition(".")
    return ".".join(("BLK1", qr.b64u(raw), qr.b64u(device.sign(qr.DOC_CONTEXT + digest)), body, cert_sig))


def test_certified_device_signs_and_server_matches_order(api):
    device = Ed25519PrivateKey.generate()
    pub = docs.b64u(device.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    r = api.http.post(f"{api.url}/v1/devices/certificate", headers=api.h("PPK"),
                      json={"device_id": "PC-PPK-01", "public_key": pub})
    assert r.status_code == 201, r.text
    cert = r.json()["certificate"]
    order = drive(api, api.new_order(), "DISETUJUI")
    from sync.protocol.messages import Order
    from sync.protocol.orders import content_hash

    full = content_hash(Order.from_dict(order))
    payload = {"t": "SP", "n": order["number"], "o": order["id"], "a": order["total"], "d": "2026-11-23",
               "h": full[:32]}
    text = _sign(device, cert, payload)
    res = api.http.get(f"{api.url}/v1/documents/verify", params={"qr": text}).json()
    assert res["outcome"] == "valid" and res["opd_id"] == "33.00-DINKES" and res["device_id"] == "PC-PPK-01"
    assert res["order"] == {"found": True, "state": "DISETUJUI", "content_hash_matches": True, "number_matches": True}
    forged = _sign(device, cert, {**payload, "n": "9999/SP/PALSU/2026", "h": "0" * 32})
    res = api.http.get(f"{api.url}/v1/documents/verify", params={"qr": forged}).json()
    assert res["outcome"] == "valid"  # the device did sign it ...
    assert res["order"]["content_hash_matches"] is False and res["order"]["number_matches"] is False  # ... but
    tampered = text.replace(text.split(".")[1], qr.b64u(qr.canonical({**payload, "a": payload["a"] + 1})))
    assert api.http.get(f"{api.url}/v1/documents/verify", params={"qr": tampered}).json()["outcome"] == "bad_signature"


def test_certificate_input_is_checked(api):
    url = f"{api.url}/v1/devices/certificate"
    assert api.http.post(url, headers=api.h("PPK"), json={"device_id": "x", "public_key": "bukan-kunci"}).status_code == 422
    assert api.http.post(url, headers=api.h("PPK"), json={"device_id": "../etc", "public_key": "AA"}).status_code == 422
    assert api.http.post(url, headers=api.h("PPK"), json={"device_id": "x"}).status_code == 422
    pub = docs.b64u(Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    assert api.http.post(url, headers=api.h("ADMIN_PROVINSI"), json={"device_id": "x", "public_key": pub}).status_code == 403
    assert api.http.post(url, json={"device_id": "x", "public_key": pub}).status_code == 401
    for junk in ("", "BLK1", "BLK1.!!!", "BLK1.a.b.c.d", "x" * 3000):
        r = api.http.get(f"{api.url}/v1/documents/verify", params={"qr": junk})
        assert r.status_code in (200, 422) and (r.status_code == 422 or r.json()["outcome"] == "malformed")


def test_crafted_payload_with_nul_in_order_id_is_not_a_server_error(api):
    payload = {"t": "SP", "n": "1", "o": "abc\x00def", "a": 1, "d": "2026-11-23"}
    text = "BLK1." + qr.b64u(qr.canonical(payload))
    r = api.http.get(f"{api.url}/v1/documents/verify", params={"qr": text})
    assert r.status_code == 200 and r.json()["outcome"] == "unsigned" and r.json()["order"] == {"found": False}


def test_server_verification_is_the_domain_scheme_not_a_copy():
    """#14: the server calls desktop.domain.document_qr; the mirror of the scheme is gone."""
    import inspect

    source = inspect.getsource(docs)
    assert "def _payload" not in source and "DOC_TYPES" not in source and "json.loads" not in source
    assert docs.verify_qr is qr.verify_qr
