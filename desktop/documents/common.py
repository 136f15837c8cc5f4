"""Small pieces every builder uses: the verification block, NIP lines, title-cased terbilang."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents import parts, templates
from desktop.documents.model import Signatory
from desktop.documents.verification import (
    DocumentPayload,
    DocumentSigner,
    hash_prefix,
    unsigned_qr_text,
    verification_code,
)
from desktop.domain import identifiers
from desktop.domain.errors import IdentifierError
from desktop.domain.money import format_rupiah
from desktop.domain.terbilang import terbilang_rupiah


def verification_block(doc_type: str, doc_label: str, number: str, order_id: str, amount: int,
                       date: dt.date, signer: DocumentSigner | None, width: float, serif: bool,
                       content_hash: str = "") -> Flowable:
    """QR left, full caption right: for documents with many signatories (kuitansi, books)."""
    text, caption = _qr(doc_type, doc_label, number, order_id, amount, date, signer, compact=False,
                        content_hash=content_hash)
    return parts.qr_block(text, caption, width, serif)


def verification_compact(doc_type: str, doc_label: str, number: str, order_id: str, amount: int,
                         date: dt.date, signer: DocumentSigner | None, serif: bool,
                         content_hash: str = "", size: float = 30 * mm) -> list[Flowable]:
    """QR with the verification code under it, to sit between two signature blocks (SP, BAST)."""
    text, caption = _qr(doc_type, doc_label, number, order_id, amount, date, signer, compact=True,
                        content_hash=content_hash)
    return parts.qr_compact(text, caption, serif, size)


def _qr(doc_type: str, doc_label: str, number: str, order_id: str, amount: int, date: dt.date,
        signer: DocumentSigner | None, compact: bool, content_hash: str = "") -> tuple[str, list[str]]:
    payload = DocumentPayload(doc_type, number, order_id, amount, date, hash_prefix(content_hash))
    common = templates.load("common")
    values = {"code": verification_code(payload.digest()), "doc_type": doc_label, "number": number,
              "order_id": order_id, "amount": format_rupiah(amount)}
    key = ("verify_compact" if compact else "verify_caption") + ("_unsigned" if signer is None else "")
    text = unsigned_qr_text(payload) if signer is None else signer.qr_text(payload)
    return text, common.lines(key, **values)


def nip_line(person: Signatory) -> str:
    if not person.nip:
        return ""
    return templates.load("common").text("nip_line", nip=format_nip(person.nip))


def format_nip(nip: str) -> str:
    """Grouped NIP via the domain; a number of another shape (admin override) prints as typed."""
    try:
        return identifiers.format_nip(nip)
    except IdentifierError:
        return nip


def words(amount: int) -> dict[str, str]:
    """Placeholders for templates: lowercase terbilang plus a Title Case form (templates pick the style)."""
    text = terbilang_rupiah(amount)
    return {"terbilang": text, "terbilang_title": text.title(), "amount": format_rupiah(amount)}
