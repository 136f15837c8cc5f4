"""BankService: the Bendahara's bank reconciliation (issue #18) — import statements, review what matches,
confirm or correct, and the month's reconciliation (rekonsiliasi bank) with the BKU beside the statement.

Book entries come from what is already recorded on this PC — each paid order's payment record (`payment.net`,
the amount transferred, owned by PaymentService), its tax deposits, and the month's BKU receipts — and nothing
here ever creates or changes a payment: a confirmation only links statement lines to those records. The links
are local decisions (audit-logged); "terkonfirmasi bank" on an order and in the BKU is read from them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.documents import ledger
from desktop.documents.model import DocumentOptions
from desktop.documents.reconciliation import ReconciliationDoc, build_reconciliation, csv_rows
from desktop.domain.bank import matching
from desktop.domain.bank.csv_mapping import CsvMapping, decode, split_rows
from desktop.domain.bank.matching import BookEntry, EntryKind, Link, LinkKind, Review, Suspicion
from desktop.domain.bank.reconciliation import MonthReconciliation, balance_at, month_bounds, reconcile
from desktop.domain.bank.rules import MatchRule, MatchRules
from desktop.domain.bank.statement import StatementLine, digits
from desktop.domain.money import format_rupiah
from desktop.services import catalog_lookup
from desktop.services.bank_statements import MappingBook, looks_like_mt940, read_statement
from desktop.services.bank_view import (
    CandidateView,
    EntryView,
    FindingView,
    ImportResult,
    LineStatus,
    LineView,
    LinkView,
    ReviewView,
)
from desktop.services.documents_service import DocumentService, RenderedDocument
from desktop.services.order_view import WorkflowError
from desktop.services.session import SessionState
from desktop.services.workflow_base import WorkflowBase, new_id, parse_date
from desktop.store.db import Store, UnitOfWork
from sync.protocol.states import OrderState, Role

PAID_STATES = [OrderState.DIBAYAR.value, OrderState.SELESAI.value]
_FINDING_STATUS = {Suspicion.FEE: LineStatus.FEE, Suspicion.REVERSAL: LineStatus.REVERSAL,
                   Suspicion.AMBIGUOUS: LineStatus.AMBIGUOUS, Suspicion.PARTIAL: LineStatus.PARTIAL,
                   Suspicion.DUPLICATE: LineStatus.DUPLICATE}


class BankService(WorkflowBase):
    def __init__(self, store: Store, session: SessionState, *, documents: DocumentService | None = None,
                 data_dir: Path | None = None, rules: MatchRules | None = None, **kw: Any) -> None:
        super().__init__(store, session, **kw)
        self._documents = documents
        self.mappings = MappingBook(data_dir)
        self._rules = rules

    @property
    def rules(self) -> MatchRules:
        if self._rules is None:
            self._rules = MatchRules.from_resources()
        return self._rules

    def rule(self, day: dt.date | None = None) -> MatchRule:
        return self.rules.rule(day or self.today())

    @property
    def documents(self) -> DocumentService:
        if self._documents is None:
            self._documents = DocumentService(self.store, self.session)
        return self._documents

    def require_bendahara(self) -> None:
        """Statements and their confirmations are the Bendahara Pengeluaran's books (DOMAIN.md §2)."""
        if self.user().role is not Role.BENDAHARA:
            raise WorkflowError("bank_role")

    # -- import ----------------------------------------------------------------------------------------------
    def import_file(self, path: Path | str, *, account: str = "", mapping_id: str | None = None) -> ImportResult:
        """Read a statement file (MT940 or CSV) and store its new lines. Importing the same statement twice adds
        nothing: each line has an identity (account, date, amount, reference, balance or rank in the day)."""
        self.require_bendahara()
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise WorkflowError("bank_file_unreadable", file=path.name, problem=exc.strerror or str(exc)) from exc
        mapping = self.mappings.get(mapping_id) if mapping_id else None
        statement = read_statement(data, path.name, account=account, mapping=mapping, book=self.mappings)
        with self.store.unit_of_work() as uow:
            similar = uow.bank.similar_lines(statement.lines)
            record = uow.bank.add_import(
                file_name=path.name, sha256=hashlib.sha256(data).hexdigest(), source=statement.source,
                account=statement.account, imported_at=self.stamp(), imported_by=self.uid(),
                lines=statement.lines, balances=statement.balances)
            uow.audit.append("bank_import", actor_user_id=self.uid(), details={
                "file": path.name, "source": statement.source, "account": statement.account,
                "lines_read": record.lines_read, "lines_new": record.lines_new}, now=self.now())
        name = mapping.name if mapping else next(
            (m.name for m in self.mappings.all() if statement.source == f"csv:{m.id}"), "")
        return ImportResult(path.name, statement.source, statement.account, record.lines_read, record.lines_new,
                            statement.first_date, statement.last_date, name, record.id, similar)

    def undo_import(self, import_id: int) -> int:
        """Take an import back (e.g. the same statement in another format): its new lines and balances go, unless
        one of them is already confirmed. Returns the lines removed."""
        self.require_bendahara()
        with self.store.unit_of_work() as uow:
            ids = uow.bank.import_line_ids(import_id)
            if ids & {i for k in uow.bank.links() for i in k.line_ids}:
                raise WorkflowError("bank_import_linked")
            removed = uow.bank.remove_import(import_id)
            uow.audit.append("bank_import_undone", actor_user_id=self.uid(),
                             details={"import": import_id, "lines_removed": removed}, now=self.now())
            return removed

    def file_headers(self, path: Path | str) -> list[str]:
        """The column names of a CSV file (for setting up its mapping once); [] for MT940."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise WorkflowError("bank_file_unreadable", file=path.name, problem=exc.strerror or str(exc)) from exc
        text = decode(data, path.name)
        if looks_like_mt940(text):
            return []
        return next((r for r in split_rows(text) if sum(1 for c in r if c.strip()) >= 2), [])

    def mapping_list(self) -> list[CsvMapping]:
        return self.mappings.all()

    def save_mapping(self, mapping: CsvMapping) -> None:
        self.mappings.save(mapping)

    def accounts(self) -> list[str]:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.bank.accounts()

    # -- book entries (read from the records; never written here) ------------------------------------------
    def entries(self, uow: UnitOfWork) -> list[BookEntry]:
        out: list[BookEntry] = []
        for order in uow.orders.list(states=PAID_STATES, opd_id=self.opd_id()):
            payment = order.payment or {}
            day = parse_date(payment.get("date"))
            if day is None:
                continue
            rule = self.rule(day)
            p = catalog_lookup.provider(uow, order.provider_id) if order.provider_id else None
            number = order.number or order.id[:8]
            bku = str(payment.get("bku_number") or "")
            net = int(payment.get("net", payment.get("amount", order.total)))
            method = str(payment.get("method") or "")
            out.append(BookEntry(
                f"pay:{order.id}", EntryKind.PAYMENT, day, -net, p.name if p else "",
                digits(p.bank_account or "") if p else "", tuple(r for r in (number, bku) if r), number,
                order.id, method in rule.bank_methods))
            for deposit in payment.get("deposits") or ():
                dday = parse_date(deposit.get("date"))
                if dday is None:
                    continue
                out.append(BookEntry(
                    f"dep:{order.id}:{deposit['code']}", EntryKind.DEPOSIT, dday, -int(deposit["amount"]),
                    "Kas Negara", "", (str(deposit.get("ntpn") or ""),),
                    f"Setoran {deposit['code']} {number}", order.id))
        for index, receipt in enumerate(uow.settings.get("bku_receipts") or []):
            rday = parse_date(receipt.get("date"))
            if rday is None:
                continue
            out.append(BookEntry(f"rcv:{rday.isoformat()}:{receipt.get('number') or index}", EntryKind.RECEIPT,
                                 rday, int(receipt["amount"]), "", "",
                                 tuple(str(x) for x in (receipt.get("reference"), receipt.get("number")) if x),
                                 str(receipt.get("uraian") or "")))
        return out

    def _review(self, uow: UnitOfWork) -> tuple[list[BookEntry], list[StatementLine], Review]:
        entries = self.entries(uow)
        lines = uow.bank.lines()
        return entries, lines, matching.review(entries, lines, uow.bank.links(), self.rule())

    # -- the review screen -----------------------------------------------------------------------------------
    def review(self, year: int, month: int, account: str = "") -> ReviewView:
        first, last = _bounds(year, month)
        with self.store.unit_of_work(readonly=True) as uow:
            entries, lines, result = self._review(uow)
            accounts = tuple(uow.bank.accounts())
            bku_closing = self._bku_closing(uow, year, month)
            balances = uow.bank.balances(account or None)
        chosen = account or (accounts[0] if len(accounts) == 1 else "")

        def shown(x: StatementLine) -> bool:
            return first <= x.date <= last and (not chosen or x.account == chosen)

        confirmed = {e for k in result.links if k.kind is LinkKind.MATCH for e in k.entry_ids}
        entry_views = {e.id: _entry_view(e, e.id in confirmed) for e in entries}
        status, link_of = _statuses(result)
        line_views = {x.line_id: LineView(x.line_id, x.account, x.date, x.amount, x.description, x.reference,
                                          x.balance, status.get(x.line_id, LineStatus.UNEXPLAINED),
                                          link_of.get(x.line_id, ("", ""))[0], link_of.get(x.line_id, ("", ""))[1])
                      for x in lines}

        def candidate(c: matching.Candidate) -> CandidateView:
            return CandidateView(c.line_ids, c.entry_ids, c.shape.value, c.score, c.difference, c.day_offset,
                                 c.reasons, tuple(entry_views[i] for i in c.entry_ids),
                                 tuple(line_views[i] for i in c.line_ids))

        month_lines = tuple(line_views[x.line_id] for x in lines if shown(x))
        month_ids = {x.id for x in month_lines}
        scoped = [x for x in lines if not chosen or x.account == chosen]
        counts = {s.value: sum(1 for x in month_lines if x.status is s) for s in LineStatus}
        unmatched = tuple(entry_views[e.id] for e in result.unmatched_entries if first <= e.date <= last)
        counts["unmatched"] = len(unmatched)
        return ReviewView(
            year, month, chosen, accounts, month_lines, entry_views,
            tuple(candidate(c) for c in result.proposals if set(c.line_ids) & month_ids),
            {k: tuple(candidate(c) for c in v) for k, v in result.candidates.items() if k in month_ids},
            unmatched,
            tuple(entry_views[e.id] for e in result.not_through_bank if first <= e.date <= last),
            tuple(_link_view(k) for k in result.links if set(k.line_ids) & month_ids),
            tuple(FindingView(f.kind.value, f.line_ids, f.entry_ids) for f in result.findings
                  if set(f.line_ids) & month_ids),
            bku_closing, balance_at(last, balances, scoped) if chosen else None, counts)

    # -- decisions -------------------------------------------------------------------------------------------
    def confirm(self, line_ids: Sequence[str], entry_ids: Sequence[str] = (), *, kind: str = "match",
                note: str = "") -> LinkView:
        """The Bendahara's decision: these statement lines are explained by these recorded entries (kind "match":
        a payment, bulk or split), or are a bank fee, a reversal, or something explained in the note. Refused
        when a line or entry is already explained, an entry is not recorded here, or the amounts differ without
        a note saying why."""
        self.require_bendahara()
        with self.store.unit_of_work() as uow:
            book = _Book(uow.bank.lines(), self.entries(uow), uow.bank.links())
            return _link_view(self._link(uow, book, line_ids, entry_ids, LinkKind(kind), note.strip()))

    def confirm_proposals(self, year: int, month: int, account: str = "") -> int:
        """Confirm every proposal of the month (each is one unique good match) in one unit of work."""
        self.require_bendahara()
        first, last = _bounds(year, month)
        with self.store.unit_of_work() as uow:
            book = _Book(uow.bank.lines(), self.entries(uow), uow.bank.links())
            result = matching.review(book.entries.values(), book.lines.values(), book.links, self.rule())
            chosen = [c for c in result.proposals if any(
                first <= book.lines[i].date <= last and (not account or book.lines[i].account == account)
                for i in c.line_ids)]
            for proposal in chosen:
                self._link(uow, book, proposal.line_ids, proposal.entry_ids, LinkKind.MATCH, "")
            return len(chosen)

    def _link(self, uow: UnitOfWork, book: _Book, line_ids: Sequence[str], entry_ids: Sequence[str],
              kind: LinkKind, note: str) -> Link:
        line_ids, entry_ids = tuple(dict.fromkeys(line_ids)), tuple(dict.fromkeys(entry_ids))
        if not line_ids or (kind is LinkKind.MATCH and not entry_ids):
            raise WorkflowError("bank_nothing_selected")
        if any(i not in book.lines for i in line_ids):
            raise WorkflowError("bank_line_unknown")
        for entry_id in entry_ids:
            if entry_id not in book.entries:
                raise WorkflowError("bank_entry_unknown", entry=entry_id.split(":")[-1][:12])
        for line_id in line_ids:
            if line_id in book.taken_lines:
                raise WorkflowError("bank_already_linked", what=_line_label(book.lines[line_id]))
        for entry_id in entry_ids:
            if entry_id in book.taken_entries:
                raise WorkflowError("bank_already_linked", what=book.entries[entry_id].label)
        chosen_lines = [book.lines[i] for i in line_ids]
        chosen_entries = [book.entries[i] for i in entry_ids]
        if kind is LinkKind.MATCH:
            if len({x.amount < 0 for x in chosen_lines} | {e.amount < 0 for e in chosen_entries}) > 1:
                raise WorkflowError("bank_sign_mismatch")
            difference = sum(x.amount for x in chosen_lines) - sum(e.amount for e in chosen_entries)
            if difference and len(note) < 5:
                raise WorkflowError("bank_note_required", difference=format_rupiah(abs(difference)))
        elif entry_ids:
            raise WorkflowError("bank_sign_mismatch")
        elif kind is LinkKind.OTHER and len(note) < 5:
            raise WorkflowError("bank_note_needed")
        link = Link(new_id(), kind, tuple(sorted(line_ids)), tuple(sorted(entry_ids)), note, self.uid(), self.stamp())
        uow.bank.add_link(link, {e.id: e.order_id for e in chosen_entries})
        book.taken_lines.update(link.line_ids)
        book.taken_entries.update(link.entry_ids)
        details = {"link": link.id, "kind": kind.value, "lines": list(link.line_ids),
                   "entries": list(link.entry_ids), "note": note, "amounts": [x.amount for x in chosen_lines]}
        orders: list[str | None] = [*sorted({e.order_id for e in chosen_entries if e.order_id})] or [None]
        for order_id in orders:
            uow.audit.append("bank_confirm", actor_user_id=self.uid(), order_id=order_id, details=details,
                             now=self.now())
        return link

    def undo(self, link_id: str) -> None:
        """Correct a confirmation: the link goes (audit-logged); the payment record is untouched."""
        self.require_bendahara()
        with self.store.unit_of_work() as uow:
            link = next((k for k in uow.bank.links() if k.id == link_id), None)
            if link is None or not uow.bank.remove_link(link_id):
                raise WorkflowError("bank_link_unknown")
            orders: list[str | None] = [*sorted({e.split(":")[1] for e in link.entry_ids
                                                           if e.startswith(("pay:", "dep:"))})] or [None]
            for order_id in orders:
                uow.audit.append("bank_unconfirm", actor_user_id=self.uid(), order_id=order_id,
                                 details={"link": link_id, "lines": list(link.line_ids),
                                          "entries": list(link.entry_ids)}, now=self.now())

    def confirmed_orders(self, order_ids: Iterable[str] | None = None) -> dict[str, str]:
        with self.store.unit_of_work(readonly=True) as uow:
            return uow.bank.confirmed_orders(order_ids)

    # -- the month's reconciliation -------------------------------------------------------------------------
    def _bku_closing(self, uow: UnitOfWork, year: int, month: int) -> int:
        book = self.documents.book_month(uow, year, month)
        return ledger.totals(book, ledger.bku_lines(book)).closing

    def month(self, year: int, month: int, account: str = "") -> MonthReconciliation:
        _bounds(year, month)  # a bad month is refused before any work
        with self.store.unit_of_work(readonly=True) as uow:
            entries, lines, result = self._review(uow)
            book = self.documents.book_month(uow, year, month)
            sums = ledger.totals(book, ledger.bku_lines(book))
            chosen = account or next(iter(uow.bank.accounts()), "")
            balances = uow.bank.balances(chosen or None)
        scoped = [x for x in lines if not chosen or x.account == chosen]
        return reconcile(year, month, chosen, bku_opening=sums.opening, bku_closing=sums.closing, entries=entries,
                         lines=scoped, balances=balances, review=result)


    def render_reconciliation(self, year: int, month: int, account: str = "") -> RenderedDocument:
        """The month's rekonsiliasi bank as PDF (signatories and letterhead as on the BKU)."""
        rec = self.month(year, month, account)
        with self.store.unit_of_work(readonly=True) as uow:
            book = self.documents.book_month(uow, year, month)
        label = rec.account or "-"
        pdf = build_reconciliation(ReconciliationDoc(book.kop, rec, book.bendahara, book.pa_kpa, book.signed_on,
                                                     label), DocumentOptions(status="official"))
        return RenderedDocument("rekonsiliasi", f"Rekonsiliasi Bank {month:02d}/{year}",
                                f"REKONSILIASI_BANK_{year}-{month:02d}.pdf", pdf, True, False)

    def export_csv(self, year: int, month: int, account: str = "") -> bytes:
        """The same reconciliation as CSV (semicolon, UTF-8 with BOM: opens in Excel as officers use it)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerows(csv_rows(self.month(year, month, account)))
        return buffer.getvalue().encode("utf-8-sig")


class _Book:
    """What one unit of work decides against: the stored lines, the recorded entries, the links so far."""

    def __init__(self, lines: Iterable[StatementLine], entries: Iterable[BookEntry], links: Iterable[Link]) -> None:
        self.lines = {x.line_id: x for x in lines}
        self.entries = {e.id: e for e in entries}
        self.links = list(links)
        self.taken_lines = {i for k in self.links for i in k.line_ids}
        self.taken_entries = {i for k in self.links for i in k.entry_ids}


def _bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    try:
        return month_bounds(year, month)
    except (ValueError, TypeError) as exc:
        raise WorkflowError("bank_month_invalid") from exc


def _line_label(x: StatementLine) -> str:
    return f"{x.date:%d-%m-%Y} {format_rupiah(abs(x.amount))} {x.description[:40]}".strip()


def _entry_view(e: BookEntry, confirmed: bool) -> EntryView:
    reference = ", ".join(e.references[1:] if e.kind is EntryKind.PAYMENT else e.references)
    return EntryView(e.id, e.kind.value, e.date, e.amount, e.beneficiary, e.account, e.label, reference,
                     e.order_id, e.through_bank, confirmed)


def _link_view(k: Link) -> LinkView:
    return LinkView(k.id, k.kind.value, k.line_ids, k.entry_ids, k.note, k.confirmed_by, k.confirmed_at)


def _statuses(result: Review) -> tuple[dict[str, LineStatus], dict[str, tuple[str, str]]]:
    """Each line's status: confirmed beats proposed beats a finding; the unsettled line of a duplicate pair is
    the duplicate."""
    status: dict[str, LineStatus] = {}
    link_of: dict[str, tuple[str, str]] = {}
    for k in result.links:
        for i in k.line_ids:
            status[i] = LineStatus.CONFIRMED
            link_of[i] = (k.id, k.note)
    for c in result.proposals:
        for i in c.line_ids:
            status.setdefault(i, LineStatus.PROPOSED)
    for f in result.findings:
        for i in f.line_ids:
            status.setdefault(i, _FINDING_STATUS[f.kind])
    return status, link_of
