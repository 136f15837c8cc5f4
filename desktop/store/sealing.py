"""Field-level sealing of personal data in the catalog replica (UU PDP 27/2022; issue 15).

Sellers' NIK, NPWP and bank account numbers are stored as `enc1:<base64 nonce+ciphertext>` (AES-256-GCM, the
field name as associated data), so a search of the data folder finds no NIK or account number. The key lives in
the OS keyring (desktop.services.data_protection builds the Sealer); the store only calls this Protocol, so it
stays free of crypto libraries. Catalog names, prices and FTS stay plain: they are public and must be searched.

Without a usable keyring nothing is stored in clear either: `WITHHELD` keeps the marker `enc1:-`. Reading a value
whose key is not available gives a `Withheld` text, never None or "": a seller who has an NPWP still has one (the
tax engine must not mistake "withheld" for "no NPWP" and withhold at the higher rate), screens and documents show
why the digits are missing, and work goes on — a PC without a keyring can still compute taxes and pay.
`PLAINTEXT` exists for tests and tools that never hold personal data; the app and the CLI always set a sealer.

Order content (`ContentSealing`, used by the orders, outbox, audit and conflict repositories): an order's delivery
address, notes, the PPK's reasons, its approval/receipt/BAST/payment records, the parked server copy, the
server's events, the outbox bodies and responses, the audit details and conflict details are sealed the same way
(the table.column as associated data). Two rules differ from the sellers' numbers, because this is the officers'
own work and must never be lost:
- a session that cannot seal (`PLAINTEXT` in tools and tests, `WITHHELD` on a PC without a keyring) writes order
  content in clear, with a logged warning — never withheld, never dropped;
- a value this session cannot open reads as the `Withheld` text (a JSON object as a `WithheldMap`), and writing
  anything that carries that text back is refused (`SealedContentWithheld`): the sealed original is never
  overwritten by its placeholder. The store's sealer is read at each call, so a sealer set at login applies at once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from desktop.store._util import dumps
from desktop.store.errors import StoreError
from desktop.store.texts import STORE_TEXTS

log = logging.getLogger(__name__)

SEALED_PROVIDER_FIELDS = ("nik", "npwp", "bank_account")
PREFIX = "enc1:"
WITHHELD_MARK = PREFIX + "-"


class SealedDataUnavailable(StoreError):
    code = "sealed_data_unavailable"

    def __init__(self) -> None:
        super().__init__(STORE_TEXTS("sealed_data_unavailable"), code=self.code)


class Withheld(str):
    """A sealed value this PC cannot open: truthy (the seller has the number), displayed with the reason."""

    __slots__ = ()
    TEXT = "(tersegel: brankas kata sandi tidak tersedia di PC ini)"

    def __new__(cls) -> Withheld:
        return super().__new__(cls, cls.TEXT)


WITHHELD_KEY = "_tersegel"


class WithheldMap(dict[str, Any]):
    """A sealed JSON object (an approval, a payment, an event's payload…) this session cannot open: truthy (the
    order has an approval), `m[key]` reads as the `Withheld` text, `m.get(key)` as absent (optional parts — an
    acting letter, a deposit list — are not invented from a placeholder), and it holds the text itself under
    `_tersegel`, so a copy written back is recognised and refused instead of overwriting the sealed original."""

    def __init__(self) -> None:
        super().__init__({WITHHELD_KEY: Withheld()})

    def __missing__(self, key: str) -> Withheld:
        return Withheld()


def is_withheld(value: object) -> bool:
    return isinstance(value, Withheld | WithheldMap)


class SealedContentWithheld(StoreError):
    """A write would store the placeholder of content this session cannot open: refused, nothing overwritten."""

    code = "sealed_content_withheld"

    def __init__(self) -> None:
        super().__init__(STORE_TEXTS("sealed_content_withheld"), code=self.code)


class Sealer(Protocol):
    def seal(self, field: str, value: str) -> str:
        """`enc1:…` text for `value`."""

    def open(self, field: str, value: str) -> str:
        """The clear text of an `enc1:…` value; SealedDataUnavailable when the key is not available."""


class _Plaintext:
    def seal(self, field: str, value: str) -> str:
        return value

    def open(self, field: str, value: str) -> str:
        raise SealedDataUnavailable()

    def __reduce__(self) -> str:
        return "PLAINTEXT"  # pickled by name (the snapshot's child process): `is PLAINTEXT` still holds there


class _Withheld(_Plaintext):
    def seal(self, field: str, value: str) -> str:
        return WITHHELD_MARK

    def __reduce__(self) -> str:
        return "WITHHELD"


PLAINTEXT: Sealer = _Plaintext()
WITHHELD: Sealer = _Withheld()


def seal_provider(sealer: Sealer, row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for field in SEALED_PROVIDER_FIELDS:
        value = out.get(field)
        if isinstance(value, str) and value and not value.startswith(PREFIX):
            out[field] = sealer.seal(field, value)
    return out


def open_value(sealer: Sealer, field: str, value: Any) -> Any:
    """Clear text (values written before sealing existed pass through; `seal_existing` converts them); a `Withheld`
    text when this PC cannot open it (no keyring, or another database's key)."""
    if not isinstance(value, str) or not value.startswith(PREFIX):
        return value
    if value == WITHHELD_MARK:
        return Withheld()
    try:
        return sealer.open(field, value)
    except SealedDataUnavailable:
        return Withheld()


_TRIVIAL = frozenset({"", "[]", "{}", "null"})  # "no notes" is no secret: not worth a cipher per row
_warned: set[str] = set()


def carries_withheld(text: str) -> bool:
    """Does this text (a value, or JSON holding values) carry the placeholder of something sealed?"""
    return Withheld.TEXT in text


class ContentSealing:
    """Seals order content on write and opens it on read for the repositories of one unit of work. `current`
    returns the store's sealer at each call (a sealer replaced at login applies to the next write)."""

    def __init__(self, current: Callable[[], Sealer]) -> None:
        self._current = current

    def seal(self, field: str, text: str | None) -> str | None:
        """The stored form of `text` for column `field` ("table.column"). Refuses the Withheld placeholder; clear
        (with a warning) when this session cannot seal."""
        if text is None or text in _TRIVIAL:
            return text
        if carries_withheld(text):
            raise SealedContentWithheld()
        sealed = self._current().seal(field, text)
        if sealed in (WITHHELD_MARK, text) or not sealed.startswith(PREFIX):
            if field not in _warned:
                _warned.add(field)
                log.warning("order content (%s) written in clear: this session holds no data key", field)
            return text
        return sealed

    def seal_json(self, field: str, value: Any) -> str | None:
        """None stays NULL; anything else as canonical JSON (str values are taken as JSON text already)."""
        if value is None:
            return None
        return self.seal(field, value if isinstance(value, str) else dumps(value))

    def open(self, field: str, stored: str | None) -> str | None:
        """Clear text, or a `Withheld` text when this session cannot open it."""
        return open_value(self._current(), field, stored) if stored is not None else None

    def open_json(self, field: str, stored: str | None, default: Any = None) -> Any:
        """The decoded JSON; a `WithheldMap` (for an object) or `[Withheld]` (for a list default) when sealed with a
        key this session does not hold."""
        text = self.open(field, stored)
        if text is None:
            return default
        if is_withheld(text):
            return [Withheld()] if isinstance(default, list) else WithheldMap()
        return json.loads(text)
