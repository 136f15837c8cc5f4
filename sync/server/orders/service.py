"""Order commands: the server runs the state machine of sync.protocol, stamps time and numbers (SYNC.md §4–§6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from sync.protocol import ErrorCode, LineIssue, ProtocolError
from sync.protocol.artefacts import payment_record, receipt_record
from sync.protocol.closing import command_date
from sync.protocol.delegation import Delegation, acting_stamp, acting_under, effective_actor
from sync.protocol.lifecycle import (
    EDIT_ROLES,
    TRANSITIONS,
    Actor,
    OrderFacts,
    check,
    check_edit,
    validate_payload,
)
from sync.protocol.messages import OrderDraft, TransitionRequest
from sync.protocol.orders import compute_total, content_hash
from sync.protocol.states import Action, OrderState, Role
from sync.server import clock
from sync.server.accounts import delegations
from sync.server.accounts.auth import Principal
from sync.server.catalog.feed import order_products
from sync.server.orders import audit, expiry
from sync.server.orders.closing import check_open
from sync.server.orders.lines import check_quotes, check_seller, claim_line_ids
from sync.server.orders.numbers import final_number, legal_today, looks_like_our_number, payload_date
from sync.server.storage import models as m
from sync.server.storage.db import Hot, now_iso
from sync.server.storage.state import marketplace_cap, sod_policy


def _not_found(order_id: str) -> ProtocolError:
    return ProtocolError(ErrorCode.NOT_FOUND, "Pesanan tidak ditemukan.", order_id=order_id)


_LOAD_STMT = select(m.orders.c.doc, m.orders.c.opd_id).where(m.orders.c.id == bindparam("oid"))
_LOAD = Hot(_LOAD_STMT)
_LOAD_LOCKED = Hot(_LOAD_STMT.with_for_update())
_NEXT = Hot(update(m.counter).where(m.counter.c.name == bindparam("n")).values(value=m.counter.c.value + 1)
            .returning(m.counter.c.value))
_INSERT_ORDER = Hot(insert(m.orders))
_ORDER_VALUES: dict[str, Any] = {k: bindparam(k) for k in ("opd_id", "version", "state", "doc", "approval_due")}
# PostgreSQL: the feed counter's step and the order's write in ONE statement (a data-modifying CTE runs exactly
# once; lock order as before: the order row, then the counter). SQLite keeps two statements.
_FEED_STEP = update(m.counter).where(m.counter.c.name == "orders").values(value=m.counter.c.value + 1) \
    .returning(m.counter.c.value).cte("step")
_SAVE_PG = {
    True: Hot(insert(m.orders).values(id=bindparam("oid"), change_seq=select(_FEED_STEP.c.value).scalar_subquery(),
                                      **_ORDER_VALUES).add_cte(_FEED_STEP).returning(m.orders.c.change_seq)),
    False: Hot(update(m.orders).where(m.orders.c.id == bindparam("oid")).values(
        change_seq=select(_FEED_STEP.c.value).scalar_subquery(), **_ORDER_VALUES).add_cte(_FEED_STEP)
        .returning(m.orders.c.change_seq)),
}
_UPDATE_ORDER = Hot(update(m.orders).where(m.orders.c.id == bindparam("oid")).values(
    opd_id=bindparam("opd_id"), version=bindparam("version"), state=bindparam("state"),
    change_seq=bindparam("change_seq"), doc=bindparam("doc"), approval_due=bindparam("approval_due")))


def load(conn: Connection, principal: Principal, order_id: str, lock: bool = False) -> dict[str, Any] | None:
    row = (_LOAD_LOCKED if lock else _LOAD).first(conn, {"oid": order_id})
    if row is None:
        return None
    doc, opd_id = row
    if not principal.reads_all and opd_id != principal.opd_id:
        raise _not_found(order_id)  # the same answer as an unknown id: which ids exist is not revealed
    return dict(json.loads(doc))


def _next_seq(conn: Connection, name: str) -> int:
    value = _NEXT.scalar(conn, {"n": name})
    if value is None:
        conn.execute(insert(m.counter).values(name=name, value=1))
        return 1
    return int(value)


def save_order(conn: Connection, doc: dict[str, Any], created: bool) -> None:
    """Last write of a command: the global feed counter is locked here, so it is held only until commit.
    (Lock order everywhere: order row → OPD audit head → counter; no deadlocks.)"""
    due = doc.get("approval_due") if doc["state"] == OrderState.DIAJUKAN.value else None  # the expiry job's index
    if conn.dialect.name == "postgresql":
        seq = _SAVE_PG[created].scalar(conn, {"oid": doc["id"], "opd_id": doc["opd_id"], "version": doc["version"],
                                              "state": doc["state"], "doc": json.dumps(doc, ensure_ascii=False),
                                              "approval_due": due})
        if seq is None:  # no such order row to update: never happens after load(lock=True)
            raise RuntimeError(f"order {doc['id']} vanished while it was locked")
        return
    values = {"opd_id": doc["opd_id"], "version": doc["version"], "state": doc["state"],
              "change_seq": _next_seq(conn, "orders"), "doc": json.dumps(doc, ensure_ascii=False),
              "approval_due": due}
    if created:
        _INSERT_ORDER.run(conn, {"id": doc["id"], **values})
    else:
        _UPDATE_ORDER.run(conn, {"oid": doc["id"], **values})


def _event(conn: Connection, principal: Principal, doc: dict[str, Any], action: str, before: str | None,
           client_at: str | None, payload: dict[str, Any], role: Role) -> None:
    audit.append(conn, {"order_id": doc["id"], "opd_id": doc["opd_id"], "version": doc["version"],
                        "action": action, "from_state": before, "to_state": doc["state"],
                        "actor": principal.user_id, "role": role.value, "at": doc["updated_at"],
                        "client_recorded_at": client_at, "payload": payload})


def put_draft(conn: Connection, principal: Principal, order_id: str, draft: OrderDraft,
              if_match: int | None) -> tuple[int, dict[str, Any]]:
    """Create (if_match None, i.e. If-None-Match: *) or replace a draft. Returns (HTTP status, order)."""
    if principal.opd_id != draft.opd_id:
        raise ProtocolError(ErrorCode.FORBIDDEN, "Pesanan hanya boleh dibuat untuk OPD Anda sendiri.")
    actor = Actor.of(principal.user_id, *principal.all_roles)
    try:
        current = load(conn, principal, order_id, lock=True)
    except ProtocolError as err:  # another OPD's order: answer as for an id that does not exist
        if err.code is not ErrorCode.NOT_FOUND:
            raise
        if if_match is None:  # the id is taken (an unknown id would be created: this one cannot be)
            raise ProtocolError(ErrorCode.VERSION_CONFLICT, "ID pesanan ini sudah dipakai; buat pesanan baru.",
                                order_id=order_id) from None
        current = None
    if if_match is None and current is not None:
        raise ProtocolError(ErrorCode.VERSION_CONFLICT, "Pesanan dengan ID ini sudah ada.", order_id=order_id,
                            server_version=current["version"], current_order=current)
    if if_match is not None and current is None:
        raise ProtocolError(ErrorCode.VERSION_CONFLICT, "Pesanan yang akan diubah tidak ada di server.",
                            order_id=order_id)
    if current is not None and current["version"] != if_match:
        raise ProtocolError(ErrorCode.VERSION_CONFLICT,
                            f"Pesanan sudah diubah (versi server {current['version']}, versi Anda {if_match}).",
                            order_id=order_id, server_version=current["version"], current_order=current)
    facts = OrderFacts.from_order(_Obj(current)) if current else None
    check_edit(facts, actor)
    lines = [ln.to_dict() for ln in draft.lines]
    rows = order_products(conn, {ln["product_id"] for ln in lines})
    if not any(r.provider_id == draft.provider_id for r in rows.values()):  # a product of it: the seller exists
        check_seller(conn, draft.provider_id)
    check_quotes(conn, order_id, draft.provider_id, lines, rows)
    claim_line_ids(conn, order_id, [ln.id for ln in draft.lines],
                   [ln["id"] for ln in current["lines"]] if current else ())
    now = now_iso()
    doc = draft.to_dict()
    doc.update(id=order_id, state=OrderState.DRAFT.value, total=compute_total(draft), updated_at=now)
    if current is None:
        doc.update(version=1, number=None, created_by=principal.user_id, approval=None, receipt=None, bast=None,
                   payment=None, reasons=[], created_at=now, makers=[principal.user_id])
    else:
        keep = ("number", "created_by", "approval", "receipt", "bast", "payment", "reasons", "created_at")
        doc.update({k: current[k] for k in keep}, version=current["version"] + 1,
                   makers=_with_maker(current, principal.user_id))
    doc["approval_due"] = None  # a draft has no deadline; submitting stamps a new one
    doc = _ordered(doc)
    _event(conn, principal, doc, "create" if current is None else "update",
           None if current is None else current["state"], None,
           {"total": doc["total"], "lines": len(draft.lines), "content_hash": content_hash(draft)},
           principal.acting_role(EDIT_ROLES))
    save_order(conn, doc, created=current is None)
    return (201 if current is None else 200), doc


def _with_maker(current: dict[str, Any], user_id: str) -> list[str]:
    """Whoever writes a draft becomes one of its makers (#12.8: SOD_RULES bar makers from approving it)."""
    makers = list(current.get("makers") or [current["created_by"]])
    return makers if user_id in makers else [*makers, user_id]


def _line_issues(doc: dict[str, Any], rows: dict[int, Any]) -> tuple[LineIssue, ...]:
    """Compare every line with the catalog as of server time (SYNC.md §5)."""
    lines = doc["lines"]
    issues = []
    for ln in lines:
        row = rows.get(ln["product_id"])
        if row is None or row.status != "active" or row.provider_id != doc["provider_id"]:
            issues.append(LineIssue(ln["id"], ErrorCode.PRODUCT_UNAVAILABLE.value, ln["unit_price"], None))
        elif row.price != ln["unit_price"]:
            issues.append(LineIssue(ln["id"], ErrorCode.PRICE_CHANGED.value, ln["unit_price"], int(row.price)))
    return tuple(issues)


def _check_lines(conn: Connection, doc: dict[str, Any]) -> None:
    if not doc["lines"]:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Pesanan tanpa barang tidak dapat diproses.")
    rows = order_products(conn, {ln["product_id"] for ln in doc["lines"]})  # read once for both checks
    check_quotes(conn, doc["id"], doc["provider_id"], doc["lines"], rows)
    issues = _line_issues(doc, rows)
    if issues:
        gone = any(i.code == ErrorCode.PRODUCT_UNAVAILABLE.value for i in issues)
        code = ErrorCode.PRODUCT_UNAVAILABLE if gone else ErrorCode.PRICE_CHANGED
        detail = ("Sebagian produk sudah tidak tersedia; hapus atau ganti barisnya." if gone else
                  "Harga sebagian produk berubah; periksa dan setujui harga baru sebelum mengajukan lagi.")
        raise ProtocolError(code, detail, order_id=doc["id"], server_version=doc["version"], current_order=doc,
                            details=issues)


def transition(conn: Connection, principal: Principal, order_id: str, req: TransitionRequest) -> dict[str, Any]:
    doc = load(conn, principal, order_id, lock=True)
    if doc is None:
        raise _not_found(order_id)
    before = doc["state"]
    received = clock.now()
    try:
        facts = OrderFacts.from_order(_Obj(doc))
        timing = expiry.honour_act(doc, req, received)  # the PPK's deadline (#17): 409 deadline_passed when late
        if timing is not None and timing.revives:  # answered in time offline: the deadline's cancellation is undone
            facts = dataclasses.replace(facts, state=OrderState.DIAJUKAN)
        # Plt/Plh (#17): a delegation in force on the day of the act adds its role (sync.protocol.delegation)
        day = timing.day if timing is not None else clock.legal_today()
        held = delegations.held_by(conn, principal.user_id)
        actor = effective_actor(Actor.of(principal.user_id, *principal.all_roles), held, day)
        role, acting = _acting(principal, TRANSITIONS[req.action].roles, held, day)
        to_state = check(facts, req.action, actor, sod_policy(conn))
        validate_payload(req.action, req.payload)
        # tutup buku (#17): nothing dated in a year the OPD's Bendahara closed
        dated = command_date(req.action, req.payload, req.client_recorded_at, clock.legal_today())
        check_open(conn, doc["opd_id"], dated)
        _apply(conn, principal, doc, req, dated.year)
    except ProtocolError as err:
        if err.current_order is None:
            err.order_id, err.server_version, err.current_order = order_id, doc["version"], doc
        raise
    now = clock.iso(received)
    doc.update(state=to_state.value, version=doc["version"] + 1, updated_at=now)
    if req.action is Action.SUBMIT:
        doc["approval_due"] = expiry.approval_due(now)
    _stamp(doc, principal, req, now, role, _full_name(conn, principal), acting)
    payload = req.payload if acting is None else {**req.payload, "acting": acting}  # the audit trail names it
    _event(conn, principal, doc, req.action.value, before, req.client_recorded_at, payload, role)
    save_order(conn, doc, created=False)
    return doc


def _acting(principal: Principal, allowed: frozenset[Role], held: list[Delegation],
            day: dt.date) -> tuple[Role, dict[str, Any] | None]:
    """The role an act is taken in, and the delegation it is taken under (None: the officer's own role)."""
    if principal.all_roles & allowed:
        return principal.acting_role(allowed), None
    for role in sorted(allowed):
        found = acting_under(held, principal.user_id, role, day)
        if found is not None:
            return role, acting_stamp(found)
    return principal.role, None  # refused by the lifecycle check anyway


def cancel_for_closing(conn: Connection, principal: Principal, order_id: str, reason: str, year: int) -> None:
    """Tutup buku (#17): the Bendahara's closing cancels an approved order the seller does not have yet, with
    the Bendahara's reason — the one cancellation a Bendahara makes, and only inside the closing. An order past
    that point (or unknown) refuses the whole closing: it must be carried over instead."""
    doc = load(conn, principal, order_id, lock=True)
    if doc is None:
        raise _not_found(order_id)
    before = doc["state"]
    if OrderState(before) not in TRANSITIONS[Action.CANCEL].from_states:
        raise ProtocolError(ErrorCode.INVALID_TRANSITION,
                            f"Pesanan {doc.get('number') or order_id} berstatus {before}, jadi tidak dapat "
                            "dibatalkan pada tutup buku; bawa ke tahun berikutnya.",
                            order_id=order_id, server_version=doc["version"], current_order=doc)
    now = clock.now_iso()
    doc.update(state=OrderState.DIBATALKAN.value, version=doc["version"] + 1, updated_at=now)
    text = f"Tutup buku {year}: {reason}"
    doc["reasons"] = [*doc["reasons"], {"action": Action.CANCEL.value, "reason": text, "by": principal.user_id,
                                        "by_name": _full_name(conn, principal), "role": Role.BENDAHARA.value,
                                        "at": now}]
    _event(conn, principal, doc, Action.CANCEL.value, before, None, {"reason": text, "closing_year": year},
           Role.BENDAHARA)
    save_order(conn, doc, created=False)


def _apply(conn: Connection, principal: Principal, doc: dict[str, Any], req: TransitionRequest,
           open_year: int) -> None:
    """Business guards beyond role and state. `open_year`: the year the caller already found open (#17)."""
    act = req.action
    current_hash = content_hash(_Obj({**doc, "lines": tuple(_Obj(ln) for ln in doc["lines"])}))  # type: ignore[arg-type]
    if act is Action.SUBMIT:
        if req.content_hash is not None and req.content_hash != current_hash:
            raise ProtocolError(ErrorCode.VERSION_CONFLICT, "Isi pesanan di server berbeda dengan yang Anda ajukan.")
        cap = marketplace_cap(now_iso()[:10])
        if doc["marketplace"] != "EKATALOG_LOKAL" and doc["total"] > cap:
            raise ProtocolError(ErrorCode.CAP_EXCEEDED,
                                f"Total pesanan Rp{doc['total']:,} melebihi batas marketplace Rp{cap:,}; "
                                "gunakan e-katalog lokal.".replace(",", "."))
        _check_lines(conn, doc)
    elif act is Action.APPROVE:
        if not req.content_hash:
            raise ProtocolError(ErrorCode.VALIDATION_ERROR, "Persetujuan wajib menyertakan content_hash pesanan.")
        if req.content_hash != current_hash:
            raise ProtocolError(ErrorCode.STALE_APPROVAL,
                                "Pesanan berubah sejak Anda memeriksanya; periksa ulang sebelum menyetujui.")
        _check_lines(conn, doc)
        # the SP number printed offline (leased to this device, unused) is final; else the server's counter
        p = req.payload
        number, day = final_number(conn, opd_id=doc["opd_id"], doc_type="SP", order_id=doc["id"],
                                   user_id=principal.user_id, text=_text_or_none(p.get("sp_number")),
                                   day=payload_date(p.get("sp_date")), device_id=_text_or_none(p.get("device_id")))
        if day.year != open_year:
            check_open(conn, doc["opd_id"], day)  # the SP date the number carries, too (#17)
        doc["number"] = number
        doc["approval_hash"] = current_hash
        doc["approval_sp_date"] = day.isoformat()
    elif act is Action.SIGN_BAST:
        _bast_number(conn, principal, doc, req.payload, open_year)
    elif act is Action.MARK_PAID and req.payload["amount"] != doc["total"]:
        raise ProtocolError(ErrorCode.VALIDATION_ERROR,
                            f"Jumlah dibayar harus sama dengan total pesanan (Rp{doc['total']})")


def _text_or_none(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _bast_number(conn: Connection, principal: Principal, doc: dict[str, Any], p: dict[str, Any],
                 open_year: int) -> None:
    """The BAST number: one from a block leased to the device (checked like the SP's), one the PPK typed in the
    OPD's own paper numbering (kept as typed), or none (the server's counter issues one)."""
    text = _text_or_none(p.get("bast_number") or p.get("number"))
    day = payload_date(p.get("bast_date") or p.get("date"))
    if text is None or looks_like_our_number(doc["opd_id"], "BAST", text, day):
        text, day = final_number(conn, opd_id=doc["opd_id"], doc_type="BAST", order_id=doc["id"],
                                 user_id=principal.user_id, text=text, day=day,
                                 device_id=_text_or_none(p.get("device_id")))
    day = day or legal_today()
    if day.year != open_year:  # the date the BAST is stamped with, not only the one asked for (#17)
        check_open(conn, doc["opd_id"], day)
    doc["bast_number"], doc["bast_date"] = text, day.isoformat()


def _full_name(conn: Connection, principal: Principal) -> str:
    if principal.full_name is not None:  # read with the request's account check
        return principal.full_name or principal.username
    name = conn.execute(select(m.app_user.c.full_name).where(m.app_user.c.id == principal.user_id)).scalar()
    return str(name or principal.username)


def _stamp(doc: dict[str, Any], principal: Principal, req: TransitionRequest, now: str, role: Role,
           name: str, acting: dict[str, Any] | None = None) -> None:
    """Record who did what, in which role, when (server time), in the order's artefact fields. The name goes
    with the id: another PC must be able to say who rejected or approved (#21.3) without a user directory.
    An act under a Plt/Plh delegation carries it (`acting`): documents print the acting title from it."""
    who: dict[str, Any] = {"by": principal.user_id, "by_name": name, "role": role.value, "at": now}
    if acting is not None:
        who["acting"] = acting
    p = req.payload
    act = req.action
    if act is Action.APPROVE:
        doc["approval"] = {**who, "content_hash": doc.pop("approval_hash"), "sp_number": doc["number"],
                           "sp_date": doc.pop("approval_sp_date")}
    elif act in (Action.RECEIVE, Action.REPORT_MISMATCH):
        record = receipt_record(p)
        doc["receipt"] = {**record, **who, "date": record.get("date") or p.get("date"),
                          "checklist": p.get("checklist")}
    elif act is Action.SIGN_BAST:
        doc["bast"] = {**who, "number": doc.pop("bast_number"), "date": doc.pop("bast_date")}
    elif act is Action.AUTHORIZE_PAYMENT:
        doc["payment"] = {**(doc["payment"] or {}), "authorized_by": principal.user_id, "authorized_at": now,
                          **({"authorized_acting": acting} if acting else {})}
    elif act is Action.MARK_PAID:
        doc["payment"] = {**(doc["payment"] or {}), **payment_record(p), "paid_by": principal.user_id,
                          "paid_at": now, "bku_number": p.get("bku_number"),
                          **({"paid_acting": acting} if acting else {})}
    if "reason" in p:
        doc["reasons"] = [*doc["reasons"], {"action": act.value, "reason": p["reason"], **who}]


ORDER_KEYS = ("id", "opd_id", "version", "state", "number", "created_by", "provider_id", "marketplace", "kode_rup",
              "sub_kegiatan", "kode_rekening", "delivery_address", "delivery_date", "shipping", "notes", "lines",
              "total", "approval", "receipt", "bast", "payment", "reasons", "created_at", "updated_at", "makers",
              "approval_due")


def _ordered(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: doc[k] for k in ORDER_KEYS}


class _Obj:
    """Attribute view of a dict, so protocol helpers written for dataclasses accept stored documents."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)
