"""Personal data at rest (UU PDP 27/2022; issue 15): after a first sync, a later delta and a backup, no seller NIK,
NPWP or bank account number is readable anywhere in the data folder; the app reads them back with the key
from the OS keyring, and without that key refuses rather than guessing."""

from __future__ import annotations

from desktop.services.credentials import CredentialStore
from desktop.services.data_protection import protect
from desktop.store.sealing import WITHHELD, is_withheld
from tests.sync.conftest import OPD
from tests.sync.kit import ServerView, install_keyring


def _providers(view) -> dict[int, dict]:
    out: dict[int, dict] = {}
    since = None
    while True:
        page = view._get("/v1/catalog/changes", limit=5000, **({"since": since} if since else {})).json()
        out.update({r["id"]: r for r in page["rows"] if r["t"] == "provider"})
        since = page["next"]
        if not page["has_more"]:
            return out


def _secrets(providers: dict[int, dict]) -> set[bytes]:
    return {str(p[f]).encode() for p in providers.values() for f in ("nik", "npwp", "bank_account") if p.get(f)}


def _readable(folder, secrets: set[bytes]) -> list[str]:
    found = []
    for path in [p for p in folder.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        found += [f"{path.name}: {s.decode()}" for s in secrets if s in data]
    return found


def test_no_nik_npwp_or_account_number_is_readable_in_the_data_folder(live, view, make_client, tmp_path):
    pp = live.account("PP", OPD)
    client = make_client("pdp")
    protect(client.store, CredentialStore())
    client.login(pp)
    assert client.sync(pp["username"]).status == "ok"
    providers = _providers(view)
    assert len(_secrets(providers)) > 100
    client.store.backup_now()
    assert _readable(tmp_path / "pdp", _secrets(providers)) == []
    some = next(p for p in providers.values() if p.get("nik") and p.get("bank_account"))
    with client.store.unit_of_work(readonly=True) as uow:  # the officer still sees them, through the key
        got = uow.catalog.get_provider(some["id"])
    assert (got.nik, got.npwp, got.bank_account) == (some["nik"], some.get("npwp"), some["bank_account"])


def test_without_the_key_sealed_values_are_withheld_not_guessed(live, view, make_client):
    pp = live.account("PP", OPD)
    client = make_client("nokey")
    protect(client.store, CredentialStore())
    client.login(pp)
    client.sync(pp["username"])
    some = next(p for p in _providers(view).values() if p.get("nik"))
    install_keyring()  # another profile's keyring: this database's key is not in it
    protect(client.store, CredentialStore())
    with client.store.unit_of_work(readonly=True) as uow:
        got = uow.catalog.get_provider(some["id"])
    # never None or "": the seller still has a NIK (taxes stay right), and what is shown says why the digits are gone
    assert is_withheld(got.nik) and got.nik and "tersegel" in got.nik and some["nik"] not in got.nik


def test_no_keyring_means_withheld_never_clear(live, view, make_client, tmp_path):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    pp = live.account("PP", OPD)
    client = make_client("withheld")
    assert protect(client.store, CredentialStore()) is WITHHELD
    client.login(pp)
    assert client.sync(pp["username"]).status == "ok"
    assert _readable(tmp_path / "withheld", _secrets(_providers(view))) == []
    # the PC still works: a seller with an NPWP reads as having one (the tax engine's question), shown as sealed
    some = next(p for p in _providers(view).values() if p.get("npwp"))
    with client.store.unit_of_work(readonly=True) as uow:
        got = uow.catalog.get_provider(some["id"])
    assert got.npwp and is_withheld(got.npwp) and got.pkp == some["pkp"]


def test_a_provider_changed_by_a_delta_stays_sealed(live, view, make_client, tmp_path):
    pp = live.account("PP", OPD)
    client = make_client("delta")
    protect(client.store, CredentialStore())
    client.login(pp)
    client.sync(pp["username"])
    from sync.server.catalog.feed import CONTENT, apply_change_set
    from sync.server.storage.db import make_engine

    provider = next(p for p in _providers(view).values() if p.get("bank_account"))
    engine = make_engine(live.db_url)
    try:  # the seller changes bank: the new account number arrives in a delta page
        apply_change_set(engine, [{"id": provider["id"], **{f: provider.get(f) for f in CONTENT["provider"]},
                                   "bank_account": "9988776655"}], [])
    finally:
        engine.dispose()
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.catalog_mode == "delta"
    assert _readable(tmp_path / "delta", _secrets(_providers(view)) | {b"9988776655"}) == []
    with client.store.unit_of_work(readonly=True) as uow:
        assert uow.catalog.get_provider(provider["id"]).bank_account == "9988776655"


def test_a_command_sealed_with_a_key_this_session_lacks_stays_queued_and_the_status_says_why(live, view,
                                                                                             make_client):
    import os

    from desktop.services.data_protection import AesGcmSealer

    pp = live.account("PP", OPD)
    client = make_client("held")
    protect(client.store, CredentialStore())
    client.login(pp)
    assert client.sync(pp["username"]).status == "ok"
    order_id = client.new_draft(pp["username"], view.products()[:1], OPD)
    right_key = client.store.sealer
    client.store.sealer = AesGcmSealer(os.urandom(32))  # a session that does not hold this database's key
    report = client.sync(pp["username"])
    assert report.status == "partial" and report.outbox.sent == 0
    assert any("tersimpan terenkripsi" in e and "tidak hilang" in e for e in report.errors)
    assert order_id not in view.orders()
    [cmd] = client.commands(order_id)
    assert cmd.status.value == "pending" and not cmd.attempted  # not sent, not dropped
    client.store.sealer = right_key  # the officer logs in again: the key is held
    report = client.sync(pp["username"])
    assert report.status == "ok" and report.outbox.sent == 1
    assert view.orders()[order_id]["state"] == "DRAFT"


def test_an_orders_content_is_sealed_in_every_file_from_draft_to_paid(live, tmp_path):
    """Issue 15, order content: an order whose address, notes, the PPK's reason, the receipt's note and the payment's
    BKU carry unique markers goes draft → submitted → rejected → submitted → approved → received → paid, synced with
    the real server at every step (outbox bodies and responses, parked server copies, events, audit, conflicts all
    written); then no file of the data folder — database, WAL, backups — holds a marker, and the app reads it all
    back through the key."""
    from desktop.services.order_view import PaymentInput, ReceiptInput
    from desktop.services.payments import PaymentService
    from sync.protocol.states import Action
    from tests.e2e.desks import Desk

    marks = {k: f"PDP{k.upper()}{n}Q" for n, k in enumerate(("alamat", "catatan", "alasan", "terima", "bku"))}
    desk = Desk(live, tmp_path / "pdp-orders")
    try:
        protect(desk.client.store, CredentialStore())
        payments = PaymentService(desk.client.store, desk.session)
        for role in ("PP", "PPK", "PA_KPA", "BENDAHARA"):
            desk.login(role, live.account(role, OPD))
        desk.as_("PP")
        assert desk.sync("PP").status == "ok"
        product = next(p for p in desk.orders.find_products("") if p.price * 2 < 50_000_000)
        draft = desk.orders.create_draft(product.id, 2)
        order_id = draft.id
        desk.orders.update_fields(order_id, kode_rup="51234569", sub_kegiatan="1.02.01.1.06.0004",
                                  kode_rekening="5.1.02.01.01.0024",
                                  delivery_address=f"Jl. Pemuda No. 7 {marks['alamat']}, Semarang",
                                  notes=f"kirim pagi {marks['catatan']}")
        desk.orders.submit(order_id)
        assert desk.sync("PP").outbox.rejected == 0
        desk.as_("PPK")
        desk.sync("PPK")
        desk.approvals.reject(order_id, f"harga perlu dicek {marks['alasan']}")
        assert desk.sync("PPK").outbox.rejected == 0
        desk.as_("PP")
        desk.sync("PP")
        desk.orders.submit(order_id)
        desk.sync("PP")
        desk.as_("PPK")
        desk.sync("PPK")
        desk.approvals.approve(order_id)
        desk.sync("PPK")
        desk.as_("PP")
        for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
            desk.orders.advance_delivery(order_id, action)
        desk.sync("PP")
        desk.as_("PPK")
        today = desk.approvals.today()
        desk.approvals.record_receipt(order_id, ReceiptInput(today, True, True, True, {},
                                                             notes=f"barang baik {marks['terima']}"))
        desk.approvals.sign_bast(order_id, today, "031/BAST/DINKES/2026")
        desk.sync("PPK")
        desk.as_("BENDAHARA")
        payments.request_payment(order_id)
        desk.sync("BENDAHARA")
        desk.as_("PA_KPA")
        payments.authorize(order_id)
        desk.sync("PA_KPA")
        desk.as_("BENDAHARA")
        payments.record_payment(order_id, PaymentInput("TRANSFER", today, f"BKU-{marks['bku']}"))
        report = desk.sync("BENDAHARA")
        assert report.status == "ok" and report.outbox.rejected == 0
        server = ServerView(live).order(order_id)
        assert server["state"] == "DIBAYAR"  # the server got the clear content: only the files here are sealed
        assert marks["alamat"] in server["delivery_address"]
        store = desk.client.store
        store.backup_now()
        with store.raw_connection() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # the WAL stays: both the file and its WAL are searched
        secrets = {m.encode() for m in marks.values()}
        assert _readable(tmp_path / "pdp-orders", secrets) == []
        with store.unit_of_work(readonly=True) as uow:  # the officers read it all back through the key
            order = uow.orders.require(order_id)
            history = " ".join(str(e.details) for e in uow.audit.for_order(order_id))
        assert marks["alamat"] in order.delivery_address and marks["catatan"] in order.notes
        assert any(marks["alasan"] in str(r) for r in order.reasons)
        assert marks["terima"] in str(order.receipt) and marks["bku"] in str(order.payment)
        assert marks["alasan"] in history and marks["terima"] in history
        assert store.check() == []  # the audit chain verifies over the sealed text
    finally:
        desk.close()
