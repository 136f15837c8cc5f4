"""PaymentService: the Bendahara Pengeluaran's desk — orders waiting for payment, the tax breakdown with its
explanations and a what-if for a seller's missing NPWP or Suket PP 55, and recording the payment
(UP/GU, KKPD, LS, transfer; date; BKU number) — DOMAIN.md §5–§6.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.money import format_percent
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, TaxBreakdown, TaxEngine
from desktop.services import catalog_lookup
from desktop.services.order_view import (
    METHOD_LABELS,
    ExplanationView,
    OrderView,
    PaymentInput,
    TaxLineView,
    TaxView,
    WorkflowError,
)
from desktop.services.session import SessionState
from desktop.services.workflow_base import WorkflowBase, parse_date
from desktop.store.db import Store, UnitOfWork
from desktop.store.records import Order
from sync.protocol.lifecycle import PAYMENT_METHODS
from sync.protocol.states import Action, OrderState

PAYMENT_STATES = (OrderState.BAST, OrderState.MENUNGGU_BAYAR, OrderState.DIBAYAR)
__all__ = ["COLLECTOR_LABELS", "METHOD_LABELS", "PaymentInput", "PaymentService", "collector_label",
           "readable_formula", "to_tax_view"]
COLLECTOR_TEXT = {
    "BENDAHARA": "Bendahara memungut dan menyetor PPN/PPh; penyedia menerima nilai bersih.",
    "PIHAK_LAIN": "Lokapasar (pihak lain, PMK 58/2022) memungut pajak; bendahara membayar penuh dan tidak "
                  "mencatat pungutan di Buku Pembantu Pajak.",
}


# Who collects, as officers say it (the tax engine writes the Collector code, e.g. "dipungut BENDAHARA").
COLLECTOR_LABELS = {
    Collector.BENDAHARA.value: "Bendahara",
    Collector.PIHAK_LAIN.value: "Lokapasar (PMK 58/2022)",
    Collector.PENYEDIA.value: "Penyedia",
}


def collector_label(code: str) -> str:
    return COLLECTOR_LABELS.get(code, code)


def readable_formula(formula: str) -> str:
    """The engine's formula with collector codes written as labels ("dipungut Bendahara")."""
    for code, label in COLLECTOR_LABELS.items():
        formula = formula.replace(f"dipungut {code}", f"dipungut {label}")
    return formula


def _pph_label(b: TaxBreakdown) -> str:
    if not b.pph_article:
        return "PPh (tidak dipotong)"
    return f"PPh Pasal {b.pph_article} ({format_percent(b.pph_rate)})"


def to_tax_view(b: TaxBreakdown, collector: str) -> TaxView:
    lines = []
    if b.ppn:
        lines.append(TaxLineView("PPN", f"PPN ({format_percent(b.ppn_rate)})", b.dpp_nilai_lain or b.dpp,
                                 format_percent(b.ppn_rate), b.ppn))
    if b.pph:
        lines.append(TaxLineView("PPH" + (b.pph_article or "").split(" ")[0].replace("(", "_").replace(")", ""),
                                 _pph_label(b), b.dpp, format_percent(b.pph_rate), b.pph))
    who = {Collector.BENDAHARA: "bendahara", Collector.PIHAK_LAIN: "lokapasar", Collector.PENYEDIA: "penyedia"}
    explanations = tuple(
        ExplanationView(title=e.label, formula=readable_formula(e.formula), rule=e.rule,
                        legal_basis=e.legal_basis + (" [perlu konfirmasi KPP]" if e.uncertain else ""))
        for e in b.explanations)
    collector_text = COLLECTOR_TEXT.get(collector, "")
    if b.ppn and b.ppn_collector is not None:
        collector_text += f" PPN dipungut oleh {who[b.ppn_collector]}."
    if b.pph and b.pph_collector is not None:
        collector_text += f" PPh dipotong oleh {who[b.pph_collector]}."
    return TaxView(gross=b.gross, dpp=b.dpp, dpp_nilai_lain=b.dpp_nilai_lain or 0, ppn=b.ppn,
                   pph_label=_pph_label(b), pph=b.pph, net=b.net_to_seller,
                   meterai=b.meterai_amount if b.meterai_due else 0, collector=collector,
                   collector_text=collector_text.strip(), lines=tuple(lines), explanations=explanations)


class PaymentService(WorkflowBase):
    def __init__(self, store: Store, session: SessionState, *, tax_engine: TaxEngine | None = None, **kw: Any) -> None:
        super().__init__(store, session, **kw)
        self._engine = tax_engine

    @property
    def engine(self) -> TaxEngine:
        if self._engine is None:
            self._engine = TaxEngine.from_resources()
        return self._engine

    # -- queues ----------------------------------------------------------------------------------------------
    def queue(self) -> list[OrderView]:
        """Orders after the BAST: to request, authorise and pay; paid ones stay listed for printing."""
        with self.store.unit_of_work(readonly=True) as uow:
            records = uow.orders.list(states=[s.value for s in PAYMENT_STATES], opd_id=self.opd_id())
            return [self.view(uow, r) for r in records]

    def allowed_actions(self, order_id: str) -> list[Action]:
        with self.store.unit_of_work(readonly=True) as uow:
            return self.allowed(uow, self.require(uow, order_id))

    # -- taxes -----------------------------------------------------------------------------------------------
    def purchase(self, uow: UnitOfWork, order: Order, day: dt.date | None = None, **overrides: Any) -> tuple[Purchase, str]:
        market = uow.master.get_marketplace(order.marketplace or "") if order.marketplace else None
        collector = market.tax_collector.value if market else "BENDAHARA"
        provider = catalog_lookup.provider(uow, order.provider_id) if order.provider_id else None
        kinds: Counter[str] = Counter()
        for ln in order.lines:
            product = catalog_lookup.product(uow, ln.product_id)
            kinds[product.kind if product else "goods"] += ln.qty * ln.unit_price_quoted
        kind = kinds.most_common(1)[0][0] if kinds else "goods"
        has_npwp = bool(provider and (provider.npwp or provider.nik))
        purchase = Purchase(
            gross=sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping,
            kind=PurchaseKind(kind), seller_pkp=bool(provider and provider.pkp), seller_has_npwp=has_npwp,
            seller_has_suket_pp55=bool(provider and provider.suket_pp55 and has_npwp),
            collector=Collector(collector), transaction_date=day or self.today(),
            toko_daring=(order.marketplace or "") != "EKATALOG_LOKAL")
        if overrides:
            purchase = replace(purchase, **overrides)
        return purchase, collector

    def taxes_in(self, uow: UnitOfWork, order: Order, **overrides: Any) -> TaxView:
        day = parse_date((order.payment or {}).get("date")) or self.today()
        purchase, collector = self.purchase(uow, order, day, **overrides)
        try:
            return to_tax_view(self.engine.compute(purchase), collector)
        except DomainError as exc:
            raise WorkflowError(exc.code, exc.message) from exc

    def taxes(self, order_id: str, *, seller_has_npwp: bool | None = None,
              seller_has_suket_pp55: bool | None = None) -> TaxView:
        """The breakdown as the seller is registered, or with NPWP / Suket PP 55 switched (what-if)."""
        overrides: dict[str, Any] = {}
        if seller_has_npwp is not None:
            overrides["seller_has_npwp"] = seller_has_npwp
            if not seller_has_npwp:
                overrides["seller_has_suket_pp55"] = False
        if seller_has_suket_pp55 is not None:
            overrides["seller_has_suket_pp55"] = seller_has_suket_pp55
            if seller_has_suket_pp55:
                overrides["seller_has_npwp"] = True
        with self.store.unit_of_work(readonly=True) as uow:
            return self.taxes_in(uow, self.require(uow, order_id), **overrides)

    def what_if(self, order_id: str) -> dict[str, TaxView]:
        """"sekarang" plus the variants with NPWP and Suket PP 55 flipped."""
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            current, _ = self.purchase(uow, order)
            out = {"sekarang": self.taxes_in(uow, order)}
            if current.seller_has_npwp:
                out["tanpa NPWP"] = self.taxes_in(uow, order, seller_has_npwp=False, seller_has_suket_pp55=False)
            else:
                out["dengan NPWP"] = self.taxes_in(uow, order, seller_has_npwp=True)
            if current.seller_has_suket_pp55:
                out["tanpa Suket PP 55"] = self.taxes_in(uow, order, seller_has_suket_pp55=False)
            else:
                out["dengan Suket PP 55"] = self.taxes_in(uow, order, seller_has_npwp=True,
                                                          seller_has_suket_pp55=True)
            return out

    # -- transitions -----------------------------------------------------------------------------------------
    def request_payment(self, order_id: str) -> OrderView:
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            return self.view(uow, self.transition(uow, order, Action.REQUEST_PAYMENT))

    def authorize(self, order_id: str) -> OrderView:
        """PA/KPA "setuju dibayar" (DOMAIN.md §2 rule 4): required before the bendahara may pay."""
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            payment = {**(order.payment or {}), "authorized_by": self.uid(),
                       "authorized_by_name": self.user().full_name, "authorized_at": self.stamp()}
            saved = self.transition(uow, order, Action.AUTHORIZE_PAYMENT, changes={"payment": payment})
            return self.view(uow, saved)

    def complete(self, order_id: str) -> OrderView:
        """Close a paid order (DIBAYAR → SELESAI) once the kuitansi is printed and the file is complete."""
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            return self.view(uow, self.transition(uow, order, Action.COMPLETE))

    def record_payment(self, order_id: str, data: PaymentInput) -> OrderView:
        if data.method not in PAYMENT_METHODS:
            raise WorkflowError("bad_method", "Pilih cara bayar: UP/GU, transfer, KKPD atau LS.")
        if not data.bku_number.strip():
            raise WorkflowError("bku_required", "Isi nomor BKU (Buku Kas Umum) untuk pembayaran ini.")
        if data.payment_date > self.today():
            raise WorkflowError("date_future", "Tanggal bayar tidak boleh setelah hari ini.")
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            bast_date = parse_date((order.bast or {}).get("date"))
            if bast_date and data.payment_date < bast_date:
                raise WorkflowError("paid_before_bast", "Tanggal bayar tidak boleh sebelum tanggal BAST. "
                                    "Periksa tanggalnya.")
            amount = sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping
            taxes = self.taxes_in(uow, replace(order, payment={**(order.payment or {}),
                                                               "date": data.payment_date.isoformat()}))
            payment = {**(order.payment or {}), "paid_by": self.uid(), "paid_by_name": self.user().full_name,
                       "method": data.method, "date": data.payment_date.isoformat(),
                       "bku_number": data.bku_number.strip(), "amount": amount, "net": taxes.net,
                       "collector": taxes.collector,
                       "taxes": [{"code": t.code, "label": t.label, "base": t.base, "amount": t.amount}
                                 for t in taxes.lines],
                       "meterai": taxes.meterai}
            saved = self.transition(uow, order, Action.MARK_PAID,
                                    {"method": data.method, "amount": amount, "date": payment["date"],
                                     "bku_number": payment["bku_number"]}, changes={"payment": payment})
            return self.view(uow, saved)
