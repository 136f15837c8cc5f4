"""Messages with a code and named parameters (issue 13.10): the Indonesian text stays what callers see, and every
catalog entry a raise site names exists."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pickle
from pathlib import Path

import pytest

from desktop.domain.errors import DomainError, MoneyError
from desktop.domain.messages import UNKNOWN_CODE, Catalog, Message, fill
from desktop.domain.money import parse_rupiah
from desktop.domain.texts import DOMAIN_TEXTS

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("domain", "store", "services", "documents")


def test_message_is_the_indonesian_text_and_keeps_code_and_params():
    with pytest.raises(MoneyError) as caught:
        parse_rupiah("12,50")
    msg = caught.value.message
    assert isinstance(msg, Message) and msg.code == "money_sen_not_zero"
    assert msg == "Nilai sen ',50' tidak dapat dicatat; aplikasi memakai rupiah utuh. Bulatkan ke rupiah " \
                  "terdekat, misalnya 1.000 atau 1.001."
    assert str(caught.value) == msg and caught.value.params == {"sen": "50"}
    assert caught.value.code == "money_sen_not_zero"


def test_dates_and_nested_messages_are_written_in_indonesian():
    catalog = Catalog({"a": "Batas {day}: {why}", "b": "{n} hari"})
    msg = catalog("a", day=dt.date(2026, 12, 2), why=catalog("b", n=3))
    assert msg == "Batas 2 Desember 2026: 3 hari"
    assert pickle.loads(pickle.dumps(msg)) == msg and pickle.loads(pickle.dumps(msg)).params["why"].code == "b"


def test_unknown_code_still_says_something_and_names_the_code():
    msg = Catalog({})("nope")
    assert msg.template == UNKNOWN_CODE and "nope" in msg


def test_fill_leaves_unknown_placeholders():
    assert fill("{a} dan {b}", {"a": "x"}) == "x dan {b}"


def test_older_constructor_still_works():
    err = DomainError("x", "teks lama")
    assert err.message == "teks lama" and err.params == {} and not isinstance(err.message, Message)


def test_a_code_is_defined_once():
    with pytest.raises(ValueError, match="twice"):
        Catalog({"a": "1"}, {"a": "2"})


def all_catalogs() -> dict[str, Catalog]:
    """Every catalog of the app: the domain's and each package's texts.py / *_texts.py."""
    found = {"domain": DOMAIN_TEXTS}
    for path in sorted((ROOT / "desktop").glob("*/*texts.py")):
        module = importlib.import_module(_module_name(path))
        found |= {f"{module.__name__}.{name}": value for name, value in vars(module).items()
                  if isinstance(value, Catalog)}
    return found


def test_codes_are_unique_across_the_app():
    seen: dict[str, str] = {}
    for where, catalog in all_catalogs().items():
        for code in catalog:
            assert code not in seen, f"{code} in {where} and {seen[code]}"
            seen[code] = where


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _code_uses(path: Path):
    """(line, callee object, code) for `SomeError("code", ...)` without a message and `CATALOG("code", ...)`."""
    module = importlib.import_module(_module_name(path))
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        callee = vars(module).get(node.func.id)
        if isinstance(callee, Catalog):
            yield node.lineno, callee, first.value
        elif isinstance(callee, type) and isinstance(getattr(callee, "texts", None), Catalog) and len(node.args) == 1:
            yield node.lineno, callee.texts, first.value


def test_every_code_a_raise_site_names_is_in_its_catalog():
    missing, checked = [], 0
    for pkg in PACKAGES:
        for path in sorted((ROOT / "desktop" / pkg).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for line, catalog, code in _code_uses(path):
                checked += 1
                if code not in catalog:
                    missing.append(f"{path.relative_to(ROOT)}:{line} {code}")
    assert checked > 20 and missing == []


def test_every_rule_text_has_english_with_the_same_fields():
    import re

    from desktop.domain.thresholds import Thresholds, default_thresholds

    table: Thresholds = default_thresholds()
    for name, periods in table.texts.items():
        english = table.texts_en[name]
        for period, other in zip(periods, english, strict=True):
            assert other, f"{name} from {period.effective_from} has no value_en"
            assert set(re.findall(r"\{(\w+)\}", other)) == set(re.findall(r"\{(\w+)\}", period.value)), name


def test_rule_text_is_a_message_carrying_its_english():
    from desktop.domain.rules import check_order_routing

    found = check_order_routing(60_000_000, "MBIZ", dt.date(2026, 12, 2))
    assert not found.allowed and isinstance(found.message, Message)
    assert found.message.startswith("Total pesanan Rp60.000.000,00 melebihi")
    assert found.message.translations["en"].startswith("The order total {total} exceeds")
