"""One office PC running the real main window against the live server: the officers log in in turn and press the
buttons they press every day. Every step waits on what the window shows (no sleeps); every printed document goes
through the preview dialog's "Simpan sebagai PDF" (the officer's print-to-PDF path) and is read back as text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.app import bootstrap
from desktop.app.gui import AppController
from desktop.domain.resources import resource_path
from desktop.store.records import Marketplace, TaxCollector
from desktop.ui.i18n import I18n
from desktop.ui.settings import UiSettings
from sync.protocol.states import OrderState
from tests.journeys.catalog import PMK58_MARKETPLACES, Item

TIMEOUT = 10_000
MARKET_NAMES = {"GRATIS_ONGKIR": "Gratis Ongkir", "MBIZ": "MBiz", "TISERA": "Tisera",
                "EKATALOG_LOKAL": "e-Katalog Lokal"}


@dataclass(frozen=True)
class Printed:
    """A document as the officer saved it from the preview: its PDF file and the text a reader extracts."""

    kind: str
    path: Path
    text: str
    official: bool
    reprint: bool
    qr_text: str = ""
    error: str = ""  # the message the officer got instead of a preview (nothing printed)

    @property
    def flat(self) -> str:
        """The text with line breaks folded to spaces (a table cell or a sentence may wrap anywhere)."""
        return " ".join(self.text.split())


def pdf_text(path: Path) -> str:
    """The page text in layout order (columns kept on their lines), as `pdftotext -layout` gives it; pypdf
    where poppler is missing."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              check=True, timeout=60)
        return done.stdout.decode("utf-8")
    return "\n".join(page.extract_text(extraction_mode="layout") or "" for page in PdfReader(str(path)).pages)


class Office:
    """The PC of one OPD. `login(role)` switches officer (logout, login, the sync after login)."""

    def __init__(self, bot: Any, live: Any, opd_id: str, folder: Path, *, marketplaces: bool = False) -> None:
        self.bot, self.live, self.opd_id, self.folder = bot, live, opd_id, folder
        folder.mkdir(parents=True, exist_ok=True)
        self.core = bootstrap.build_core(folder / "data", with_local_server=False)
        i18n = I18n(QApplication.instance(), resource_path("translations"), folder / "qm")
        self.app = AppController(self.core, UiSettings(str(folder / "ui.ini")), i18n, forced_server=live.url)
        self.app.start()
        self.window: Any = None
        self.role = ""
        self._printed = 0
        self._taxes: dict[str, Any] = {}
        if marketplaces:
            self.set_marketplaces()

    def close(self) -> None:
        self.app.shutdown()

    # -- officers ------------------------------------------------------------------------------------------
    def account(self, role: str, index: int = 0) -> dict[str, Any]:
        return self.live.account(role, opd_id=self.opd_id, index=index)

    def login(self, role: str, index: int = 0, online: bool = True) -> Any:
        app, bot = self.app, self.bot
        if app.window is not None and app.window.isVisible():
            app.on_logout()
        account = self.account(role, index)
        view = app.login_view
        view.username_edit.setText(account["username"])
        view.password_edit.setText(account["password"])
        with bot.waitSignal(app.login.logged_in, timeout=TIMEOUT) as blocker:
            view.login_button.click()
        assert blocker.args[0].online is online, f"{role} logged in online={blocker.args[0].online}"
        self.window, self.role = app.window, role
        bot.waitUntil(lambda: self.window.status.state != "syncing", timeout=TIMEOUT)  # the sync after login
        return self.window

    def set_marketplaces(self) -> None:
        """The OPD's list of marketplaces and who collects the taxes on each (PMK 58/2022). No screen edits this
        list and no sync brings it (see the journeys' report), so it is written where the desktop reads it."""
        with self.core.store.unit_of_work() as uow:
            uow.master.upsert_marketplaces([
                Marketplace(code, name, TaxCollector.PIHAK_LAIN if code in PMK58_MARKETPLACES
                            else TaxCollector.BENDAHARA) for code, name in MARKET_NAMES.items()])

    def sync(self) -> Any:
        """'Sinkronkan sekarang' from the status bar; everything this officer queued is delivered."""
        window, bot = self.window, self.bot
        bot.waitUntil(lambda: window.status.state != "syncing", timeout=TIMEOUT)
        with bot.waitSignal(window.status.sync_finished, timeout=TIMEOUT) as blocker:
            bot.mouseClick(window.status_view.sync_button, Qt.MouseButton.LeftButton)
        report = blocker.args[0]
        assert not isinstance(report, BaseException), report
        assert getattr(report.outbox, "rejected", 0) == 0, getattr(report.outbox, "conflicts", report)
        bot.waitUntil(lambda: window.status_view.pending_label.text() == "Menunggu dikirim: 0", timeout=TIMEOUT)
        return report

    def screen(self, key: str, **params: Any) -> Any:
        self.window.navigate(key, **params)
        self.bot.waitUntil(lambda: self.window.current_key() == key, timeout=TIMEOUT)
        return self.window.screen_for(key)

    def wait(self, condition: Any, what: str) -> None:
        """Wait for what the window shows; on timeout say what was awaited and what the screen said."""
        try:
            self.bot.waitUntil(condition, timeout=TIMEOUT)
        except Exception as exc:
            screen = self.window.screen_for(self.window.current_key()) if self.window else None
            view = getattr(screen, "view", screen)
            said = [getattr(view, name).text() for name in ("message", "status") if hasattr(view, name)]
            raise AssertionError(f"{self.role}: waited for {what}; the screen says {said}") from exc

    def click(self, button: Any) -> None:
        self.wait(button.isEnabled, f"'{button.text()}' to be enabled")
        self.bot.mouseClick(button, Qt.MouseButton.LeftButton)

    def later(self, fn: Any) -> None:
        """Answer the modal dialog the next click opens."""
        QTimer.singleShot(0, fn)

    # -- PP ------------------------------------------------------------------------------------------------
    def pp_orders(self, item: Item, qty: int | None = None) -> str:
        """Catalog → search the product → quantity → 'Tambah ke pesanan'; fill the budget fields; submit."""
        bot, window = self.bot, self.window
        catalog = self.screen("catalog")
        ctl = catalog.controller
        catalog.view.search.setText(item.product)
        ctl.search_now()
        bot.waitUntil(lambda: ctl.model.rowCount() == 1 and ctl.model.ids()[0] == item.product_id, timeout=TIMEOUT)
        catalog.view.table.selectRow(0)
        bot.waitUntil(lambda: ctl.current is not None and ctl.current.row.id == item.product_id, timeout=TIMEOUT)
        catalog.view.details.qty.setValue(qty or item.qty)
        self.click(catalog.view.details.add_button)
        bot.waitUntil(lambda: window.current_key() == "order_editor", timeout=TIMEOUT)
        editor = window.screen_for("order_editor")
        bot.waitUntil(lambda: editor.order is not None and len(editor.order.lines) == 1
                      and editor.order.lines[0].product_id == item.product_id, timeout=TIMEOUT)
        self.fill_budget(editor)
        return str(editor.order.id)

    def fill_budget(self, editor: Any) -> None:
        bot, v = self.bot, editor.view
        bot.waitUntil(lambda: v.sub_kegiatan.count() > 0 and v.kode_rekening.count() > 0, timeout=TIMEOUT)
        v.kode_rup.setText("51234567")
        v.kode_rup.editingFinished.emit()
        for combo in (v.sub_kegiatan, v.kode_rekening):
            combo.setCurrentIndex(0)
            combo.activated.emit(0)
        v.delivery_address.setText("Jl. Pemuda No. 134, Semarang")
        v.delivery_address.editingFinished.emit()
        deliver = dt.date.today() + dt.timedelta(days=14)
        v.delivery_date.edit.setText(f"{deliver:%d/%m/%Y}")  # typed as the officer types it
        v.delivery_date.commit_text()
        bot.waitUntil(lambda: bool(editor.order.kode_rup and editor.order.sub_kegiatan and editor.order.kode_rekening
                                   and editor.order.delivery_address), timeout=TIMEOUT)

    def edit_qty(self, order_id: str, qty: int) -> None:
        """Open the draft in the editor and type a new quantity in the first line."""
        editor = self.screen("order_editor", order_id=order_id)
        self.bot.waitUntil(lambda: editor.order is not None and editor.order.id == order_id, timeout=TIMEOUT)
        model = editor.view.lines_model
        from desktop.ui.order_editor.model import COL_QTY

        assert model.setData(model.index(0, COL_QTY), str(qty))
        self.bot.waitUntil(lambda: editor.order.lines[0].qty == qty, timeout=TIMEOUT)

    def submit(self, order_id: str) -> None:
        editor = self.screen("order_editor", order_id=order_id)
        self.bot.waitUntil(lambda: editor.order is not None and editor.order.id == order_id, timeout=TIMEOUT)
        editor.view.recheck_button.click()
        try:
            self.bot.waitUntil(editor.view.submit_button.isEnabled, timeout=TIMEOUT)
        except Exception as exc:
            checks = [f"{c.severity}: {c.title} — {c.detail}" for c in editor.view.checks_model.items()]
            raise AssertionError(f"submit stays disabled: {editor.view.route_note.text()} {checks}") from exc
        self.click(editor.view.submit_button)
        self.bot.waitUntil(lambda: editor.order.state is OrderState.DIAJUKAN, timeout=TIMEOUT)

    def marketplace_steps(self, order_id: str) -> None:
        """'Sudah dikirim ke penyedia', 'Dikonfirmasi penyedia', 'Dalam pengiriman' on the Pesanan screen."""
        orders = self.screen("orders", order_id=order_id)
        v = orders.view
        for button, state in ((v.sent_button, OrderState.DIKIRIM_KE_PENYEDIA),
                              (v.confirmed_button, OrderState.DIKONFIRMASI_PENYEDIA),
                              (v.shipped_button, OrderState.DALAM_PENGIRIMAN)):
            self.keep_selected(v.table, v.model.row_of, orders.selected, order_id, button.isEnabled,
                               f"'{button.text()}' for order {order_id}")
            self.bot.mouseClick(button, Qt.MouseButton.LeftButton)
            self.wait(lambda s=state: any(v.model.order(r).id == order_id and v.model.order(r).state is s
                                          for r in range(v.model.rowCount())), f"state {state.value}")

    # -- PPK -----------------------------------------------------------------------------------------------
    def keep_selected(self, table: Any, row_of: Any, selected: Any, order_id: str, then: Any = None,
                      what: str = "") -> None:
        """Click the order's row — again if a late reload of the screen moved the selection — until it is
        selected and `then()` holds (e.g. its buttons or figures are on screen)."""
        def settled() -> bool:
            current = selected()
            if current is None or current.id != order_id:
                row = row_of(order_id)
                if row >= 0:
                    table.selectRow(row)
                return False
            return then is None or bool(then())

        self.wait(settled, what or f"order {order_id} selected")

    def _select(self, table: Any, model: Any, order_id: str, of_row: Any, selected: Any = None,
                then: Any = None) -> None:
        def row_of(oid: str) -> int:
            return next((r for r in range(model.rowCount()) if of_row(r).id == oid), -1)

        self.keep_selected(table, row_of, selected or (lambda: None), order_id, then)

    def approve(self, order_id: str) -> None:
        inbox = self.screen("ppk_inbox")
        v = inbox.view
        self._select(v.inbox_table, v.inbox_model, order_id, lambda r: v.inbox_model.item(r).order,
                     inbox.inbox_order, lambda: v.approve_button.isEnabled())
        self.bot.mouseClick(v.approve_button, Qt.MouseButton.LeftButton)
        self.bot.waitUntil(lambda: all(v.inbox_model.item(r).order.id != order_id
                                       for r in range(v.inbox_model.rowCount())), timeout=TIMEOUT)

    def can_approve(self, order_id: str) -> tuple[bool, str]:
        """Whether the approve button is enabled for this order, and what the inbox says about it."""
        inbox = self.screen("ppk_inbox")
        v = inbox.view
        self._select(v.inbox_table, v.inbox_model, order_id, lambda r: v.inbox_model.item(r).order,
                     inbox.inbox_order, lambda: order_id in inbox.allowed)
        return v.approve_button.isEnabled(), v.inbox_detail.text()

    def deliveries(self, order_id: str, button: str = "") -> Any:
        """The PPK's 'Pengiriman' tab with this order selected (and `button` of the view enabled for it)."""
        inbox = self.screen("ppk_inbox")
        v = inbox.view
        v.tabs.setCurrentIndex(1)
        self._select(v.deliveries_table, v.deliveries_model, order_id, v.deliveries_model.order,
                     inbox.delivery_order,
                     lambda: getattr(v, button).isEnabled() if button else order_id in inbox.allowed)
        return inbox

    def receive_and_sign_bast(self, order_id: str) -> None:
        """Pemeriksaan (all ticks, full quantities) then the BAST, numbered from this PC's block."""
        for action, reached in (("receive", OrderState.DITERIMA), ("sign_bast", OrderState.BAST)):
            inbox = self.deliveries(order_id, "receive_button" if action == "receive" else "bast_button")
            self.later(lambda i=inbox: i.last_dialog.accept())
            getattr(inbox, action)()
            model = inbox.view.deliveries_model
            self.bot.waitUntil(lambda m=model, s=reached: any(
                m.order(r).id == order_id and m.order(r).state is s for r in range(m.rowCount())), timeout=TIMEOUT)

    def print_from_deliveries(self, kind: str, order_id: str, shot: Path | None = None) -> Printed:
        inbox = self.deliveries(order_id, "print_sp_button" if kind == "sp" else "print_bast_button")
        button = inbox.view.print_sp_button if kind == "sp" else inbox.view.print_bast_button
        return self.print_with(inbox, button, shot)

    # -- PA/KPA --------------------------------------------------------------------------------------------
    def authorize_payment(self, order_id: str) -> None:
        consent = self.screen("ppk_inbox")
        v = consent.view
        self._select(v.consent_table, v.consent_model, order_id, v.consent_model.order,
                     consent.consent_order, lambda: v.authorize_button.isEnabled())
        self.bot.mouseClick(v.authorize_button, Qt.MouseButton.LeftButton)
        self.bot.waitUntil(lambda: all(v.consent_model.order(r).id != order_id
                                       for r in range(v.consent_model.rowCount())), timeout=TIMEOUT)

    # -- Bendahara -----------------------------------------------------------------------------------------
    def desk(self, order_id: str) -> Any:
        """The desk with this order selected and its own tax breakdown on screen (not the previous order's)."""
        desk = self.screen("bendahara", order_id=order_id)
        if order_id not in self._taxes:  # what the desk must show for this order (the same service call)
            self._taxes[order_id] = self.core.services.payments.taxes(order_id)
        expected = self._taxes[order_id]
        self.keep_selected(desk.view.table, desk.view.model.row_of, desk.selected, order_id,
                           lambda: desk.taxes == expected, "the order's taxes on the desk")
        return desk

    def request_payment(self, order_id: str) -> None:
        desk = self.desk(order_id)
        self.click(desk.view.request_button)
        self.bot.waitUntil(lambda: "PA/KPA" in desk.view.status.text(), timeout=TIMEOUT)

    def pay(self, order_id: str, bku: str) -> dict[str, str]:
        """Record the payment by transfer; returns what the desk and the payment dialog told the Bendahara."""
        desk = self.desk(order_id)
        self.wait(desk.view.pay_button.isEnabled, f"payment of {desk.selected().title}")
        shown = {key: value.text() for key, (_label, value) in desk.view.figures.items()}
        told: dict[str, str] = {}

        def fill() -> None:
            dialog = desk.last_dialog
            told["dialog"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
            dialog.method.setCurrentIndex(dialog.method.findData("TRANSFER"))
            self.bot.keyClicks(dialog.bku, bku)
            for n, edit in enumerate(getattr(dialog, "ntpn", {}).values()):  # deposited the same day
                self.bot.keyClicks(edit, f"{bku}{n:02d}A1B2C3D4E5"[:16])
            dialog.accept()

        self.later(fill)
        desk.record_payment()
        self.bot.waitUntil(lambda: f"BKU {bku}" in desk.view.status.text(), timeout=TIMEOUT)
        self._taxes.pop(order_id, None)  # paid: the desk now shows the payment record
        return {**shown, **told}

    def complete(self, order_id: str) -> None:
        desk = self.desk(order_id)
        self.click(desk.view.complete_button)
        self.bot.waitUntil(lambda: desk.view.model.row_of(order_id) < 0, timeout=TIMEOUT)

    def print_kuitansi(self, order_id: str) -> Printed:
        desk = self.desk(order_id)
        return self.print_with(desk, desk.view.kuitansi_button)

    def print_book(self, kind: str, order_id: str | None = None) -> Printed:
        """'Cetak BKU…' / 'Cetak Buku Pembantu Pajak…' on the desk. A month the documents cannot build shows the
        officer a message instead of a preview: that message is kept as the Printed's error."""
        desk = self.desk(order_id) if order_id else self.screen("bendahara")
        button = desk.view.bku_button if kind == "bku" else desk.view.tax_book_button
        desk.view.message.setText("")
        return self.print_with(desk, button, said=desk.view.message)

    # -- documents -----------------------------------------------------------------------------------------
    def print_with(self, screen: Any, button: Any, shot: Path | None = None, said: Any = None) -> Printed:
        """Press the print button, wait for the preview, 'Simpan sebagai PDF', close the preview. `shot`: a
        screenshot of the preview as the officer sees it (PNG). `said`: the label where the screen tells the
        officer why nothing can be printed (its text becomes the Printed's error)."""
        screen.setProperty("last_preview", None)
        self.click(button)
        self.wait(lambda: screen.property("last_preview") is not None or bool(said and said.text()),
                  "the document's preview")
        if screen.property("last_preview") is None:
            return Printed("?", self.folder / "not-printed.pdf", "", False, False, error=said.text())
        dialog = screen.property("last_preview")
        rendered = dialog.rendered
        self._printed += 1
        path = self.folder / f"{self._printed:02d}_{self.role}_{rendered.filename}"
        if shot is not None:
            self.screenshot(dialog, shot)
        assert dialog.save_to(path), dialog.status.text()
        dialog.close()
        return Printed(rendered.kind, path, pdf_text(path), rendered.official, rendered.reprint, rendered.qr_text)

    def screenshot(self, dialog: Any, path: Path) -> None:
        """The preview once its first page is painted (the PDF view renders pages in the background)."""
        from PySide6.QtPdf import QPdfDocument

        dialog.resize(900, 1000)
        self.wait(lambda: dialog.document.status() == QPdfDocument.Status.Ready, "the PDF in the preview")

        def painted() -> bool:  # text on the page: enough dark pixels on a sparse grid of the PDF view
            view = dialog.pdf_view.grab().toImage()
            dark = sum(1 for x in range(0, view.width(), 7) for y in range(0, view.height(), 7)
                       if view.pixelColor(x, y).lightness() < 90)
            return dark > 40

        self.wait(painted, "the preview's first page painted")
        path.parent.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(path)), path

    def history(self, order_id: str) -> dict[str, Any]:
        """What the history screen shows for this order: the summary line and every timeline row."""
        screen = self.screen("history", order_id=order_id)
        title = self.core.services.orders.get(order_id).title
        self.wait(lambda: screen.order_id == order_id and screen.summary.text().startswith(title)
                  and screen.model.rowCount() > 0, f"the history of {title}")
        model = screen.model
        rows = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        return {"summary": screen.summary.text(), "rows": rows}


def dismiss_questions(monkeypatch: Any) -> None:
    """Every 'Are you sure?' is answered yes, as the officer does."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
