"""Catalog columns (#13.17): the product name is readable at the default window size, and the officer's own
widths and column order survive a restart of the window (kept in the UI settings)."""

from __future__ import annotations

import pytest

from desktop.services.catalog_service import CatalogService
from desktop.services.session import CurrentUser, SessionState
from desktop.ui.catalog import CatalogScreen
from desktop.ui.screen import UiContext
from desktop.ui.settings import UiSettings, table_header_option
from desktop.ui.tasks import TaskRunner
from sync.protocol import Role
from tests.ui.partial_services import partial_services

SCREEN_WIDTH = 1366 - 190  # the main window at 1366x768 minus the sidebar


@pytest.fixture
def open_catalog(qtbot, catalog_store, tmp_path):
    runner = TaskRunner()
    ini = str(tmp_path / "ui.ini")

    def open_screen() -> CatalogScreen:
        session = SessionState()
        session.set_user(CurrentUser(id="u-pp", username="pp.demo", full_name="Rina", role=Role.PP,
                                     opd_id="opd-1"))
        ctx = UiContext(services=partial_services(catalog=CatalogService(catalog_store)), tasks=runner,
                        session=session, navigate=lambda key, **p: None)
        ctx.ui_settings = UiSettings(ini)
        s = CatalogScreen(ctx)
        qtbot.addWidget(s)
        s.resize(SCREEN_WIDTH, 700)
        s.show()
        with qtbot.waitSignal(s.controller.results_shown, timeout=10000):
            s.activate(text="kursi")
        qtbot.waitUntil(lambda: s.controller.model.row_data(0) is not None, timeout=10000)
        return s

    yield open_screen
    runner.shutdown()


def test_product_names_on_screen_fit_their_column(open_catalog, qtbot):
    s = open_catalog()
    table, header = s.view.table, s.view.table.horizontalHeader()
    fm = table.fontMetrics()
    model = s.controller.model
    visible = [model.row_data(r).name for r in range(10)]
    widest = max(fm.horizontalAdvance(name) for name in visible)
    price = max(fm.horizontalAdvance(model.data(model.index(r, 1))) for r in range(10))
    # the whole name and the whole price show, and every column is on screen: no horizontal scrolling
    qtbot.waitUntil(lambda: header.sectionSize(0) >= widest + 8 and header.sectionSize(1) >= price
                    and header.length() <= table.viewport().width(), timeout=5000)
    assert not s.controller.columns.customized


def test_widths_and_order_survive_a_restart(open_catalog, qtbot):
    s = open_catalog()
    header = s.view.table.horizontalHeader()
    header.resizeSection(3, 333)  # as a drag of the column edge does
    header.moveSection(header.visualIndex(4), 1)  # Kab/Kota next to the product
    assert s.controller.columns.customized
    settings = s.ctx.ui_settings
    assert settings is not None and not settings.get(table_header_option("catalog")).isEmpty()
    settings.sync()
    s.close()
    s.deleteLater()

    again = open_catalog()
    header = again.view.table.horizontalHeader()
    assert header.sectionSize(3) == 333
    assert header.visualIndex(4) == 1
    assert again.controller.columns.customized
    again.resize(SCREEN_WIDTH - 200, 700)  # a kept layout is not refitted by a resize
    qtbot.waitUntil(lambda: again.view.table.viewport().width() < SCREEN_WIDTH - 200, timeout=5000)
    assert header.sectionSize(3) == 333


def test_automatic_widths_forget_the_saved_layout(open_catalog, qtbot):
    s = open_catalog()
    header = s.view.table.horizontalHeader()
    header.resizeSection(0, 90)
    header.moveSection(header.visualIndex(2), 0)
    s.controller.columns.reset()
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert header.sectionSize(0) > 90
    assert s.ctx.ui_settings.get(table_header_option("catalog")).isEmpty()


def test_fitting_measures_the_rows_on_screen_not_a_thousand(open_catalog, qtbot):
    """Qt measures up to 1000 rows for a column's width by default: on the lazy catalog model every fit after a
    keystroke asked for (and formatted, on the main thread) ten pages nobody looks at."""
    s = open_catalog()
    asked: list[int] = []
    s.controller.model.page_needed.connect(lambda generation, page, ids: asked.append(page))
    with qtbot.waitSignal(s.controller.results_shown, timeout=10000):
        s.activate(text="")  # every product: many pages of results
    assert s.controller.model.rowCount() > 500
    qtbot.waitUntil(lambda: s.controller.model.row_data(0) is not None, timeout=10000)
    s.controller.columns.fit()
    assert s.view.table.rowAt(s.view.table.viewport().height() - 1) < 100  # the screen shows page 0 only
    assert set(asked) <= {0}
