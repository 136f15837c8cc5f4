"""Sync by USB stick (#18) against the real server: out (export), through (`blangkon-server import-outbox` and
the relay endpoint), back (receipt), catalog by stick — and every refusal, with nothing lost or doubled."""

from __future__ import annotations

import pytest

from desktop.domain.errors import UsbRefused
from desktop.store.records import CommandStatus, SyncStatus
from desktop.store.replica import Replica
from sync.usb.codec import unb64u
from sync.usb.outbox_file import write_outbox
from tests.sync.conftest import OPD
from tests.sync.kit import same_provider_products
from tests.sync.server_side import change_products


@pytest.fixture
def field_pc(live, make_client):
    """A PC that synced once at the office (device certified, server keys known), then went out of reach."""
    pc = make_client("field")
    pp, ppk = live.account("PP", OPD), live.account("PPK", OPD)
    pc.login(pp)
    pc.login(ppk)
    assert pc.sync(pp["username"]).status == "ok"
    assert pc.service.identity.certificate() is not None and pc.usb.server_keys()
    return pc


def _replica_totals(pc):
    replica = Replica(pc.store.path, sealer=pc.store.sealer)
    try:
        return replica.totals()
    finally:
        replica.close()


def _import(live, path, *extra):
    return live.cli("import-outbox", str(path), *extra)


def _events(view, oid):
    return len(view.events(oid))


def _offline_work(pc, live, view, skip=20):
    pp = live.account("PP", OPD)["username"]
    oid = pc.new_draft(pp, same_provider_products(view.products(), 2, skip=skip), OPD)
    pc.act(pp, oid, "submit", 1)
    return oid


def test_export_import_outbox_and_receipt_settle_as_online(live, view, field_pc, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    oid = _offline_work(field_pc, live, view)
    out = field_pc.usb.export(stick, OPD)
    assert (out.commands, out.orders) == (2, 1)
    assert b"RUP-001" not in out.path.read_bytes()  # nobody who finds the stick reads the order
    assert all(c.status == CommandStatus.PENDING for c in field_pc.commands(oid))  # queued until the receipt

    done = _import(live, out.path)
    assert done.returncode == 0, done.stderr
    assert "2 diterima" in done.stdout
    receipts = list(stick.glob("*.blkterima"))
    assert len(receipts) == 1
    assert view.order(oid)["state"] == "DIAJUKAN" and _events(view, oid) == 2

    got = field_pc.usb.import_receipt(receipts[0])
    assert (got.done, got.rejected, got.waiting, got.orders_updated) == (2, 0, 0, 1)
    local = field_pc.order(oid)
    assert (local.state, local.server_version, local.sync_status) == ("DIAJUKAN", 2, SyncStatus.SENT)
    assert [c.status for c in field_pc.commands(oid)] == [CommandStatus.DONE] * 2

    # the same file twice: refused as new work, every command replays, nothing doubled, the receipt again
    again = _import(live, out.path)
    assert again.returncode == 0 and "sudah diimpor" in again.stdout
    assert _events(view, oid) == 2
    # the receipt twice: refused, nothing changes
    with pytest.raises(UsbRefused) as refused:
        field_pc.usb.import_receipt(receipts[0])
    assert refused.value.code == "usb_receipt_twice"
    # a later online sync finds nothing to send (no double)
    assert field_pc.sync(live.account("PP", OPD)["username"]).outbox.sent == 0
    assert _events(view, oid) == 2


@pytest.mark.parametrize("damage", ["truncated", "bit_flipped"])
def test_a_damaged_export_is_refused_and_nothing_applied(live, view, field_pc, tmp_path, damage):
    oid = _offline_work(field_pc, live, view, skip=21 if damage == "truncated" else 22)
    out = field_pc.usb.export(tmp_path, OPD)
    data = out.path.read_bytes()
    bad = tmp_path / "bad.blkusb"
    if damage == "truncated":
        bad.write_bytes(data[: len(data) * 2 // 3])
    else:
        flipped = bytearray(data)
        flipped[len(data) // 2] ^= 0x01  # one bit inside the ciphertext
        bad.write_bytes(bytes(flipped))
    done = _import(live, bad)
    assert done.returncode == 2
    assert ("usb_truncated" if damage == "truncated" else "usb_damaged") in done.stderr
    assert oid not in view.orders()  # nothing applied
    # the whole file still goes through, once
    assert _import(live, out.path).returncode == 0
    assert _events(view, oid) == 2


def test_a_damaged_receipt_is_refused_and_nothing_changes(live, view, field_pc, tmp_path):
    oid = _offline_work(field_pc, live, view, skip=23)
    out = field_pc.usb.export(tmp_path, OPD)
    assert _import(live, out.path, "--receipt", str(tmp_path / "r.blkterima")).returncode == 0
    data = (tmp_path / "r.blkterima").read_bytes()
    for name, bad in (("cut.blkterima", data[:-40]), ("flip.blkterima", data.replace(b'"DIAJUKAN"', b'"DISETUJUI"'))):
        (tmp_path / name).write_bytes(bad)
        with pytest.raises(UsbRefused) as refused:
            field_pc.usb.import_receipt(tmp_path / name)
        assert refused.value.code in ("usb_truncated", "usb_damaged")
        assert "Tidak ada yang diterapkan" in refused.value.message or "tidak utuh" in refused.value.message
        assert all(c.status == CommandStatus.PENDING for c in field_pc.commands(oid))
    assert field_pc.usb.import_receipt(tmp_path / "r.blkterima").done == 2


def test_receipts_out_of_order_the_older_is_refused(live, view, field_pc, tmp_path):
    first = _offline_work(field_pc, live, view, skip=24)
    one = field_pc.usb.export(tmp_path, OPD)
    second = _offline_work(field_pc, live, view, skip=25)
    two = field_pc.usb.export(tmp_path, OPD)  # carries the first order's commands again (still queued)
    assert (one.seq + 1, two.commands) == (two.seq, 4)
    assert _import(live, two.path, "--receipt", str(tmp_path / "2.blkterima")).returncode == 0
    assert _import(live, one.path, "--receipt", str(tmp_path / "1.blkterima")).returncode == 0
    assert _events(view, first) == 2 and _events(view, second) == 2  # the overlap replayed, not doubled
    assert field_pc.usb.import_receipt(tmp_path / "2.blkterima").done == 4
    with pytest.raises(UsbRefused) as refused:
        field_pc.usb.import_receipt(tmp_path / "1.blkterima")
    assert refused.value.code == "usb_receipt_older"
    assert {field_pc.order(o).state for o in (first, second)} == {"DIAJUKAN"}


def test_files_of_another_device_or_opd_are_refused(live, view, field_pc, make_client, tmp_path):
    officer = next(a for a in live.accounts if a["role"] == "PP" and a["opd_id"] not in (None, OPD))
    other = make_client("other")
    other.login(live.account("PP", OPD))
    other.sync(live.account("PP", OPD)["username"])
    _offline_work(other, live, view, skip=26)
    theirs = other.usb.export(tmp_path, OPD)
    assert _import(live, theirs.path, "--receipt", str(tmp_path / "theirs.blkterima")).returncode == 0
    with pytest.raises(UsbRefused) as refused:
        field_pc.usb.import_receipt(tmp_path / "theirs.blkterima")
    assert refused.value.code == "usb_receipt_other_device"

    # a device certified for DINKES signing a file that claims another OPD
    keys = field_pc.usb.server_keys()
    forged = write_outbox([], opd_id=officer["opd_id"], device_id=field_pc.service.identity.device_id(), seq=99,
                          created_at="2026-12-02T00:00:00Z", device_key=field_pc.service.identity.signing_key(),
                          server_usb_key=unb64u(keys["encryption_key"]))
    (tmp_path / "forged.blkusb").write_bytes(forged)
    done = _import(live, tmp_path / "forged.blkusb")
    assert done.returncode == 2 and "usb_other_opd" in done.stderr

    # an officer of another OPD cannot relay DINKES's file
    relay = make_client("relay-other")
    relay.login(officer)
    oid = _offline_work(field_pc, live, view, skip=27)
    mine = field_pc.usb.export(tmp_path, OPD)
    with pytest.raises(UsbRefused) as refused:
        relay.usb.relay(lambda *a, **kw: relay.service.auth.send(relay.users[officer["username"]], *a, **kw),
                        mine.path)
    assert refused.value.code == "usb_other_opd"
    assert oid not in view.orders()


def test_relay_through_a_connected_pc(live, view, field_pc, make_client, tmp_path):
    oid = _offline_work(field_pc, live, view, skip=28)
    out = field_pc.usb.export(tmp_path, OPD)
    office = make_client("office")
    ppk = live.account("PPK", OPD)
    office.login(ppk)
    done = office.usb.relay(lambda *a, **kw: office.service.auth.send(office.users[ppk["username"]], *a, **kw),
                            out.path)
    assert (done.applied, done.refused, done.not_run) == (2, 0, 0)
    events = view.events(oid)
    assert len(events) == 2 and {e["actor"] for e in events} == {field_pc.users[live.account("PP", OPD)["username"]]}
    got = field_pc.usb.import_receipt(done.receipt_path)
    assert got.done == 2 and field_pc.order(oid).sync_status == SyncStatus.SENT


def test_a_refusal_comes_back_as_a_conflict_like_online(live, view, field_pc, tmp_path):
    pp = live.account("PP", OPD)["username"]
    oid = field_pc.new_draft(pp, same_provider_products(view.products(), 2, skip=29), OPD)
    field_pc.act(pp, oid, "submit", 1)
    field_pc.act(pp, oid, "approve", 2)  # a PP may not approve: refused (403 forbidden_role)
    field_pc.act(pp, oid, "cancel", 2, reason="tidak jadi")  # behind the refusal: not run, stays queued
    out = field_pc.usb.export(tmp_path, OPD)
    assert _import(live, out.path, "--receipt", str(tmp_path / "r.blkterima")).returncode == 0
    got = field_pc.usb.import_receipt(tmp_path / "r.blkterima")
    assert (got.done, got.rejected, got.waiting) == (2, 1, 1)
    assert [c.status for c in field_pc.commands(oid)] == [CommandStatus.DONE, CommandStatus.DONE,
                                                          CommandStatus.REJECTED, CommandStatus.BLOCKED]
    local = field_pc.order(oid)
    # as online: the order waits for the officer; the server's copy is kept beside the local rows
    assert (local.sync_status, local.server_snapshot["state"]) == (SyncStatus.NEEDS_ATTENTION, "DIAJUKAN")
    conflicts = field_pc.conflicts(oid)
    assert [c.details["code"] for c in conflicts] == [got.conflicts[0]["code"]] == ["forbidden_role"]
    assert view.order(oid)["state"] == "DIAJUKAN" and _events(view, oid) == 2


def test_catalog_by_stick_installs_and_refuses_same_or_older(live, view, make_client, tmp_path):
    first = tmp_path / "katalog-1.blkkatalog"
    assert live.cli("export-catalog", str(first)).returncode == 0
    pc = make_client("never-synced")
    pc.login(live.account("PP", OPD))  # the one online login; the catalog never came down the wire
    got = pc.usb.import_catalog(first)
    head = view.catalog_head()
    assert _replica_totals(pc) == (got.rows, head["checksum"]) and got.rows == head["count"]
    with pytest.raises(UsbRefused) as refused:
        pc.usb.import_catalog(first)
    assert refused.value.code == "usb_catalog_same"
    change_products(live, [view.products()[0]], price=view.products()[0]["price"] + 500)
    second = tmp_path / "katalog-2.blkkatalog"
    assert live.cli("export-catalog", str(second)).returncode == 0
    assert pc.usb.import_catalog(second).seq > got.seq
    with pytest.raises(UsbRefused) as refused:
        pc.usb.import_catalog(first)
    assert refused.value.code == "usb_catalog_older"
    # a cut or flipped catalog file is refused and the replica stays as it was
    data = second.read_bytes()
    (tmp_path / "cut.blkkatalog").write_bytes(data[:-1000])
    with pytest.raises(UsbRefused) as refused:
        pc.usb.import_catalog(tmp_path / "cut.blkkatalog")
    assert refused.value.code == "usb_truncated"
    # then online: deltas continue from the stick's cursor and the totals agree with the server
    report = pc.sync(live.account("PP", OPD)["username"])
    assert report.catalog_mode == "delta"
    assert (report.catalog_count, report.catalog_checksum) == (view.catalog_head()["count"],
                                                               view.catalog_head()["checksum"])


def test_blangkon_usb_cli_out_and_back(live, view, field_pc, tmp_path, capsys):
    """`blangkon usb export PATH` and `blangkon usb import-receipt FILE` on the PC's own data folder."""
    from desktop.app.cmd_usb import main

    oid = _offline_work(field_pc, live, view, skip=30)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["export", str(stick), "--data-dir", str(field_pc.folder)]) == 0
    assert "2 perintah untuk 1 pesanan" in capsys.readouterr().out
    exported = next(stick.glob("*.blkusb"))
    assert _import(live, exported).returncode == 0
    receipt = next(stick.glob("*.blkterima"))
    assert main(["import-receipt", str(receipt), "--data-dir", str(field_pc.folder)]) == 0
    assert "2 diterima server" in capsys.readouterr().out
    assert field_pc.order(oid).sync_status == SyncStatus.SENT
    assert main(["import-receipt", str(receipt), "--data-dir", str(field_pc.folder)]) == 2
    assert "usb_receipt_twice" in capsys.readouterr().err
    assert main(["export", str(stick), "--data-dir", str(field_pc.folder)]) == 2  # nothing left to carry
    assert "usb_nothing_to_export" in capsys.readouterr().err


def test_a_flipped_catalog_chunk_is_refused_and_the_replica_kept(live, view, make_client, tmp_path):
    good = tmp_path / "katalog.blkkatalog"
    assert live.cli("export-catalog", str(good)).returncode == 0
    pc = make_client("catalog-flip")
    pc.login(live.account("PP", OPD))
    data = bytearray(good.read_bytes())
    data[-100] ^= 0x10  # inside the last chunk's gzip bytes: the signed sha256 no longer matches
    bad = tmp_path / "rusak.blkkatalog"
    bad.write_bytes(bytes(data))
    with pytest.raises(UsbRefused) as refused:
        pc.usb.import_catalog(bad)
    assert refused.value.code == "usb_damaged"
    assert _replica_totals(pc) == (0, 0)  # nothing swapped in
    assert pc.usb.import_catalog(good).rows == view.catalog_head()["count"]  # the whole file still loads


def test_a_stick_file_may_be_larger_than_an_ordinary_request(live):
    """The relay takes weeks of work in one file (32 MB), other endpoints keep their 1 MB limit."""
    import requests

    headers = live.headers("PP", OPD)
    big = b'{"format":"other"' + b" " * 2_000_000 + b"}"
    usb = requests.post(f"{live.url}/v1/usb/outbox", data=big, headers=headers, timeout=60)
    assert usb.status_code == 422 and usb.json()["usb_code"] == "usb_not_blangkon"
    batch = requests.post(f"{live.url}/v1/commands:batch", data=big, headers=headers, timeout=60)
    assert batch.status_code == 413


def test_usb_keys_command_prints_what_the_server_hands_out(live):
    """`blangkon-server usb-keys` (for a provisioning file) = GET /v1/usb/keys (what a sync stores)."""
    import json

    import requests

    done = live.cli("usb-keys")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["usb_keys"] == requests.get(f"{live.url}/v1/usb/keys", timeout=30).json()
