"""The OPD's closed fiscal years pulled down to the PC at every sync (tutup buku, #17), so every PC of the OPD —
not only the Bendahara's that closed the year — refuses locally to write a record dated in a closed year (the
store's lock, desktop.store.repositories.closings). Kept whole as JSON in the sync state under
`sync.protocol.closing.state_key(opd_id)`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sync.protocol.closing import CLOSINGS_PATH, ClosedYear, state_key

PATH = CLOSINGS_PATH


def store_pulled(set_state: Callable[[str, str], None], opd_id: str, body: dict[str, Any]) -> int:
    """Keep what GET /v1/closings answered (each closing validated first); returns how many years are closed."""
    items = [ClosedYear.from_dict(c).to_dict() for c in body.get("closings") or ()]
    set_state(state_key(opd_id), json.dumps(items, ensure_ascii=False))
    return len(items)
