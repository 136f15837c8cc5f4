"""Names the layers below hold in Indonesian (order states, roles, sync statuses, closing decisions), shown in
the user's language: one lookup for all of them.

The layer below owns the table (code → Indonesian name); the UI module that shows them lists each name once as a
QT_TRANSLATE_NOOP literal in its Qt context, so lupdate files it and blangkon_en.ts carries its English, and reads
them through a `Labels` of that context.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

E = TypeVar("E", bound=Enum)


class Labels(Generic[E]):
    """`labels(value)`: the name of a member, of its code ("DIAJUKAN") or of the Indonesian name itself (what
    services hand over), translated in `context`; text that names no member is translated (or kept) as it is."""

    def __init__(self, context: str, names: Mapping[E, str], kind: type[E]) -> None:
        self.context = context
        self.names = names
        self.kind = kind

    def member(self, value: E | str) -> E | None:
        """The member `value` is or names by its code; None for any other text."""
        try:
            return self.kind(value)
        except ValueError:
            return None

    def __call__(self, value: E | str) -> str:
        found = self.member(value)
        text = self.names.get(found, str(value)) if found is not None else str(value)
        return QCoreApplication.translate(self.context, text)
