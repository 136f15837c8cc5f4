"""Catalog wiring: debounced search-as-you-type on the read lane, page fetches for the lazy model, filters,
details, and "Tambah ke pesanan" through the order service on the DB lane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.errors import MoneyError
from desktop.domain.money import format_rupiah, parse_rupiah
from desktop.services.catalog_service import CatalogService
from desktop.services.catalog_view import (
    CATEGORY_NAMES,
    LEGAL_FORM_NAMES,
    MARKETPLACE_NAMES,
    CatalogFilter,
    FilterOptions,
    ProductDetail,
    ProductRow,
    SearchResult,
)
from desktop.services.order_view import OrderView
from desktop.ui.catalog.model import PAGE_SIZE, ROW_ROLE, CatalogTableModel
from desktop.ui.catalog.view import CatalogView
from desktop.ui.i18n import count_text, message_of
from desktop.ui.screen import Screen, UiContext
from desktop.ui.tasks import TaskHandle
from desktop.ui.widgets.table_columns import FittedColumns
from sync.protocol import Role
from sync.protocol.states import OrderState

DEBOUNCE_MS = 150

# lupdate only sees literal strings: the names of catalog_view's codes, marked for translation here.
_NAMES = (
    QT_TRANSLATE_NOOP("CatalogController", "Katering makanan"),
    QT_TRANSLATE_NOOP("CatalogController", "Alat tulis dan perlengkapan kantor"),
    QT_TRANSLATE_NOOP("CatalogController", "Sabun, masker dan hand sanitizer"),
    QT_TRANSLATE_NOOP("CatalogController", "Furnitur"),
    QT_TRANSLATE_NOOP("CatalogController", "Konveksi dan seragam"),
    QT_TRANSLATE_NOOP("CatalogController", "Beras dan bahan pangan"),
    QT_TRANSLATE_NOOP("CatalogController", "Pasir dan material bangunan"),
    QT_TRANSLATE_NOOP("CatalogController", "Jasa (kebersihan, servis, sewa)"),
    QT_TRANSLATE_NOOP("CatalogController", "Perorangan (UMKM)"),
    QT_TRANSLATE_NOOP("CatalogController", "Badan usaha"),
)


class CatalogController(QObject):
    results_shown = Signal(int)  # number of ids shown, after each completed search
    order_updated = Signal(object)  # the OrderView after "Tambah ke pesanan"

    def __init__(self, ctx: UiContext, view: CatalogView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.model = CatalogTableModel(self)
        view.table.setModel(self.model)
        # the product name stretches; the officer's own widths and order are kept across starts
        self.columns = FittedColumns(view.table, stretch=0, shrinkable=(6, 5, 4, 3), key="catalog",
                                     settings=ctx.ui_settings)
        self.model.page_needed.connect(self._fetch_page)
        self._search_handle: TaskHandle | None = None
        self._detail_handle: TaskHandle | None = None
        self._search_seq = 0
        self.last_result: SearchResult | None = None
        self.current: ProductDetail | None = None
        self.options = FilterOptions()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        view.search.textChanged.connect(self._debounce.start)
        for combo in (view.category, view.kabkota, view.marketplace, view.legal_form):
            combo.currentIndexChanged.connect(self.search_now)
        view.price_min.editingFinished.connect(self.search_now)
        view.price_max.editingFinished.connect(self.search_now)
        view.never_sold.toggled.connect(self.search_now)
        view.reset_button.clicked.connect(self.reset_filters)
        view.search.returnPressed.connect(self.search_now)
        view.table.selectionModel().selectionChanged.connect(self._on_selection)
        view.table.activated.connect(lambda _index: view.details.add_button.setFocus())
        view.details.add_button.clicked.connect(self.add_to_order)
        self.show_detail(None)

    @property
    def service(self) -> CatalogService:
        return self.ctx.services.catalog

    # --- filter choices -----------------------------------------------------------------------------------------
    def load_options(self) -> None:
        """Filter choices and results, in parallel on the read lane; re-run on each visit because a sync may
        have brought new categories, prices or delistings. The combos keep the officer's current choices."""
        self.ctx.tasks.run_read(self.service.filter_options, on_done=self._apply_options,
                                on_error=self._on_error)
        self.search_now()

    def _apply_options(self, options: FilterOptions) -> None:
        self.options = options
        self.fill_combos()

    def fill_combos(self) -> None:
        v, o = self.view, self.options
        all_text = self.tr("Semua")
        cat_names = {code: self.tr(name) for code, name in CATEGORY_NAMES.items()}
        entries = (
            (v.category, [(c, cat_names.get(c, n)) for c, n in o.categories]),
            (v.kabkota, list(o.kabkotas)),
            (v.marketplace, list(o.marketplaces)),
            (v.legal_form, [(c, self.tr(LEGAL_FORM_NAMES.get(c, n))) for c, n in o.legal_forms]),
        )
        for combo, items in entries:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for code, name in items:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)

    def reset_filters(self) -> None:
        v = self.view
        for w in (v.category, v.kabkota, v.marketplace, v.legal_form, v.never_sold, v.price_min, v.price_max):
            w.blockSignals(True)
        for combo in (v.category, v.kabkota, v.marketplace, v.legal_form):
            combo.setCurrentIndex(0)
        v.never_sold.setChecked(False)
        v.price_min.clear()
        v.price_max.clear()
        for w in (v.category, v.kabkota, v.marketplace, v.legal_form, v.never_sold, v.price_min, v.price_max):
            w.blockSignals(False)
        self.search_now()

    # --- search -------------------------------------------------------------------------------------------------
    def current_filter(self) -> CatalogFilter | None:
        """The filter in the widgets, or None (with a message) when a price cannot be read."""
        v = self.view
        prices: list[int | None] = []
        for edit in (v.price_min, v.price_max):
            text = edit.text().strip()
            try:
                prices.append(parse_rupiah(text) if text else None)
            except MoneyError:
                v.count_label.setText(self.tr("Harga \"%1\" tidak terbaca. Tulis angka saja, misalnya 150000 "
                                              "atau Rp150.000.").replace("%1", text))
                edit.setFocus()
                return None
        return CatalogFilter(
            text=v.search.text(), category=v.category.currentData(), kabkota_code=v.kabkota.currentData(),
            marketplace=v.marketplace.currentData(), legal_form=v.legal_form.currentData(),
            price_min=prices[0], price_max=prices[1], never_sold_only=v.never_sold.isChecked(),
        )

    def search_now(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt is None:
            return
        if self._search_handle is not None:
            self._search_handle.cancel()  # superseded by this keystroke
        self._search_seq += 1
        seq = self._search_seq
        service = self.service
        self._search_handle = self.ctx.tasks.run_read(
            lambda: service.search_with_first_page(flt, PAGE_SIZE),
            on_done=lambda found: self._show_result(seq, *found), on_error=self._on_error)

    def _show_result(self, seq: int, result: SearchResult, first_rows: dict[int, Any] | None = None) -> None:
        if seq != self._search_seq:
            return
        self.last_result = result
        keep = self.current.row.id if self.current is not None else None
        generation = self.model.set_ids(result.ids, result.boosted)
        if first_rows:
            self.model.page_loaded(generation, 0, first_rows)  # painted at once, no placeholder round trip
        if result.ids:
            self.view.count_label.setText(self._count_text(result))
        else:
            self.view.count_label.setText(self.tr(
                "Tidak ada produk yang cocok. Periksa ejaan, kurangi kata kunci, atau tekan Atur ulang filter."))
        if keep is not None and keep in result.ids:  # a refresh (e.g. after sync) keeps the officer's place
            row = result.ids.index(keep)
            self.view.table.selectRow(row)
            self.view.table.scrollTo(self.model.index(row, 0))
        else:
            self.show_detail(None)
        self.results_shown.emit(len(result.ids))

    def _count_text(self, result: SearchResult) -> str:
        shown = count_text(len(result.ids))
        if len(result.ids) < result.total or not result.exact:
            approx = "" if result.exact else "±"
            return self.tr("Menampilkan %1 dari %2%3 produk. Persempit pencarian untuk melihat sisanya.").replace(
                "%1", shown).replace("%2", approx).replace("%3", count_text(result.total))
        return self.tr("%1 produk ditemukan.").replace("%1", shown)

    def _fetch_page(self, generation: int, page: int, ids: tuple[int, ...]) -> None:
        service, model = self.service, self.model
        self.ctx.tasks.run_read(lambda: service.rows(ids),
                                on_done=lambda rows: model.page_loaded(generation, page, rows),
                                on_error=lambda exc: model.page_failed(generation, page))

    # --- details ------------------------------------------------------------------------------------------------
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        product_id = self.model.ids()[indexes[0].row()]
        if self._detail_handle is not None:
            self._detail_handle.cancel()
        service = self.service
        self._detail_handle = self.ctx.tasks.run_read(lambda: service.detail(product_id),
                                                      on_done=self.show_detail, on_error=self._on_error)

    def selected_row(self) -> ProductRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def show_detail(self, detail: ProductDetail | None) -> None:
        d = self.view.details
        if detail is not None and (self.current is None or self.current.row.id != detail.row.id):
            d.qty.setValue(1)
        self.current = detail
        has = detail is not None
        for w in (d.name, d.price, d.description, d.qty, d.qty_label, d.add_button):
            w.setVisible(has)
        for caption, value in d.fields.values():
            caption.setVisible(has)
            value.setVisible(has)
        d.empty.setVisible(not has)
        d.badge.setVisible(detail is not None and detail.row.never_sold)
        self.retranslate_details()

    def retranslate_details(self) -> None:
        d, detail = self.view.details, self.current
        d.empty.setText(self.tr("Pilih produk di tabel untuk melihat rinciannya."))
        d.qty_label.setText(self.tr("&Jumlah"))
        d.add_button.setText(self.tr("Tambah ke &pesanan"))  # not Alt+T: that opens the Tampilan menu
        d.badge.setText(self.tr("★ Penyedia UMKM ini belum pernah terjual — pesanan Anda membantu pemerataan."))
        captions = {"unit": self.tr("Satuan"), "category": self.tr("Kategori"), "stock": self.tr("Stok"),
                    "tkdn": self.tr("TKDN"), "provider": self.tr("Penyedia"), "legal_form": self.tr("Bentuk usaha"),
                    "kabkota": self.tr("Kab/Kota"), "marketplace": self.tr("Lokapasar"),
                    "tax": self.tr("Pajak"), "address": self.tr("Alamat")}
        for key, (caption, _value) in d.fields.items():
            caption.setText(captions[key])
        if detail is None:
            return
        r = detail.row
        d.name.setText(r.name)
        d.price.setText(self.tr("%1 per %2").replace("%1", format_rupiah(r.price)).replace("%2", r.unit))
        yes, no = self.tr("ya"), self.tr("tidak")
        values = {
            "unit": r.unit, "category": self.tr(CATEGORY_NAMES.get(r.category, r.category)),
            "stock": count_text(r.stock), "tkdn": "–" if detail.tkdn is None else f"{detail.tkdn:.0f}%".replace(".", ","),
            "provider": r.provider_name, "legal_form": self.tr(LEGAL_FORM_NAMES.get(r.legal_form, r.legal_form)),
            "kabkota": r.kabkota, "marketplace": MARKETPLACE_NAMES.get(r.marketplace, r.marketplace),
            "tax": self.tr("PKP: %1 · NPWP: %2 · Suket PP 55: %3").replace("%1", yes if detail.provider_pkp else no)
            .replace("%2", yes if detail.provider_npwp else no).replace("%3", yes if detail.provider_suket_pp55 else no),
            "address": detail.provider_address,
        }
        for key, (_caption, value) in d.fields.items():
            value.setText(values[key])
        d.description.setText(detail.description)

    # --- add to order -------------------------------------------------------------------------------------------
    def add_to_order(self) -> None:
        detail = self.current
        if detail is None:
            return
        qty = self.view.details.qty.value()
        orders = self.ctx.services.orders
        if orders is None:  # the order service is not part of this build: let the editor take it
            self.ctx.navigate("order_editor", product_id=detail.row.id, qty=qty)
            return
        product_id, provider_id = detail.row.id, detail.row.provider_id

        def work() -> OrderView:
            # one open draft per seller: add to it, or start a new one
            draft = next((o for o in orders.list_mine() if o.state == OrderState.DRAFT and o.provider
                          and o.provider.id == provider_id), None)
            if draft is None:
                return orders.create_draft(product_id, qty)
            return orders.add_line(draft.id, product_id, qty)

        self.ctx.tasks.run_db(work, on_done=self._on_added, on_error=self._on_error)

    def _on_added(self, order: OrderView) -> None:
        self.order_updated.emit(order)
        self.ctx.notify(self.tr("Produk ditambahkan ke draf pesanan. Lengkapi pesanan lalu ajukan ke PPK."))
        self.ctx.navigate("order_editor", order_id=order.id)

    def _on_error(self, exc: BaseException) -> None:
        message = message_of(exc) or self.tr(
            "Katalog tidak dapat dibaca (%1). Coba lagi; bila berulang, sinkronkan ulang katalog.").replace(
            "%1", type(exc).__name__)
        self.view.count_label.setText(message)
        self.ctx.notify(message)


class CatalogScreen(Screen):
    key = "catalog"
    roles = frozenset({Role.PP, Role.ADMIN_OPD})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = CatalogView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        self.controller = CatalogController(ctx, self.view, self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._focus_search)
        # keyboard use: ↓ in the search box goes down into the results (Tab would cross every filter first)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.view.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._focus_results)
        self.retranslate()

    def _focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    def _focus_results(self) -> None:
        table = self.view.table
        if table.model().rowCount() == 0:
            return
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.selectionModel().hasSelection():
            table.selectRow(0)

    def title(self) -> str:
        return self.tr("Katalog")

    def activate(self, **params: Any) -> None:
        if "text" in params:
            self.view.search.blockSignals(True)
            self.view.search.setText(str(params["text"]))
            self.view.search.blockSignals(False)
        self.controller.load_options()  # then searches with the current text and filters
        self.view.search.setFocus()

    def deactivate(self) -> None:
        self.controller._debounce.stop()

    def retranslate(self) -> None:
        v = self.view
        v.search.setPlaceholderText(self.tr("Cari produk, penyedia, kab/kota… (Ctrl+F)"))
        v.labels["category"].setText(self.tr("&Kategori"))
        v.labels["kabkota"].setText(self.tr("Kab/K&ota"))
        v.labels["marketplace"].setText(self.tr("&Lokapasar"))
        v.labels["legal_form"].setText(self.tr("Bentuk &usaha"))
        v.labels["price"].setText(self.tr("Harga (&Rp)"))
        v.price_min.setPlaceholderText(self.tr("minimal"))
        v.price_max.setPlaceholderText(self.tr("maksimal"))
        v.never_sold.setText(self.tr("Produk UMKM belum pernah terjual"))
        v.never_sold.setToolTip(self.tr("Tampilkan hanya produk dari penyedia yang belum pernah mendapat pesanan"))
        v.reset_button.setText(self.tr("Atur ulang filter"))
        self.controller.model.retranslate()
        self.controller.fill_combos()
        self.controller.retranslate_details()
        if self.controller.last_result is not None and self.controller.last_result.ids:
            v.count_label.setText(self.controller._count_text(self.controller.last_result))
