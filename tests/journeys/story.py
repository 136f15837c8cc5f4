"""The officers' day, step by step, and what each journey keeps to check afterwards: every document printed
(before and after the sync that tells the server), what the Bendahara's desk showed, what the server holds, what
the history screen shows, and the month's books with their CSV/XLSX exports.

Several purchases can share one office: the officers handle them in the same sittings (as they do), and the
Bendahara's books then hold all of them, so one order's taxes must not bleed into another's."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.documents import exports
from desktop.documents.books import build_register
from desktop.documents.model import DocumentOptions
from tests.journeys.catalog import Item
from tests.journeys.office import Office, Printed, pdf_text
from tests.sync.kit import ServerView

BEFORE, AFTER = "before", "after"  # printed on the PC before the step reached the server / reprinted after


@dataclass
class Purchase:
    """One order and everything it left behind. `printed[(kind, phase)]`, kind sp | bast | kuitansi."""

    item: Item
    bku: str  # the BKU number the Bendahara types when recording the payment
    order_id: str = ""
    printed: dict[tuple[str, str], Printed] = field(default_factory=dict)
    desk: dict[str, str] = field(default_factory=dict)  # the Bendahara's desk and payment dialog, as shown
    server: dict[str, Any] = field(default_factory=dict)
    local: Any = None  # the order as the PC holds it at the end (desktop.store record)
    history: dict[str, Any] = field(default_factory=dict)
    blocked: str = ""  # the step the officers could not get past, and what the screen said


@dataclass
class Books:
    """The Bendahara's month: BKU and Buku Pembantu Pajak as printed from the desk, the register, the exports."""

    bku: Printed | None = None
    pajak: Printed | None = None
    register: Printed | None = None
    csv: dict[str, str] = field(default_factory=dict)
    xlsx: dict[str, list[list[Any]]] = field(default_factory=dict)


@dataclass
class Journey:
    office: Office
    purchases: list[Purchase]
    books: dict[str, Books] = field(default_factory=lambda: {BEFORE: Books(), AFTER: Books()})
    notes: dict[str, Any] = field(default_factory=dict)  # what a journey keeps for its own tests

    def purchase(self, key: str) -> Purchase:
        """The purchase; a test of a purchase the officers could not finish fails with the reason."""
        found = next(p for p in self.purchases if p.item.key == key)
        assert not found.blocked, f"the officers could not finish purchase ({key}): {found.blocked}"
        return found

    def going(self) -> list[Purchase]:
        return [p for p in self.purchases if not p.blocked]

    def documents(self, purchase: Purchase | None = None) -> list[Printed]:
        """Every PDF of this journey (of one purchase, plus the shared books)."""
        docs = [d for p in self.purchases if purchase is None or p is purchase for d in p.printed.values()]
        return docs + [b for books in self.books.values() for b in (books.bku, books.pajak, books.register) if b]


def each(j: Journey, step: str, act: Any) -> None:
    """Do `act(purchase)` for every purchase still going; one the window refuses is set aside with the
    reason, so one defect stops only its own purchase (its tests then fail with that reason)."""
    for p in j.going():
        try:
            act(p)
        except AssertionError as exc:
            p.blocked = f"{step}: {exc}"


# -- the officers' steps --------------------------------------------------------------------------------------
def pp_drafts_and_submits(j: Journey, *, online: bool = True) -> None:
    o = j.office
    o.login("PP", online=online)

    def order(p: Purchase) -> None:
        p.order_id = o.pp_orders(p.item)
        o.submit(p.order_id)

    each(j, "PP drafts and submits", order)
    if online:
        o.sync()


def ppk_approves_and_prints_sp(j: Journey, *, online: bool = True, login: bool = True,
                               shot: Path | None = None) -> None:
    """The PPK approves each order and prints its SP (`shot`: a screenshot of the first SP's preview)."""
    o = j.office
    if login:
        o.login("PPK", online=online)

    def approve(p: Purchase) -> None:
        o.approve(p.order_id)
        p.printed["sp", BEFORE] = o.print_from_deliveries("sp", p.order_id, shot if p is j.purchases[0] else None)

    each(j, "PPK approves and prints the SP", approve)
    if online:
        o.sync()


def ppk_follows_delivery_and_signs_bast(j: Journey) -> None:
    """In the same sitting (a small OPD: the PPK keeps the marketplace steps the seller reports), the PPK
    records sent / confirmed / shipped, inspects the goods and signs the BAST, then syncs."""
    o = j.office

    def deliver(p: Purchase) -> None:
        o.marketplace_steps(p.order_id)
        o.receive_and_sign_bast(p.order_id)
        p.printed["bast", BEFORE] = o.print_from_deliveries("bast", p.order_id)

    each(j, "PPK follows the delivery and signs the BAST", deliver)
    o.sync()


def payment_requested_and_authorized(j: Journey) -> None:
    o = j.office
    o.login("BENDAHARA")
    each(j, "Bendahara asks to pay", lambda p: o.request_payment(p.order_id))
    o.sync()
    o.login("PA_KPA")
    each(j, "PA/KPA consents", lambda p: o.authorize_payment(p.order_id))
    o.sync()


def bendahara_pays_prints_and_closes(j: Journey) -> None:
    o = j.office
    o.login("BENDAHARA")

    def pay(p: Purchase) -> None:
        p.desk = o.pay(p.order_id, p.bku)
        p.printed["kuitansi", BEFORE] = o.print_kuitansi(p.order_id)

    each(j, "Bendahara pays and prints the kuitansi", pay)
    j.books[BEFORE].bku = o.print_book("bku")
    j.books[BEFORE].pajak = o.print_book("pajak")
    books_and_exports(j, BEFORE)
    each(j, "Bendahara closes the order", lambda p: o.complete(p.order_id))
    o.sync()


def after_sync(j: Journey) -> None:
    """Once the server has everything: reprint every document from the history screen and the books from the
    desk; read the history, the server's copy, and the month's register and exports."""
    o = j.office
    view = ServerView(o.live)

    def reprint(p: Purchase) -> None:
        screen = o.screen("history", order_id=p.order_id)
        o.wait(lambda: screen.order_id == p.order_id and screen.doc_buttons["kuitansi"].isEnabled(),
               "the history's print buttons")
        for kind in ("sp", "bast", "kuitansi"):
            p.printed[kind, AFTER] = o.print_with(screen, screen.doc_buttons[kind])
        p.history = o.history(p.order_id)
        p.server = view.order(p.order_id)
        with o.core.store.unit_of_work(readonly=True) as uow:
            p.local = uow.orders.get(p.order_id)

    each(j, "reprint from the history after sync", reprint)
    j.books[AFTER].bku = o.print_book("bku")
    j.books[AFTER].pajak = o.print_book("pajak")
    books_and_exports(j, AFTER)


def books_and_exports(j: Journey, phase: str) -> None:
    """The register of paid orders and the CSV/XLSX exports of this month, built from the same month the desk's
    BKU is built from (DocumentService.book_month): no screen offers them yet (see the journeys' report)."""
    o = j.office
    day = dt.date.today()
    docs = o.core.services.documents
    with o.core.store.unit_of_work(readonly=True) as uow:
        month = docs.book_month(uow, day.year, day.month)
    books = j.books[phase]
    path = o.folder / f"REGISTER_{phase}_{day:%Y-%m}.pdf"
    try:  # a month the documents cannot build is a finding for the invariants, not the end of the story
        path.write_bytes(build_register(month, DocumentOptions(status="official")))
        books.register = Printed("register", path, pdf_text(path), True, False)
    except Exception as exc:
        books.register = Printed("register", path, "", False, False, error=f"{type(exc).__name__}: {exc}")
    try:
        books.csv = {name: data.decode("utf-8-sig") for name, data in exports.books_csv(month).items()}
        workbook = load_workbook(io.BytesIO(exports.books_xlsx(month)))
        books.xlsx = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in workbook.worksheets}
    except Exception as exc:
        books.csv, books.xlsx = {"error": f"{type(exc).__name__}: {exc}"}, {}


def online_month(office: Office, purchases: list[Purchase]) -> Journey:
    """The purchases with the server up, each officer syncing after his sitting."""
    j = Journey(office, purchases)
    pp_drafts_and_submits(j)
    ppk_approves_and_prints_sp(j)
    ppk_follows_delivery_and_signs_bast(j)
    payment_requested_and_authorized(j)
    bendahara_pays_prints_and_closes(j)
    after_sync(j)
    return j
