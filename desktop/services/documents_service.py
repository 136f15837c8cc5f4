"""DocumentService: maps local orders and settings (kop surat, signatories) onto desktop.documents' input model
and renders PDFs — Surat Pesanan, BAST, kuitansi, BKU and Buku Pembantu Pajak — offline.

A document is "official" once the order reached the state that makes it so (SP after approval, BAST after
signing, kuitansi after payment); before that it carries the DRAF mark. Every print or save is recorded in the
audit log; any later output of the same document is marked SALINAN.

Official order documents carry a QR signed with this device's certified key (services/device_identity.py), so
another installation can verify a printout offline; drafts — and every document while the device has no key or
certificate — carry the payload only, and `RenderedDocument.signature_note` says why.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.documents import model as doc
from desktop.documents.bast import build_bast
from desktop.documents.books import build_bku, build_tax_book
from desktop.documents.kuitansi import build_kuitansi
from desktop.documents.surat_pesanan import build_surat_pesanan
from desktop.documents.taxbridge import summary_from_breakdown, summary_from_payment
from desktop.documents.verification import DocumentPayload, DocumentSigner, hash_prefix, unsigned_qr_text
from desktop.domain.delivery import sp_deadline
from desktop.domain.errors import DomainError
from desktop.domain.messages import Message
from desktop.domain.rules import marketplace_label
from desktop.services import catalog_lookup
from desktop.services.credentials import CredentialStore
from desktop.services.device_identity import DeviceIdentity
from desktop.services.number_voids import void_number_of
from desktop.services.order_view import WorkflowError
from desktop.services.payments import METHOD_LABELS, PaymentService
from desktop.services.session import SessionState
from desktop.services.texts import SERVICE_TEXTS
from desktop.services.workflow_base import WorkflowBase, parse_date
from desktop.store.db import Store, UnitOfWork
from desktop.store.order_wire import order_content_hash
from desktop.store.records import Order
from sync.protocol.states import OrderState

log = logging.getLogger(__name__)

KINDS = {"sp": "Surat Pesanan", "bast": "Berita Acara Serah Terima", "kuitansi": "Kuitansi",
         "bku": "Buku Kas Umum", "pajak": "Buku Pembantu Pajak"}
_ORDER = list(OrderState)
_OFFICIAL_FROM = {"sp": OrderState.DISETUJUI, "bast": OrderState.BAST, "kuitansi": OrderState.DIBAYAR}
_AVAILABLE_FROM = {"sp": OrderState.DRAFT, "bast": OrderState.DITERIMA, "kuitansi": OrderState.MENUNGGU_BAYAR}
PRINT_ACTION = "print_document"
UP_RETURN_URAIAN = "Pengembalian sisa UP tahun {year} ke Kas Daerah (STS {reference})"
_METHOD_SHORT = {"UP_TUNAI": "UP", "TRANSFER": "Transfer", "KKPD": "KKPD", "LS": "LS"}


_NOT_IN_FILENAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def document_filename(number: str, fallback: str) -> str:
    """A document's file name: its number made filename-safe on Windows and Linux ("000.3/017/SP/DINKOP/XI/2026"
    → "000.3-017-SP-DINKOP-XI-2026.pdf"); `fallback` (made safe the same way) when it has no number yet."""
    for text in (number, fallback):
        name = _NOT_IN_FILENAMES.sub("-", text.strip()).strip(" .-")
        if name:
            return f"{name}.pdf"
    return "dokumen.pdf"


@dataclass(frozen=True)
class RenderedDocument:
    kind: str
    title: str
    filename: str
    pdf: bytes
    official: bool
    reprint: bool
    order_id: str | None = None
    qr_text: str = ""  # exactly what the QR encodes ("BLK1.…"), for the preview and tests
    signed: bool = False
    signature_note: str = ""  # Indonesian: why an official document is unsigned ("" otherwise)
    signature_help: str = ""  # what IT can do about it (the keyring's name and error, advice, self-test)
    refusal: str = ""  # why a document that would be official prints marked DRAF: a signatory without name/NIP


NO_NAME = "………………………"  # printed where a signatory's name is not known


def _same_person(a: object, b: object) -> bool:
    return " ".join(str(a or "").split()).casefold() == " ".join(str(b or "").split()).casefold() != ""


def incomplete_signatories(people: Sequence[doc.Signatory]) -> Message | str:
    """Why an official document's signatories refuse it (#13.19), "" when they do not: a signatory without a
    name, or without a NIP — the officer's own act too, since server accounts carry the officer's NIP
    (`blangkon-server users nip`) and Pengaturan › Penandatangan can give it under the same name. Refused
    means printed only marked DRAF."""
    gaps: list[Message] = []
    for person in people:
        if not person.name.strip() or person.name == NO_NAME:
            gaps.append(SERVICE_TEXTS("signatory_no_name", role=person.jabatan))
        elif not person.nip.strip():
            gaps.append(SERVICE_TEXTS("signatory_no_nip", role=person.jabatan, name=person.name))
    return SERVICE_TEXTS("signatory_incomplete", who=gaps) if gaps else ""


def _reached(state: str, floor: OrderState) -> bool:
    current = OrderState(state)
    if current is OrderState.DIBATALKAN:
        return False
    if current is OrderState.DITOLAK:  # a rejected order is a draft again
        current = OrderState.DRAFT
    return _ORDER.index(current) >= _ORDER.index(floor)


class DocumentService(WorkflowBase):
    def __init__(self, store: Store, session: SessionState, *, identity: DeviceIdentity | None = None, **kw: Any) -> None:
        super().__init__(store, session, **kw)
        self._payments = PaymentService(store, session, **kw)
        self.identity = identity if identity is not None else DeviceIdentity(store, CredentialStore())

    # -- public API ------------------------------------------------------------------------------------------
    def available(self, order_id: str) -> list[str]:
        """Which documents this order can print now (for enabling buttons)."""
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
        return [k for k, floor in _AVAILABLE_FROM.items() if _reached(order.state, floor)]

    def render(self, order_id: str, kind: str) -> RenderedDocument:
        """Build one order document. `reprint` is True when this document was printed or saved before."""
        if kind not in _OFFICIAL_FROM:
            raise WorkflowError("bad_document")
        with self.store.unit_of_work(readonly=True) as uow:
            order = self.require(uow, order_id)
            if not _reached(order.state, _AVAILABLE_FROM[kind]):
                raise WorkflowError("not_yet", document=SERVICE_TEXTS(f"doc_{kind}"))
            official = _reached(order.state, _OFFICIAL_FROM[kind])
            reprint = official and self._printed_before(uow, order_id, kind)
            voided = void_number_of(uow, order, kind)
            if voided is not None:  # a printed number that will never be valid: every copy says BATAL (#21.3)
                order, official, reprint = voided, False, self._printed_before(uow, order_id, kind)
            order_doc = self.order_doc(uow, order)
            if kind == "bast":
                bast = self.bast_doc(order, order_doc)
                payload = ("BAST", bast.bast_number, bast.bast_date)
                people = [order_doc.ppk]
            elif kind == "kuitansi":
                payment = self.payment_doc(uow, order, order_doc)
                payload = ("KW", payment.nomor_bukti, payment.payment_date)
                people = [payment.pa_kpa, payment.bendahara, payment.pptk, payment.receiver]
            else:
                payload = ("SP", order_doc.sp_number, order_doc.sp_date)
                people = [order_doc.ppk]
            refusal = incomplete_signatories(people) if official else ""
            if refusal:  # never an official document with a blank name or NIP: marked DRAF, and the officer told
                official, reprint = False, False
            options = doc.DocumentOptions(status="void" if voided else "official" if official else "draft",
                                          reprint=reprint)
        signer, note, help_text = self._signer() if official else (None, "", "")
        if kind == "sp":
            pdf = build_surat_pesanan(order_doc, options, signer)
        elif kind == "bast":
            pdf = build_bast(bast, options, signer)
        else:
            pdf = build_kuitansi(payment, options, signer)
        # the same payload the builders' verification block encodes (documents/common.py)
        qr_payload = DocumentPayload(payload[0], payload[1], order_doc.order_id, order_doc.total, payload[2],
                                     hash_prefix(order_doc.content_hash))
        qr = signer.qr_text(qr_payload) if signer is not None else unsigned_qr_text(qr_payload)
        # the file is named by the document's own number: the SP's, the BAST's; a kuitansi by the SP it pays
        own = {"sp": order.number, "bast": (order.bast or {}).get("number")}.get(kind)
        filename = document_filename(own or "", f"{kind.upper()}_{order.number or 'draf ' + order.id[:8]}")
        return RenderedDocument(kind, f"{KINDS[kind]} {order.number or ''}".strip(), filename,
                                pdf, official, reprint, order_id, qr, signer is not None, note, help_text, refusal)

    def signer(self) -> tuple[DocumentSigner | None, str, str]:
        """This device's signer for an official document, or None with the reason and what IT can do (the
        closing set, #17)."""
        return self._signer()

    def _signer(self) -> tuple[DocumentSigner | None, str, str]:
        """This device's signer for an official document, or None with the reason and what IT can do (logged,
        shown by the UI)."""
        try:
            signer = self.identity.signer()
        except Exception as exc:  # a broken keyring or certificate must never stop printing
            log.warning("document signer unavailable: %s: %s", type(exc).__name__, exc)
            signer = None
        if signer is not None:
            return signer, "", ""
        note = self.identity.unsigned_reason()
        help_text = self.identity.unsigned_help()
        log.info("official document printed unsigned: %s %s", note, help_text)
        return None, note, help_text

    def render_book(self, kind: str, year: int, month: int) -> RenderedDocument:
        """BKU or Buku Pembantu Pajak of one month, from this PC's paid orders."""
        if kind not in ("bku", "pajak"):
            raise WorkflowError("bad_document", SERVICE_TEXTS("bad_book"))
        with self.store.unit_of_work(readonly=True) as uow:
            book = self.book_month(uow, year, month)
            refusal = incomplete_signatories([book.bendahara, book.pa_kpa])
        options = doc.DocumentOptions(status="draft" if refusal else "official")
        pdf = (build_bku if kind == "bku" else build_tax_book)(book, options)
        return RenderedDocument(kind, f"{KINDS[kind]} {month:02d}/{year}", f"{kind.upper()}_{year}-{month:02d}.pdf",
                                pdf, not refusal, False, refusal=refusal)

    def record_output(self, rendered: RenderedDocument, how: str) -> None:
        """The officer printed or saved the document: append it to the audit log (later copies are SALINAN)."""
        with self.store.unit_of_work() as uow:
            uow.audit.append(PRINT_ACTION, actor_user_id=self.uid(), order_id=rendered.order_id,
                             details={"kind": rendered.kind, "how": how, "official": rendered.official,
                                      "reprint": rendered.reprint}, now=self.now())

    # -- mapping ---------------------------------------------------------------------------------------------
    @staticmethod
    def _printed_before(uow: UnitOfWork, order_id: str, kind: str) -> bool:
        return any(e.action == PRINT_ACTION and e.details.get("kind") == kind and e.details.get("official")
                   for e in uow.audit.for_order(order_id))

    def kop(self, uow: UnitOfWork, opd_id: str) -> doc.Kop:
        header = uow.settings.get("document_header") or {}
        opd = uow.master.get_opd(opd_id)
        return doc.Kop(pemda=header.get("pemda") or "PEMERINTAH PROVINSI JAWA TENGAH",
                       opd_name=header.get("opd_name") or (opd.name if opd else opd_id),
                       address=header.get("address") or (opd.address if opd else ""),
                       logo_path=header.get("logo_path") or None)

    def signatory(self, uow: UnitOfWork, role: str, user_id: str | None, jabatan: str,
                  acting: Mapping[str, Any] | None = None, name: str | None = None) -> doc.Signatory:
        """Who signs a document (the one owner of it): the officer who acted (from the user cache), else the
        signatory configured in the settings. An act under a Plt/Plh delegation (#17, `acting` from the act's
        record) prints the acting title ("Plh. Pejabat Pembuat Komitmen") with the delegate's own name and NIP."""
        user = uow.users.get(user_id) if user_id else None
        if acting:  # the letter's NIP first: it is the one the delegate signs under
            title = str(acting.get("title") or jabatan)
            nip = str(acting.get("nip") or (user.nip if user is not None else "") or "")
            return doc.Signatory(user.full_name if user is not None else (name or "………………………"), nip, title)
        configured = (uow.settings.get("signatories") or {}).get(role) or {}
        if user is not None:
            # the account's NIP (from the server at login); else the one entered for this role in Pengaturan ›
            # Penandatangan under the same name (an account made before the server kept NIPs)
            nip = user.nip or (configured.get("nip") or "" if _same_person(configured.get("name"), user.full_name)
                               else "")
            return doc.Signatory(user.full_name, nip, user.jabatan or jabatan)
        return doc.Signatory(configured.get("name") or NO_NAME, configured.get("nip") or "", jabatan)

    @staticmethod
    def _only_user(uow: UnitOfWork, opd_id: str, key: str, role: str) -> str | None:
        """Who signs where no act names anyone (the kuitansi's PPTK): the signatory set in Pengaturan (None
        here), else the OPD's officer in `role` when this PC knows exactly one."""
        if ((uow.settings.get("signatories") or {}).get(key) or {}).get("name"):
            return None
        found = uow.users.list(opd_id=opd_id, role=role)
        return found[0].id if len(found) == 1 else None

    def order_doc(self, uow: UnitOfWork, order: Order) -> doc.OrderDoc:
        approval = order.approval or {}
        sp_date = parse_date(approval.get("sp_date")) or self.today()
        p = catalog_lookup.provider(uow, order.provider_id) if order.provider_id else None
        seller = doc.Seller(business_name=p.name if p else "-", owner_name=p.owner_name if p else "-",
                            nib=(p.nib or "-") if p else "-", address=p.address if p else "-",
                            bank_name=(p.bank_name or "-") if p else "-", bank_account=(p.bank_account or "-") if p else "-",
                            npwp=p.npwp if p else None, nik=p.nik if p else None, pkp=bool(p and p.pkp))
        subs = {s.kode: s.name for s in uow.master.list_sub_kegiatan(order.opd_id, sp_date.year)}
        reks = {k.kode: k.name for k in uow.master.list_kode_rekening()}
        try:  # before payment only the SP's "termasuk PPN" line uses this; after it, the payment record rules
            purchase, _ = self._payments.purchase(uow, order, sp_date)
            taxes: doc.TaxSummary | None = summary_from_breakdown(self._payments.engine.compute(purchase))
        except DomainError:
            taxes = None  # e.g. a PKP seller without NPWP: the desk says why; the SP still prints
        return doc.OrderDoc(
            content_hash=order_content_hash(order),
            order_id=order.id, sp_number=order.number or "(belum bernomor — draf)", sp_date=sp_date,
            kop=self.kop(uow, order.opd_id),
            ppk=self.signatory(uow, "ppk", approval.get("by"), "Pejabat Pembuat Komitmen", approval.get("acting"),
                               approval.get("by_name")), seller=seller,
            kode_rup=order.kode_rup or "-", sub_kegiatan=doc.CodeName(order.sub_kegiatan or "-",
                                                                     subs.get(order.sub_kegiatan, "")),
            kode_rekening=doc.CodeName(order.kode_rekening or "-", reks.get(order.kode_rekening, "")),
            lines=tuple(doc.DocumentLine(ln.name, ln.qty, ln.unit, ln.unit_price_quoted) for ln in order.lines),
            delivery_address=order.delivery_address or "-",
            delivery_deadline=sp_deadline(parse_date(order.delivery_date), sp_date),
            tahun_anggaran=sp_date.year, shipping=order.shipping, taxes=taxes,
            marketplace=marketplace_label(order.marketplace) if order.marketplace else "")

    def bast_doc(self, order: Order, order_doc: doc.OrderDoc) -> doc.BastDoc:
        receipt, bast = order.receipt or {}, order.bast or {}
        inspection = parse_date(receipt.get("date")) or order_doc.sp_date
        received = receipt.get("received") or {}
        return doc.BastDoc(
            order=order_doc, bast_number=bast.get("number") or "(belum bernomor — draf)",
            bast_date=parse_date(bast.get("date")) or self.today(), inspection_date=inspection,
            received=tuple(doc.ReceivedLine(ln.name, ln.qty, int(received.get(ln.id, ln.qty)), ln.unit)
                           for ln in order.lines),
            fungsi_ok=bool(receipt.get("fungsi_ok", True)), jumlah_ok=bool(receipt.get("jumlah_ok", True)),
            waktu_ok=bool(receipt.get("waktu_ok", True)), notes=str(receipt.get("notes") or ""),
            arrived_on=parse_date(receipt.get("arrived_on")), late_working_days=receipt.get("late_working_days"))

    def payment_doc(self, uow: UnitOfWork, order: Order, order_doc: doc.OrderDoc) -> doc.PaymentDoc:
        payment, bast = order.payment or {}, order.bast or {}
        reks = {k.kode: k.name for k in uow.master.list_kode_rekening()}
        purpose = reks.get(order.kode_rekening) or "Belanja barang/jasa"
        return doc.PaymentDoc(
            order=order_doc, nomor_bukti=payment.get("bku_number") or "(belum dibayar)",
            bast_number=bast.get("number") or "-", bast_date=parse_date(bast.get("date")) or order_doc.sp_date,
            payment_date=parse_date(payment.get("date")) or self.today(),
            pa_kpa=self.signatory(uow, "pa_kpa", payment.get("authorized_by"), "Pengguna Anggaran",
                                  payment.get("authorized_acting")),
            bendahara=self.signatory(uow, "bendahara", payment.get("paid_by"), "Bendahara Pengeluaran",
                                     payment.get("paid_acting")),
            pptk=self.signatory(uow, "pptk", self._only_user(uow, order.opd_id, "pptk", "PPTK"),
                                "Pejabat Pelaksana Teknis Kegiatan"),
            receiver=self.signatory(uow, "ppk", (order.receipt or {}).get("by"), "Pejabat Pembuat Komitmen",
                                    (order.receipt or {}).get("acting"), (order.receipt or {}).get("by_name")),
            purpose=f"{purpose} sesuai SP {order.number or ''}".strip(),
            method=_METHOD_SHORT.get(payment.get("method", ""), "UP"),
            toko_daring=(order.marketplace or "") != "EKATALOG_LOKAL", taxes=summary_from_payment(payment))

    def book_month(self, uow: UnitOfWork, year: int, month: int) -> doc.BookMonth:
        return self.book_period(uow, year, month)

    def book_period(self, uow: UnitOfWork, year: int, month: int | None) -> doc.BookMonth:
        """The Bendahara's book of one month, or of the whole year (`month` None: the year-end closing set, #17)
        from this PC's paid orders, the recorded receipts and the return of unspent UP."""

        def within(day: dt.date | None) -> bool:
            return day is not None and day.year == year and (month is None or day.month == month)

        paid = []
        opd_id = self.opd_id()
        confirmed = uow.bank.confirmed_orders()
        for order in uow.orders.list(states=[OrderState.DIBAYAR.value, OrderState.SELESAI.value], opd_id=opd_id):
            payment = order.payment or {}
            day = parse_date(payment.get("date"))
            if day is None or not within(day):
                continue
            p = catalog_lookup.provider(uow, order.provider_id) if order.provider_id else None
            summary = summary_from_payment(payment)
            deposits = tuple(doc.TaxDeposit(d["code"], dt.date.fromisoformat(d["date"]), d["ntpn"])
                             for d in payment.get("deposits") or ())
            paid.append(doc.PaidOrder(
                date=day, order_number=order.number or order.id[:8], seller=p.name if p else "-",
                uraian=f"Pembayaran {order.number or ''} ({METHOD_LABELS.get(payment.get('method', ''), '')})",
                kode_rekening=order.kode_rekening, amount=int(payment.get("amount", order.total)),
                taxes=summary.withheld_lines if summary else (), deposits=deposits,
                method=_METHOD_SHORT.get(payment.get("method", ""), "UP"), bast_number=(order.bast or {}).get("number", ""),
                bku_number=str(payment.get("bku_number") or ""), bank_confirmed=order.id in confirmed))
        paid.sort(key=lambda x: (x.date, x.order_number))
        receipts = tuple(doc.CashReceipt(dt.date.fromisoformat(r["date"]), r["uraian"], int(r["amount"]),
                                         r.get("reference", ""), str(r.get("number") or ""))
                         for r in (uow.settings.get("bku_receipts") or [])
                         if within(parse_date(r.get("date"))))
        returns = tuple(doc.CashReturn(dt.date.fromisoformat(r["date"]), UP_RETURN_URAIAN.format(
            year=closing_year, reference=r.get("reference", "")), int(r["amount"]), r.get("reference", ""),
            str(r.get("bku_number") or "")) for closing_year, r in uow.closings.up_returns(opd_id)
            if within(parse_date(r.get("date"))))
        opening_key = f"{year:04d}-{month or 1:02d}"
        opening = int((uow.settings.get("bku_opening_balance") or {}).get(opening_key, 0)) \
            if isinstance(uow.settings.get("bku_opening_balance"), dict) else 0
        users = {u.roles[0] if u.roles else "": u for u in uow.users.list(opd_id=opd_id)}
        bend, pa = users.get("BENDAHARA"), users.get("PA_KPA")
        last = month or 12
        return doc.BookMonth(
            kop=self.kop(uow, opd_id), year=year, month=last, opening_balance=opening,
            bendahara=self.signatory(uow, "bendahara", bend.id if bend else None, "Bendahara Pengeluaran"),
            pa_kpa=self.signatory(uow, "pa_kpa", pa.id if pa else None, "Pengguna Anggaran"),
            signed_on=min(self.today(), dt.date(year + (last == 12), last % 12 + 1, 1) - dt.timedelta(days=1)),
            receipts=receipts, payments=tuple(paid), returns=returns)
