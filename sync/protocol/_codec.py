"""Strict dict <-> frozen dataclass conversion: unknown fields rejected, types checked, no coercion.

Why hand-rolled: the protocol must stay standard-library only, and both ends need the same strictness so that a
message the client builds is exactly what the server accepts.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from typing import Any, ClassVar, Self

from .errors import ErrorCode, ProtocolError


def _fail(path: str, why: str) -> ProtocolError:
    return ProtocolError(ErrorCode.VALIDATION_ERROR, f"Kolom '{path}' {why}.")


_NONE = type(None)
# Integers must survive every JSON reader (IEEE doubles) and a 64-bit database column.
MAX_INT = 2**53


class Message:
    """Base of every wire message. Subclasses are frozen dataclasses."""

    # A catalog row tag ("t": "product"/"provider") written first and required on read.
    _tag: ClassVar[str | None] = None
    _hints_cache: ClassVar[dict[type, tuple[tuple[str, Any, bool], ...]]] = {}

    @classmethod
    def _spec(cls) -> tuple[tuple[str, Any, bool], ...]:
        spec = Message._hints_cache.get(cls)
        if spec is None:
            hints = typing.get_type_hints(cls)
            spec = tuple(
                (
                    f.name,
                    hints[f.name],
                    f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
                )
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            )
            Message._hints_cache[cls] = spec
        return spec

    @classmethod
    def from_dict(cls, data: Any, path: str = "") -> Self:
        if not isinstance(data, dict):
            raise _fail(path or cls.__name__, "harus berupa objek JSON")
        spec = cls._spec()
        known = {name for name, _, _ in spec}
        if cls._tag is not None:
            if data.get("t") != cls._tag:
                raise _fail(_join(path, "t"), f"harus bernilai '{cls._tag}'")
            known = known | {"t"}
        unknown = sorted(str(k) for k in data if k not in known)
        if unknown:
            raise _fail(_join(path, unknown[0]), "tidak dikenal")
        kwargs: dict[str, Any] = {}
        for name, tp, required in spec:
            if name not in data:
                if required:
                    raise _fail(_join(path, name), "wajib diisi")
                continue
            kwargs[name] = convert(data[name], tp, _join(path, name))
        try:
            return cls(**kwargs)
        except ProtocolError:
            raise
        except (TypeError, ValueError) as exc:
            raise _fail(path or cls.__name__, f"tidak valid ({exc})") from exc

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self._tag is not None:
            out["t"] = self._tag
        for name, _, _ in self._spec():
            out[name] = _dump(getattr(self, name))
        return out


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _dump(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def convert(value: Any, tp: Any, path: str) -> Any:
    """Check `value` (decoded JSON) against the annotation `tp` and return the typed Python value."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        if value is None:
            if _NONE in args:
                return None
            raise _fail(path, "tidak boleh kosong (null)")
        options = [a for a in args if a is not _NONE]
        if len(options) == 1:
            return convert(value, options[0], path)
        tagged = {getattr(a, "_tag", None): a for a in options}
        if isinstance(value, dict) and value.get("t") in tagged:
            return convert(value, tagged[value["t"]], path)
        raise _fail(path, "berjenis tidak dikenal")
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise _fail(path, "harus berupa daftar (array)")
        (elem, _ellipsis) = typing.get_args(tp)
        return tuple(convert(v, elem, f"{path}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise _fail(path, "harus berupa objek JSON")
        return dict(value)
    if tp is Any:
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(path, "harus true/false")
        return value
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(path, "harus bilangan bulat")
        if not -MAX_INT <= value <= MAX_INT:
            raise _fail(path, "di luar rentang angka yang diizinkan")
        return value
    if tp is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _fail(path, "harus angka")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise _fail(path, "harus berupa teks")
        return value
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            raise _fail(path, f"harus salah satu dari: {allowed}") from None
    if isinstance(tp, type) and issubclass(tp, Message):
        return tp.from_dict(value, path)
    raise TypeError(f"unsupported annotation {tp!r} at {path}")  # a programming error, not bad input
