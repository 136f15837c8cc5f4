"""Plt / Plh delegations pulled down to the PC at every sync (#17), so the lifecycle's role check and the
printed acting titles work offline. The OPD's list is small and replaced whole: kept as JSON in the sync
state under `key(opd_id)`; `load` reads it back as sync.protocol.delegation.Delegation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sync.protocol.delegation import Delegation

PATH = "/v1/delegations"


def key(opd_id: str) -> str:
    return f"delegations:{opd_id}"


def store_pulled(set_state: Callable[[str, str], None], body: dict[str, Any]) -> int:
    """Keep what GET /v1/delegations answered; returns how many delegations the OPD has (revoked included)."""
    items = [Delegation.from_dict(d).to_dict() for d in body.get("delegations") or ()]  # validated before kept
    set_state(key(str(body["opd_id"])), json.dumps(items, ensure_ascii=False))
    return len(items)


def load(get_state: Callable[[str], str | None], opd_id: str) -> list[Delegation]:
    raw = get_state(key(opd_id))
    if not raw:
        return []
    try:
        return [Delegation.from_dict(d) for d in json.loads(raw)]
    except (ValueError, KeyError, TypeError):
        return []  # unreadable: the next sync replaces it; meanwhile no delegated roles (the safe side)
