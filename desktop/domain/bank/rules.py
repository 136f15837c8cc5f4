"""Matching rules as effective-dated data (resources/bank/matching.json): the date window, which payment methods
go through the Bendahara's account, how bank fees and reversals are recognised, and how large a bulk transfer
or a split payment may be."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain.bank.statement import BankError
from desktop.domain.effective import Period, check_no_overlap, parse_period_meta, pick_period
from desktop.domain.resources import load_json_resource
from desktop.domain.texts import DOMAIN_TEXTS

MATCHING_FILE = ("bank", "matching.json")


def _error(code: str, message: str) -> BankError:
    return BankError(code, message)


@dataclass(frozen=True)
class MatchRule:
    days_before: int  # a line booked this many days before the recorded payment date still counts
    days_after: int  # … and this many after (the bank books later; weekends and holidays)
    max_group: int  # most payments one bulk line settles, or lines one payment spans
    max_search: int  # most open items in a window searched for bulk/split sums (bounds the work)
    name_min_percent: int  # share of the beneficiary's name words found in the line to count as "name"
    bank_methods: tuple[str, ...]  # payment methods that leave the Bendahara's account (others: not matched)
    fee_codes: tuple[str, ...]  # bank transaction codes of charges (MT940 NCHG, NCOM …)
    fee_keywords: tuple[str, ...]  # narrative words of charges ("BIAYA ADM" …)
    reversal_keywords: tuple[str, ...]  # narrative words of a returned transfer ("RETUR", "REVERSAL" …)


@dataclass(frozen=True)
class MatchRules:
    periods: tuple[Period[MatchRule], ...]

    @classmethod
    def from_resources(cls) -> MatchRules:
        return cls.from_dict(load_json_resource(*MATCHING_FILE), "/".join(MATCHING_FILE))

    @classmethod
    def from_dict(cls, data: Any, source: str = "matching") -> MatchRules:
        if not isinstance(data, dict) or not isinstance(data.get("periods"), list) or not data["periods"]:
            raise BankError("rule_file_invalid", DOMAIN_TEXTS("rule_periods_missing", where=source))
        periods = []
        for index, record in enumerate(data["periods"]):
            where = f"{source} periods[{index}]"
            if not isinstance(record, dict):
                raise BankError("rule_file_invalid", DOMAIN_TEXTS("rule_period_not_object", where=where))
            start, end, basis, uncertain, notes = parse_period_meta(record, where, _error)
            ints = {}
            for key in ("days_before", "days_after", "max_group", "max_search", "name_min_percent"):
                value = record.get(key)
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise BankError("bank_rule_invalid", where=where, key=key)
                ints[key] = value
            lists = {}
            for key in ("bank_methods", "fee_codes", "fee_keywords", "reversal_keywords"):
                value = record.get(key)
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    raise BankError("bank_rule_invalid", where=where, key=key)
                lists[key] = tuple(v.strip().upper() for v in value)
            if ints["max_group"] < 2:
                raise BankError("bank_rule_invalid", where=where, key="max_group")
            rule = MatchRule(ints["days_before"], ints["days_after"], ints["max_group"], ints["max_search"],
                             ints["name_min_percent"], lists["bank_methods"], lists["fee_codes"],
                             lists["fee_keywords"], lists["reversal_keywords"])
            periods.append(Period(start, end, rule, basis, uncertain, notes))
        check_no_overlap(periods, source, _error)
        return cls(tuple(periods))

    def rule(self, day: dt.date) -> MatchRule:
        return pick_period(self.periods, day, DOMAIN_TEXTS("term_bank_matching"), _error).value
