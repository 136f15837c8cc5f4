"""PaymentService: the Bendahara Pengeluaran's desk — orders waiting for payment, the tax breakdown with its
explanations and a what-if for a seller's missing NPWP or Suket PP 55, and recording the payment
(UP/GU, KKPD, LS, transfer; date; BKU number) — DOMAIN.md §5–§6.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.money import format_percent
from desktop.domain.taxes import Collector, Purchase, PurchaseKind, SellerForm, TaxBreakdown, TaxEngine
from desktop.services import catalog_lookup
from desktop.services.order_lists import OrderList, list_orders
from desktop.services.order_view import (
    METHOD_LABELS,
    ExplanationView,
    OrderView,
    PaymentInput,
    PaymentStakes,
    TaxLineView,
    TaxView,
    WorkflowError,
)
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.workflow_base import WorkflowBase, parse_date
from desktop.store.db import Store, UnitOfWork
from desktop.store.records import Order
from sync.protocol.lifecycle import PAYMENT_METHODS
from sync.protocol.states import Action

__all__ = ["COLLECTOR_LABELS", "METHOD_LABELS", "PaymentInput", "PaymentService", "collector_label",
           "readable_formula", "tax_entries", "tax_label", "to_tax_view", "withheld_entries"]
NTPN = re.compile(r"[0-9A-Z]{16}")
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
        for verb in ("dipungut", "dipotong"):
            formula = formula.replace(f"{verb} {code}", f"{verb} {label}")
    return formula


def tax_label(code: str, article: str | None, rate: Decimal | None) -> str:
    """How the desk and the payment record name one tax: "PPh Pasal 21 bukan pegawai (5%)"."""
    rate_text = format_percent(rate) if rate is not None else "tarif Pasal 17 berlapis"
    if code == "PPN":
        return f"PPN ({rate_text})"
    if code == "PPH_FINAL":
        return f"PPh Final PP 55/2022 ({rate_text})"
    if code == "PPH21":
        return f"PPh Pasal 21 bukan pegawai ({rate_text})"
    return f"PPh Pasal {article} ({rate_text})"


def _pph_label(b: TaxBreakdown) -> str:
    item = next((t for t in b.items if t.code != "PPN"), None)
    if item is None:
        return "PPh (tidak dipotong)"
    return tax_label(item.code, item.article, item.rate)


def tax_entries(b: TaxBreakdown) -> list[dict[str, Any]]:
    """Every tax of the breakdown as the payment record stores it, each with its collector (never relabelled)."""
    return [{"code": t.code, "label": tax_label(t.code, t.article, t.rate), "article": t.article or "",
             "base": t.base, "rate": "" if t.rate is None else str(t.rate.normalize()), "amount": t.amount,
             "collector": t.collector.value} for t in b.items]


def withheld_entries(payment: dict[str, Any]) -> list[dict[str, Any]]:
    """The taxes of a stored payment the Bendahara withheld (the only ones in the BKU and Buku Pembantu Pajak)."""
    return [t for t in payment.get("taxes") or () if t.get("collector") == Collector.BENDAHARA.value]


def tax_line_views(entries: list[dict[str, Any]]) -> tuple[TaxLineView, ...]:
    """Taxes as stored (tax_entries, or a payment record's "taxes") for the screens."""
    return tuple(TaxLineView(t["code"], t["label"], int(t["base"]), format_percent(Decimal(t["rate"]))
                             if t.get("rate") else "", int(t["amount"]), t["collector"]) for t in entries)


def to_tax_view(b: TaxBreakdown, collector: str) -> TaxView:
    lines = tax_line_views(tax_entries(b))
    who = {Collector.BENDAHARA: "bendahara", Collector.PIHAK_LAIN: "lokapasar", Collector.PENYEDIA: "penyedia"}
    explanations = tuple(
        ExplanationView(title=e.label, formula=readable_formula(e.formula), rule=e.rule,
                        legal_basis=e.legal_basis + (" [perlu konfirmasi KPP]" if e.uncertain else ""))
        for e in b.explanations)
    collector_text = COLLECTOR_TEXT.get(collector, "")
    if b.ppn and b.ppn_collector is Collector.PENYEDIA:
        collector_text += " PPN disetor sendiri oleh penyedia PKP (tidak dipungut bendahara)."
    elif b.ppn and b.ppn_collector is not None:
        collector_text += f" PPN dipungut oleh {who[b.ppn_collector]}."
    if b.pph and b.pph_collector is not None:
        collector_text += f" PPh dipotong oleh {who[b.pph_collector]}."
    return TaxView(gross=b.gross, dpp=b.dpp, dpp_nilai_lain=b.dpp_nilai_lain or 0, ppn=b.ppn,
                   pph_label=_pph_label(b), pph=b.pph, net=b.net_to_seller,
                   meterai=b.meterai_amount if b.meterai_due else 0, collector=collector,
                   collector_text=collector_text.strip(), lines=lines, explanations=explanations,
                   withheld=b.collected_by_bendahara)


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
            records = list_orders(uow, self.user(), OrderList.PAYMENTS, today=self.today())
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
            toko_daring=(order.marketplace or "") != "EKATALOG_LOKAL",
            seller_form=SellerForm(provider.legal_form) if provider and provider.legal_form in
            {f.value for f in SellerForm} else SellerForm.BADAN_USAHA)
        if overrides:
            purchase = replace(purchase, **overrides)
        return purchase, collector

    def breakdown_in(self, uow: UnitOfWork, order: Order, **overrides: Any) -> tuple[TaxBreakdown, str]:
        day = parse_date((order.payment or {}).get("date")) or self.today()
        try:
            purchase, collector = self.purchase(uow, order, day, **overrides)
            return self.engine.compute(purchase), collector
        except DomainError as exc:
            raise WorkflowError(exc.code, exc.message) from exc

    def taxes_in(self, uow: UnitOfWork, order: Order, **overrides: Any) -> TaxView:
        return to_tax_view(*self.breakdown_in(uow, order, **overrides))

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
            try:
                current, _ = self.purchase(uow, order)
            except DomainError as exc:
                raise WorkflowError(exc.code, exc.message) from exc
            out = {"sekarang": self.taxes_in(uow, order)}
            if current.seller_pkp:
                pass  # a PKP seller always has an NPWP
            elif current.seller_has_npwp:
                out["tanpa NPWP"] = self.taxes_in(uow, order, seller_has_npwp=False, seller_has_suket_pp55=False)
            else:
                out["dengan NPWP"] = self.taxes_in(uow, order, seller_has_npwp=True)
            if current.seller_has_suket_pp55:
                out["tanpa Suket PP 55"] = self.taxes_in(uow, order, seller_has_suket_pp55=False)
            else:
                out["dengan Suket PP 55"] = self.taxes_in(uow, order, seller_has_npwp=True,
                                                          seller_has_suket_pp55=True)
            return out

    def stakes(self, order_id: str) -> PaymentStakes:
        """What is at stake in consenting to pay or closing the order: before payment the tax engine's breakdown
        (as the desk shows it), after payment the stored payment record as it was paid."""
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            view = self.view(uow, order)
            paid = order.payment or {}
            if "net" in paid and "amount" in paid:
                lines = tax_line_views(list(paid.get("taxes") or ()))
                return PaymentStakes(view, int(paid["amount"]), lines, int(paid["net"]), paid=True,
                                     method=str(paid.get("method") or ""), payment_date=parse_date(paid.get("date")),
                                     bku_number=str(paid.get("bku_number") or ""))
            taxes = self.taxes_in(uow, order)
            return PaymentStakes(view, taxes.gross, taxes.lines, taxes.net)

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
        """Pay the order: the taxes computed on the payment date with their collectors become the payment record
        (the one owner of withheld taxes, taxes collected by others and the amount transferred), sent to the
        server as it is and read — never recomputed — by the kuitansi, books and exports."""
        if data.method not in PAYMENT_METHODS:
            raise WorkflowError("bad_method")
        if not data.bku_number.strip():
            raise WorkflowError("bku_required")
        if data.payment_date > self.today():
            raise WorkflowError("date_future", SERVICE_TEXTS("payment_in_future"))
        deposit_day = data.deposit_date or data.payment_date
        if not data.payment_date <= deposit_day <= self.today():
            raise WorkflowError("deposit_date")
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            bast_date = parse_date((order.bast or {}).get("date"))
            if bast_date and data.payment_date < bast_date:
                raise WorkflowError("paid_before_bast")
            amount = sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping
            breakdown, collector = self.breakdown_in(uow, replace(order, payment={
                **(order.payment or {}), "date": data.payment_date.isoformat()}))
            taxes = tax_entries(breakdown)
            record = {"method": data.method, "amount": amount, "date": data.payment_date.isoformat(),
                      "bku_number": data.bku_number.strip(), "net": breakdown.net_to_seller, "taxes": taxes,
                      "collected_by_others": breakdown.collected_by_others,
                      "deposits": self._deposits(taxes, data.ntpn, deposit_day), "collector": collector,
                      "meterai": breakdown.meterai_amount if breakdown.meterai_due else 0, "dpp": breakdown.dpp}
            payment = {**(order.payment or {}), **record, "paid_by": self.uid(),
                       "paid_by_name": self.user().full_name}
            saved = self.transition(uow, order, Action.MARK_PAID, record, changes={"payment": payment})
            return self.view(uow, saved)

    @staticmethod
    def _deposits(taxes: list[dict[str, Any]], ntpn: Any, day: dt.date) -> list[dict[str, Any]]:
        """One deposit (setoran) per withheld tax the Bendahara gave an NTPN for; the rest stay to deposit."""
        withheld = {t["code"]: t for t in taxes if t["collector"] == Collector.BENDAHARA.value}
        unknown = set(ntpn or {}) - set(withheld)
        if unknown:
            raise WorkflowError("deposit_unknown_tax", taxes=", ".join(sorted(unknown)))
        out = []
        for code, tax in withheld.items():
            text = re.sub(r"\s", "", str((ntpn or {}).get(code) or "")).upper()
            if not text:
                continue
            if not NTPN.fullmatch(text):
                raise WorkflowError("ntpn_invalid", tax=tax["label"])
            out.append({"code": code, "amount": tax["amount"], "date": day.isoformat(), "ntpn": text})
        return out
