"""Typed errors of the document builders (stable code, a Message from desktop/documents/texts.py), like every
domain error."""

from __future__ import annotations

from desktop.documents.texts import DOCUMENT_TEXTS
from desktop.domain.errors import DomainError


class DocumentError(DomainError):
    """Input a document cannot be printed from, or a pack that does not match its manifest."""

    texts = DOCUMENT_TEXTS


def require_rupiah(value: object, what: str, **params: object) -> None:
    """`what` is the catalog code naming the amount (with its params): built only when refusing."""
    # bool is an int and float is a money bug: both refused, as in desktop.domain.money.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DocumentError("document_amount_invalid", what=DOCUMENT_TEXTS(what, **params), value=repr(value))


def require_choice(value: object, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise DocumentError("document_option_invalid", what=DOCUMENT_TEXTS(what), value=value,
                            choices=", ".join(choices))
