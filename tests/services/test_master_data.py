"""Master data seeding from the bundled reference tables: fills empty lists once, never overwrites."""

from __future__ import annotations

from desktop.domain.reference import load_kode_rekening, load_sub_kegiatan
from desktop.services.master_data import budget_leaves, seed_master_data
from desktop.services.orders import OrderService
from desktop.services.session import SessionState
from desktop.store.db import Store
from desktop.store.records import KodeRekening
from tests.services.workflow_world import NOW, USERS


def fresh(tmp_path):
    store = Store.open(tmp_path / "fresh.sqlite3")
    session = SessionState(clock=lambda: NOW)
    session.set_user(USERS["pp"])
    return store, OrderService(store, session)


def test_empty_store_gets_reference_lists_once(tmp_path):
    _store, orders = fresh(tmp_path)
    assert orders.sub_kegiatan_choices() == [] and orders.kode_rekening_choices() == []
    first = orders.ensure_master_data()
    assert first.sub_kegiatan == len(load_sub_kegiatan()) and first.kode_rekening == len(budget_leaves())
    subs = orders.sub_kegiatan_choices()
    assert [c.code for c in subs] == sorted(e.kode for e in load_sub_kegiatan())
    codes = {c.code for c in orders.kode_rekening_choices()}
    # only chargeable (leaf) accounts: "5 Belanja Daerah" is not something an order can be charged to
    assert "5" not in codes and codes <= {e.kode for e in load_kode_rekening()}
    assert all(len(c.split(".")) == 6 for c in codes)
    again = orders.ensure_master_data()
    assert again.sub_kegiatan == 0 and again.kode_rekening == 0
    assert len(orders.sub_kegiatan_choices()) == len(subs)


def test_existing_lists_are_kept(tmp_path):
    store, orders = fresh(tmp_path)
    with store.unit_of_work() as uow:
        uow.master.upsert_kode_rekening([KodeRekening("5.1.02.01.01.0024", "Belanja ATK dari admin")])
    result = orders.ensure_master_data()
    assert result.kode_rekening == 0 and result.sub_kegiatan > 0
    assert [(c.code, c.name) for c in orders.kode_rekening_choices()] == [("5.1.02.01.01.0024",
                                                                           "Belanja ATK dari admin")]


def test_sub_kegiatan_follow_the_budget_year(tmp_path):
    store, _orders = fresh(tmp_path)
    with store.unit_of_work() as uow:
        assert seed_master_data(uow, "opd-x", 2026).sub_kegiatan > 0
        assert seed_master_data(uow, "opd-x", 2027).sub_kegiatan > 0  # a new year starts from the reference
        assert seed_master_data(uow, None, 2026).sub_kegiatan == 0  # no OPD: nothing per-OPD to seed
