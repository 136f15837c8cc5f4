"""The pre-submission checks are one table of small rules: adding a check is adding a row."""

from __future__ import annotations

from desktop.services.order_checks import RULES, Rule, run_prechecks
from desktop.services.order_view import CheckItem, Severity


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_a_new_row_adds_its_items_and_blocking_comes_first(w):
    w.login("pp")
    order = w.orders.create_draft(1001, 10)

    def kode_rekening_known(c):  # the shape of a new check: read the order, say what to do
        yield CheckItem("extra", Severity.BLOCKING, "Contoh", f"{len(c.order.lines)} baris")

    with w.store.unit_of_work(readonly=True) as uow:
        record = uow.orders.require(order.id)
        base = run_prechecks(w.orders, uow, record)
        extended = run_prechecks(w.orders, uow, record, rules=(*RULES, Rule("extra", kode_rekening_known)))
    assert [c for c in extended if c.code != "extra"] == base
    assert CheckItem("extra", Severity.BLOCKING, "Contoh", "1 baris") in extended
    severities = [c.severity for c in extended]
    assert severities == sorted(severities, key=[Severity.BLOCKING, Severity.WARNING, Severity.OK].index)
