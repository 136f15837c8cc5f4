"""Messages the officer reads, made from a stable code and named parameters (issue 13.10).

A `Message` is the Indonesian text itself (a `str`, so logs, the CLI, the server and older callers keep working
unchanged) that also remembers how it was made: its `code`, the catalog `template` with `{named}` parameters,
and the `params`. The desktop renders it again in the user's language (desktop/ui/i18n.py `render`): the
template is the Qt translation source (context "Messages") and the parameters are filled in afterwards, so a
translation is looked up by the fixed template, never by the formatted text. A template without a translation
renders in Indonesian, so nothing regresses.

Each package keeps its own catalog (desktop/domain/texts, desktop/store/texts.py, desktop/services/texts.py,
desktop/documents/texts.py): a `Catalog` of code → template, written with `QT_TRANSLATE_NOOP("Messages", …)`
so `python -m desktop.app.translations` extracts the templates into the English .ts.

Parameters are plain text (names, numbers, rupiah already formatted), `int`, `datetime.date` (written the
reader's way: "2 Desember 2026" / "2 December 2026") or another `Message` (a term or clause rendered in the
same language).

Templates that are data, not code (the effective-dated rule texts in resources/rules), carry their other
languages with them (`translations`, language code → template); the renderer prefers those.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import ClassVar

CONTEXT = "Messages"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks a template for lupdate; returns it unchanged (the standard library twin of Qt's function)."""
    return source


UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Messages", "Terjadi kesalahan ({code}). Coba lagi; bila berulang, hubungi admin OPD dan sebutkan kodenya.")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Put parameter texts into a template; an unknown `{name}` stays as written (never raises)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def indonesian(value: object) -> str:
    """A parameter written for the Indonesian text (the UI writes dates its own way for other languages)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        from desktop.domain.dates import format_tanggal  # dates' errors are Messages: imported late

        return format_tanggal(value)
    if isinstance(value, list | tuple):
        return "; ".join(indonesian(v) for v in value)
    return "" if value is None else str(value)


class Message(str):
    """Indonesian text with its code, template and parameters (see the module docstring)."""

    code: str
    template: str
    params: Mapping[str, object]
    translations: Mapping[str, str]

    def __new__(cls, code: str, template: str, params: Mapping[str, object] | None = None,
                translations: Mapping[str, str] | None = None) -> Message:
        values = dict(params or {})
        self = super().__new__(cls, fill(template, {k: indonesian(v) for k, v in values.items()}))
        self.code = code
        self.template = template
        self.params = MappingProxyType(values)
        self.translations = MappingProxyType(dict(translations or {}))
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, dict[str, object], dict[str, str]]]:
        return (Message, (self.code, self.template, dict(self.params), dict(self.translations)))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {str(self)!r})"


class Catalog(Mapping[str, str]):
    """Code → Indonesian template for one package; calling it makes a Message."""

    def __init__(self, *parts: Mapping[str, str]) -> None:
        merged: dict[str, str] = {}
        for part in parts:
            twice = merged.keys() & part.keys()
            if twice:
                raise ValueError(f"message codes defined twice: {sorted(twice)}")
            merged.update(part)
        self._templates = merged

    def __getitem__(self, code: str) -> str:
        return self._templates[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._templates)

    def __len__(self) -> int:
        return len(self._templates)

    def __call__(self, code: str, /, **params: object) -> Message:
        template = self._templates.get(code)
        if template is None:  # a missing entry must not hide the error being raised; tests keep catalogs whole
            return Message(code, UNKNOWN_CODE, {"code": code})
        return Message(code, template, params)


class CodedError(Exception):
    """Base of the app's refusals: a stable `code` and a `message` (a Message from the class's catalog `texts`,
    made from `code` and the named parameters; or a text given by an older caller).

        raise TaxRuleError("tax_rate_missing", rate="PPh 22")             # template from the catalog
        raise MoneyError("money_not_decimal", TEXTS("other_code", v=1))   # another template, same error code
    """

    texts: ClassVar[Catalog] = Catalog({})

    def __init__(self, code: str, message: str | None = None, /, **params: object) -> None:
        text = self.texts(code, **params) if message is None else message
        super().__init__(text)
        self.code = code
        self.message = text

    @property
    def params(self) -> dict[str, object]:
        return dict(self.message.params) if isinstance(self.message, Message) else {}
