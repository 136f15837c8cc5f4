"""Sync by USB stick, the desktop's side (#18), Qt-free: used by the "USB" dialog and `blangkon usb`.

- export: the queued commands (what the online sender would send, same keys and bodies) into one file signed
  by the device key and encrypted to the server's USB key; the commands are frozen as after a send attempt and
  stay queued until a receipt (or an online sync) settles them.
- import_receipt: the server's signed answer, settled command by command through `sync.client.outbox_sender.
  settle` — the code an online sync settles with — then the orders' server copies through the same store port
  as an orders pull. So statuses, numbers and conflicts look exactly as after an online sync.
- import_catalog: a signed snapshot loaded by `sync.client.catalog_snapshot.install_snapshot`, the online
  first sync's loader (staging, counts, checksum, swap).
- relay: on a connected PC, upload a stick's export and write the receipt back to the stick.

Refusals are `UsbRefused` (coded, desktop.domain.texts.usb): the file is refused as a whole, nothing changes.
Bookkeeping in `sync_state`: the export counter and each export's identity, the receipts seen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from desktop.domain.errors import UsbRefused
from desktop.services import usb_keys
from desktop.services.device_identity import DeviceIdentity
from desktop.services.draft_recheck import recheck_all
from desktop.services.sync_service import StoreOrders, StoreOutbox, as_command
from desktop.store import Store
from desktop.store.db import UnitOfWork
from desktop.store.records import CommandStatus, OutboxCommand
from desktop.store.replica import Replica
from desktop.store.repositories.outbox import BARRIER_PREFIX
from desktop.store.sealing import is_withheld
from sync.client.catalog_delta import VERIFIED_KEY
from sync.client.catalog_snapshot import SnapshotMismatch, install_snapshot, old_objects_frozen
from sync.client.outbox_sender import OutboxResult, answer_is_final, preconditions, settle
from sync.client.transport import Cancel
from sync.client.usb_relay import upload_outbox
from sync.protocol.catalog import decode_cursor
from sync.usb.catalog_file import chunk_offsets, extract_chunk, open_catalog
from sync.usb.codec import export_name, read_bytes, receipt_name, unb64u
from sync.usb.outbox_file import commands_hash, peek, write_outbox
from sync.usb.receipt_file import open_receipt

EXPORT_SEQ = "usb_export_seq"
EXPORTS = "usb_exports"
RECEIPT_SEQ = "usb_receipt_seq"

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Exported:
    path: Path
    seq: int
    commands: int
    orders: int
    opd_id: str


@dataclass(frozen=True)
class ReceiptApplied:
    seq: int
    done: int  # commands settled as accepted (new or replayed by the server)
    rejected: int  # refused by the server: shown as conflicts, exactly as after an online sync
    waiting: int  # still queued (not run, or to be retried): the next export or online sync sends them
    already_settled: int  # settled meanwhile by an online sync: nothing to do
    orders_updated: int
    conflicts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class CatalogInstalled:
    snapshot_id: str
    rows: int
    seq: int


@dataclass(frozen=True)
class RelayDone:
    receipt_path: Path
    seq: int
    device_id: str
    applied: int
    refused: int
    not_run: int
    already_imported_at: str | None


def _wire(cmd: OutboxCommand) -> dict[str, Any]:
    """One outbox row as the file carries it: what the online sender would put on the wire."""
    return {"id": cmd.cmd_id, "method": cmd.method, "path": cmd.path, "headers": preconditions(as_command(cmd)),
            "body": json.loads(cmd.body), "actor_user_id": cmd.actor_user_id, "order_id": cmd.order_id}


def _write_atomic(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UsbRefused("usb_file_unreadable", file=path.name, reason=exc.strerror or type(exc).__name__) from None


Sender = Callable[..., requests.Response]


@dataclass(frozen=True)
class UsbSummary:
    """What the USB dialog shows before anything is done."""

    commands: int  # an export now would carry these
    orders: int
    last_export: int  # 0: never exported
    last_receipt: int  # 0: no receipt imported yet
    keys_known: bool  # the server's keys are here (else nothing can be exported or checked)


class UsbTransfer:
    def __init__(self, store: Store, identity: DeviceIdentity, data_dir: Path,
                 sender: Callable[[str], Sender | None] = lambda user_id: None) -> None:
        self.store = store
        self.identity = identity
        self.data_dir = data_dir
        self.sender = sender  # the signed-in officer's authenticated sender, when this PC is connected (relay)
        self._lock = threading.Lock()  # one USB operation at a time on this PC

    # -- the server's public keys ----------------------------------------------------------------------
    def server_keys(self) -> dict[str, str] | None:
        return usb_keys.load(self.store)

    def _keys(self) -> dict[str, str]:
        keys = self.server_keys()
        if not keys:
            raise UsbRefused("usb_no_server_keys")
        return keys

    # -- out ---------------------------------------------------------------------------------------------
    def summary(self, opd_id: str) -> UsbSummary:
        with self.store.unit_of_work(readonly=True) as uow:
            cmds = self._exportable(uow, opd_id)
            last_export = int(uow.sync_state.get(EXPORT_SEQ) or 0)
            last_receipt = int(uow.sync_state.get(RECEIPT_SEQ) or 0)
        return UsbSummary(len(cmds), len({c.order_id for c in cmds}), last_export, last_receipt,
                          self.server_keys() is not None)

    @staticmethod
    def _exportable(uow: UnitOfWork, opd_id: str) -> list[OutboxCommand]:
        """The OPD's commands that may leave now. A command whose content this session cannot open (sealed with
        a key it does not hold, #15) stays queued, and so does everything after it in its order's queue (and a
        year-end barrier after it): never sent out of order, never dropped."""
        out: list[OutboxCommand] = []
        held: set[str | None] = set()
        for c in uow.outbox.exportable():
            barrier = (c.order_id or "").startswith(BARRIER_PREFIX)
            if c.order_id in held or (barrier and held) or is_withheld(c.body):
                held.add(c.order_id)
                continue
            if (u := uow.users.get(c.actor_user_id)) is not None and u.opd_id == opd_id:
                out.append(c)
        return out

    def export(self, target: Path, opd_id: str, now: dt.datetime | None = None) -> Exported:
        """Write the export file into `target` (a folder, e.g. the stick) or to `target` itself (a file name)."""
        keys = self._keys()
        key = self.identity.signing_key()
        if key is None:
            raise UsbRefused("usb_no_device_key")
        device_id = self.identity.device_id()
        if self.identity.certificate() is None:
            raise UsbRefused("usb_device_unknown", device=device_id)
        created_at = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock, self.store.unit_of_work() as uow:
            cmds = self._exportable(uow, opd_id)
            if not cmds:
                raise UsbRefused("usb_nothing_to_export")
            seq = int(uow.sync_state.get(EXPORT_SEQ) or 0) + 1
            wire = [_wire(c) for c in cmds]
            data = write_outbox(wire, opd_id=opd_id, device_id=device_id, seq=seq, created_at=created_at,
                                device_key=key, server_usb_key=unb64u(keys["encryption_key"]))
            # frozen and counted before the file exists: a crash after this costs a number, never a command
            uow.outbox.freeze(c.cmd_id for c in cmds)
            exports = dict(uow.sync_state.get(EXPORTS) or {})
            exports[str(seq)] = {"hash": commands_hash(wire), "opd_id": opd_id, "commands": len(cmds),
                                 "at": created_at}
            uow.sync_state.set(EXPORTS, exports)
            uow.sync_state.set(EXPORT_SEQ, seq)
        path = target / export_name(device_id, seq) if target.is_dir() else target
        _write_atomic(path, data)
        return Exported(path, seq, len(cmds), len({c.order_id for c in cmds}), opd_id)

    # -- back --------------------------------------------------------------------------------------------
    def import_receipt(self, path: Path) -> ReceiptApplied:
        keys = self._keys()
        receipt = open_receipt(read_bytes(path), path.name, [unb64u(keys["signing_key"])])
        device_id = self.identity.device_id()
        if receipt.device_id != device_id:
            raise UsbRefused("usb_receipt_other_device", file=path.name, found=receipt.device_id, expected=device_id)
        with self._lock:
            with self.store.unit_of_work(readonly=True) as uow:
                exports = dict(uow.sync_state.get(EXPORTS) or {})
                last_export = int(uow.sync_state.get(EXPORT_SEQ) or 0)
                last = int(uow.sync_state.get(RECEIPT_SEQ) or 0)
            if receipt.seq == last:
                raise UsbRefused("usb_receipt_twice", seq=receipt.seq)
            if receipt.seq < last:
                raise UsbRefused("usb_receipt_older", seq=receipt.seq, last=last)
            mine = exports.get(str(receipt.seq))
            if mine is not None and mine["opd_id"] != receipt.opd_id:
                raise UsbRefused("usb_other_opd", file=path.name, found=receipt.opd_id, expected=mine["opd_id"])
            if mine is None or mine["hash"] != receipt.outbox_hash:
                raise UsbRefused("usb_receipt_unknown_export", seq=receipt.seq, last=last_export)
            applied = self._apply(receipt)
            with self.store.unit_of_work() as uow:
                uow.sync_state.set(RECEIPT_SEQ, receipt.seq)
                # exports up to this one are answered for good (an older receipt is refused by number)
                kept = {k: v for k, v in dict(uow.sync_state.get(EXPORTS) or {}).items() if int(k) > receipt.seq}
                uow.sync_state.set(EXPORTS, kept)
        return applied

    def _apply(self, receipt: Any) -> ReceiptApplied:
        outbox, result = StoreOutbox(self.store), OutboxResult()
        waiting = settled_before = 0
        for answer in receipt.results:
            status, body = answer.get("status"), answer.get("body")
            if status is None or not isinstance(body, dict) or not answer_is_final(int(status), body):
                waiting += 1  # not run, or to be retried: stays queued with the same key
                continue
            with self.store.unit_of_work(readonly=True) as uow:
                cmd = uow.outbox.get(str(answer.get("id")))
            if cmd is None or cmd.status not in (CommandStatus.PENDING, CommandStatus.IN_FLIGHT):
                settled_before += 1  # an online sync settled it meanwhile (or the officer dropped it)
                continue
            settle(outbox, as_command(cmd), int(status), body, result)
        orders, updated = StoreOrders(self.store), 0
        for order in receipt.orders:
            if orders.apply_pulled(order) is None:
                updated += 1
        return ReceiptApplied(receipt.seq, result.sent, result.rejected, waiting, settled_before, updated,
                              result.conflicts)

    # -- catalog -----------------------------------------------------------------------------------------
    def import_catalog(self, path: Path, cancel: Cancel | None = None,
                       progress: Progress = lambda phase, done, total: None) -> CatalogInstalled:
        keys = self._keys()
        manifest, start = open_catalog(path, [unb64u(keys["signing_key"])])
        epoch, seq = int(manifest["epoch"]), int(manifest["seq"])
        offsets = chunk_offsets(manifest, start)
        folder = self.data_dir / "snapshot" / str(manifest["snapshot_id"])
        with self._lock:
            replica = Replica(self.store.path, sealer=self.store.sealer)
            try:
                cursor = replica.cursor()
                if cursor is not None:
                    have_epoch, have_seq = decode_cursor(cursor)
                    if (epoch, seq) == (have_epoch, have_seq):
                        raise UsbRefused("usb_catalog_same", current=have_seq)
                    if (epoch, seq) < (have_epoch, have_seq):
                        raise UsbRefused("usb_catalog_older", found=f"{epoch}/{seq}",
                                         current=f"{have_epoch}/{have_seq}")

                def fetch(chunk: dict[str, Any]) -> Path:
                    n = int(chunk["n"])
                    return extract_chunk(path, offsets[n], chunk, folder / f"{n}.ndjson.gz")

                try:
                    with old_objects_frozen():  # as online: no full GC pass over the app during the load
                        install_snapshot(replica, manifest, folder, fetch, cancel, progress)
                except SnapshotMismatch as exc:
                    raise UsbRefused("usb_catalog_mismatch", detail=str(exc)) from None
            finally:
                replica.close()
            with self.store.unit_of_work() as uow:
                uow.sync_state.set(VERIFIED_KEY, str(int(dt.datetime.now(dt.UTC).timestamp())))
                recheck_all(uow)  # drafts re-checked against the new catalog, as after an online sync
        return CatalogInstalled(str(manifest["snapshot_id"]), int(manifest["row_count"]), seq)

    # -- through (a connected PC) ------------------------------------------------------------------------
    def relay_as(self, user_id: str, path: Path, cancel: Cancel | None = None) -> RelayDone:
        """"Unggah berkas USB" in the window: under the signed-in officer's own session."""
        send = self.sender(user_id)
        if send is None:
            raise UsbRefused("usb_relay_offline")
        return self.relay(send, path, cancel)

    def relay(self, send: Sender, path: Path, cancel: Cancel | None = None) -> RelayDone:
        """Upload a stick's export under the signed-in officer (`send` = that officer's authenticated sender);
        the receipt is written next to it. The server's refusal comes back as the same UsbRefused."""
        data = read_bytes(path)
        head = peek(data, path.name)  # refuses what is not an export before anything is sent
        answer = upload_outbox(send, data, path.name, cancel)
        if answer.refusal is not None or answer.receipt is None:
            problem = answer.refusal or {}
            raise UsbRefused(str(problem.get("usb_code")), **dict(problem.get("params") or {}))
        out = path.parent / receipt_name(str(head["device_id"]), int(head["seq"]))
        _write_atomic(out, answer.receipt)
        return RelayDone(out, int(head["seq"]), str(head["device_id"]), answer.applied, answer.refused,
                         answer.not_run, answer.already_imported_at)
