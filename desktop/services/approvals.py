"""ApprovalService: the PPK's desk — approve or reject submitted orders (3-working-day limit), inspect deliveries
(Pemeriksaan Tepat Guna: fungsi / jumlah / waktu), and sign the BAST (DOMAIN.md §2–§4, SYNC.md §5).

The lifecycle table and segregation of duties of `sync.protocol` are checked locally first, so the UI can grey
out what the server would refuse. An offline approval is an intent carrying `content_hash` of the lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain.delivery import sp_deadline, timeliness
from desktop.domain.errors import DomainError
from desktop.domain.numbering import document_number
from desktop.domain.rules import ppk_approval_deadline
from desktop.services.alerts_service import submitted_day
from desktop.services.device_identity import DEVICE_ID_KEY
from desktop.services.order_lists import OrderList, list_orders
from desktop.services.order_view import CheckItem, OrderView, ReceiptInput, SyncStatus, WorkflowError
from desktop.services.price_service import price_check_items
from desktop.services.protocol_refusals import refusal
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.workflow_base import WorkflowBase, parse_date
from desktop.store.db import UnitOfWork
from desktop.store.order_wire import order_content_hash
from desktop.store.records import Order
from sync.protocol.states import Action

__all__ = ["ApprovalService", "InboxItem", "ReceiptInput"]



@dataclass(frozen=True)
class InboxItem:
    order: OrderView
    submitted_on: dt.date
    deadline: dt.date
    age_working_days: int
    limit_working_days: int

    @property
    def overdue(self) -> bool:
        return self.age_working_days > self.limit_working_days

    @property
    def days_left(self) -> int:
        return self.limit_working_days - self.age_working_days


class ApprovalService(WorkflowBase):
    # -- queues ----------------------------------------------------------------------------------------------
    def inbox(self) -> list[InboxItem]:
        """Orders of my OPD waiting for the PPK, oldest first, with their age in working days."""
        today = self.today()
        with self.store.unit_of_work(readonly=True) as uow:
            records = list_orders(uow, self.user(), OrderList.PPK_INBOX, today=today)
            items = []
            for r in records:
                view = self.view(uow, r)
                if view.sync_status is SyncStatus.ATTENTION:
                    continue  # the server refused the submission: it is back with the PP, not for approval
                submitted = submitted_day(r) or today
                limit = self.thresholds.value("ppk_approval_working_days", submitted)
                age = self.calendar.working_days_between(submitted, today) if today > submitted else 0
                # the day the server stamped (#17: its expiry job acts on it), else the same rule counted here
                due = parse_date((r.server_snapshot or {}).get("approval_due"))
                deadline = due or ppk_approval_deadline(submitted, self.calendar, self.thresholds)
                items.append(InboxItem(view, submitted, deadline, age, limit))
        return sorted(items, key=lambda i: (i.submitted_on, i.order.id))

    def deliveries(self) -> list[OrderView]:
        """Approved orders on their way: to inspect on arrival, then to sign the BAST."""
        with self.store.unit_of_work(readonly=True) as uow:
            records = list_orders(uow, self.user(), OrderList.DELIVERIES, today=self.today())
            return [self.view(uow, r) for r in records]

    def allowed_actions(self, order_id: str) -> list[Action]:
        with self.store.unit_of_work(readonly=True) as uow:
            return self.allowed(uow, self.require(uow, order_id))

    def price_checks(self, order_id: str) -> list[CheckItem]:
        """The price-reasonableness lines of the pre-submission checks, for the PPK's approve confirmation
        (warnings only; empty when no price service is wired)."""
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
        return price_check_items(self.prices, order, self.today())

    # -- decisions -------------------------------------------------------------------------------------------
    def approve(self, order_id: str) -> OrderView:
        """Sign the SP: number it from this device's reserved block and freeze the lines' hash."""
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            self.transition_check(uow, order, Action.APPROVE)
            stale = [ln.name for ln in order.lines if ln.flag]
            if stale:
                raise WorkflowError("stale_lines", products=", ".join(stale))
            today = self.today()
            number = self.issue_number(uow, order, "SP", today)
            digest = order_content_hash(order)
            approval: dict[str, Any] = {"by": self.uid(), "by_name": self.user().full_name, "at": self.stamp(),
                                        "sp_number": number, "sp_date": today.isoformat(), "content_hash": digest,
                                        "approved_version": order.server_version}
            acting = self.acting(uow, Action.APPROVE)  # a Plt/Plh PPK (#17): the SP prints the acting title
            if acting is not None:
                approval["acting"] = acting
            # the server keeps this number as final when it finds it leased to this device (#12.1)
            payload = {"sp_number": number, "sp_date": today.isoformat(), "device_id": self.device_id(uow)}
            saved = self.transition(uow, order, Action.APPROVE, payload, content_hash=digest,
                                    changes={"number": number, "approval": approval})
            return self.view(uow, saved)

    def reject(self, order_id: str, reason: str) -> OrderView:
        text = (reason or "").strip()
        if len(text) < 5:
            raise WorkflowError("reason_required")
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            reasons = (*order.reasons, {"action": "reject", "text": text, "by": self.uid(),
                                        "by_name": self.user().full_name, "at": self.stamp()})
            saved = self.transition(uow, order, Action.REJECT, {"reason": text}, changes={"reasons": reasons})
            return self.view(uow, saved)

    def record_receipt(self, order_id: str, receipt: ReceiptInput) -> OrderView:
        """Pemeriksaan Tepat Guna. All ticks and full quantities → DITERIMA; otherwise → KETIDAKSESUAIAN."""
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            sp_date = parse_date((order.approval or {}).get("sp_date"))
            if receipt.inspection_date > self.today():
                raise WorkflowError("date_future", SERVICE_TEXTS("inspection_in_future"))
            if sp_date and receipt.inspection_date < sp_date:
                raise WorkflowError("date_before_sp", day=sp_date)
            arrived = receipt.arrived_on or receipt.inspection_date
            if arrived > receipt.inspection_date or (sp_date and arrived < sp_date):
                raise WorkflowError("arrival_date")
            # #12.6: on time is the SP's deadline against the day the goods arrived, never a tick alone
            due = timeliness(arrived, sp_deadline(parse_date(order.delivery_date), sp_date or arrived))
            lines = {ln.id: ln for ln in order.lines}
            unknown = set(receipt.received) - set(lines)
            if unknown:
                raise WorkflowError("line_not_found", SERVICE_TEXTS("receipt_line_unknown"))
            problems = []
            for ln in order.lines:
                got = receipt.received.get(ln.id, ln.qty)
                if got < 0 or got > ln.qty:
                    raise WorkflowError("bad_qty", SERVICE_TEXTS("received_qty_invalid", product=ln.name, qty=ln.qty))
                if got < ln.qty:
                    problems.append(f"{ln.name}: diterima {got} dari {ln.qty} {ln.unit}")
            # A late delivery is received, not a mismatch: the BAST records how late (#12.6) — re-inspecting could
            # never make it on time.
            for ok, label in ((receipt.fungsi_ok, "fungsi tidak sesuai"), (receipt.jumlah_ok, "jumlah tidak sesuai")):
                if not ok:
                    problems.append(label)
            record = {"by": self.uid(), "by_name": self.user().full_name, "date": receipt.inspection_date.isoformat(),
                      "fungsi_ok": receipt.fungsi_ok, "jumlah_ok": receipt.jumlah_ok and not any(
                          receipt.received.get(i, ln.qty) < ln.qty for i, ln in lines.items()),
                      "waktu_ok": receipt.waktu_ok and not due.late, "arrived_on": arrived.isoformat(),
                      "deadline": due.deadline.isoformat(), "late_working_days": due.late_working_days,
                      "received": {i: receipt.received.get(i, ln.qty) for i, ln in lines.items()},
                      "notes": receipt.notes.strip(), "complete": not problems}
            if problems:
                reason = "Ketidaksesuaian: " + "; ".join(problems)
                if receipt.notes.strip():
                    reason += f". {receipt.notes.strip()}"
                saved = self.transition(uow, order, Action.REPORT_MISMATCH, {"reason": reason, "receipt": record},
                                        changes={"receipt": record, "reasons": (*order.reasons, {
                                            "action": "report_mismatch", "text": reason, "by": self.uid(),
                                            "at": self.stamp()})})
            else:
                saved = self.transition(uow, order, Action.RECEIVE, {"receipt": record}, changes={"receipt": record})
            return self.view(uow, saved)

    def sign_bast(self, order_id: str, bast_date: dt.date, number: str = "") -> OrderView:
        """BAST number in the OPD's own numbering (typed), or the next one from this device's block."""
        with self.store.unit_of_work() as uow:
            order = self.require(uow, order_id)
            self.transition_check(uow, order, Action.SIGN_BAST)
            sp_date = parse_date((order.approval or {}).get("sp_date"))
            received = parse_date((order.receipt or {}).get("date"))
            if bast_date > self.today():
                raise WorkflowError("date_future", SERVICE_TEXTS("bast_in_future"))
            for floor, too_early in ((sp_date, "bast_before_sp"), (received, "bast_before_inspection")):
                if floor and bast_date < floor:
                    raise WorkflowError("bast_too_early", SERVICE_TEXTS(too_early, day=floor))
            text = number.strip() or self.issue_number(uow, order, "BAST", bast_date)
            bast = {"number": text, "date": bast_date.isoformat(), "by": self.uid(), "by_name": self.user().full_name}
            payload = {"bast_number": text, "bast_date": bast["date"], "device_id": self.device_id(uow)}
            saved = self.transition(uow, order, Action.SIGN_BAST, payload, changes={"bast": bast})
            return self.view(uow, saved)

    # -- helpers ---------------------------------------------------------------------------------------------
    def transition_check(self, uow: UnitOfWork, order: Order, action: Action) -> None:
        from sync.protocol.errors import ProtocolError
        from sync.protocol.lifecycle import check

        try:
            check(self.facts(order), action, self.actor(uow), self.policy(uow))
        except ProtocolError as exc:
            raise refusal(exc) from exc

    def device_id(self, uow: UnitOfWork) -> str | None:
        """This PC's id, the one its number blocks were leased to (sync_state, see device_identity)."""
        return uow.sync_state.get_str(DEVICE_ID_KEY) or None

    def issue_number(self, uow: UnitOfWork, order: Order, doc_type: str, day: dt.date) -> str:
        """Take the next reserved number (gap-free: rolled back with the unit of work if anything fails) and
        format it with THE formatter the server checks it with (desktop.domain.numbering, the OPD's
        effective-dated template in resources/rules/numbering.json)."""
        from desktop.store.errors import NumbersExhaustedError

        try:
            issued = uow.numbers.next_number(order.opd_id, day.year, doc_type, order_id=order.id, now=self.now())
        except NumbersExhaustedError as exc:
            raise WorkflowError("numbers_exhausted", exc.message) from exc
        try:
            text = document_number(order.opd_id, doc_type, issued.number, day)
        except DomainError as exc:
            raise WorkflowError(exc.code, exc.message) from exc
        uow.numbers.set_text(issued.id, text)
        return text
