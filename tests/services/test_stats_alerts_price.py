"""AlertsService and PriceService over a real local store (the order editor, PPK inbox and login use them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.domain.alerts import AlertKind
from desktop.domain.price_check import PriceLevel
from desktop.services.alerts_service import AlertsService, wib_date
from desktop.services.price_service import PriceService
from desktop.services.session import CurrentUser, SessionState
from desktop.store.db import Store
from sync.protocol import Role

OPD = "33.00-DINKES"


def wire(oid: str, state: str, **extra: Any) -> dict[str, Any]:
    base = {"id": oid, "opd_id": OPD, "version": 3, "state": state, "number": f"000{oid[-1]}/SP/{OPD}/2026",
            "created_by": "u-pp", "provider_id": 1, "marketplace": "MBIZ", "kode_rup": "RUP-1",
            "sub_kegiatan": "1.02.02.2.01", "kode_rekening": "5.1.02.01.01.0024", "delivery_address": "Semarang",
            "delivery_date": None, "shipping": 0, "notes": "", "total": 750_000,
            "lines": [{"id": f"l-{oid}", "product_id": 1, "product_version": 1, "name": "Nasi kotak", "unit": "kotak",
                       "qty": 25, "unit_price": 30_000}],
            "approval": None, "receipt": None, "bast": None, "payment": None, "reasons": [],
            "created_at": "2026-11-10T02:00:00.000Z", "updated_at": "2026-11-10T02:00:00.000Z"}
    base.update(extra)
    return base


@pytest.fixture
def world(tmp_path):
    store = Store.open(tmp_path / "b.db")
    with store.unit_of_work() as uow:
        # submitted Wed 18 Nov 2026 (WIB) -> PPK deadline Mon 23 Nov
        uow.orders.apply_server_order(wire("o-1", "DIAJUKAN", updated_at="2026-11-18T03:00:00.000Z"))
        # submitted Tue 10 Nov 20:00 UTC = Wed 11 Nov WIB -> deadline Mon 16 Nov: overdue
        uow.orders.apply_server_order(wire("o-2", "DIAJUKAN", updated_at="2026-11-10T20:00:00.000Z"))
        uow.orders.apply_server_order(wire("o-3", "MENUNGGU_BAYAR", bast={"by": "x", "role": "PPK",
                                                                         "at": "2026-11-02T03:00:00.000Z",
                                                                         "number": "B-1", "date": "2026-11-02"}))
        uow.orders.apply_server_order(wire("o-4", "DIAJUKAN", opd_id="33.01-DISDIK"))
    session = SessionState(clock=lambda: dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC))
    yield store, session
    store.close()


def login(session: SessionState, role: Role) -> None:
    session.set_user(CurrentUser("u-" + role.value, role.value.lower(), "Nama", role, OPD))


def test_ppk_sees_own_opd_orders_nearing_and_past_the_limit(world):
    store, session = world
    login(session, Role.PPK)
    svc = AlertsService(store, session)
    assert svc.today() == dt.date(2026, 11, 23)
    got = svc.for_current_user()
    assert [(a.order_id, a.kind) for a in got] == [("o-2", AlertKind.PPK_OVERDUE), ("o-1", AlertKind.PPK_DEADLINE_NEAR)]
    assert "hari ini hari terakhir" in got[1].message


def test_bendahara_limit_is_configurable(world):
    store, session = world
    login(session, Role.BENDAHARA)
    svc = AlertsService(store, session)
    got = svc.for_current_user()  # BAST Mon 2 Nov; 15 working days by 23 Nov > 5
    assert [(a.order_id, a.kind, a.working_days) for a in got] == [("o-3", AlertKind.UNPAID_OVERDUE, 15)]
    svc.set_unpaid_limit(20)
    assert svc.for_current_user() == [] and svc.settings() == (20, 1)
    svc.set_unpaid_limit(None)
    assert len(svc.for_current_user()) == 1
    with pytest.raises(ValueError, match="antara 0 dan 60"):
        svc.set_unpaid_limit(99)


def test_other_roles_get_no_alerts_and_dates_parse_in_wib(world):
    store, session = world
    login(session, Role.PP)
    assert AlertsService(store, session).for_current_user() == []
    assert wib_date("2026-11-23T18:00:00.000Z") == dt.date(2026, 11, 24)
    assert wib_date("2026-11-23") == dt.date(2026, 11, 23) and wib_date("kemarin") is None


def test_price_service_flags_an_inflated_line_and_passes_the_cheapest(catalog_store):
    svc = PriceService(catalog_store)
    with catalog_store.unit_of_work(readonly=True) as uow:
        rows = uow.catalog.get_products(list(range(1, 200)))
    katering = sorted((p for p in rows if p.category == "KATERING"), key=lambda p: p.price)
    cheap, typical = katering[0], katering[len(katering) // 2]
    day = dt.date(2026, 11, 23)
    got = svc.check_lines([{"product_id": typical.id, "name": typical.name, "unit_price": typical.price * 4},
                           {"product_id": cheap.id, "name": cheap.name, "unit_price": cheap.price},
                           {"product_id": 999_999, "name": "hilang", "unit_price": 1}], day)
    assert len(got) == 2  # a product missing from the replica is skipped
    inflated, fair = got
    assert inflated.level is PriceLevel.MAHAL and inflated.flagged and inflated.median and inflated.p75
    assert inflated.comparables >= 5 and "Indikasi kemahalan" in inflated.message
    assert fair.level is PriceLevel.WAJAR
    assert (inflated.cheapest is not None and inflated.cheapest.price <= cheap.price) or inflated.basis == "nama_mirip"
    svc.invalidate()
    assert svc.check_lines([], day) == []


def test_price_check_items_for_the_check_panel(catalog_store):
    from types import SimpleNamespace

    from desktop.services.order_view import Severity
    from desktop.services.price_service import price_check_items

    svc = PriceService(catalog_store)
    with catalog_store.unit_of_work(readonly=True) as uow:
        product = next(p for p in uow.catalog.get_products(list(range(1, 100))) if p.category == "KATERING")
    line = SimpleNamespace(product_id=product.id, name=product.name, unit_price_quoted=product.price * 5)
    items = price_check_items(svc, SimpleNamespace(lines=(line,)), dt.date(2026, 11, 23))
    assert [(i.code, i.severity) for i in items] == [(f"price:{product.id}", Severity.WARNING)]
    assert items[0].title.startswith("Periksa harga") and "median" in items[0].detail
    fair = SimpleNamespace(product_id=product.id, name=product.name, unit_price_quoted=1)
    assert [i.severity for i in price_check_items(svc, SimpleNamespace(lines=(fair,)), dt.date(2026, 11, 23))] == \
        [Severity.OK]
    assert price_check_items(None, SimpleNamespace(lines=(line,)), dt.date(2026, 11, 23)) == []


def test_large_categories_are_sampled_evenly_not_cheapest_first(catalog_store, monkeypatch):
    import desktop.services.price_service as ps

    monkeypatch.setattr(ps, "MAX_COMPARABLES", 50)  # the 3,000-product catalog then has to be sampled
    sampled = PriceService(catalog_store)
    with catalog_store.unit_of_work(readonly=True) as uow:
        product = next(p for p in uow.catalog.get_products(list(range(1, 100))) if p.category == "KATERING")
        all_prices = sorted(r.price for r in uow.catalog.get_products(list(range(1, 3001)))
                            if r.category == "KATERING" and r.unit == product.unit)
    got = sampled.check_lines([{"product_id": product.id, "name": "Zzz", "unit_price": product.price}],
                              dt.date(2026, 11, 23))[0]
    true_median = all_prices[len(all_prices) // 2]
    assert got.cheapest is not None and got.cheapest.price == all_prices[0]  # the cheapest is always offered
    assert got.comparables < len(all_prices) and abs(got.median - true_median) < (all_prices[-1] - all_prices[0]) / 4
