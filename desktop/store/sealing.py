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
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from desktop.store.errors import StoreError
from desktop.store.texts import STORE_TEXTS

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


def is_withheld(value: object) -> bool:
    return isinstance(value, Withheld)


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


class _Withheld(_Plaintext):
    def seal(self, field: str, value: str) -> str:
        return WITHHELD_MARK


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
