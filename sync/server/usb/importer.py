"""Apply a USB outbox file exactly as if its commands had arrived online, and answer with a signed receipt.

Each command runs through `sync.server.api.batch.run_command` — the very handler of the online endpoints — under
its own officer (the one who queued it on the PC, as online: never under the relaying user), with its own
Idempotency-Key. So a file imported twice, or a command that also went online, is answered from the stored
response and applied once. Per order the commands run in file order, and after a command that is refused or
must be retried the later commands of that order are not run (reported with status null): the PC keeps them
queued, exactly as its online sender does (FIFO per order).

The file as a whole is refused — nothing applied — when it is not whole, not for this server, not signed by a
device the server certified for the OPD it names, or (through the relay) from another OPD than the relaying
officer's. A file seen before is applied again (every command replays) and the receipt says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import UsbRefused
from sync.protocol import ErrorCode, ProtocolError
from sync.server.accounts.auth import Principal, parse_roles
from sync.server.api.batch import run_command
from sync.server.api.web import Ctx
from sync.server.devices import certificates as certs
from sync.server.orders.idempotency import problem_response
from sync.server.storage import models as m
from sync.server.storage.db import now_iso, write_txn
from sync.server.storage.state import get_state, set_state
from sync.server.usb.keys import device_keys, usb_private
from sync.usb.outbox_file import OutboxFile, open_outbox
from sync.usb.receipt_file import Receipt, write_receipt

RETRY_LATER = {401, 408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Imported:
    receipt: bytes
    file: OutboxFile
    applied: int  # commands answered 2xx (new or replayed)
    refused: int
    not_run: int
    already_imported_at: str | None  # the file was seen before (then nothing was applied twice)


def _seen_key(content_hash: str) -> str:
    return "usb_in:" + content_hash[:56]


def _actor(conn: Any, user_id: str, opd_id: str) -> Principal | ProtocolError:
    row = conn.execute(select(m.app_user).where(m.app_user.c.id == user_id)).first()
    if row is None or row.disabled:
        return ProtocolError(ErrorCode.UNAUTHORIZED, "Akun pembuat perintah tidak ada atau dinonaktifkan; "
                                                     "perintah menunggu sampai akun diaktifkan.")
    if row.opd_id != opd_id:
        return ProtocolError(ErrorCode.FORBIDDEN, "Pembuat perintah bukan pegawai OPD berkas ini.")
    roles = parse_roles(row.role)
    return Principal(row.id, row.username, roles[0], row.opd_id, frozenset(roles), row.role, int(row.auth_gen or 0))


def import_outbox(c: Ctx, data: bytes, name: str, relay: Principal | None = None) -> Imported:
    with c.engine.connect() as conn:
        box = usb_private(conn)
        signing = certs.server_key(conn)
        file = open_outbox(data, name, box, lambda device: device_keys(conn, device))
    if relay is not None and not relay.reads_all and relay.opd_id != file.opd_id:
        raise UsbRefused("usb_other_opd", file=name, found=file.opd_id, expected=str(relay.opd_id))
    with write_txn(c.engine) as conn:
        seen = get_state(conn, _seen_key(file.content_hash))
    first_at = json.loads(seen)["at"] if seen else None
    results: list[dict[str, Any]] = []
    stopped: set[str] = set()  # orders whose earlier command was refused or must be retried
    actors: dict[str, Principal | ProtocolError] = {}
    touched: list[str] = []
    for n, cmd in enumerate(file.commands):
        order = str(cmd.get("order_id") or "")
        if order and order in stopped:
            results.append({"id": cmd["id"], "status": None})
            continue
        uid = str(cmd["actor_user_id"])
        if uid not in actors:
            with c.engine.connect() as conn:
                actors[uid] = _actor(conn, uid, file.opd_id)
        who = actors[uid]
        if isinstance(who, ProtocolError):
            stored = problem_response(who)
            result = {"id": cmd["id"], "status": stored.status, "replayed": False, "etag": None,
                      "body": json.loads(stored.body)}
        else:
            result = run_command(c, who, {k: cmd[k] for k in ("id", "method", "path", "headers", "body")}, n)
        results.append(result)
        if not 200 <= int(result["status"]) < 300 and order:
            stopped.add(order)
        if order and order not in touched:
            touched.append(order)
    imported_at = now_iso()
    with write_txn(c.engine) as conn:
        if not seen:
            set_state(conn, _seen_key(file.content_hash), json.dumps(
                {"at": imported_at, "device_id": file.device_id, "seq": file.seq}))
        docs = [json.loads(r.doc) for r in conn.execute(
            select(m.orders.c.doc).where(m.orders.c.id.in_(touched), m.orders.c.opd_id == file.opd_id))]
    receipt = Receipt(file.opd_id, file.device_id, file.seq, file.content_hash, imported_at, first_at or imported_at,
                      tuple(results), tuple(sorted(docs, key=lambda d: touched.index(d["id"]))))
    ok = sum(1 for r in results if r["status"] is not None and 200 <= r["status"] < 300)
    not_run = sum(1 for r in results if r["status"] is None)
    return Imported(write_receipt(receipt, signing), file, ok, len(results) - ok - not_run, not_run, first_at)
