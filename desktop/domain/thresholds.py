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
from desktop.domain.resources import load_json_resource

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

    @classmethod
    def from_resources(cls) -> Thresholds:
        return cls.from_dict(load_json_resource(*THRESHOLDS_FILE), "/".join(THRESHOLDS_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "thresholds") -> Thresholds:
        if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
            raise RuleError("rule_file_invalid", f"{source}: bagian 'rules' tidak ada atau bukan objek.")
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
        return cls(numbers=numbers, texts=texts, labels=labels, units=units)

    @staticmethod
    def _periods(
        spec: Any, where: str, kind: type[Any], labels: dict[str, str], name: str
    ) -> tuple[Period[Any], ...]:
        if not isinstance(spec, dict) or not isinstance(spec.get("periods"), list) or not spec["periods"]:
            raise RuleError("rule_file_invalid", f"{where}: daftar 'periods' wajib ada dan tidak kosong.")
        labels[name] = str(spec.get("label", name))
        periods: list[Period[Any]] = []
        for index, record in enumerate(spec["periods"]):
            at = f"{where}[{index}]"
            if not isinstance(record, dict):
                raise RuleError("rule_file_invalid", f"{at}: setiap periode harus berupa objek.")
            start, end, basis, uncertain, notes = parse_period_meta(record, at, _error)
            value = record.get("value")
            if isinstance(value, bool) or not isinstance(value, kind):
                raise RuleError("rule_file_invalid", f"{at}: 'value' harus bertipe {kind.__name__}.")
            if kind is int and value < 0:
                raise RuleError("rule_file_invalid", f"{at}: 'value' tidak boleh negatif.")
            periods.append(Period(start, end, value, basis, uncertain, notes))
        check_no_overlap(periods, where, _error)
        return tuple(periods)

    def period(self, name: str, day: dt.date) -> Period[int]:
        if name not in self.numbers:
            raise RuleError(
                "rule_unknown", f"Ambang '{name}' tidak ada di berkas aturan. Minta admin menambahkannya."
            )
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
            raise RuleError(
                "rule_unknown", f"Teks '{name}' tidak ada di berkas aturan. Minta admin menambahkannya."
            )
        return pick_period(self.texts[name], day, self.labels.get(name, name), _error)

    def text(self, name: str, day: dt.date, **fields: str) -> str:
        template = self.text_period(name, day).value
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError) as exc:
            raise RuleError(
                "rule_text_invalid",
                f"Teks aturan '{name}' memakai isian yang tidak dikenal ({exc}). Perbaiki berkasnya.",
            ) from exc


@functools.lru_cache(maxsize=1)
def default_thresholds() -> Thresholds:
    """The bundled table, read once per process."""
    return Thresholds.from_resources()
