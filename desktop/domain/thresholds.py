"""Effective-dated procurement thresholds and their explanation texts, from resources/rules/thresholds.json."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.effective import Period, check_no_overlap, parse_period_meta, pick_period
from desktop.domain.errors import RuleError
from desktop.domain.messages import Message
from desktop.domain.resources import load_json_resource
from desktop.domain.texts import DOMAIN_TEXTS

THRESHOLDS_FILE = ("rules", "thresholds.json")


def _error(code: str, message: str) -> RuleError:
    return RuleError(code, message)


@dataclass(frozen=True)
class RuleValue:
    """One threshold in force on a date, for an "aturan yang berlaku" screen."""

    name: str
    label: str
    value: int
    unit: str
    effective_from: dt.date
    legal_basis: str
    uncertain: bool
    notes: str


@dataclass(frozen=True)
class Thresholds:
    """All numeric thresholds (`rules`) and templated texts (`texts`), each a list of dated periods."""

    numbers: Mapping[str, tuple[Period[int], ...]]
    texts: Mapping[str, tuple[Period[str], ...]]
    labels: Mapping[str, str]
    units: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # English of each text period ("value_en", optional), the same periods as `texts`: the UI shows it in English
    texts_en: Mapping[str, tuple[str | None, ...]] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_resources(cls) -> Thresholds:
        return cls.from_dict(load_json_resource(*THRESHOLDS_FILE), "/".join(THRESHOLDS_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "thresholds") -> Thresholds:
        if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
            raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rules_section_missing", source=source))
        labels: dict[str, str] = {}
        units = {
            name: str(spec.get("unit", "")) for name, spec in data["rules"].items() if isinstance(spec, dict)
        }
        numbers = {
            name: cls._periods(spec, f"{source} rules.{name}", int, labels, name)
            for name, spec in data["rules"].items()
        }
        texts = {
            name: cls._periods(spec, f"{source} texts.{name}", str, labels, name)
            for name, spec in data.get("texts", {}).items()
        }
        texts_en = {name: tuple(cls._english(record, f"{source} texts.{name}[{i}]")
                                for i, record in enumerate(spec["periods"]))
                    for name, spec in data.get("texts", {}).items()}
        return cls(numbers=numbers, texts=texts, labels=labels, units=units, texts_en=texts_en)

    @staticmethod
    def _english(record: dict[str, Any], where: str) -> str | None:
        english = record.get("value_en")
        if english is not None and not isinstance(english, str):
            raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_value_wrong_type", where=where, type="str"))
        return english

    @staticmethod
    def _periods(
        spec: Any, where: str, kind: type[Any], labels: dict[str, str], name: str
    ) -> tuple[Period[Any], ...]:
        if not isinstance(spec, dict) or not isinstance(spec.get("periods"), list) or not spec["periods"]:
            raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_periods_missing", where=where))
        labels[name] = str(spec.get("label", name))
        periods: list[Period[Any]] = []
        for index, record in enumerate(spec["periods"]):
            at = f"{where}[{index}]"
            if not isinstance(record, dict):
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_period_not_object", where=at))
            start, end, basis, uncertain, notes = parse_period_meta(record, at, _error)
            value = record.get("value")
            if isinstance(value, bool) or not isinstance(value, kind):
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_value_wrong_type", where=at,
                                                                  type=kind.__name__))
            if kind is int and value < 0:
                raise RuleError("rule_file_invalid", DOMAIN_TEXTS("rule_value_negative", where=at))
            periods.append(Period(start, end, value, basis, uncertain, notes))
        check_no_overlap(periods, where, _error)
        return tuple(periods)

    def period(self, name: str, day: dt.date) -> Period[int]:
        if name not in self.numbers:
            raise RuleError("rule_unknown", DOMAIN_TEXTS("threshold_unknown", name=name))
        return pick_period(self.numbers[name], day, self.labels.get(name, name), _error)

    def value(self, name: str, day: dt.date) -> int:
        return self.period(name, day).value

    def snapshot(self, day: dt.date) -> tuple[RuleValue, ...]:
        """Every numeric threshold in force on `day` (rules with no period covering it are left out)."""
        values = []
        for name, periods in self.numbers.items():
            period = next((p for p in periods if p.covers(day)), None)
            if period is not None:
                values.append(
                    RuleValue(
                        name,
                        self.labels.get(name, name),
                        period.value,
                        self.units.get(name, ""),
                        period.effective_from,
                        period.legal_basis,
                        period.uncertain,
                        period.notes,
                    )
                )
        return tuple(values)

    def text_period(self, name: str, day: dt.date) -> Period[str]:
        if name not in self.texts:
            raise RuleError("rule_unknown", DOMAIN_TEXTS("rule_text_unknown", name=name))
        return pick_period(self.texts[name], day, self.labels.get(name, name), _error)

    def text(self, name: str, day: dt.date, **fields: object) -> Message:
        """The rule text in force on `day` with its fields: a Message (Indonesian; English from "value_en")."""
        period = self.text_period(name, day)
        english = self.texts_en.get(name, ())
        index = self.texts[name].index(period)
        en = english[index] if index < len(english) else None
        translations = {"en": en} if en else {}
        try:
            period.value.format(**fields)  # a field the template names but the caller lacks is an error
            for other in translations.values():
                other.format(**fields)
        except (KeyError, IndexError, ValueError) as exc:
            raise RuleError("rule_text_invalid", name=name, problem=str(exc)) from exc
        return Message(f"rule_text_{name}", period.value, fields, translations)


@functools.lru_cache(maxsize=1)
def default_thresholds() -> Thresholds:
    """The bundled table, read once per process."""
    return Thresholds.from_resources()
