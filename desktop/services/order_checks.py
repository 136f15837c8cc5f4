"""The pre-submission check panel: every rule in one place before an order leaves (issue 6).

Titles and details are Messages from desktop/services/check_texts.py (code + parameters), so the panel reads in
the user's language; `T` is that catalog.

Each rule is a small function over one `CheckInput` that yields CheckItems (blocking / warning / ok) whose text
says what to do next; `RULES` lists them in the order the panel shows them within a severity. Adding a check
is adding a function and a row. The same `run_prechecks` gates `OrderService.submit`, so the panel and the
refusal can never disagree.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.errors import DomainError
from desktop.domain.messages import Message
from desktop.domain.money import format_rupiah
from desktop.domain.rules import OrderSummary, check_order_routing, find_split_orders, meterai_due
from desktop.domain.texts import DOMAIN_TEXTS
from desktop.services.check_texts import CHECK_TEXTS as T
from desktop.services.draft_recheck import fresh_flags
from desktop.services.order_view import CheckItem, Severity
from desktop.services.price_service import price_check_items
from desktop.store.db import UnitOfWork
from desktop.store.records import Order
from sync.protocol.states import OrderState, Role

if TYPE_CHECKING:
    from desktop.services.workflow_base import WorkflowBase

B, W, OK = Severity.BLOCKING, Severity.WARNING, Severity.OK
_LIVE_STATES = [s.value for s in OrderState if s not in (OrderState.DIBATALKAN, OrderState.DITOLAK)]


@dataclass(frozen=True)
class CheckInput:
    """What every rule may look at: the order, its unit of work, the service (thresholds, prices, user)."""

    svc: WorkflowBase
    uow: UnitOfWork
    order: Order
    today: dt.date
    total: int


Checks = Iterable[CheckItem]


@dataclass(frozen=True)
class Rule:
    name: str  # for tests and logs; the items carry their own codes
    check: Callable[[CheckInput], Checks]


def _total(order: Order) -> int:
    return sum(ln.qty * ln.unit_price_quoted for ln in order.lines) + order.shipping


def _order_day(order: Order, today: dt.date) -> dt.date:
    stamp = (order.flags or {}).get("submitted_on") or order.created_at or ""
    try:
        return dt.date.fromisoformat(str(stamp)[:10])
    except ValueError:
        return today


# -- the rules -------------------------------------------------------------------------------------------------
def lines(c: CheckInput) -> Checks:
    if not c.order.lines:
        return [CheckItem("lines", B, T("lines_none"), T("lines_none_hint"))]
    return [CheckItem("lines", OK, T("lines_count", count=len(c.order.lines)), T("lines_total", total=format_rupiah(c.total)))]


def routing(c: CheckInput) -> Checks:
    """The value cap and routing (Rp50 juta for the three marketplaces)."""
    if not c.order.marketplace:
        return [CheckItem("routing", B, T("routing_missing"), T("routing_missing_hint"))]
    try:
        found = check_order_routing(c.total, c.order.marketplace, c.today, c.svc.thresholds)
    except DomainError as exc:
        return [CheckItem("routing", B, T("routing_unchecked"), exc.message)]
    if found.allowed:
        return [CheckItem("routing", OK, T("routing_ok"), found.message)]
    return [CheckItem("routing", B, T("routing_over_cap", cap=format_rupiah(found.cap)),
                      T("with_legal_basis", text=found.message, basis=found.legal_basis))]


def split_orders(c: CheckInput) -> Checks:
    """Pemecahan paket: other live orders to the same seller and sub-kegiatan within the window."""
    order = c.order
    if order.provider_id is None or not order.sub_kegiatan:
        return []
    others = [OrderSummary(o.id, o.provider_id, o.sub_kegiatan, _order_day(o, c.today), _total(o))
              for o in c.uow.orders.list(states=_LIVE_STATES, opd_id=order.opd_id)
              if o.id != order.id and o.provider_id is not None]
    candidate = OrderSummary(order.id, order.provider_id, order.sub_kegiatan, c.today, c.total)
    warnings = find_split_orders(candidate, others, c.svc.thresholds)
    if warnings:
        return [CheckItem("split_order", W, T("split_order"), T("split_order_hint", warning=warnings[0].message))]
    return [CheckItem("split_order", OK, T("split_order_none"), T("split_order_none_hint"))]


def separation_of_duties(c: CheckInput) -> Checks:
    """The creator may not approve: another PPK of the OPD must be known on this PC."""
    ppks = [u for u in c.uow.users.list(opd_id=c.order.opd_id, role=Role.PPK.value) if u.id != c.order.created_by]
    if ppks:
        return [CheckItem("sod", OK, T("sod_ok"), T("sod_ok_hint", names=", ".join(u.full_name for u in ppks[:3])))]
    hint = "sod_no_ppk_you" if c.order.created_by == c.svc.uid() else "sod_no_ppk_creator"
    return [CheckItem("sod", W, T("sod_no_ppk"), T(hint))]


def seller(c: CheckInput) -> Iterator[CheckItem]:
    """The seller is chosen and active; its tax identity and PKP status."""
    provider = c.svc.provider_info(c.uow, c.order.provider_id)
    if provider is None:
        yield CheckItem("seller", B, T("seller_missing"), T("seller_missing_hint"))
        return
    if provider.status == "delisted":
        yield CheckItem("seller", B, T("seller_delisted"), T("seller_delisted_hint", seller=provider.name))
    if provider.npwp or provider.nik:
        kind, number = ("NPWP", provider.npwp) if provider.npwp else ("NIK", provider.nik)
        yield CheckItem("seller_npwp", OK, T("seller_tax_id"),
                        T("seller_tax_id_hint", seller=provider.name, kind=kind, number=number))
    else:
        yield CheckItem("seller_npwp", W, T("seller_no_tax_id"), T("seller_no_tax_id_hint"))
    yield CheckItem("seller_pkp", OK, T("seller_pkp"), T("seller_pkp_yes" if provider.pkp else "seller_pkp_no"))


def meterai(c: CheckInput) -> Checks:
    """Meterai on the kuitansi above the effective-dated threshold."""
    try:
        due = meterai_due(c.total, c.today, thresholds=c.svc.thresholds)
    except DomainError as exc:
        return [CheckItem("meterai", W, T("meterai_unchecked"), exc.message)]
    return [CheckItem("meterai", W if due.due else OK, T("meterai_due" if due.due else "meterai_none"), due.reason)]


# each field's check codes are "<field>_missing" and "<field>_missing_hint" in CHECK_TEXTS
_REQUIRED_FIELDS = ("kode_rup", "sub_kegiatan", "kode_rekening", "delivery_address")


def budget_codes(c: CheckInput) -> Iterator[CheckItem]:
    """Kode RUP, sub-kegiatan, kode rekening and the delivery address are filled in."""
    o = c.order
    for field in _REQUIRED_FIELDS:
        if not str(getattr(o, field) or "").strip():
            yield CheckItem(field, B, T(f"{field}_missing"), T(f"{field}_missing_hint"))
    problems = list(reference_codes(c))
    yield from problems
    if o.kode_rup and o.sub_kegiatan and o.kode_rekening and not any(p.blocking for p in problems):
        yield CheckItem("budget", OK, T("budget_ok"), T("budget_ok_hint", kode_rup=o.kode_rup,
                                                        sub_kegiatan=o.sub_kegiatan, kode_rekening=o.kode_rekening))


def _unknown_code(code: str, known: list[str], what: Message, field: str) -> CheckItem | None:
    """A code typed by hand that the reference list does not have: blocking, with the nearest valid codes."""
    if not code or code in known:
        return None
    nearest = difflib.get_close_matches(code, known, n=3, cutoff=0.5)
    hint = T("code_unknown_nearest", nearest=", ".join(nearest)) if nearest else T("code_unknown_pick")
    return CheckItem(f"{field}_unknown", B, T("code_unknown", what=what, code=code), hint)


def reference_codes(c: CheckInput) -> Iterator[CheckItem]:
    """Sub-kegiatan and kode rekening exist in the reference lists on this PC (#13.6): a mistyped code never
    passes as "lengkap". While a list is not on this PC yet, the code cannot be checked: a warning says so."""
    o = c.order
    rekening = [k.kode for k in c.uow.master.list_kode_rekening() if k.active]
    year = _order_day(o, c.today).year
    subs = [s.kode for s in c.uow.master.list_sub_kegiatan(o.opd_id, year) if s.active] if o.opd_id else []
    for code, known, what, field in ((o.kode_rekening, rekening, DOMAIN_TEXTS("term_kode_rekening"), "kode_rekening"),
                                     (o.sub_kegiatan, subs, T("term_sub_kegiatan_list"), "sub_kegiatan")):
        if not code:
            continue
        if not known:
            yield CheckItem(f"{field}_unchecked", W, T(f"{field}_list_missing"), T("code_unchecked_hint", code=code))
            continue
        unknown = _unknown_code(code, known, what, field)
        if unknown is not None:
            yield unknown


def stock(c: CheckInput) -> Iterator[CheckItem]:
    """A quantity above the stock the catalog shows (#13.13): a warning, the seller may restock."""
    products = {p.id: p for p in c.uow.catalog.get_products(sorted({ln.product_id for ln in c.order.lines}))}
    for ln in c.order.lines:
        product = products.get(ln.product_id)
        if product is not None and ln.qty > product.stock:
            yield CheckItem("stock", W, T("stock_exceeded", product=ln.name),
                            T("stock_exceeded_hint", qty=ln.qty, unit=ln.unit, stock=product.stock))


def delivery_date(c: CheckInput) -> Checks:
    if not c.order.delivery_date:
        return [CheckItem("delivery_date", W, T("delivery_date_missing"), T("delivery_date_missing_hint"))]
    if dt.date.fromisoformat(c.order.delivery_date) < c.today:
        return [CheckItem("delivery_date", B, T("delivery_date_past"), T("delivery_date_past_hint"))]
    return []


def stale_lines(c: CheckInput) -> Iterator[CheckItem]:
    """Lines whose price changed or whose product was delisted, as the local replica says now (#21.4; the flags
    the last sync stored when there is no replica yet)."""
    fresh = fresh_flags(c.uow, c.order)
    for ln in c.order.lines:
        current_price, flag = fresh.get(ln.id, (ln.current_price, ln.flag))
        if flag == "price_changed" and current_price is not None:
            yield CheckItem("stale_line", B, T("price_changed", product=ln.name),
                            T("price_changed_hint", quoted=format_rupiah(ln.unit_price_quoted),
                              current=format_rupiah(current_price)))
        elif flag:
            yield CheckItem("stale_line", B, T("product_gone", product=ln.name), T("product_gone_hint"))


def price_reasonableness(c: CheckInput) -> Checks:
    """Prices against comparable products (a warning, never blocking)."""
    return price_check_items(c.svc.prices, c.order, c.today)


# The panel's rules, in the order their items show within a severity.
RULES: tuple[Rule, ...] = (
    Rule("lines", lines),
    Rule("routing", routing),
    Rule("split_orders", split_orders),
    Rule("separation_of_duties", separation_of_duties),
    Rule("seller", seller),
    Rule("meterai", meterai),
    Rule("budget_codes", budget_codes),
    Rule("stock", stock),
    Rule("delivery_date", delivery_date),
    Rule("stale_lines", stale_lines),
    Rule("price_reasonableness", price_reasonableness),
)
_SEVERITY_ORDER = {B: 0, W: 1, OK: 2}


def run_prechecks(svc: WorkflowBase, uow: UnitOfWork, order: Order,
                  rules: Iterable[Rule] = RULES) -> list[CheckItem]:
    """Every rule's items, what to fix first (blocking), then what to look at (warnings), then what passed."""
    given = CheckInput(svc, uow, order, svc.today(), _total(order))
    items = [item for rule in rules for item in rule.check(given)]
    return sorted(items, key=lambda c: _SEVERITY_ORDER[c.severity])
