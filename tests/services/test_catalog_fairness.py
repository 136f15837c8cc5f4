"""The "Dahulukan penyedia UMKM yang belum pernah terjual" setting reaches the catalog query; boosted ids come
back in the search result."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

from desktop.services.catalog_service import CatalogService
from desktop.services.catalog_view import CatalogFilter
from desktop.services.settings_service import DEFAULT_FAIRNESS_BOOST, SettingsService
from desktop.store.catalog_search import CatalogPage


class RecordingStore:
    def __init__(self) -> None:
        self.queries: list = []

    @contextmanager
    def unit_of_work(self, readonly: bool = False):
        def search(query):
            self.queries.append(query)
            return CatalogPage((1, 2), 2, True, frozenset({2}))

        yield SimpleNamespace(catalog=SimpleNamespace(search=search))


def test_setting_defaults_on_and_toggles(store):
    settings = SettingsService(store)
    assert settings.catalog_fairness_enabled() and settings.catalog_fairness_boost() == DEFAULT_FAIRNESS_BOOST == 0.25
    settings.set_catalog_fairness(False)
    assert SettingsService(store).catalog_fairness_boost() == 0.0  # persisted, not just cached
    settings.set_catalog_fairness(True)
    assert SettingsService(store).catalog_fairness_boost() == 0.25


def test_the_setting_reaches_the_query_and_boosted_ids_come_back():
    store = RecordingStore()
    value = [0.25]
    svc = CatalogService(store, lambda: value[0])
    result = svc.search(CatalogFilter(text="kopi"))
    assert store.queries[-1].fairness_boost == 0.25 and result.boosted == frozenset({2})
    value[0] = 0.0
    svc.search(CatalogFilter(text="kopi"))
    assert store.queries[-1].fairness_boost == 0.0
    CatalogService(store).search(CatalogFilter())
    assert store.queries[-1].fairness_boost == 0.0  # nothing wired: off


def test_bootstrap_wires_the_setting_into_the_catalog(tmp_path):
    from desktop.app.bootstrap import build_core

    core = build_core(tmp_path, with_local_server=False)
    try:
        assert core.services.catalog._fairness_boost == core.services.settings.catalog_fairness_boost
    finally:
        core.close()
