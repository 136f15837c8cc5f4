"""Randomized fault campaign (SYNC.md §9.4): several officers on two PCs, offline edits, random network faults
and catalog changes, against the real server through the fault proxy. One `run(seed)` is deterministic in what
it *asks* (the seed drives every choice); the invariants must hold whatever the interleaving:

1. no acknowledged command lost: every command a client marked done has its event on the server;
2. none doubled: the server has exactly one event per accepted command (events == done commands);
3. the server's order equals a serial application of its accepted commands (versions 1..N contiguous, each
   event's from_state is the previous to_state and the transition is legal per sync.protocol.lifecycle);
4. rejected commands left no trace, and each client's settled copy matches the server's version and state;
5. each replica's count and checksum equal the server's checkpoint.

With `usb=True` (#18) half of the fault-sync steps are a trip by USB stick instead: export, then either the
server's `import-outbox` or the relay endpoint on the other PC (through the same fault proxy, faults armed), then
the receipt back — sometimes a cut copy first, sometimes lost on the way (the commands then go online later),
imported twice, or an older receipt after a newer one. A damaged file or a repeated/older receipt must be
refused; a good one must never be. The invariants above are unchanged: nothing lost, nothing doubled.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from desktop.domain.errors import UsbRefused
from desktop.store.records import CommandStatus, SyncStatus
from sync.client.transport import TransportError
from sync.protocol.lifecycle import TRANSITIONS
from sync.protocol.states import Action
from tests.sync.faultproxy import (
    DROP_AFTER_COMMIT,
    DROP_BEFORE_BODY,
    DROP_MID_RESPONSE,
    STATUS,
    Fault,
    FaultProxy,
)
from tests.sync.kit import Client, ServerView, same_provider_products
from tests.sync.server_side import change_products

OPD = "33.00-DINKES"
DRAIN_DEADLINE_S = 90.0
FAULTS = (DROP_BEFORE_BODY, DROP_AFTER_COMMIT, DROP_MID_RESPONSE, "503", "429")


@dataclass
class Outcome:
    seed: int
    orders: int = 0
    done: int = 0
    rejected: int = 0
    faults: int = 0
    relogins: int = 0
    resolved: int = 0
    usb_trips: int = 0  # exports carried to the server (CLI or relay)
    usb_receipts: int = 0  # receipts applied on the offline PC
    usb_refusals: int = 0  # damaged files, repeated and older receipts: refused as they must be
    usb_lost_receipts: int = 0  # receipts never brought back (the commands went online later)
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.doubled or self.violations)


def _fault(rng: random.Random) -> Fault:
    kind = rng.choice(FAULTS)
    match = (lambda m, p: m in ("PUT", "POST") and p.startswith("/v1/orders/")) if rng.random() < 0.8 else \
        (lambda m, p: True)
    if kind == "503":
        return Fault(STATUS, match, status=503)
    if kind == "429":
        return Fault(STATUS, match, status=429, headers={"Retry-After": "1"})
    return Fault(kind, match, cut_after=rng.randint(0, 40))


class Campaign:
    """Two PCs behind one fault proxy. The PCs live across runs (as real installations do: days of work, one
    database), and are replaced by fresh installations every `fresh_every` runs so first syncs are exercised too."""

    def __init__(self, srv: Any, folder: Path, steps: int = 14, fresh_every: int = 25, usb: bool = False) -> None:
        self.srv = srv
        self.usb = usb
        self.stale_receipts: dict[str, Path] = {}  # per PC: an older receipt kept back to import out of order
        self.folder = folder
        self.view = ServerView(srv)
        self.steps = steps
        self.fresh_every = fresh_every
        self.products = [p for p in self.view.products() if p["status"] == "active"]
        self.accounts = {role: srv.account(role, OPD) for role in ("PP", "PPK")}
        self.proxy = FaultProxy("127.0.0.1", srv.port)
        self.pcs: list[Client] = []
        self.runs = 0

    def close(self) -> None:
        for pc in self.pcs:
            pc.close()
        self.proxy.close()

    def __enter__(self) -> Campaign:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _installations(self, seed: int) -> list[Client]:
        if not self.pcs or self.runs % self.fresh_every == 0:
            for pc in self.pcs:
                pc.close()
            self.pcs = [Client(self.proxy.url, self.folder / f"run{seed}-pc{i}", seed=seed * 10 + i,
                               max_attempts=3, timeout=(10, 30)) for i in range(2)]
            for pc in self.pcs:
                for acc in self.accounts.values():
                    pc.login(acc)
                pc.sync(self.accounts["PP"]["username"])
        self.runs += 1
        return self.pcs

    def run(self, seed: int) -> Outcome:
        rng = random.Random(seed)
        out = Outcome(seed)
        pcs = self._installations(seed)
        mine: list[str] = []
        for _ in range(self.steps):
            self._step(rng, pcs, mine, self.proxy, out)
        with self.proxy.lock:
            self.proxy.faults.clear()
        # Drain: once the network is clean every queue must settle. A request the (loaded) server is still
        # working on answers 409 request_in_flight to our retries until it finishes, so keep passing until
        # settled, up to a deadline — the invariants below then report anything still open.
        deadline = time.monotonic() + DRAIN_DEADLINE_S
        by_id = {}
        while True:
            for pc in pcs:
                by_id.update({uid: self.accounts[r] for r in self.accounts
                              if (uid := pc.users.get(self.accounts[r]["username"]))})
                for acc in self.accounts.values():
                    report = pc.sync(acc["username"])
                    for uid in report.needs_login:  # a session lost for good: the officer logs in again
                        pc.login(by_id[uid])
                        out.relogins += 1
                for oid in mine:  # officers work through their reconcile dialogs before calling it a day
                    local = pc.order(oid)
                    if local is not None and local.sync_status == SyncStatus.NEEDS_ATTENTION:
                        pc.resolve(oid, requeue_blocked=True)
                        out.resolved += 1
            unsettled = any(c.status in (CommandStatus.PENDING, CommandStatus.IN_FLIGHT)
                            for pc in pcs for oid in mine for c in pc.commands(oid))
            if not unsettled or time.monotonic() > deadline:
                break
            self.proxy.release.wait(0.2)  # let the server finish what it is still processing
        self._check(pcs, mine, out)
        return out

    # -- one random officer action (or a sync with faults) -----------------------------------------------
    def _step(self, rng: random.Random, pcs: list[Client], mine: list[str], proxy: FaultProxy,
              out: Outcome) -> None:
        pc = rng.choice(pcs)
        pp, ppk = self.accounts["PP"]["username"], self.accounts["PPK"]["username"]
        roll = rng.random()
        if roll < 0.25 or not mine:
            products = same_provider_products(self.products, 2, skip=rng.randrange(30))
            oid = pc.new_draft(pp, products, OPD, qty=rng.randint(1, 5))
            mine.append(oid)
            if rng.random() < 0.5:
                pc.act(pp, oid, "submit", 1)
            return
        if roll < 0.35:  # the catalog moves while officers work
            victim = rng.choice(self.products)
            change_products(self.srv, [victim], price=victim["price"] + rng.randint(1, 9) * 100)
            victim["price"] += 1  # our copy is only used for picking ids
            return
        if roll < 0.6:
            for _ in range(rng.randint(1, 3)):
                proxy.add(_fault(rng))
                out.faults += 1
            if self.usb and rng.random() < 0.5:
                self._usb_trip(rng, pc, next(p for p in pcs if p is not pc), out)
            else:
                pc.sync(rng.choice((pp, ppk)))
            return
        oid = rng.choice(mine)
        local = pc.order(oid)
        if local is not None and local.sync_status == SyncStatus.NEEDS_ATTENTION:
            pc.resolve(oid, requeue_blocked=rng.random() < 0.5)  # the reconcile dialog comes first
            return
        if local is None or local.server_version is None:
            return
        version = local.server_version
        if local.state in ("DRAFT", "DITOLAK") and rng.random() < 0.5:
            pc.act(pp, oid, "submit", version)
        elif local.state == "DIAJUKAN" and local.server_snapshot is not None:
            if rng.random() < 0.7:
                pc.act(ppk, oid, "approve", version, order=local.server_snapshot)
            else:
                pc.act(ppk, oid, "reject", version, reason="Harga perlu dicek ulang")
        elif local.state in ("DRAFT", "DIAJUKAN", "DISETUJUI") and rng.random() < 0.2:
            pc.act(pp, oid, "cancel", version, reason="Kebutuhan berubah")

    # -- a trip by USB stick (#18) ---------------------------------------------------------------------------
    def _usb_trip(self, rng: random.Random, pc: Client, relay: Client, out: Outcome) -> None:
        stick = pc.folder / "stick"
        stick.mkdir(exist_ok=True)
        try:
            exported = pc.usb.export(stick, OPD)
        except UsbRefused as refused:
            if refused.code != "usb_nothing_to_export":
                out.violations.append(f"export refused: {refused.code}")
            return
        if rng.random() < 0.2:  # a copy cut short on the way: refused, nothing applied
            cut = stick / "potong.blkusb"
            data = exported.path.read_bytes()
            cut.write_bytes(data[: rng.randint(1, len(data) - 2)])
            self._expect_refusal(lambda: self._through(rng, cut, relay, stick / "x.blkterima"), out)
        receipt = stick / f"terima-{exported.seq}.blkterima"
        try:
            self._through(rng, exported.path, relay, receipt)
        except (TransportError, requests.RequestException):
            out.usb_lost_receipts += 1  # the faults ate the upload: the commands stay queued, sent later
            return
        out.usb_trips += 1
        key = str(pc.folder)
        if rng.random() < 0.15:
            out.usb_lost_receipts += 1  # lost on the way back
            return
        if rng.random() < 0.2 and key not in self.stale_receipts:
            self.stale_receipts[key] = receipt  # keep it: a newer one comes first
            return
        try:
            pc.usb.import_receipt(receipt)
            out.usb_receipts += 1
        except UsbRefused as refused:
            out.violations.append(f"good receipt refused: {refused.code}")
            return
        if rng.random() < 0.2:
            self._expect_refusal(lambda: pc.usb.import_receipt(receipt), out)
        older = self.stale_receipts.pop(key, None)
        if older is not None:
            self._expect_refusal(lambda: pc.usb.import_receipt(older), out)

    def _through(self, rng: random.Random, path: Path, relay: Client, receipt: Path) -> None:
        """At the provincial office (`blangkon-server import-outbox`) or on a connected PC (the relay endpoint,
        through the fault proxy with whatever faults are armed)."""
        if rng.random() < 0.5:
            done = self.srv.cli("import-outbox", str(path), "--receipt", str(receipt))
            if done.returncode == 2:
                raise UsbRefused(done.stderr.split("[", 1)[-1].split("]", 1)[0], done.stderr)
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-800:])
            return
        uid = relay.users[self.accounts["PPK"]["username"]]
        relayed = relay.usb.relay(lambda *a, **kw: relay.service.auth.send(uid, *a, **kw), path)
        relayed.receipt_path.replace(receipt)

    @staticmethod
    def _expect_refusal(action: Any, out: Outcome) -> None:
        try:
            action()
        except UsbRefused:
            out.usb_refusals += 1
            return
        except (TransportError, requests.RequestException):
            return  # the faults stopped it before the server could refuse: nothing was applied either
        out.violations.append("a damaged file or a repeated/older receipt was accepted")

    # -- invariants --------------------------------------------------------------------------------------
    def _check(self, pcs: list[Client], mine: list[str], out: Outcome) -> None:
        out.orders = len(mine)
        head = self.view.catalog_head()
        for pc in pcs:
            report = pc.sync(self.accounts["PP"]["username"])
            if (report.catalog_count, report.catalog_checksum) != (head["count"], head["checksum"]):
                out.violations.append(f"replica {pc.folder.name}: {report.catalog_count}/"
                                      f"{report.catalog_checksum} != {head['count']}/{head['checksum']}")
        for oid in mine:
            done = []
            for pc in pcs:
                for cmd in pc.commands(oid):
                    if cmd.status == CommandStatus.DONE:
                        done.append(cmd)
                    elif cmd.status == CommandStatus.REJECTED:
                        out.rejected += 1
                    elif cmd.status in (CommandStatus.PENDING, CommandStatus.IN_FLIGHT):
                        out.violations.append(f"{oid}: command {cmd.cmd_id} still {cmd.status.value} after "
                                              f"{cmd.attempts} attempts ({cmd.last_error})")
            out.done += len(done)
            try:
                detail = self.view.detail(oid)
            except requests.HTTPError:  # a 404 here means an acknowledged create was lost
                if done:
                    out.lost.append(oid)
                continue
            events = sorted(detail.get("events", []), key=lambda e: e["version"])
            order = detail.get("order", detail)
            versions = {json.loads(c.response).get("version") for c in done if c.response}
            if len(events) != len(done):
                (out.doubled if len(events) > len(done) else out.lost).append(
                    f"{oid}: {len(events)} events, {len(done)} acknowledged")
            missing = versions - {e["version"] for e in events}
            if missing:
                out.lost.append(f"{oid}: acknowledged versions {sorted(missing)} have no event")
            self._serial(oid, events, order, out)
            for pc in pcs:
                local = pc.order(oid)
                if local is None or local.server_version is None:
                    continue
                # an order parked while it had unsettled commands keeps its newer server copy in
                # server_snapshot (the UI overlays it); once nothing is unsettled that copy is the local
                # copy, so a settled order's own rows must match the server
                snap = local.server_snapshot or {}
                if local.sync_status == SyncStatus.SENT:
                    seen = (local.server_version, local.state)
                    if (local.number, len(local.lines)) != (order.get("number"), len(order.get("lines") or ())):
                        out.violations.append(f"{oid}@{pc.folder.name}: settled local rows differ from the server")
                elif snap.get("version", 0) > local.server_version:
                    seen = (snap.get("version"), snap.get("state"))
                else:
                    seen = (local.server_version, local.state)
                if seen != (order["version"], order["state"]):
                    out.violations.append(f"{oid}@{pc.folder.name}: local v{seen[0]} {seen[1]}"
                                          f" != server v{order['version']} {order['state']}")

    @staticmethod
    def _serial(oid: str, events: list[dict[str, Any]], order: dict[str, Any], out: Outcome) -> None:
        state = None
        for i, event in enumerate(events, start=1):
            if event["version"] != i or event["from_state"] != state:
                out.violations.append(f"{oid}: event v{event['version']} from {event['from_state']} after {state}")
            if event["action"] not in ("create", "update"):
                rule = TRANSITIONS[Action(event["action"])]
                if event["from_state"] not in rule.from_states or (
                        rule.to_state is not None and event["to_state"] != rule.to_state):
                    out.violations.append(f"{oid}: illegal {event['action']} {event['from_state']}→{event['to_state']}")
            state = event["to_state"]
        if events and (order["state"], order["version"]) != (state, len(events)):
            out.violations.append(f"{oid}: server state {order['state']} v{order['version']} != replay {state}")


def run_many(srv: Any, folder: Path, seeds: list[int], steps: int = 14, fresh_every: int = 25,
             usb: bool = False) -> list[Outcome]:
    with Campaign(srv, folder, steps, fresh_every, usb) as campaign:
        return [campaign.run(seed) for seed in seeds]
