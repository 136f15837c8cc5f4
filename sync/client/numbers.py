"""Top up the device's reserved document-number blocks while online (SYNC.md §4, open question §11)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import requests

from sync.client.ports import NumberBlocks
from sync.client.transport import Cancel, TransportError

BLOCKS_PATH = "/v1/numbers/blocks"
DOC_TYPES = ("SP", "BAST", "KUITANSI")
LOW_WATER = 10  # fewer numbers left than this → ask for another block
BLOCK_SIZE = 50


def top_up(numbers: NumberBlocks, opd_id: str, device_id: str | None, send: Callable[..., requests.Response],
           cancel: Cancel | None, server_time: float | None = None) -> int:
    """Request a block for every document type running low; returns how many blocks were added.

    The year is the server's (legal) year, not the device's. A lost response only wastes a block — the
    server never hands the same numbers out twice — so a fresh key per request is enough.
    """
    year = time.gmtime(server_time if server_time is not None else time.time()).tm_year
    added = 0
    for doc_type in DOC_TYPES:
        if numbers.remaining(opd_id, year, doc_type) >= LOW_WATER:
            continue
        body = {"opd_id": opd_id, "year": year, "doc_type": doc_type, "size": BLOCK_SIZE, "device_id": device_id}
        response = send("POST", BLOCKS_PATH, json_body=body, cancel=cancel,
                        headers={"Idempotency-Key": str(uuid.uuid4())})
        with response:
            if response.status_code == 403:
                return added  # this role reserves no numbers
            if response.status_code != 201:
                raise TransportError(f"number block: HTTP {response.status_code}", response.status_code)
            block = response.json()
        numbers.add_block(opd_id, year, doc_type, int(block["start"]), int(block["end"]))
        added += 1
    return added
