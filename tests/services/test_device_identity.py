"""Signed printouts: the device key in the OS keyring (never a file), the server's certificate in the store,
DocumentService signing official documents only, the certificate fetched once after a successful sync — and,
against the real server on loopback, a printed SP that verifies offline and online while a tampered one fails."""

from __future__ import annotations

import hashlib
import json
import logging
import threading

import pytest
import requests

from desktop.documents.verification import (
    b64u,
    issue_certificate,
    load_private_key,
    raw_public_key,
    unb64u,
    verify_qr,
)
from desktop.services.credentials import CredentialStore
from desktop.services.device_identity import (
    CERTIFICATE_KEY,
    MSG_NO_CERTIFICATE,
    MSG_NO_KEYRING,
    DeviceIdentity,
)
from desktop.services.documents_service import DocumentService
from desktop.services.sync_service import SyncService, SyncSettings
from sync.client.devices import CERT_PATH, ensure_certificate
from tests.services.workflow_world import make_world

SERVER_KEY = load_private_key(hashlib.sha256(b"test server key").digest())
SERVER_PUBLIC = raw_public_key(SERVER_KEY.public_key())


def certify(identity: DeviceIdentity, opd: str = "opd-dinkop") -> str:
    public = identity.public_key()
    assert public is not None
    return issue_certificate(SERVER_KEY, public, identity.device_id(), opd).to_text()


class FakeResponse:
    def __init__(self, status: int, body: dict) -> None:
        self.status_code = status
        self._body = body

    def json(self) -> dict:
        return self._body

    def __enter__(self) -> FakeResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeServer:
    """Stands in for Auth.send: certifies whatever key it is sent (or fails, when told to)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict]] = []
        self.fail: Exception | None = None
        self.status = 201

    def __call__(self, method: str, path: str, *, json_body: dict, cancel: object = None) -> FakeResponse:
        self.calls.append((method, path, json_body))
        if self.fail is not None:
            raise self.fail
        if self.status != 201:
            return FakeResponse(self.status, {"code": "forbidden"})
        cert = issue_certificate(SERVER_KEY, unb64u(json_body["public_key"]), json_body["device_id"], "opd-dinkop")
        return FakeResponse(201, {"certificate": cert.to_text(), "device_id": json_body["device_id"]})


def test_key_created_once_in_the_keyring_and_never_in_a_file(store, dict_keyring, tmp_path):
    identity = DeviceIdentity(store, CredentialStore())
    public = identity.public_key()
    assert public is not None and len(public) == 32
    assert identity.public_key() == public
    (account, seed_hex), = ((k[1], v) for k, v in dict_keyring.data.items())
    assert account == f"device-signing-key|{identity.device_id()}"
    again = DeviceIdentity(store, CredentialStore())  # the next start of the app loads the same key
    assert again.public_key() == public
    assert len(dict_keyring.data) == 1
    seed = bytes.fromhex(seed_hex)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert seed not in data and seed_hex.encode() not in data, path


def test_no_keyring_means_unsigned_with_the_reason(store, caplog):
    # tests/conftest.py selects keyring.backends.fail: CredentialStore refuses it as not secure
    identity = DeviceIdentity(store, CredentialStore())
    with caplog.at_level(logging.WARNING):
        assert identity.public_key() is None
    assert "unsigned" in caplog.text
    assert not identity.needs_certificate()
    assert identity.signer() is None
    assert identity.unsigned_reason() == MSG_NO_KEYRING
    assert DeviceIdentity(store, None).public_key() is None


def test_certificate_kept_in_store_and_checked_against_the_key(store, dict_keyring):
    identity = DeviceIdentity(store, CredentialStore())
    assert identity.needs_certificate() and identity.signer() is None
    assert identity.unsigned_reason() == MSG_NO_CERTIFICATE
    other = load_private_key(hashlib.sha256(b"someone else").digest())
    with pytest.raises(ValueError):
        identity.store_certificate(issue_certificate(SERVER_KEY, raw_public_key(other.public_key()), "X", "o").to_text())
    identity.store_certificate(certify(identity))
    with store.unit_of_work(readonly=True) as uow:
        assert uow.sync_state.get_str(CERTIFICATE_KEY)  # public: in the store, the key is not
    assert not identity.needs_certificate()
    signer = DeviceIdentity(store, CredentialStore()).signer()
    assert signer is not None and identity.unsigned_reason() == ""
    # the keyring lost the key (new profile): the old certificate is useless, a new one is fetched
    dict_keyring.data.clear()
    fresh = DeviceIdentity(store, CredentialStore())
    assert fresh.signer() is None
    assert fresh.needs_certificate()


def test_ensure_certificate_fetches_once(store, dict_keyring):
    identity = DeviceIdentity(store, CredentialStore())
    server = FakeServer()
    assert ensure_certificate(identity, server)
    assert not ensure_certificate(identity, server)
    assert len(server.calls) == 1
    method, path, body = server.calls[0]
    assert (method, path) == ("POST", CERT_PATH)
    assert set(body) == {"device_id", "public_key"} and unb64u(body["public_key"]) == identity.public_key()
    assert identity.signer() is not None


def test_sync_service_certificate_failures_are_logged_and_retried(store, dict_keyring, tmp_path, caplog):
    service = SyncService(store, SyncSettings("http://127.0.0.1:9", tmp_path / "sync"), CredentialStore())
    server = FakeServer()
    service.auth.send = lambda user_id, method, path, **kw: server(method, path, **kw)  # type: ignore[method-assign]
    server.fail = requests.ConnectionError("no route")
    with caplog.at_level(logging.WARNING):
        assert service.certify_device("u1", threading.Event()) is False
    assert "retried next sync" in caplog.text
    server.fail, server.status = None, 403
    assert service.certify_device("u1") is False
    server.status = 201
    assert service.certify_device("u1") is True
    assert service.certify_device("u1") is False  # already certified: nothing sent
    assert len(server.calls) == 3
    assert service.identity.signer() is not None


def test_document_service_signs_official_documents_only(tmp_path, dict_keyring):
    w = make_world(tmp_path)
    try:
        identity = DeviceIdentity(w.store, CredentialStore())
        identity.store_certificate(certify(identity))
        documents = DocumentService(w.store, w.session, identity=identity)
        order = w.draft()
        draft = documents.render(order.id, "sp")
        assert not draft.official and not draft.signed
        assert verify_qr(draft.qr_text, [SERVER_PUBLIC]).outcome == "unsigned"
        w.orders.submit(order.id)
        w.login("ppk")
        approved = w.approvals.approve(order.id)
        sp = documents.render(order.id, "sp")
        assert sp.official and sp.signed and sp.signature_note == ""
        result = verify_qr(sp.qr_text, [SERVER_PUBLIC])
        assert result.ok, result.message
        assert result.payload is not None and result.payload.number == approved.number
        assert len(result.payload.content_hash) == 32  # the order's lines are bound to the signature
        # without a usable keyring an official document still prints, unsigned, and says why
        unsigned = DocumentService(w.store, w.session, identity=DeviceIdentity(w.store, None)).render(order.id, "sp")
        assert unsigned.official and not unsigned.signed and unsigned.signature_note == MSG_NO_KEYRING
        assert verify_qr(unsigned.qr_text, [SERVER_PUBLIC]).outcome == "unsigned"
    finally:
        w.store.close()


def _tampered(qr_text: str) -> str:
    """Same signature and certificate, but the amount raised by Rp1."""
    parts = qr_text.split(".")
    payload = json.loads(unb64u(parts[1]))
    payload["a"] += 1
    parts[1] = b64u(json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
    return ".".join(parts)


def test_printed_sp_verifies_offline_and_online_against_the_real_server(tmp_path, dict_keyring):
    from desktop.services.approvals import ApprovalService
    from desktop.services.orders import OrderService
    from desktop.services.session import CurrentUser, SessionState
    from sync.protocol import Role
    from tests.server.live import start_server
    from tests.sync.kit import Client

    opd = "33.00-DINKES"
    srv = start_server(tmp_path / "srv", products=200)
    client = Client(srv.url, tmp_path / "pc1")
    try:
        session = SessionState()
        people = {}
        for role in (Role.PP, Role.PPK):
            account = srv.account(role.value, opd)
            people[role] = CurrentUser(client.login(account), account["username"], account["username"], role, opd)  # type: ignore[arg-type]
        orders, approvals = OrderService(client.store, session), ApprovalService(client.store, session)

        session.set_user(people[Role.PP])
        assert client.sync(people[Role.PP].username).status in ("ok", "partial")
        identity = client.service.identity
        assert identity.certificate() is not None  # fetched after that first successful sync
        product = next(p for p in orders.find_products("") if p.price * 3 < 50_000_000)
        draft = orders.create_draft(product.id, 3)
        orders.update_fields(draft.id, kode_rup="51234567", sub_kegiatan="1.02.01.1.06.0004",
                             kode_rekening="5.1.02.01.01.0024", delivery_address="Jl. Piere Tendean No. 24, Semarang")
        orders.submit(draft.id)
        client.sync(people[Role.PP].username)
        session.set_user(people[Role.PPK])
        client.sync(people[Role.PPK].username)
        approvals.approve(draft.id)
        client.sync(people[Role.PPK].username)

        documents = DocumentService(client.store, session)  # as the app builds it: its own identity, same keyring
        sp = documents.render(draft.id, "sp")
        assert sp.official and sp.signed, sp.signature_note

        keys = requests.get(f"{srv.url}/v1/documents/keys", timeout=30).json()
        trusted = [unb64u(k["public_key"]) for k in keys["keys"]]
        offline = verify_qr(sp.qr_text, trusted)
        assert offline.ok, offline.message
        assert offline.opd_id == opd and offline.device_id == identity.device_id()

        online = requests.get(f"{srv.url}/v1/documents/verify", params={"qr": sp.qr_text}, timeout=30).json()
        assert online["outcome"] == "valid", online
        assert online["order"] == {"found": True, "state": "DISETUJUI", "content_hash_matches": True,
                                   "number_matches": True}

        bad = _tampered(sp.qr_text)
        assert verify_qr(bad, trusted).outcome == "bad_signature"
        bad_online = requests.get(f"{srv.url}/v1/documents/verify", params={"qr": bad}, timeout=30).json()
        assert bad_online["outcome"] == "bad_signature"
    finally:
        client.close()
        srv.stop()
