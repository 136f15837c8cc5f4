"""Catalog deltas: pull pages from the cursor, apply each with its cursor in one transaction (SYNC.md §3).

The page's checkpoint is compared with the replica's kept totals after the last page. A mismatch is first
re-checked with a full recount (our kept totals could be the ones that drifted); three mismatching runs in a
row → re-snapshot. `410 cursor_expired` (epoch bumped or history pruned) → re-snapshot as well; drafts and
the outbox live in other tables and are untouched by a re-snapshot.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.client.ports import CatalogReplica, SyncState
from sync.client.transport import Cancel, Cancelled, TransportError

CHANGES_PATH = "/v1/catalog/changes"
PAGE_LIMIT = 5000
MISMATCH_KEY = "catalog_mismatches"
MISMATCH_LIMIT = 3
VERIFIED_KEY = "catalog_verified_at"
VERIFY_EVERY_S = 24 * 3600


class CursorExpired(Exception):
    """410: the cursor no longer exists on the server; only a new snapshot helps."""


class ResnapshotNeeded(Exception):
    """Checkpoint mismatches reached the limit."""


@dataclass
class DeltaResult:
    pages: int = 0
    applied: int = 0
    changed_product_ids: set[int] = field(default_factory=set)
    checkpoint_ok: bool = True


def pull_changes(
    replica: CatalogReplica,
    state: SyncState,
    send: Callable[..., requests.Response],
    cancel: Cancel | None,
    progress: Callable[[str, int, int], None],
    limit: int = PAGE_LIMIT,
    now: float | None = None,
) -> DeltaResult:
    result = DeltaResult()
    cursor = replica.cursor()
    if cursor is None:
        raise CursorExpired("no cursor yet")
    checkpoint = None

    def fetch(since: str) -> dict[str, Any]:
        response = send("GET", CHANGES_PATH, params={"since": since, "limit": limit}, cancel=cancel)
        with response:
            if response.status_code == 410:
                raise CursorExpired(response.text)
            if response.status_code != 200:
                raise TransportError(f"catalog changes: HTTP {response.status_code}", response.status_code)
            page: dict[str, Any] = response.json()
        return page

    # The next page is requested before the current one is applied, so the server builds page n+1 while we
    # write page n (two processes, two cores). Each page still commits with its own cursor, in order.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="delta-fetch") as pool:
        ahead = pool.submit(fetch, cursor)
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            page = ahead.result()
            if page.get("has_more"):
                ahead = pool.submit(fetch, str(page["next"]))
            applied = replica.apply_changes(page.get("rows") or [], str(page["next"]))
            result.pages += 1
            result.applied += applied.applied
            result.changed_product_ids.update(applied.changed_product_ids)
            checkpoint = page.get("checkpoint")
            progress("catalog_delta", result.applied, result.applied + (limit if page.get("has_more") else 0))
            if not page.get("has_more"):
                break
    if checkpoint is not None:
        result.checkpoint_ok = _check(replica, state, checkpoint, time.time() if now is None else now)
    return result


def _check(replica: CatalogReplica, state: SyncState, checkpoint: dict[str, int], now: float) -> bool:
    """Kept totals are cheap but only mirror what we applied; once a day (or on a miss) a full recount also
    catches rows lost or damaged locally."""
    want = (int(checkpoint["count"]), int(checkpoint["checksum"]))
    verified = float(state.get(VERIFIED_KEY) or 0)
    due = now - verified >= VERIFY_EVERY_S
    if not due and replica.totals() == want:
        state.set(MISMATCH_KEY, "0")
        return True
    if replica.recount() == want:
        state.set(MISMATCH_KEY, "0")
        state.set(VERIFIED_KEY, str(int(now)))
        return True
    misses = int(state.get(MISMATCH_KEY) or 0) + 1
    state.set(MISMATCH_KEY, str(misses))
    if misses >= MISMATCH_LIMIT:
        state.set(MISMATCH_KEY, "0")
        raise ResnapshotNeeded(f"catalog checksum mismatched {misses} times in a row")
    return False
