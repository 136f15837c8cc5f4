"""What the host application implements for the sync engine (hexagonal ports).

The engine never imports the desktop: `desktop/services/sync_service.py` adapts the local store to these
Protocols. Values crossing the boundary are plain dicts (wire shapes of DESIGN.md) or the frozen dataclasses
below, so an adapter needs nothing but the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class ChunkRecord:
    snapshot_id: str
    n: int
    sha256: str
    size: int
    bytes_done: int
    downloaded: bool
    applied: bool


@dataclass(frozen=True)
class ApplyResult:
    """One delta page applied: the new cursor and the product ids whose price/status/version changed."""

    cursor: str
    applied: int
    changed_product_ids: tuple[int, ...]


class CatalogReplica(Protocol):
    """The local read-only catalog copy (implemented by desktop.store.replica)."""

    def cursor(self) -> str | None: ...

    def chunks(self, snapshot_id: str) -> dict[int, ChunkRecord]: ...

    def begin_snapshot(self, snapshot_id: str) -> None:
        """Start (or continue) loading `snapshot_id`: a different id discards old staging and chunk rows."""

    def record_chunk(
        self, snapshot_id: str, n: int, sha256: str, size: int, bytes_done: int, downloaded: bool
    ) -> None: ...

    def load_chunk(self, snapshot_id: str, n: int, path: Path, on_rows: Callable[[int], None]) -> int:
        """Stream one verified gzip NDJSON chunk into staging (batched); mark it applied; return rows."""

    def staged_totals(self) -> tuple[int, int]:
        """(active row count, checksum) of staging, to compare with the manifest before the swap."""

    def swap(self, cursor: str, epoch: int | str | None) -> None:
        """FTS rebuild + staging → live + cursor, in one transaction; staging and chunk rows cleared."""

    def discard_snapshot(self) -> None: ...

    def reset_cursor(self) -> None:
        """Forget the delta cursor (410 / repeated mismatch): the next pass takes a new snapshot."""

    def apply_changes(self, rows: Iterable[Mapping[str, Any]], cursor: str) -> ApplyResult:
        """Version-guarded upserts/tombstones with FTS maintenance; the cursor in the same transaction."""

    def totals(self) -> tuple[int, int]:
        """(active row count, checksum) of the live replica, as sync.protocol.catalog.checksum_of defines;
        kept incrementally, so it is cheap."""

    def recount(self) -> tuple[int, int]:
        """The same totals from a full scan (after a mismatch), repairing the kept values."""


@dataclass(frozen=True)
class Command:
    """One outbox row. `body` is the exact JSON text sent (frozen once attempted)."""

    cmd_id: str
    seq: int
    order_id: str
    method: str
    path: str
    body: str
    base_version: int | None
    actor_user_id: str
    attempts: int = 0


class Outbox(Protocol):
    def recover_in_flight(self) -> int:
        """At the start of a pass: commands left in flight by a crash go back to pending (same key)."""

    def reset_backoff(self) -> int:
        """"Sync now" or connectivity came back: waiting commands become due at once (SYNC.md §7)."""

    def sendable(self) -> list[Command]:
        """The head command of every order queue that may be sent now (FIFO per order), oldest first."""

    def mark_attempt(self, cmd_id: str) -> None:
        """in flight; attempts += 1; the body is frozen from now on. Committed before the request goes out."""

    def mark_done(self, cmd_id: str, status: int, response: Mapping[str, Any],
                  order: Mapping[str, Any] | None) -> None:
        """2xx: done, and `order` (the authoritative copy, if any) stored — in one transaction."""

    def mark_rejected(self, cmd_id: str, status: int, problem: Mapping[str, Any]) -> None:
        """Business conflict: rejected, typed conflict recorded for the UI, later commands of the order
        blocked, `problem["current_order"]` (if any) kept as the server copy — in one transaction."""

    def mark_retry(self, cmd_id: str, error: str, retry_after: float | None = None) -> None:
        """Transient failure: pending again with the same key, due after a back-off."""


class OrderStore(Protocol):
    def apply_pulled(self, order: Mapping[str, Any]) -> str | None:
        """An order from /orders/changes. An order with pending commands keeps its local rows; the copy
        goes to `server_snapshot` only. Returns None when stored, or why this one order was parked (the pull
        goes on with the others, #12.7)."""

    def flag_stale_drafts(self, product_ids: Iterable[int]) -> int:
        """After every pass: mark draft lines whose product changed price or was delisted (`product_ids` are
        the ones this pass changed; the host may re-check more); returns how many lines are stale."""


class SyncState(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...


class Credentials(Protocol):
    """Refresh tokens live in the OS keyring, never in clear on disk."""

    def refresh_token(self, user: str) -> str | None: ...

    def save_refresh_token(self, user: str, token: str) -> None: ...

    def forget(self, user: str) -> None: ...


class NumberBlocks(Protocol):
    """Document numbers reserved per device for offline printing (DHIS2's reserved values)."""

    def remaining(self, opd_id: str, year: int, doc_type: str) -> int: ...

    def add_block(self, opd_id: str, year: int, doc_type: str, start: int, end: int) -> None: ...


@dataclass
class Ports:
    replica: CatalogReplica
    outbox: Outbox
    orders: OrderStore
    state: SyncState
    credentials: Credentials
    data_dir: Path  # chunk files go under data_dir / "snapshot"
    numbers: NumberBlocks | None = None
    # A picklable callable that opens the replica (the same database) in another process: when given, a snapshot
    # loads in a child process (sync.client.snapshot_process) and the host's threads never hold the GIL for it.
    open_replica: Callable[[], CatalogReplica] | None = None
