from __future__ import annotations

import pytest

from desktop.store import Store
from desktop.store.errors import NotFoundError
from desktop.store.records import KodeRekening, Marketplace, Opd, SubKegiatan, TaxCollector, User
from tests.store.conftest import NOW, make_order


def test_master_data_upserts_and_lists(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.master.upsert_opds([Opd("opd-1", "DINKOP", "Dinas Koperasi"), Opd("opd-2", "BPKAD", "BPKAD", active=False)])
        uow.master.upsert_opds([Opd("opd-1", "DINKOP", "Dinas Koperasi dan UKM")])
        uow.master.upsert_sub_kegiatan([SubKegiatan("opd-1", "2.17.02.1.01", 2026, "Pengadaan ATK"),
                                        SubKegiatan("opd-1", "2.17.02.1.01", 2025, "lama")])
        uow.master.upsert_kode_rekening([KodeRekening("5.1.02.01.01.0024", "Belanja ATK"),
                                         KodeRekening("5.1.02.02.01.0001", "Belanja jasa")])
        uow.master.upsert_marketplaces([Marketplace("MBIZ", "Mbiz", TaxCollector.PIHAK_LAIN),
                                        Marketplace("EKATALOG_LOKAL", "e-Katalog lokal", TaxCollector.BENDAHARA)])
    with store.unit_of_work(readonly=True) as uow:
        assert [o.name for o in uow.master.list_opds()] == ["Dinas Koperasi dan UKM"]
        assert len(uow.master.list_opds(include_inactive=True)) == 2
        assert [s.name for s in uow.master.list_sub_kegiatan("opd-1", 2026)] == ["Pengadaan ATK"]
        assert [k.kode for k in uow.master.list_kode_rekening("5.1.02.01")] == ["5.1.02.01.01.0024"]
        assert uow.master.get_marketplace("MBIZ").tax_collector is TaxCollector.PIHAK_LAIN
        assert [m.code for m in uow.master.list_marketplaces()] == ["EKATALOG_LOKAL", "MBIZ"]
        assert uow.master.get_opd("nope") is None and uow.master.get_marketplace("nope") is None


def test_bad_tax_collector_is_refused(store: Store) -> None:
    with pytest.raises(ValueError), store.unit_of_work() as uow:
        uow.master.upsert_marketplaces([Marketplace("X", "X", "PEMBELI")])  # type: ignore[arg-type]


def test_users_cache_keeps_the_offline_verifier(store: Store) -> None:
    ppk = User("u-ppk", "ppk.budi", "Budi Santoso, S.E.", ("PPK",), opd_id="opd-1", nip="198001012006041001")
    with store.unit_of_work() as uow:
        uow.users.cache(ppk, now=NOW)
        uow.users.cache(User("u-pp", "pp.sri", "Sri", ("PP",), opd_id="opd-1"), now=NOW)
        uow.users.set_verifier("u-ppk", "$argon2id$v=19$...", now=NOW)
        uow.users.cache(ppk, now=NOW)  # a refresh from the server must not wipe the verifier
    with store.unit_of_work(readonly=True) as uow:
        assert uow.users.get_verifier("PPK.Budi") == ("u-ppk", "$argon2id$v=19$...")
        assert uow.users.get_verifier("pp.sri") is None  # never logged in online on this PC
        assert uow.users.by_username("PP.SRI").id == "u-pp"
        assert uow.users.get("u-ppk").roles == ("PPK",)
        assert [u.id for u in uow.users.list(opd_id="opd-1", role="PPK")] == ["u-ppk"]
        assert uow.users.get("nope") is None


def test_attachments_inline_and_by_path(store: Store, tmp_path) -> None:
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        small = uow.attachments.add("o-1", "faktur", "faktur.pdf", data=b"%PDF-1.7 faktur", now=NOW)
        large = uow.attachments.add("o-1", "invoice", "scan.pdf", path=big, now=NOW)
    with store.unit_of_work(readonly=True) as uow:
        assert uow.attachments.read(small.id) == b"%PDF-1.7 faktur" and small.path is None
        assert large.path == str(big) and len(uow.attachments.read(large.id)) == large.size
        assert [a.kind for a in uow.attachments.for_order("o-1")] == ["faktur", "invoice"]
        with pytest.raises(NotFoundError):
            uow.attachments.read(999)
        with pytest.raises(ValueError):
            uow.attachments.add("o-1", "x", "x")


def test_snapshot_chunks_keep_progress(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.chunks.register("s1", [(0, "aa", 3_000_000, 50_000), (1, "bb", 2_000_000, 30_000)])
        uow.chunks.update("s1", 0, bytes_done=3_000_000, downloaded=True)
        uow.chunks.register("s1", [(0, "aa", 3_000_000, 50_000)])  # re-registering keeps progress
        uow.chunks.register("old", [(0, "cc", 1, 1)])
        uow.chunks.forget_other_snapshots("s1")
    with store.unit_of_work(readonly=True) as uow:
        first, second = uow.chunks.list("s1")
        assert first.downloaded and first.bytes_done == 3_000_000 and not first.applied
        assert not second.downloaded and uow.chunks.list("old") == []


def test_offline_login_lockout(store: Store) -> None:
    from datetime import timedelta

    with store.unit_of_work() as uow:
        uow.users.cache(User("u-1", "bendahara", "Siti", ("BENDAHARA",)), now=NOW)
        assert [uow.users.note_failed_login("bendahara", now=NOW, lock_after=3) for _ in range(2)] == [None, None]
        until = uow.users.note_failed_login("bendahara", now=NOW, lock_after=3, lock_for=timedelta(minutes=10))
        assert until == "2026-11-23T10:10:00.000000Z"
        assert uow.users.locked_until("BENDAHARA", now=NOW) == until
        assert uow.users.locked_until("bendahara", now=NOW + timedelta(minutes=11)) is None
        assert uow.users.note_failed_login("nobody", now=NOW) is None
        uow.users.clear_failed_logins("u-1")
        assert uow.users.locked_until("bendahara", now=NOW) is None


def test_order_events_are_append_only_copies(store: Store) -> None:
    from tests.store.conftest import make_order

    ev = {"order_id": "o-1", "seq": 1, "version": 2, "action": "submit", "from_state": "DRAFT",
          "to_state": "DIAJUKAN", "actor": "u-pp", "role": "PP", "at": "2026-11-23T01:00:00Z",
          "client_recorded_at": None, "payload": {"note": "x"}, "hash": "ab"}
    with store.unit_of_work() as uow:
        uow.orders.save_draft(make_order())
        assert uow.orders.save_events([ev, {**ev, "seq": 2, "action": "approve", "role": "PPK"}]) == 2
        assert uow.orders.save_events([{**ev, "action": "tampered"}]) == 0
        events = uow.orders.events("o-1")
    assert [(e.seq, e.action) for e in events] == [(1, "submit"), (2, "approve")]
    assert events[0].payload == {"note": "x"} and events[0].from_state == "DRAFT"
