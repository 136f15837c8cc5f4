"""YearClosingService: the Bendahara's year-end closing (tutup buku, #17).

Lists what is still open at the end of a fiscal year (orders approved but unpaid, delivered without BAST, withheld
taxes not yet deposited), keeps a decision for each as it is made (carry over / cancel with a reason), records the
return of unspent UP (pengembalian sisa UP) as a BKU line, then closes the year: the orders cancelled are
cancelled here, the year is locked in the store (desktop.store.repositories.closings) and the closing is queued
for the server (`POST /v1/closings`, sent after everything queued before it), which from then on refuses commands
dated in that year. The closing set prints from the same figures.

Every amount is read from its owner: order totals from the orders, tax amounts and deposits from the stored payment
records, the BKU balance from `desktop.documents.ledger` over the year's book (DocumentService.book_period).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from desktop.documents import ledger
from desktop.documents import model as doc
from desktop.documents.closing_set import build_closing_set, closing_number
from desktop.domain.errors import ClosingError
from desktop.domain.money import format_rupiah
from desktop.domain.year_closing import (
    Decision,
    OpenKind,
    check_closing_date,
    check_decision,
    check_up_return_date,
    decisions_for,
    order_is_open,
    tax_is_open,
    undecided,
    unspent_up,
    why_not_cancel,
)
from desktop.services import catalog_lookup
from desktop.services.documents_service import DocumentService, RenderedDocument
from desktop.services.order_view import WorkflowError
from desktop.services.payments import withheld_entries
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.workflow_base import WorkflowBase, parse_date
from desktop.store.db import Store, UnitOfWork
from desktop.store.errors import YearLockedError
from desktop.store.records import Order
from sync.protocol.closing import CLOSINGS_PATH, YearClosingRequest
from sync.protocol.states import STATE_LABELS, OrderState, Role

CLOSING_AUDIT = "year_closed"
CLOSING_QUEUE = "closing:"  # desktop.store outbox: a closing command waits for everything queued before it
_OPEN_ORDER_STATES = [s.value for s in (OrderState.DISETUJUI, OrderState.DIKIRIM_KE_PENYEDIA,
                                        OrderState.DIKONFIRMASI_PENYEDIA, OrderState.DALAM_PENGIRIMAN,
                                        OrderState.DITERIMA, OrderState.KETIDAKSESUAIAN, OrderState.BAST,
                                        OrderState.MENUNGGU_BAYAR)]
_PAID_STATES = [OrderState.DIBAYAR.value, OrderState.SELESAI.value]


@dataclass(frozen=True)
class OpenItem:
    """One line of the assistant: an open order or an undeposited tax, with the decision taken so far."""

    key: str  # "order:<id>" or "tax:<order id>:<code>"
    kind: OpenKind
    order_id: str
    label: str  # the SP number
    seller: str
    state: OrderState
    day: dt.date | None  # SP date (orders) or payment date (taxes)
    amount: int  # order total, or the tax withheld (from the payment record)
    tax_code: str = ""
    tax_label: str = ""  # as the payment record names it ("PPh Pasal 22 (1,5%)")
    decision: Decision | None = None
    reason: str = ""
    choices: tuple[Decision, ...] = (Decision.CARRY,)
    cancel_note: str = ""  # why cancelling is not offered ("" when it is)


@dataclass(frozen=True)
class ClosingOverview:
    year: int
    items: tuple[OpenItem, ...]
    opening: int  # BKU figures of the year (desktop.documents.ledger)
    received: int
    spent: int
    closing_balance: int
    taxes_held: int  # withheld taxes still owed at year end (carried over)
    unspent_up: int  # still to return (0 once the return is recorded)
    up_return: dict[str, Any] | None
    closed: dict[str, Any] | None
    blockers: tuple[str, ...]  # Indonesian: why the year cannot be closed yet (empty: it can)

    @property
    def locked(self) -> bool:
        return self.closed is not None

    @property
    def undecided(self) -> int:
        return sum(1 for x in self.items if x.decision is None)


class YearClosingService(WorkflowBase):
    def __init__(self, store: Store, session: SessionState, *, documents: DocumentService | None = None,
                 **kw: Any) -> None:
        super().__init__(store, session, **kw)
        self._documents = documents or DocumentService(store, session, **kw)

    # -- reading ---------------------------------------------------------------------------------------------
    def default_year(self) -> int:
        """The year to close: last year in January–November, this year in December."""
        today = self.today()
        return today.year if today.month == 12 else today.year - 1

    def overview(self, year: int) -> ClosingOverview:
        with self.store.unit_of_work(readonly=True) as uow:
            return self._overview(uow, year)

    def _overview(self, uow: UnitOfWork, year: int) -> ClosingOverview:
        opd_id = self.opd_id()
        record = uow.closings.get(opd_id, year)
        decisions: dict[str, dict[str, Any]] = record.get("decisions") or {}
        closed = record.get("closed")
        if closed is not None and closed.get("items") is not None:  # a closed year shows what it decided
            items = [_item_from_dict(x) for x in closed["items"]]
        else:
            items = [*self._open_orders(uow, opd_id, year), *self._open_taxes(uow, opd_id, year)]
            items = [replace(x, decision=Decision(decisions[x.key]["decision"]),
                             reason=decisions[x.key].get("reason", "")) if x.key in decisions else x for x in items]
        book = self._documents.book_period(uow, year, None)
        sums = ledger.totals(book, ledger.bku_lines(book))
        held = sum(x.amount for x in items if x.kind is OpenKind.TAX)
        up_return = record.get("up_return")
        blockers: list[str] = []
        try:
            rest = unspent_up(sums.closing, held)
        except ClosingError as exc:
            rest, blockers = 0, [exc.message]
        if closed is None:
            waiting = undecided([x.key for x in items], {x.key: x.decision for x in items if x.decision})
            if waiting:
                blockers.append(SERVICE_TEXTS("closing_undecided", count=len(waiting)))
            if rest > 0 and up_return is None:
                blockers.append(SERVICE_TEXTS("closing_up_unreturned", amount=format_rupiah(rest)))
        return ClosingOverview(year, tuple(items), sums.opening, sums.penerimaan, sums.pengeluaran, sums.closing,
                               held, rest, up_return, closed, tuple(blockers))

    def _seller(self, uow: UnitOfWork, order: Order) -> str:
        p = catalog_lookup.provider(uow, order.provider_id) if order.provider_id else None
        return p.name if p else "-"

    def _open_orders(self, uow: UnitOfWork, opd_id: str, year: int) -> list[OpenItem]:
        out = []
        for order in uow.orders.list(states=_OPEN_ORDER_STATES, opd_id=opd_id):
            state = OrderState(order.state)
            sp_date = parse_date((order.approval or {}).get("sp_date"))
            kind = order_is_open(state, sp_date, year)
            if kind is None:
                continue
            out.append(OpenItem(f"order:{order.id}", kind, order.id, order.number or order.id[:8],
                                self._seller(uow, order), state, sp_date, order.total,
                                choices=decisions_for(kind, state), cancel_note=why_not_cancel(kind, state)))
        return sorted(out, key=lambda x: (x.kind.value, x.day or dt.date.min, x.label))

    def _open_taxes(self, uow: UnitOfWork, opd_id: str, year: int) -> list[OpenItem]:
        out = []
        for order in uow.orders.list(states=_PAID_STATES, opd_id=opd_id):
            payment = order.payment or {}
            paid_on = parse_date(payment.get("date"))
            if paid_on is None:
                continue
            deposits = {d.get("code"): parse_date(d.get("date")) for d in payment.get("deposits") or ()}
            for tax in withheld_entries(payment):
                if not tax_is_open(paid_on, deposits.get(tax["code"]), year):
                    continue
                out.append(OpenItem(f"tax:{order.id}:{tax['code']}", OpenKind.TAX, order.id,
                                    order.number or order.id[:8], self._seller(uow, order), OrderState(order.state),
                                    paid_on, int(tax["amount"]), tax_code=str(tax["code"]),
                                    tax_label=str(tax.get("label") or tax["code"]),
                                    choices=decisions_for(OpenKind.TAX), cancel_note=why_not_cancel(OpenKind.TAX)))
        return sorted(out, key=lambda x: (x.day or dt.date.min, x.label, x.tax_code))

    # -- deciding --------------------------------------------------------------------------------------------
    def _require_bendahara(self) -> None:
        if self.user().role != Role.BENDAHARA:
            raise WorkflowError("closing_bendahara_only")

    def decide(self, year: int, key: str, decision: Decision, reason: str = "") -> ClosingOverview:
        self._require_bendahara()
        with self.store.unit_of_work() as uow:
            item = next((x for x in self._overview(uow, year).items if x.key == key), None)
            if item is None:
                raise WorkflowError("closing_item_gone")
            try:
                text = check_decision(item.kind, Decision(decision), reason, item.state)
            except ClosingError as exc:
                raise WorkflowError(exc.code, exc.message) from exc
            self._locked(lambda: uow.closings.decide(self.opd_id(), year, key, {
                "decision": Decision(decision).value, "reason": text, "by": self.uid(), "at": self.stamp()}))
            return self._overview(uow, year)

    def record_up_return(self, year: int, day: dt.date, reference: str, bku_number: str) -> ClosingOverview:
        """Pengembalian sisa UP: the unspent UP the BKU shows goes back to the Kas Daerah (STS), booked as a BKU
        pengeluaran of `day`. The amount is the BKU's, never typed."""
        self._require_bendahara()
        if not reference.strip() or not bku_number.strip():
            raise WorkflowError("closing_up_reference")
        try:
            check_up_return_date(year, day, self.today())
        except ClosingError as exc:
            raise WorkflowError(exc.code, exc.message) from exc
        with self.store.unit_of_work() as uow:
            current = self._overview(uow, year)
            if current.up_return is not None:
                raise WorkflowError("closing_up_recorded")
            if current.unspent_up <= 0:
                raise WorkflowError("closing_up_nothing")
            self._locked(lambda: uow.closings.set_up_return(self.opd_id(), year, {
                "amount": current.unspent_up, "date": day.isoformat(), "reference": " ".join(reference.split()),
                "bku_number": bku_number.strip(), "by": self.uid(), "at": self.stamp()}))
            return self._overview(uow, year)

    def close(self, year: int, day: dt.date | None = None) -> ClosingOverview:
        """Close the year: cancel what was cancelled, lock the books here and queue the closing for the server."""
        self._require_bendahara()
        day = day or self.today()
        try:
            check_closing_date(year, day, self.today())
        except ClosingError as exc:
            raise WorkflowError(exc.code, exc.message) from exc
        opd_id = self.opd_id()
        with self.store.unit_of_work() as uow:
            view = self._overview(uow, year)
            if view.locked:
                raise WorkflowError("closing_done", year=year)
            if view.blockers:
                raise WorkflowError("closing_blocked", reasons=" ".join(view.blockers))
            orders = [x for x in view.items if x.kind is not OpenKind.TAX]
            cancelled = [x for x in orders if x.decision is Decision.CANCEL]
            for item in cancelled:
                self._cancel(uow, item, year)
            up = view.up_return or {}
            request = YearClosingRequest(
                opd_id=opd_id, year=year, closed_on=day.isoformat(), bku_closing_balance=view.closing_balance,
                up_returned=int(up.get("amount") or 0), up_return_date=up.get("date"),
                up_return_reference=str(up.get("reference") or ""),
                carried=tuple(x.order_id for x in orders if x.decision is Decision.CARRY),
                cancelled=tuple(x.order_id for x in cancelled),
                cancel_reasons={x.order_id: x.reason for x in cancelled})
            uow.closings.close(opd_id, year, {"on": day.isoformat(), "by": self.uid(),
                                              "by_name": self.user().full_name, "at": self.stamp(),
                                              "bku_closing_balance": view.closing_balance,
                                              "items": [_item_to_dict(x) for x in view.items]})
            uow.outbox.enqueue(method="POST", path=CLOSINGS_PATH, body=request.to_dict(), actor_user_id=self.uid(),
                               order_id=f"{CLOSING_QUEUE}{opd_id}:{year}", now=self.now())
            uow.audit.append(CLOSING_AUDIT, actor_user_id=self.uid(), details={
                "year": year, "carried": list(request.carried), "cancelled": list(request.cancelled),
                "up_returned": request.up_returned, "bku_closing_balance": view.closing_balance}, now=self.now())
            return self._overview(uow, year)

    def _cancel(self, uow: UnitOfWork, item: OpenItem, year: int) -> None:
        """The closing cancels the order here too (the server does the same with the closing, #17); the
        server's copy replaces this one on the next sync."""
        order = uow.orders.require(item.order_id)
        reason = {"action": "cancel", "reason": f"Tutup buku {year}: {item.reason}", "by": self.uid(),
                  "by_name": self.user().full_name, "role": Role.BENDAHARA.value, "at": self.stamp()}
        uow.orders.save_draft(replace(order, state=OrderState.DIBATALKAN.value, reasons=(*order.reasons, reason)),
                              now=self.now())
        uow.audit.append("cancel", actor_user_id=self.uid(), order_id=order.id,
                         details={"from": order.state, "to": OrderState.DIBATALKAN.value,
                                  "reason": reason["reason"], "closing_year": year}, now=self.now())

    @staticmethod
    def _locked(write: Any) -> None:
        try:
            write()
        except YearLockedError as exc:
            raise WorkflowError(exc.code, exc.message) from exc

    # -- printing --------------------------------------------------------------------------------------------
    def render_closing_set(self, year: int) -> RenderedDocument:
        with self.store.unit_of_work(readonly=True) as uow:
            view = self._overview(uow, year)
            book = self._documents.book_period(uow, year, None)
            closed = view.closed or {}
            labels = {OpenKind.UNPAID: "belum dibayar", OpenKind.NO_BAST: "diterima, belum BAST"}

            def order_row(x: OpenItem) -> doc.ClosingOrder:
                state = f"{STATE_LABELS[x.state]} ({labels[x.kind]})"
                return doc.ClosingOrder(x.label, x.day, x.seller, state, x.amount, x.reason)

            up = view.up_return or {}
            data = doc.ClosingSet(
                book=book, closed_on=parse_date(closed.get("on")), closed_by=str(closed.get("by_name") or ""),
                carried=tuple(order_row(x) for x in view.items
                              if x.kind is not OpenKind.TAX and x.decision is Decision.CARRY),
                cancelled=tuple(order_row(x) for x in view.items
                                if x.kind is not OpenKind.TAX and x.decision is Decision.CANCEL),
                taxes=tuple(doc.ClosingTax(x.tax_code, x.label, x.day or book.signed_on, x.amount)
                            for x in view.items if x.kind is OpenKind.TAX),
                up_returned=int(up.get("amount") or 0), up_return_date=parse_date(up.get("date")),
                up_return_reference=str(up.get("reference") or ""))
        official = view.locked
        signer, note, help_text = self._documents.signer() if official else (None, "", "")  # drafts: unsigned
        pdf = build_closing_set(data, doc.DocumentOptions(status="official" if official else "draft"), signer)
        return RenderedDocument("tutup_buku", f"Berkas Tutup Buku {year}", f"TUTUP_BUKU_{year}.pdf", pdf, official,
                                False, None, "", signer is not None, note, help_text)


def _item_to_dict(item: OpenItem) -> dict[str, Any]:
    return {"key": item.key, "kind": item.kind.value, "order_id": item.order_id, "label": item.label,
            "seller": item.seller, "state": item.state.value, "day": item.day.isoformat() if item.day else None,
            "amount": item.amount, "tax_code": item.tax_code, "tax_label": item.tax_label,
            "decision": item.decision.value if item.decision else None, "reason": item.reason}


def _item_from_dict(data: dict[str, Any]) -> OpenItem:
    kind = OpenKind(data["kind"])
    return OpenItem(str(data["key"]), kind, str(data["order_id"]), str(data["label"]), str(data["seller"]),
                    OrderState(data["state"]), parse_date(data.get("day")), int(data["amount"]),
                    str(data.get("tax_code") or ""), str(data.get("tax_label") or ""),
                    Decision(data["decision"]) if data.get("decision") else None,
                    str(data.get("reason") or ""), choices=(), cancel_note="")


__all__ = ["ClosingOverview", "OpenItem", "YearClosingService", "closing_number"]
