"""Typed errors of the document builders (Indonesian message, stable code), like every domain error."""

from __future__ import annotations

from desktop.domain.errors import DomainError


class DocumentError(DomainError):
    """Input a document cannot be printed from, or a pack that does not match its manifest."""


def require_rupiah(value: object, what: str) -> None:
    # bool is an int and float is a money bug: both refused, as in desktop.domain.money.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DocumentError("document_amount_invalid",
                            f"{what} harus bilangan bulat rupiah nol atau lebih (terisi {value!r}).")


def require_choice(value: object, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise DocumentError("document_option_invalid", f"{what} '{value}' tidak dikenal. Pilih: {', '.join(choices)}.")
