"""Procurement rules on top of the thresholds: marketplace cap routing, split-order (pemecahan paket) warning,
bea meterai, and working-day deadlines (PPK approval, bendahara payment alert)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.calendar import WorkingCalendar
from desktop.domain.errors import RuleError
from desktop.domain.money import MAX_RUPIAH, format_rupiah
from desktop.domain.texts import DOMAIN_TEXTS
from desktop.domain.thresholds import Thresholds, default_thresholds

__all__ = [
    "Marketplace",
    "MeteraiDecision",
    "OrderSummary",
    "Route",
    "RoutingResult",
    "SplitWarning",
    "Thresholds",
    "check_order_routing",
    "default_thresholds",
    "find_split_orders",
    "marketplace_label",
    "meterai_due",
    "ppk_approval_deadline",
    "unpaid_alert_due",
]


class Marketplace(StrEnum):
    GRATIS_ONGKIR = "GRATIS_ONGKIR"
    MBIZ = "MBIZ"
    TISERA = "TISERA"
    EKATALOG_LOKAL = "EKATALOG_LOKAL"

    @classmethod
    def parse(cls, value: object) -> Marketplace:
        if isinstance(value, cls):
            return value
        if isinstance(value, str) and value.strip().upper() in cls.__members__:
            return cls[value.strip().upper()]
        names = ", ".join(cls.__members__)
        raise RuleError("marketplace_unknown", value=value, names=names)

    @property
    def label(self) -> str:
        return _MARKETPLACE_LABELS[self.value]


# The one owner of marketplace names (documents, services and screens read these; codes are never printed).
_MARKETPLACE_LABELS = {
    "GRATIS_ONGKIR": "Gratis Ongkir",
    "MBIZ": "MBiz",
    "TISERA": "Tisera",
    "EKATALOG_LOKAL": "E-katalog lokal",
}


def marketplace_label(code: str) -> str:
    """Indonesian name of a marketplace code ("GRATIS_ONGKIR" → "Gratis Ongkir"); an unknown code → "-"."""
    return _MARKETPLACE_LABELS.get(str(code).strip().upper(), "-") if code else "-"


class Route(StrEnum):
    MARKETPLACE = "MARKETPLACE"
    EKATALOG_LOKAL = "EKATALOG_LOKAL"


@dataclass(frozen=True)
class RoutingResult:
    allowed: bool
    route: Route
    total: int
    cap: int
    message: str
    legal_basis: str
    uncertain: bool


@dataclass(frozen=True)
class MeteraiDecision:
    due: bool
    amount: int  # rupiah of meterai to affix; 0 when not due
    reason: str
    legal_basis: str


@dataclass(frozen=True)
class OrderSummary:
    """What the split-order check needs of an order (the store maps its rows to this)."""

    order_id: str
    provider_id: int
    sub_kegiatan: str
    order_date: dt.date
    total: int


@dataclass(frozen=True)
class SplitWarning:
    window_start: dt.date
    window_end: dt.date
    total: int
    cap: int
    order_ids: tuple[str, ...]
    message: str
    legal_basis: str


def _amount(value: object, what: str) -> int:
    """`what`: catalog code of the amount's name (the message is built only when refusing)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuleError("amount_not_integer", what=DOMAIN_TEXTS(what), type=type(value).__name__)
    if value < 0:
        raise RuleError("amount_negative", what=DOMAIN_TEXTS(what), value=value)
    if value > MAX_RUPIAH:
        raise RuleError("amount_too_large", what=DOMAIN_TEXTS(what), value=value)
    return value


def _day(value: object, what: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise RuleError("date_invalid", DOMAIN_TEXTS("rule_date_not_a_date", what=DOMAIN_TEXTS(what),
                                                     value=repr(value)))
    return value


def check_order_routing(
    total: int, marketplace: Marketplace | str, day: dt.date, thresholds: Thresholds | None = None
) -> RoutingResult:
    """A marketplace order above the cap (incl. tax and shipping) is blocked and routed to e-katalog lokal."""
    table = thresholds or default_thresholds()
    amount = _amount(total, "term_order_total")
    market = Marketplace.parse(marketplace)
    cap_rule = table.period("marketplace_cap", _day(day, "term_order_date"))
    if market is Marketplace.EKATALOG_LOKAL:
        return RoutingResult(
            True,
            Route.EKATALOG_LOKAL,
            amount,
            cap_rule.value,
            DOMAIN_TEXTS("route_ekatalog_lokal"),
            cap_rule.legal_basis,
            cap_rule.uncertain,
        )
    if amount <= cap_rule.value:
        return RoutingResult(
            True,
            Route.MARKETPLACE,
            amount,
            cap_rule.value,
            DOMAIN_TEXTS("route_within_cap", total=format_rupiah(amount), cap=format_rupiah(cap_rule.value)),
            cap_rule.legal_basis,
            cap_rule.uncertain,
        )
    message = table.text(
        "route_ekatalog",
        day,
        total=format_rupiah(amount),
        cap=format_rupiah(cap_rule.value),
        marketplace=market.label,
    )
    return RoutingResult(
        False, Route.EKATALOG_LOKAL, amount, cap_rule.value, message, cap_rule.legal_basis, cap_rule.uncertain
    )


def meterai_due(
    amount: int, day: dt.date, toko_daring: bool = False, thresholds: Thresholds | None = None
) -> MeteraiDecision:
    """Bea meterai on a kuitansi: due when the amount is strictly above the threshold (exactly 5 jt → none).

    Toko daring purchases up to the APBD-guideline limit are flagged exempt; the UI keeps a manual override.
    """
    table = thresholds or default_thresholds()
    value = _amount(amount, "term_document_amount")
    when = _day(day, "term_document_date")
    threshold = table.period("meterai_threshold", when)
    stamp = table.value("meterai_amount", when)
    shown = {"amount": format_rupiah(value), "threshold": format_rupiah(threshold.value)}
    if value <= threshold.value:
        return MeteraiDecision(False, 0, table.text("meterai_not_due", when, **shown), threshold.legal_basis)
    if toko_daring and "toko_daring_meterai_exempt_up_to" in table.numbers:
        exempt = table.numbers["toko_daring_meterai_exempt_up_to"]
        rule = next((p for p in exempt if p.covers(when)), None)
        if rule is not None and value <= rule.value:
            reason = table.text(
                "meterai_toko_daring_exempt", when, amount=shown["amount"], limit=format_rupiah(rule.value)
            )
            return MeteraiDecision(False, 0, reason, rule.legal_basis)
    reason = table.text("meterai_due", when, meterai=format_rupiah(stamp), **shown)
    return MeteraiDecision(True, stamp, reason, threshold.legal_basis)


def find_split_orders(
    candidate: OrderSummary, others: Iterable[OrderSummary], thresholds: Thresholds | None = None
) -> list[SplitWarning]:
    """Warn when orders to the same seller for the same sub-kegiatan inside one window of N days (the candidate
    included) add up to more than the marketplace cap. Returns the worst window, or nothing."""
    table = thresholds or default_thresholds()
    _amount(candidate.total, "term_order_total")
    day = _day(candidate.order_date, "term_order_date")
    window = table.period("split_order_window_days", day).value
    if window < 1:
        raise RuleError("rule_file_invalid", DOMAIN_TEXTS("split_window_invalid"))
    cap = table.value("marketplace_cap", day)
    span = dt.timedelta(days=window - 1)
    related = [
        o
        for o in others
        if o.order_id != candidate.order_id
        and o.provider_id == candidate.provider_id
        and o.sub_kegiatan == candidate.sub_kegiatan
        and abs(o.order_date - day) <= span
    ]
    best: tuple[int, dt.date, list[OrderSummary]] | None = None
    for offset in range(window):
        start = day - dt.timedelta(days=offset)
        members = [o for o in related if start <= o.order_date <= start + span]
        total = candidate.total + sum(_amount(o.total, "term_other_order_total") for o in members)
        if members and total > cap and (best is None or total > best[0]):
            best = (total, start, members)
    if best is None:
        return []
    total, start, members = best
    end = start + span
    ids = (candidate.order_id, *sorted(o.order_id for o in members))
    text_rule = table.text_period("split_order_warning", day)
    message = table.text(
        "split_order_warning",
        day,
        sub_kegiatan=candidate.sub_kegiatan,
        start=start,  # dates: written the reader's way (2 Desember 2026)
        end=end,
        total=format_rupiah(total),
        cap=format_rupiah(cap),
    )
    return [SplitWarning(start, end, total, cap, ids, message, text_rule.legal_basis)]


def ppk_approval_deadline(
    submitted: dt.date, calendar: WorkingCalendar, thresholds: Thresholds | None = None
) -> dt.date:
    """Last working day the PPK may approve; after it the order is cancelled automatically."""
    table = thresholds or default_thresholds()
    day = _day(submitted, "term_submission_date")
    return calendar.add_working_days(day, table.value("ppk_approval_working_days", day))


def unpaid_alert_due(
    bast_date: dt.date, today: dt.date, calendar: WorkingCalendar, thresholds: Thresholds | None = None
) -> bool:
    """True when an order has waited for payment longer than the alert limit (working days after the BAST)."""
    table = thresholds or default_thresholds()
    start = _day(bast_date, "term_bast_date")
    now = _day(today, "term_today")
    limit = table.value("bendahara_unpaid_alert_working_days", start)
    return now > start and calendar.working_days_between(start, now) > limit
