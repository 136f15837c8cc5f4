"""Catalog screen offscreen, over a real store with 3,000 generated products and the real task lanes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.catalog_service import CatalogService
from desktop.services.session import CurrentUser, SessionState
from desktop.ui.catalog import CatalogScreen
from desktop.ui.catalog.model import PAGE_SIZE, CatalogTableModel
from desktop.ui.screen import UiContext
from desktop.ui.tasks import TaskRunner
from sync.protocol import Role
from tests.ui.partial_services import partial_services


class CountingCatalog(CatalogService):
    def __init__(self, store) -> None:
        super().__init__(store)
        self.searches: list[str] = []

    def search(self, flt, limit=1000):
        self.searches.append(flt.text)
        return super().search(flt, limit)


@pytest.fixture
def screen(qtbot, catalog_store):
    runner = TaskRunner()
    session = SessionState()
    session.set_user(CurrentUser(id="u-pp", username="pp.demo", full_name="Rina", role=Role.PP, opd_id="opd-1"))
    nav: list = []
    services = partial_services(catalog=CountingCatalog(catalog_store))
    ctx = UiContext(services=services, tasks=runner, session=session,
                    navigate=lambda key, **p: nav.append((key, p)))
    ctx.extras["nav"] = nav
    s = CatalogScreen(ctx)
    qtbot.addWidget(s)
    s.resize(1100, 600)
    s.show()
    with qtbot.waitSignal(s.controller.results_shown, timeout=10000):
        s.activate()
    qtbot.waitUntil(lambda: s.view.category.count() > 1, timeout=10000)  # filter choices arrive in parallel
    yield s
    runner.shutdown()


def wait_rows_loaded(qtbot, s, row=0):
    s.controller.model.data(s.controller.model.index(row, 0))  # as the view would, to request the page
    qtbot.waitUntil(lambda: s.controller.model.row_data(row) is not None, timeout=10000)


def test_initial_browse_and_filter_choices(screen, qtbot):
    model = screen.controller.model
    assert model.rowCount() == 1000  # ids capped; the label says how many more exist
    assert screen.view.category.count() > 1 and screen.view.category.itemText(0) == "Semua"
    assert model.row_data(0) is not None  # the first page came with the search: no placeholder flash
    assert "Menampilkan 1.000 dari 3.000 produk" in screen.view.count_label.text()


def test_search_as_you_type_is_debounced(screen, qtbot):
    svc = screen.ctx.services.catalog
    before = len(svc.searches)
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        qtbot.keyClicks(screen.view.search, "kursi")
    assert svc.searches[before:] == ["kursi"]  # five keystrokes, one query
    wait_rows_loaded(qtbot, screen)
    model = screen.controller.model
    names = [model.row_data(r).name.lower() for r in range(min(model.rowCount(), PAGE_SIZE))]
    assert names and all("kursi" in n for n in names)


def test_no_match_tells_what_to_do(screen, qtbot):
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        qtbot.keyClicks(screen.view.search, "zzzqqq")
    assert screen.controller.model.rowCount() == 0
    assert "Atur ulang filter" in screen.view.count_label.text()


def test_never_sold_filter_and_badge(screen, qtbot):
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        screen.view.never_sold.setChecked(True)
    wait_rows_loaded(qtbot, screen)
    model = screen.controller.model
    assert 0 < model.rowCount() < 3000
    assert model.data(model.index(0, 6)) == "★ Belum terjual"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_category_and_price_filters(screen, qtbot):
    v = screen.view
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        v.category.setCurrentIndex(v.category.findData("FURNITUR"))
    v.price_max.setText("Rp1.000.000")
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        v.price_max.editingFinished.emit()
    wait_rows_loaded(qtbot, screen)
    model = screen.controller.model
    rows = [model.row_data(r) for r in range(min(model.rowCount(), PAGE_SIZE))]
    assert rows and all(r.category == "FURNITUR" and r.price <= 1_000_000 for r in rows)
    v.price_min.setText("seratus")
    screen.controller.search_now()
    assert "tidak terbaca" in v.count_label.text()


def test_price_column_formatted_and_right_aligned(screen, qtbot):
    wait_rows_loaded(qtbot, screen)
    model = screen.controller.model
    text = model.data(model.index(0, 1))
    assert text.startswith("Rp") and text.endswith(",00")
    align = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)


def test_details_and_add_to_order_without_order_service(screen, qtbot):
    wait_rows_loaded(qtbot, screen)
    screen.view.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.controller.current is not None, timeout=10000)
    detail = screen.controller.current
    assert screen.view.details.name.text() == detail.row.name
    screen.view.details.qty.setValue(3)
    qtbot.mouseClick(screen.view.details.add_button, Qt.MouseButton.LeftButton)
    assert screen.ctx.extras["nav"][-1] == ("order_editor", {"product_id": detail.row.id, "qty": 3})


def test_lazy_model_requests_only_painted_pages(qtbot):
    model = CatalogTableModel()
    requests: list[tuple[int, int, tuple]] = []
    model.page_needed.connect(lambda g, p, ids: requests.append((g, p, ids)))
    gen = model.set_ids(range(1, 1001))
    assert model.rowCount() == 1000 and requests == []  # nothing fetched until asked
    assert model.data(model.index(250, 0)) == "Memuat…"
    assert model.data(model.index(260, 0)) == "Memuat…"  # same page: asked once
    assert [(g, p) for g, p, _ in requests] == [(gen, 2)]
    assert requests[0][2] == tuple(range(201, 301))
    from desktop.services.catalog_view import ProductRow

    rows = {i: ProductRow(i, f"Produk {i}", 1000 * i, "pcs", "ATK", 1, "UD X", "Kota Semarang", "MBIZ",
                          "perorangan", 5, i % 2 == 0) for i in requests[0][2]}
    model.page_loaded(gen - 1, 2, rows)  # a stale generation is ignored
    assert model.row_data(250) is None
    model.page_loaded(gen, 2, rows)
    assert model.data(model.index(250, 0)) == "Produk 251"
    assert model.data(model.index(250, 1)) == "Rp251.000,00"
    model.set_ids([5, 6])
    assert model.loaded_pages() == [] and model.rowCount() == 2


def test_refresh_keeps_the_selected_product(screen, qtbot):
    wait_rows_loaded(qtbot, screen)
    screen.view.table.selectRow(3)
    qtbot.waitUntil(lambda: screen.controller.current is not None, timeout=10000)
    chosen = screen.controller.current.row.id
    with qtbot.waitSignal(screen.controller.results_shown, timeout=10000):
        screen.activate()  # e.g. after a sync
    qtbot.waitUntil(lambda: screen.controller.current is not None and screen.controller.current.row.id == chosen,
                    timeout=10000)


def test_boosted_rows_show_the_new_provider_marker(screen, qtbot):
    from desktop.services.catalog_view import ProductRow, SearchResult

    rows = {i: ProductRow(i, f"Produk {i}", 1000 * i, "pcs", "ATK", 1, "UD X", "Kota Semarang", "MBIZ",
                          "perorangan", 5, i == 2) for i in (1, 2)}
    c = screen.controller
    c._show_result(c._search_seq, SearchResult(ids=(2, 1), total=2, boosted=frozenset({2})), rows)
    model = c.model
    assert model.data(model.index(0, 6)) == "★ Belum terjual · ↑ dinaikkan: penyedia baru"
    assert "Dinaikkan: penyedia baru" in model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 6)) == ""
    assert model.data(model.index(1, 6), Qt.ItemDataRole.ToolTipRole) is None
